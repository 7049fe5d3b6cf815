-- Deals that may be open at some coverage instant M of the horizon: created before the latest M,
-- expected to close between the earliest M and the end of the latest period.
SELECT id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units,
       expected_close_date, closed_at
FROM opportunity
WHERE expected_close_date >= ? AND expected_close_date < ? AND created_at < ?
ORDER BY id
