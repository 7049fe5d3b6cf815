-- Leads created in [:from, :to), and those without created_at: untrusted, counted in every period (metrics.md).
SELECT {sales_lead.columns}
FROM {sales_lead} sales_lead
WHERE (created_at >= :from AND created_at < :to) OR created_at IS NULL
ORDER BY {sales_lead.order}
