SELECT id, team, period_start, period_end, amount, submitted_at
FROM forecast
WHERE period_start >= ? AND period_end <= ?
ORDER BY id
