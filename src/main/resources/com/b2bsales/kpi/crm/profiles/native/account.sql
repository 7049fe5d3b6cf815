-- Profile `native`: the project's own schema (crm-schema.md), table `account` as it is.
SELECT id, name, industry, created_at FROM account
