-- Profile `suitecrm`, contract table `contract` (crm-schema.md), from SuiteCRM's aos_contracts
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
-- No extra column: start_date and end_date are calendar dates, not converted.
-- Rules (sources/suitecrm.md):
--  * aos_contracts that exist. account_id = contract_account_id. A contract whose contract_account_id names an
--    account that does not exist (deleted, or never there) is left out, silently, like the account: keeping it
--    with a NULL account would make it untrusted ("missing account_id"), keeping the dead id would count a
--    customer the CRM no longer has. A blank contract_account_id is kept as NULL (untrusted: missing account_id).
--  * start_date = start_date. end_date = end_date as it is (exclusive, as SuiteCRM's own default start + 1 year
--    reads), or the day after it when :contract_end_inclusive is 1.
--  * annual_value = total_contract_value x 365 / (end_date - start_date in days), end_date being the contract's
--    (exclusive) end_date above, when the contract has an end after its start; else total_contract_value as it is.
--    Rounded half away from zero to 6 decimals (DECIMAL(26,6), total_contract_value's own type).
--
-- Speed: one scan of aos_contracts (SuiteCRM declares no index but its PRIMARY KEY; contract_account_id is not
-- indexed), each joined to accounts by accounts' PRIMARY KEY.
SELECT k.id,
       k.account_id,
       k.start_date,
       k.end_date,
       CASE WHEN k.total_contract_value IS NULL THEN NULL
            WHEN k.end_date > k.start_date
                THEN CAST(k.total_contract_value * 365 / DATEDIFF(k.end_date, k.start_date) AS DECIMAL(26,6))
            ELSE k.total_contract_value
       END AS annual_value
FROM (
    SELECT NULLIF(TRIM(c.id), '') AS id,
           NULLIF(TRIM(ac.id), '') AS account_id,
           c.start_date,
           CASE WHEN :contract_end_inclusive = 1 THEN c.end_date + INTERVAL 1 DAY ELSE c.end_date END AS end_date,
           c.total_contract_value
    FROM aos_contracts c
    LEFT JOIN accounts ac
      ON ac.id = c.contract_account_id
     AND CAST(ac.id AS BINARY) = CAST(c.contract_account_id AS BINARY)
     AND ac.deleted = 0
    WHERE c.deleted = 0
      AND (NULLIF(TRIM(c.contract_account_id), '') IS NULL OR ac.id IS NOT NULL)
) k
