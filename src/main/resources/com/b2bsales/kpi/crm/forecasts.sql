-- Forecasts for periods within [:from, :to), and those without a period start or end: untrusted, counted in every
-- period.
SELECT {forecast.columns}
FROM {forecast} forecast
WHERE (period_start >= :from AND period_end <= :to) OR period_start IS NULL OR period_end IS NULL
ORDER BY {forecast.order}
