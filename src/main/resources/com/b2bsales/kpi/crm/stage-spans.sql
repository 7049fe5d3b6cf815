-- Each stay in a stage of the deals closed in [?, ?), with the time the deal entered its next stage.
SELECT o.id, o.account_id, o.owner_rep_id, o.lead_id, o.created_at, o.stage, o.status, o.amount, o.units,
       o.expected_close_date, o.closed_at,
       h.stage AS span_stage, h.entered_at,
       LEAD(h.entered_at) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.stage) AS left_at
FROM opportunity_stage_history h
JOIN opportunity o ON o.id = h.opportunity_id
WHERE o.closed_at >= ? AND o.closed_at < ?
ORDER BY h.opportunity_id, h.entered_at, h.stage
