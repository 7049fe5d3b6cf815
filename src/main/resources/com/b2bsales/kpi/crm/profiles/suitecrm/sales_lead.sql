-- Profile `suitecrm`, contract table `sales_lead` (crm-schema.md), from SuiteCRM's leads and leads_audit
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
-- Extra column stored_id: leads.id as stored (not trimmed), the column the job orders leads by (profile.properties,
-- order.sales_lead): the server reads leads in PRIMARY KEY order instead of sorting on the computed id.
-- created_at, qualified_at and converted_at are all UTC values.
-- Rules (sources/suitecrm.md):
--  * created_at = date_entered; source = lead_source; owner_rep_id = assigned_user_id when that user exists;
--    account_id = leads.account_id when that account exists (else NULL); disqualified_at = NULL.
--  * The lead's starting status: the before_value_string of its first status audit row, or its current status
--    when it has none. qualified_at = date_entered when the starting status is one of :qualified_statuses; else
--    the date_created of the first status audit row whose after_value_string is one of them; else NULL.
--  * converted_at: when leads.opportunity_id names an opportunity that exists (a conversion that made only a
--    contact or an account is not one), the later of the lead's and that opportunity's date_entered (the one that
--    is not NULL when the other is); else NULL.
--
-- Speed: leads scanned once (SuiteCRM has no index on leads.date_entered), and the job's window on created_at
-- (= date_entered) filters them before anything else is computed; per lead that passes, its status audit rows are
-- read through idx_leads_parent_id by two correlated aggregates (the starting status, and the first qualified date
-- only when the starting status is not qualified), each referred to once; users, accounts and opportunities looked
-- up by their PRIMARY KEY. No window function over the whole of leads_audit.
SELECT NULLIF(TRIM(l.id), '') AS id,
       l.date_entered AS created_at,
       NULLIF(TRIM(l.lead_source), '') AS source,
       NULLIF(TRIM(u.id), '') AS owner_rep_id,
       NULLIF(TRIM(ac.id), '') AS account_id,
       -- The lead's starting status, as stored (bytes): the before_value_string of its first status audit row, the
       -- one with the least fixed-width key (date_created, NULL first, then the row id's bytes as hex, padded),
       -- followed by '1' and the value ('0' for NULL) from character 304; its current status without audit rows.
       CASE WHEN (SELECT CASE WHEN COUNT(*) = 0 THEN CAST(l.status AS BINARY)
                              WHEN SUBSTRING(MIN(CONCAT(IF(a.date_created IS NULL, '000000000000000',
                                              DATE_FORMAT(a.date_created, '1%Y%m%d%H%i%s')),
                                           RPAD(HEX(CAST(a.id AS BINARY)), 288, ' '),
                                           IF(a.before_value_string IS NULL, '0',
                                              CONCAT('1', CAST(a.before_value_string AS BINARY))))), 304, 1) = '1'
                                  THEN SUBSTRING(MIN(CONCAT(IF(a.date_created IS NULL, '000000000000000',
                                              DATE_FORMAT(a.date_created, '1%Y%m%d%H%i%s')),
                                           RPAD(HEX(CAST(a.id AS BINARY)), 288, ' '),
                                           IF(a.before_value_string IS NULL, '0',
                                              CONCAT('1', CAST(a.before_value_string AS BINARY))))), 305)
                         END
                  FROM leads_audit a
                  WHERE a.parent_id = l.id
                    AND CAST(a.parent_id AS BINARY) = CAST(l.id AS BINARY)
                    AND CAST(a.field_name AS BINARY) = 'status')
                 IN (:qualified_statuses)
                THEN l.date_entered
            -- the date_created of the first status audit row into a qualified status: NULL when one of them has a
            -- NULL date_created (NULL sorts first), and when there is none
            ELSE (SELECT IF(COUNT(*) = COUNT(a.date_created), MIN(a.date_created), NULL)
                  FROM leads_audit a
                  WHERE a.parent_id = l.id
                    AND CAST(a.parent_id AS BINARY) = CAST(l.id AS BINARY)
                    AND CAST(a.field_name AS BINARY) = 'status'
                    AND CAST(a.after_value_string AS BINARY) IN (:qualified_statuses))
       END AS qualified_at,
       CASE WHEN op.id IS NULL THEN NULL
            WHEN l.date_entered IS NULL OR op.date_entered > l.date_entered THEN op.date_entered
            ELSE l.date_entered
       END AS converted_at,
       CAST(NULL AS DATETIME) AS disqualified_at,
       l.id AS stored_id
FROM leads l
LEFT JOIN users u
  ON u.id = l.assigned_user_id
 AND CAST(u.id AS BINARY) = CAST(l.assigned_user_id AS BINARY)
 AND u.deleted = 0
LEFT JOIN accounts ac
  ON ac.id = l.account_id
 AND CAST(ac.id AS BINARY) = CAST(l.account_id AS BINARY)
 AND ac.deleted = 0
LEFT JOIN opportunities op
  ON op.id = l.opportunity_id
 AND CAST(op.id AS BINARY) = CAST(l.opportunity_id AS BINARY)
 AND op.deleted = 0
WHERE l.deleted = 0
