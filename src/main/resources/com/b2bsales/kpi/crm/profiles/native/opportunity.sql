-- Profile `native`: the project's own schema (crm-schema.md), table `opportunity` as it is.
SELECT id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units, expected_close_date, closed_at FROM opportunity
