-- Deals closed in [:from, :to): revenue, and revenue per rep for quota attainment. Status is checked in Java, not
-- here: MariaDB's collation would treat 'won' and 'WON ' as 'WON', which the trust rules do not.
SELECT {opportunity.columns}
FROM {opportunity} opportunity
WHERE closed_at >= :from AND closed_at < :to
ORDER BY {opportunity.order}
