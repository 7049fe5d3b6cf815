-- Profile `suitecrm`, contract table `opportunity_stage_history` (crm-schema.md), from SuiteCRM's opportunities
-- and opportunities_audit (sources/suitecrm.md; DDL: src/main/resources/db/suitecrm/schema-mysql.sql).
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
-- Rows, per existing deal: its starting stage, then one row per sales_stage audit row of it.
--  * Starting row: stage = the before_value_string of the deal's first sales_stage audit row, or its current
--    sales_stage when it has none; entered_at = the deal's created_at, computed exactly as opportunity.sql does.
--  * Audit rows: stage = after_value_string, entered_at = date_created (UTC).
-- Extra column is_starting_stage (1/0): 1 on the starting row. Its entered_at is the deal's created_at, so it has
-- that value's caveat: for a deal with closed_at_is_local = 1 in opportunity.sql the returned value is only good
-- for the widened SQL filter, and the job takes the deal's created_at as it finalized it for the opportunity
-- (min(date_entered converted to the report zone, local closed_at)). Every other entered_at is UTC.
--
-- Speed: opportunities scanned once; the first sales_stage audit row of each deal found through
-- idx_opportunities_parent_id by a correlated MIN over the deal's own rows (no window function over the whole table:
-- ROW_NUMBER sorted every audit row: over a third of the job's stage-span query at size S); the latest-per-stage
-- date grouped as in opportunity.sql; the audit rows themselves read through idx_opportunities_parent_id per deal.
-- The job joins this query with opportunity.sql on the deal's id, so the server materializes it (a UNION ALL, and
-- ids computed with NULLIF(TRIM(...)) leave no index to join by): one row per audit row plus one per deal, the
-- largest cost left of this profile (docs/performance.md).
SELECT NULLIF(TRIM(d.id), '') AS opportunity_id,
       -- The deal's first sales_stage audit row: MIN of a fixed-width key (date_created, NULL first, then the row
       -- id's bytes as hex, padded) followed by before_value_string ('' for NULL), which starts at character 304.
       -- No audit row: MIN is NULL and the stage is the current sales_stage. (All in the subquery, so that it runs
       -- once per deal: NULLIF evaluates its first argument twice.)
       (SELECT NULLIF(TRIM(COALESCE(CONVERT(SUBSTRING(MIN(CONCAT(
                   IF(a.date_created IS NULL, '000000000000000', DATE_FORMAT(a.date_created, '1%Y%m%d%H%i%s')),
                   RPAD(HEX(CAST(a.id AS BINARY)), 288, ' '), COALESCE(CAST(a.before_value_string AS BINARY), ''))),
                   304) USING utf8mb4), d.sales_stage)), '')
        FROM opportunities_audit a
        WHERE a.parent_id = d.id
          AND CAST(a.parent_id AS BINARY) = CAST(d.id AS BINARY)
          AND CAST(a.field_name AS BINARY) = 'sales_stage') AS stage,
       CASE WHEN d.closed_at < d.date_entered THEN d.closed_at ELSE d.date_entered END AS entered_at,
       1 AS is_starting_stage
FROM (
    SELECT o.id, o.sales_stage, o.date_entered,
           CASE WHEN o.status = 'OPEN' THEN NULL
                WHEN ca.parent_key IS NOT NULL THEN ca.closed_at
                ELSE CAST(o.date_closed AS DATETIME)
           END AS closed_at
    FROM (
        SELECT op.id, op.sales_stage, op.date_entered, op.date_closed,
               CASE WHEN CAST(op.sales_stage AS BINARY) IN (:won_stages) THEN 'WON'
                    WHEN CAST(op.sales_stage AS BINARY) IN (:lost_stages) THEN 'LOST'
                    ELSE 'OPEN'
               END AS status
        FROM opportunities op
        WHERE op.deleted = 0
    ) o
    LEFT JOIN (
        SELECT CAST(a.parent_id AS BINARY) AS parent_key,
               CAST(a.after_value_string AS BINARY) AS stage_key,
               MAX(a.date_created) AS closed_at
        FROM opportunities_audit a
        WHERE CAST(a.field_name AS BINARY) = 'sales_stage'
          AND CAST(a.after_value_string AS BINARY) IN (:won_stages, :lost_stages)
        GROUP BY CAST(a.parent_id AS BINARY), CAST(a.after_value_string AS BINARY)
    ) ca ON ca.parent_key = CAST(o.id AS BINARY)
        AND ca.stage_key = CAST(o.sales_stage AS BINARY)
) d
UNION ALL
SELECT NULLIF(TRIM(o.id), ''),
       NULLIF(TRIM(a.after_value_string), ''),
       a.date_created,
       0
FROM opportunities_audit a
JOIN opportunities o
  ON o.id = a.parent_id
 AND CAST(o.id AS BINARY) = CAST(a.parent_id AS BINARY)
 AND o.deleted = 0
WHERE CAST(a.field_name AS BINARY) = 'sales_stage'
