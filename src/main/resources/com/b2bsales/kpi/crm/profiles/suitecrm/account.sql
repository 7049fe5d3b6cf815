-- Profile `suitecrm`, contract table `account` (crm-schema.md), from SuiteCRM's accounts
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
-- No extra column. Rules (sources/suitecrm.md): accounts that exist; created_at = date_entered (UTC);
-- industry = industry (a dropdown key, as stored but trimmed).
--
-- Speed: one scan of accounts (idx_accnt_id_del covers id and deleted, but name, industry and date_entered are
-- read from the rows anyway).
SELECT NULLIF(TRIM(a.id), '') AS id,
       NULLIF(TRIM(a.name), '') AS name,
       NULLIF(TRIM(a.industry), '') AS industry,
       a.date_entered AS created_at
FROM accounts a
WHERE a.deleted = 0
