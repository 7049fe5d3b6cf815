-- Deals created or closed in [?, ?): the funnel, and the opportunity rows that concern the period; those without
-- created_at are untrusted and counted in every period.
SELECT id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units,
       expected_close_date, closed_at
FROM opportunity
WHERE (created_at >= ? AND created_at < ?) OR created_at IS NULL OR (closed_at >= ? AND closed_at < ?)
ORDER BY id
