-- Profile `native`: the project's own schema (crm-schema.md), table `sales_rep` as it is.
SELECT id, name, email, team, region, hired_on, left_on FROM sales_rep
