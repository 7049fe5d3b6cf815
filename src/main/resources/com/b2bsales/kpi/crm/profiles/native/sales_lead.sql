-- Profile `native`: the project's own schema (crm-schema.md), table `sales_lead` as it is.
SELECT id, created_at, source, owner_rep_id, account_id, qualified_at, converted_at, disqualified_at FROM sales_lead
