-- Deals created or closed in [:from, :to): the funnel, and the opportunity rows that concern the period; those
-- without created_at are untrusted and counted in every period.
SELECT {opportunity.columns}
FROM {opportunity} opportunity
WHERE (created_at >= :from AND created_at < :to) OR created_at IS NULL OR (closed_at >= :from AND closed_at < :to)
ORDER BY {opportunity.order}
