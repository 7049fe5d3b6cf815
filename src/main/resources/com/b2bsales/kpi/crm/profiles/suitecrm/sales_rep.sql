-- Profile `suitecrm`, contract table `sales_rep` (crm-schema.md), from SuiteCRM's users
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
-- Extra columns: hired_on and left_on are "the date of" a UTC DATETIME, i.e. its date *after* conversion to the
-- report zone, which SQL cannot do without the server's time-zone tables. So the query returns
--  * hired_on = DATE(date_entered) and left_on = DATE(date_modified), the UTC dates: within a day of the right
--    ones, good for a widened SQL filter only;
--  * hired_on_utc = date_entered and left_on_utc = date_modified (NULL when left_on is NULL), as stored (UTC).
-- The job sets hired_on := the date of hired_on_utc converted to the report zone, and the same for left_on.
-- Extra column user_name: users.user_name exactly as stored, the key of config/quotas.csv (sources/suitecrm.md).
--
-- Rules (sources/suitecrm.md): users that exist, with a non-blank user_name, is_group = 0 and portal_only = 0
-- (NULL is not 0: SuiteCRM's users.is_group has no default). name = first_name and last_name joined by a space,
-- a blank part left out; user_name when both are blank. email and region NULL; team = department.
-- left_on when status is exactly 'Inactive' or employee_status exactly 'Terminated', else NULL.
--
-- Speed: one scan of users (small); no index needed.
SELECT NULLIF(TRIM(u.id), '') AS id,
       COALESCE(NULLIF(CONCAT_WS(' ', NULLIF(TRIM(u.first_name), ''), NULLIF(TRIM(u.last_name), '')), ''),
                NULLIF(TRIM(u.user_name), '')) AS name,
       CAST(NULL AS CHAR(320)) AS email,
       NULLIF(TRIM(u.department), '') AS team,
       CAST(NULL AS CHAR(100)) AS region,
       CAST(u.date_entered AS DATE) AS hired_on,
       CASE WHEN CAST(u.status AS BINARY) = 'Inactive' OR CAST(u.employee_status AS BINARY) = 'Terminated'
            THEN CAST(u.date_modified AS DATE)
       END AS left_on,
       u.date_entered AS hired_on_utc,
       CASE WHEN CAST(u.status AS BINARY) = 'Inactive' OR CAST(u.employee_status AS BINARY) = 'Terminated'
            THEN u.date_modified
       END AS left_on_utc,
       u.user_name
FROM users u
WHERE u.deleted = 0
  AND NULLIF(TRIM(u.user_name), '') IS NOT NULL
  AND u.is_group = 0
  AND u.portal_only = 0
