-- Profile `native`: the project's own schema (crm-schema.md), table `quota` as it is.
SELECT rep_id, period_start, period_end, amount FROM quota
