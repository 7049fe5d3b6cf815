-- Profile `native`: the project's own schema (crm-schema.md), table `forecast` as it is.
SELECT id, team, period_start, period_end, amount, submitted_at FROM forecast
