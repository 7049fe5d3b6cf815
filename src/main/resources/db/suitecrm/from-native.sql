-- The demo CRM, loaded into the native tables (db/crm/schema-mysql.sql), written as SuiteCRM 7.14 would hold it
-- (db/suitecrm/schema-mysql.sql): scripts/load-demo-mysql.sh --profile suitecrm. The native tables are dropped after.
-- * Ids: UUID-shaped, one prefix per table, the native id in the last twelve digits.
-- * DATETIMEs: the demo's local date-times are written as they are, i.e. taken as UTC (SuiteCRM stores UTC): run the
--   report with report.timezone UTC to compare it with the native load.
-- * Stage history: a deal's native stage entries become sales_stage audit rows (the first entry is its starting
--   stage, no row); a WON or LOST deal gets a last row into 'Closed Won' or 'Closed Lost' at its closed_at.
-- * Leads: converted (leads.opportunity_id) when a deal names the lead; an audit row New -> In Process at
--   qualified_at when the lead qualified after it was created.
-- * Every 50th account, deal and lead, and its links, is written a second time under another id, soft-deleted.
-- * Quotas, forecasts and time entries: SuiteCRM has none (config/quotas.csv, config/forecasts.csv).
INSERT INTO users (id, user_name, first_name, last_name, is_admin, status, employee_status, department,
                   date_entered, date_modified, deleted, is_group, portal_only)
SELECT CONCAT('dddddddd-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('rep', id),
       SUBSTRING_INDEX(name, ' ', 1), TRIM(SUBSTRING(name, CHAR_LENGTH(SUBSTRING_INDEX(name, ' ', 1)) + 1)), 0,
       CASE WHEN left_on IS NULL THEN 'Active' ELSE 'Inactive' END, 'Active', team,
       CAST(hired_on AS DATETIME), CAST(COALESCE(left_on, hired_on) AS DATETIME), 0, 0, 0
FROM sales_rep;

INSERT INTO accounts (id, name, industry, date_entered, date_modified, deleted)
SELECT CONCAT('aaaaaaaa-0000-4000-8000-', LPAD(id, 12, '0')), name, industry, created_at, created_at, 0
FROM account;
INSERT INTO accounts (id, name, industry, date_entered, date_modified, deleted)
SELECT CONCAT('aaaaaaaa-0000-4000-9999-', LPAD(id, 12, '0')), name, industry, created_at, created_at, 1
FROM account WHERE id % 50 = 0;

INSERT INTO opportunities (id, name, date_entered, date_modified, deleted, assigned_user_id, amount, amount_usdollar,
                           currency_id, date_closed, sales_stage)
SELECT CONCAT('bbbbbbbb-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('Deal ', id), created_at,
       COALESCE(closed_at, created_at), 0,
       CASE WHEN owner_rep_id IS NOT NULL THEN CONCAT('dddddddd-0000-4000-8000-', LPAD(owner_rep_id, 12, '0')) END,
       amount, amount, '-99', expected_close_date,
       CASE WHEN CAST(status AS BINARY) = 'WON' THEN 'Closed Won'
            WHEN CAST(status AS BINARY) = 'LOST' THEN 'Closed Lost'
            ELSE stage END
FROM opportunity;
INSERT INTO opportunities (id, name, date_entered, date_modified, deleted, assigned_user_id, amount, amount_usdollar,
                           currency_id, date_closed, sales_stage)
SELECT CONCAT('bbbbbbbb-0000-4000-9999-', LPAD(id, 12, '0')), CONCAT('Deleted deal ', id), created_at, created_at, 1,
       NULL, amount, amount, '-99', expected_close_date, 'Closed Won'
FROM opportunity WHERE id % 50 = 0;

INSERT INTO accounts_opportunities (id, opportunity_id, account_id, date_modified, deleted)
SELECT CONCAT('11111111-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('bbbbbbbb-0000-4000-8000-', LPAD(id, 12, '0')),
       CONCAT('aaaaaaaa-0000-4000-8000-', LPAD(account_id, 12, '0')), created_at, 0
FROM opportunity WHERE account_id IS NOT NULL;
-- a link that was removed: to the soft-deleted copy of the account
INSERT INTO accounts_opportunities (id, opportunity_id, account_id, date_modified, deleted)
SELECT CONCAT('11111111-0000-4000-9999-', LPAD(id, 12, '0')), CONCAT('bbbbbbbb-0000-4000-8000-', LPAD(id, 12, '0')),
       CONCAT('aaaaaaaa-0000-4000-9999-', LPAD(account_id, 12, '0')), created_at, 1
FROM opportunity WHERE account_id % 50 = 0;

INSERT INTO opportunities_audit (id, parent_id, date_created, created_by, field_name, data_type,
                                 before_value_string, after_value_string)
SELECT CONCAT('22222222-0000-4000-8000-', LPAD(n, 12, '0')), CONCAT('bbbbbbbb-0000-4000-8000-', LPAD(opportunity_id, 12, '0')),
       entered_at, '1', 'sales_stage', 'enum', before_stage, stage
FROM (
    SELECT ROW_NUMBER() OVER (ORDER BY opportunity_id, entered_at, stage) AS n, opportunity_id, stage, entered_at,
           LAG(stage) OVER (PARTITION BY opportunity_id ORDER BY entered_at, stage) AS before_stage
    FROM opportunity_stage_history
) h
WHERE before_stage IS NOT NULL;
INSERT INTO opportunities_audit (id, parent_id, date_created, created_by, field_name, data_type,
                                 before_value_string, after_value_string)
SELECT CONCAT('33333333-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('bbbbbbbb-0000-4000-8000-', LPAD(id, 12, '0')),
       closed_at, '1', 'sales_stage', 'enum', stage,
       CASE WHEN CAST(status AS BINARY) = 'WON' THEN 'Closed Won' ELSE 'Closed Lost' END
FROM opportunity
WHERE CAST(status AS BINARY) IN ('WON', 'LOST') AND closed_at IS NOT NULL;

INSERT INTO leads (id, date_entered, date_modified, deleted, assigned_user_id, first_name, last_name, status,
                   lead_source, account_id, opportunity_id)
SELECT CONCAT('cccccccc-0000-4000-8000-', LPAD(l.id, 12, '0')), l.created_at, l.created_at, 0,
       CASE WHEN l.owner_rep_id IS NOT NULL THEN CONCAT('dddddddd-0000-4000-8000-', LPAD(l.owner_rep_id, 12, '0')) END,
       'Lead', CAST(l.id AS CHAR),
       CASE WHEN c.lead_id IS NOT NULL THEN 'Converted' WHEN l.qualified_at IS NOT NULL THEN 'In Process'
            WHEN l.disqualified_at IS NOT NULL THEN 'Dead' ELSE 'New' END,
       l.source,
       CASE WHEN l.account_id IS NOT NULL THEN CONCAT('aaaaaaaa-0000-4000-8000-', LPAD(l.account_id, 12, '0')) END,
       CASE WHEN c.lead_id IS NOT NULL THEN CONCAT('bbbbbbbb-0000-4000-8000-', LPAD(c.opportunity_id, 12, '0')) END
FROM sales_lead l
LEFT JOIN (SELECT lead_id, MIN(id) AS opportunity_id FROM opportunity WHERE lead_id IS NOT NULL GROUP BY lead_id) c
  ON c.lead_id = l.id;
INSERT INTO leads (id, date_entered, date_modified, deleted, first_name, last_name, status, lead_source)
SELECT CONCAT('cccccccc-0000-4000-9999-', LPAD(id, 12, '0')), created_at, created_at, 1, 'Deleted', CAST(id AS CHAR),
       'In Process', source
FROM sales_lead WHERE id % 50 = 0;
INSERT INTO leads_audit (id, parent_id, date_created, created_by, field_name, data_type,
                         before_value_string, after_value_string)
SELECT CONCAT('44444444-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('cccccccc-0000-4000-8000-', LPAD(id, 12, '0')),
       qualified_at, '1', 'status', 'enum', 'New', 'In Process'
FROM sales_lead
WHERE qualified_at > created_at;

INSERT INTO aos_contracts (id, name, date_entered, date_modified, deleted, contract_account_id, start_date, end_date,
                           total_contract_value)
SELECT CONCAT('eeeeeeee-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('Contract ', id), start_date, start_date, 0,
       CASE WHEN account_id IS NOT NULL THEN CONCAT('aaaaaaaa-0000-4000-8000-', LPAD(account_id, 12, '0')) END,
       start_date, end_date,
       CASE WHEN end_date > start_date THEN ROUND(annual_value * DATEDIFF(end_date, start_date) / 365, 6)
            ELSE annual_value END
FROM contract;

INSERT INTO campaigns (id, name, date_entered, date_modified, deleted, start_date, end_date, actual_cost)
SELECT CONCAT('ffffffff-0000-4000-8000-', LPAD(id, 12, '0')), CONCAT('Campaign ', id), incurred_on, incurred_on, 0,
       incurred_on, incurred_on, amount
FROM expense
WHERE CAST(category AS BINARY) IN ('MARKETING', 'SALES');

DROP TABLE sales_rep, account, sales_lead, opportunity, opportunity_stage_history, quota, forecast, expense,
           time_entry, contract;
