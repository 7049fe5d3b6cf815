-- Profile `native`: the project's own schema (crm-schema.md), table `expense` as it is.
SELECT id, incurred_on, category, amount FROM expense
