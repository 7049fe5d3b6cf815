-- Deals that may be open at some coverage instant M of the horizon: created before the latest M,
-- expected to close between the earliest M and the end of the latest period.
SELECT {opportunity.columns}
FROM {opportunity} opportunity
WHERE expected_close_date >= :earliest_m AND expected_close_date < :periods_end AND created_at < :latest_m
ORDER BY {opportunity.order}
