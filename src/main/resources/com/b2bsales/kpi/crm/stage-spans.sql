-- The stage-history rows of the deals closed in [:from, :to), each with its deal, a deal's rows together.
-- Ordered by deal only: the server then streams the join in the deal's key order without sorting millions of
-- rows. StageSpanReader puts each deal's rows in the order the deal entered the stages and takes the time a
-- deal left a stage from the next one (a window function here would make the server sort every row).
SELECT o.*, h.stage AS span_stage, h.entered_at AS span_entered_at, h.*
FROM {opportunity_stage_history} h
JOIN {opportunity} o ON o.id = h.opportunity_id
WHERE o.closed_at >= :from AND o.closed_at < :to
ORDER BY o.id
