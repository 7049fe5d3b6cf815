-- quota has no key: order by every column so that a restart skips exactly the rows already counted.
SELECT rep_id, period_start, period_end, amount
FROM quota
WHERE period_start >= ? AND period_end <= ?
ORDER BY rep_id, period_start, period_end, amount
