-- Leads created in [?, ?), and those without created_at: untrusted, counted in every period (metrics.md).
SELECT id, created_at, source, owner_rep_id, account_id, qualified_at, converted_at, disqualified_at
FROM sales_lead
WHERE (created_at >= ? AND created_at < ?) OR created_at IS NULL
ORDER BY id
