-- The stage-history rows of the deals closed in [?, ?), each with its deal, a deal's rows together.
-- Ordered by deal only: the server then streams the join in the deal's key order without sorting millions of
-- rows. StageSpanReader puts each deal's rows in the order the deal entered the stages and takes the time a
-- deal left a stage from the next one (a window function here would make the server sort every row).
SELECT o.id, o.account_id, o.owner_rep_id, o.lead_id, o.created_at, o.stage, o.status, o.amount, o.units,
       o.expected_close_date, o.closed_at,
       h.stage AS span_stage, h.entered_at
FROM opportunity_stage_history h
JOIN opportunity o ON o.id = h.opportunity_id
WHERE o.closed_at >= ? AND o.closed_at < ?
ORDER BY o.id
