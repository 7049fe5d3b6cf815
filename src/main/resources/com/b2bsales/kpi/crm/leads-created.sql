SELECT id, created_at, source, owner_rep_id, account_id, qualified_at, converted_at, disqualified_at
FROM sales_lead
WHERE created_at >= ? AND created_at < ?
ORDER BY id
