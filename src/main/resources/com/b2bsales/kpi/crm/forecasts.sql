-- Forecasts for periods within [?, ?), and those without a period start or end: untrusted, counted in every period.
SELECT id, team, period_start, period_end, amount, submitted_at
FROM forecast
WHERE (period_start >= ? AND period_end <= ?) OR period_start IS NULL OR period_end IS NULL
ORDER BY id
