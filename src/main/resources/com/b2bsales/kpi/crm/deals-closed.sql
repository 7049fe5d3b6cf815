-- Deals closed in [?, ?): revenue, and revenue per rep for quota attainment. Status is checked in Java, not here:
-- MariaDB's collation would treat 'won' and 'WON ' as 'WON', which the trust rules do not.
SELECT id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units,
       expected_close_date, closed_at
FROM opportunity
WHERE closed_at >= ? AND closed_at < ?
ORDER BY id
