-- Quotas for periods within [?, ?), and those without a period start or end: untrusted, counted in every period.
-- quota has no key: order by every column so that a restart skips exactly the rows already counted.
SELECT rep_id, period_start, period_end, amount
FROM quota
WHERE (period_start >= ? AND period_end <= ?) OR period_start IS NULL OR period_end IS NULL
ORDER BY rep_id, period_start, period_end, amount
