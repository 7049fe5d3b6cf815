-- Quotas for periods within [:from, :to), and those without a period start or end: untrusted, counted in every
-- period. quota has no key: order by every column so that a restart skips exactly the rows already counted.
SELECT {quota.columns}
FROM {quota} quota
WHERE (period_start >= :from AND period_end <= :to) OR period_start IS NULL OR period_end IS NULL
ORDER BY rep_id, period_start, period_end, amount
