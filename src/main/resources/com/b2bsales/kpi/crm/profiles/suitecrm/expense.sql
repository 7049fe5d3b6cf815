-- Profile `suitecrm`, contract table `expense` (crm-schema.md), from SuiteCRM's campaigns
-- (sources/suitecrm.md; DDL: src/main/resources/db/suitecrm/schema-mysql.sql).
--
-- Conventions of every query of this profile (profiles/suitecrm/*.sql):
--  * One SELECT with the contract table's columns, named as in crm-schema.md and in its order, then the extra
--    columns this header names (each documented here). No ORDER BY and no trailing semicolon: the job wraps it as a
--    derived table, SELECT ... FROM (<this query>) t WHERE <column> >= ? AND <column> < ?, and orders as it needs.
--  * Settings are named placeholders, a colon and a name: :won_stages, :lost_stages, :qualified_statuses (lists of
--    strings) and :contract_end_inclusive (0 or 1). The job replaces each by bound parameters, never by pasted
--    text: a list becomes one ? per element, each bound as a string (an empty list is bound as one NULL, which
--    matches nothing: `IN ()` is not SQL), a flag becomes one ? bound as the integer 0 or 1. A name may occur more
--    than once; every occurrence gets the same values. No positional ? occurs in these files.
--    Defaults (sources/suitecrm.md): won_stages = 'Closed Won', lost_stages = 'Closed Lost',
--    qualified_statuses = 'In Process', 'Converted', contract_end_inclusive = 0.
--  * DATETIME values are returned in UTC, as SuiteCRM stores them (date_entered, date_modified, the audit tables'
--    date_created). The job converts them to report.timezone after reading and widens its SQL bounds by a day on
--    each side, then tests the converted values. Exceptions are flagged by the extra columns below.
--  * Ids and strings are returned as NULLIF(TRIM(x), ''): SuiteCRM writes '' for "none".
--  * Stored keys (stage, status, field_name, ids) are compared exactly, case and spaces included, on the stored
--    value (not trimmed): CAST(x AS BINARY), i.e. MySQL's BINARY x without 8.0's deprecation warning, because
--    SuiteCRM's collation is case-insensitive (and MariaDB's ignores trailing spaces). A join on ids is written
--    twice: a = b lets the server use the index on a, CAST(a AS BINARY) = CAST(b AS BINARY) makes it exact.
--  * Soft delete: a row exists only when deleted = 0 (NULL is not 0). Rows that do not exist are left out, and so
--    is every link to them (the row that links is kept with the link NULL where the contract allows NULL).
--  * Order of audit rows: (date_created, id) ascending, id by its bytes; NULL date_created sorts first.
--
-- Extra column incurred_on_utc: NULL when incurred_on is a calendar date (start_date, else end_date, both DATE
-- columns, not converted); when a campaign has neither, incurred_on is "the date of date_entered" in the report
-- zone, which SQL cannot compute: the query returns incurred_on = DATE(date_entered) (the UTC date, good for a
-- widened SQL filter only) and incurred_on_utc = date_entered (UTC), and the job sets incurred_on := the date of
-- incurred_on_utc converted to the report zone.
--
-- Rules (sources/suitecrm.md): campaigns that exist, with actual_cost not NULL; id = campaigns.id; category =
-- 'MARKETING'; amount = actual_cost (DOUBLE, read as CAST(x AS DECIMAL(26,6)); the system currency assumed).
--
-- Speed: one scan of campaigns (small); no index needed.
SELECT NULLIF(TRIM(c.id), '') AS id,
       COALESCE(c.start_date, c.end_date, CAST(c.date_entered AS DATE)) AS incurred_on,
       'MARKETING' AS category,
       CAST(c.actual_cost AS DECIMAL(26,6)) AS amount,
       CASE WHEN c.start_date IS NULL AND c.end_date IS NULL THEN c.date_entered END AS incurred_on_utc
FROM campaigns c
WHERE c.deleted = 0
  AND c.actual_cost IS NOT NULL
