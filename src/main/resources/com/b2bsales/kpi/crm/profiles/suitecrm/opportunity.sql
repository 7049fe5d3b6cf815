-- Profile `suitecrm`, contract table `opportunity` (crm-schema.md), from SuiteCRM's opportunities
-- (sources/suitecrm.md; SuiteCRM's DDL: src/main/resources/db/suitecrm/schema-mysql.sql).
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
-- Extra columns, after the contract's:
--  * closed_at_is_local (1/0). closed_at of a WON/LOST deal is the date_created (UTC) of the latest sales_stage
--    audit row whose after_value_string is the deal's current stage (closed_at_is_local = 0); without such a row
--    it is date_closed at 00:00 *in the report zone*, a local value that the job must not convert
--    (closed_at_is_local = 1); without date_closed it is NULL (0). OPEN deals: closed_at NULL, 0.
--  * date_entered: opportunities.date_entered as stored (UTC).
--  * stored_id: opportunities.id as stored (not trimmed), the column the job orders deals by (profile.properties,
--    order.opportunity): the server reads opportunities in PRIMARY KEY order instead of sorting on the computed id
--    (at size L that sort was about a third of each deals query).
--  created_at is date_entered, or closed_at when the deal is WON/LOST and closed_at is earlier. With a UTC closed_at
--  the query decides that exactly. With a local closed_at (closed_at_is_local = 1) it compares the local closed_at
--  with the UTC date_entered as they are, which is off by at most the zone's offset: good enough for the SQL window
--  filter with bounds widened by a day, not for the report. For those rows the job sets, after reading:
--  created_at = min(date_entered converted to the report zone, closed_at).
--
-- Rules (sources/suitecrm.md): status WON when sales_stage is one of :won_stages, else LOST when one of
-- :lost_stages (a stage in both lists is WON), else OPEN (a NULL stage too: its row is untrusted for the missing
-- stage). account_id: of the deal's accounts_opportunities links that exist and point to an account that exists,
-- the one with the latest date_modified (NULL oldest), ties by the greater link id (bytes); none: NULL.
-- owner_rep_id: assigned_user_id when that user exists, else NULL. amount: amount_usdollar, or amount when
-- amount_usdollar is NULL and currency_id is '-99', NULL or blank; both DOUBLE, read as CAST(x AS DECIMAL(26,6)).
-- lead_id and units: NULL. expected_close_date: date_closed.
--
-- Speed: one scan of opportunities (SuiteCRM has no index on date_entered or date_closed, and created_at/closed_at
-- are computed). opportunities_audit: one scan of the sales_stage rows into a won or lost stage (the only ones a
-- closed_at can come from), grouped by (deal, stage) into a derived table that the server joins by an automatic key
-- (MariaDB derived_with_keys / MySQL auto_key); keeping the other stages out keeps that table small: at 100,000
-- deals this halved the query's time. A correlated MAX through idx_opportunities_parent_id instead was slower: the
-- job's queries refer to closed_at several times, and each reference ran it again. accounts_opportunities: per deal,
-- its links through idx_oppid_del_accid and the account by its PRIMARY KEY, the latest link taken by MAX of a fixed-
-- width key (no sort per deal: about 40% faster than ORDER BY ... LIMIT 1 at size S). users: PRIMARY KEY lookup per
-- deal. At size L (2 million deals, 10 million audit rows) the scan of opportunities_audit is most of the query's
-- time: SuiteCRM indexes its audit rows by parent_id only.
SELECT d.id,
       d.account_id,
       d.owner_rep_id,
       d.lead_id,
       CASE WHEN d.closed_at < d.date_entered THEN d.closed_at ELSE d.date_entered END AS created_at,
       d.stage,
       d.status,
       d.amount,
       d.units,
       d.expected_close_date,
       d.closed_at,
       d.closed_at_is_local,
       d.date_entered,
       d.stored_id
FROM (
    SELECT NULLIF(TRIM(o.id), '') AS id,
           o.id AS stored_id,
           -- The latest live link to a live account: MAX of a fixed-width key (date_modified, NULL oldest, then the
           -- link id's bytes as hex, padded) followed by the account id, which starts at character 304.
           (SELECT NULLIF(TRIM(CONVERT(SUBSTRING(MAX(CONCAT(
                       IF(ao.date_modified IS NULL, '000000000000000', DATE_FORMAT(ao.date_modified, '1%Y%m%d%H%i%s')),
                       RPAD(HEX(CAST(ao.id AS BINARY)), 288, ' '), CAST(ac.id AS BINARY))), 304) USING utf8mb4)), '')
            FROM accounts_opportunities ao
            JOIN accounts ac
              ON ac.id = ao.account_id
             AND CAST(ac.id AS BINARY) = CAST(ao.account_id AS BINARY)
             AND ac.deleted = 0
            WHERE ao.opportunity_id = o.id
              AND CAST(ao.opportunity_id AS BINARY) = CAST(o.id AS BINARY)
              AND ao.deleted = 0) AS account_id,
           NULLIF(TRIM(u.id), '') AS owner_rep_id,
           CAST(NULL AS CHAR(36)) AS lead_id,
           o.date_entered,
           NULLIF(TRIM(o.sales_stage), '') AS stage,
           o.status,
           CASE WHEN o.amount_usdollar IS NOT NULL THEN CAST(o.amount_usdollar AS DECIMAL(26,6))
                WHEN NULLIF(TRIM(o.currency_id), '') IS NULL OR CAST(o.currency_id AS BINARY) = '-99'
                    THEN CAST(o.amount AS DECIMAL(26,6))
           END AS amount,
           CAST(NULL AS SIGNED) AS units,
           o.date_closed AS expected_close_date,
           CASE WHEN o.status = 'OPEN' THEN NULL
                WHEN ca.parent_key IS NOT NULL THEN ca.closed_at
                ELSE CAST(o.date_closed AS DATETIME)
           END AS closed_at,
           CASE WHEN o.status <> 'OPEN' AND ca.parent_key IS NULL AND o.date_closed IS NOT NULL THEN 1 ELSE 0
           END AS closed_at_is_local
    FROM (
        SELECT op.id, op.date_entered, op.sales_stage, op.amount, op.amount_usdollar, op.currency_id,
               op.date_closed, op.assigned_user_id,
               CASE WHEN CAST(op.sales_stage AS BINARY) IN (:won_stages) THEN 'WON'
                    WHEN CAST(op.sales_stage AS BINARY) IN (:lost_stages) THEN 'LOST'
                    ELSE 'OPEN'
               END AS status
        FROM opportunities op
        WHERE op.deleted = 0
    ) o
    -- The latest date_created per (deal, after_value_string) of the sales_stage audit rows into a won or lost stage
    -- (a deal's current stage is one of those when it is closed). Only the date of the
    -- latest row counts, so MAX(date_created) is that date whatever the id tie-break (NULL only when all the
    -- group's rows have a NULL date_created: then the latest row's date_created is NULL, as MAX says).
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
    LEFT JOIN users u
      ON u.id = o.assigned_user_id
     AND CAST(u.id AS BINARY) = CAST(o.assigned_user_id AS BINARY)
     AND u.deleted = 0
) d
