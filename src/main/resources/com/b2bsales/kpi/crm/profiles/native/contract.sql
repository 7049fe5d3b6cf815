-- Profile `native`: the project's own schema (crm-schema.md), table `contract` as it is.
SELECT id, account_id, start_date, end_date, annual_value FROM contract
