-- A small SuiteCRM database, made by hand, for the `suitecrm` source profile
-- (src/main/resources/com/b2bsales/kpi/crm/profiles/suitecrm/*.sql). Load schema-mysql.sql first, then this file.
-- Each block says, in comments, the contract rows the profile must make of it, worked out by hand from
-- /work/shared/spec/sources/suitecrm.md; expected/<contract_table>.csv holds the same rows for tests:
--   * header = the query's columns: the contract's, in crm-schema.md's order, then the profile's extra columns
--     (sales_rep: hired_on_utc, left_on_utc, user_name; opportunity: closed_at_is_local, date_entered;
--     opportunity_stage_history: is_starting_stage; expense: incurred_on_utc);
--   * one line per row, ordered by id (opportunity_stage_history: by opportunity_id, is_starting_stage descending,
--     entered_at, stage); an empty field is NULL (the profile never returns ''); datetimes 'YYYY-MM-DD HH:MM:SS'
--     as the query returns them, i.e. UTC as stored (except the flagged local closed_at); DECIMAL(26,6) money
--     with its 6 decimals as the server prints it;
--   * settings at their defaults: won_stages 'Closed Won', lost_stages 'Closed Lost', qualified_statuses
--     'In Process', 'Converted', contract_end_inclusive 0; expected/contract_end_inclusive.csv is contract.sql with
--     contract_end_inclusive = 1.
-- Report zone for the comments below: Europe/Berlin (UTC+1, from 2026-03-29 UTC+2), to show the midnights that are
-- another day there; the rows themselves do not depend on the zone.
--
-- Ids: UUID-shaped, one prefix per table (users dddddddd-, accounts aaaaaaaa-, opportunities bbbbbbbb-, leads
-- cccccccc-, contracts eeeeeeee-, campaigns ffffffff-, links 11111111-, audit rows 22222222-), besides SuiteCRM's
-- own non-UUID ids '1' (admin) and 'seed_sally_id'.

-- ---------------------------------------------------------------------------------------------------------------
-- users -> sales_rep (id, name, email, team, region, hired_on, left_on, hired_on_utc, left_on_utc)
--   '1'            admin; blank first name -> 'Administrator'; team 'Management'; hired 2024-01-01 (a UTC midnight)
--                  -> 1,Administrator,,Management,,2024-01-01,,2024-01-01 00:00:00,
--   seed_sally_id  status 'Inactive' -> left_on from date_modified 2026-03-31 23:30 UTC (2026-04-01 in Berlin:
--                  the job must make it 2026-04-01 from left_on_utc); department 'East ' trimmed
--                  -> seed_sally_id,Sally Bronsen,,East,,2025-02-01,2026-03-31,2025-02-01 08:00:00,2026-03-31 23:30:00
--   ...0003        soft-deleted: no row
--   ...0004        group user (is_group = 1): no row (but it exists: deals assigned to it keep it as owner)
--   ...0005        blank user_name (an employee who never logs in): no row
--   ...0006        employee_status 'Terminated'; first name '  ' blank -> 'Nguyen'; department NULL
--                  -> ...0006,Nguyen,,,,2025-05-05,2026-05-15,2025-05-05 12:00:00,2026-05-15 09:00:00
--   ...0007        both names blank -> user_name ' max ' trimmed; status 'inactive' / 'terminated' differ in case:
--                  not gone; department '' -> NULL
--                  -> ...0007,max,,,,2026-01-10,,2026-01-10 23:59:59,
--   ...0008        is_group NULL (no default in SuiteCRM's vardefs): NULL is not 0, no row
--   ...0009        portal-only user: no row
INSERT INTO users (id, user_name, first_name, last_name, is_admin, status, employee_status, department,
                   date_entered, date_modified, deleted, is_group, portal_only) VALUES
 ('1', 'admin', '', 'Administrator', 1, 'Active', 'Active', 'Management',
  '2024-01-01 00:00:00', '2025-06-01 10:00:00', 0, 0, 0),
 ('seed_sally_id', 'sally', 'Sally', 'Bronsen', 0, 'Inactive', 'Active', 'East ',
  '2025-02-01 08:00:00', '2026-03-31 23:30:00', 0, 0, 0),
 ('dddddddd-0000-4000-8000-000000000003', 'gone', 'Gary', 'Gone', 0, 'Active', 'Active', 'East',
  '2025-01-01 08:00:00', '2026-01-01 08:00:00', 1, 0, 0),
 ('dddddddd-0000-4000-8000-000000000004', 'support', 'Support', 'Team', 0, 'Active', 'Active', NULL,
  '2025-01-01 08:00:00', '2025-01-01 08:00:00', 0, 1, 0),
 ('dddddddd-0000-4000-8000-000000000005', '', 'Erin', 'Employee', 0, 'Active', 'Active', 'Ops',
  '2025-01-01 08:00:00', '2025-01-01 08:00:00', 0, 0, 0),
 ('dddddddd-0000-4000-8000-000000000006', 'nguyen', '  ', 'Nguyen', 0, 'Active', 'Terminated', NULL,
  '2025-05-05 12:00:00', '2026-05-15 09:00:00', 0, 0, 0),
 ('dddddddd-0000-4000-8000-000000000007', ' max ', '', '', 0, 'inactive', 'terminated', '',
  '2026-01-10 23:59:59', '2026-02-01 00:00:00', 0, 0, 0),
 ('dddddddd-0000-4000-8000-000000000008', 'nogroupflag', 'No', 'Flag', 0, 'Active', 'Active', 'West',
  '2025-01-01 08:00:00', '2025-01-01 08:00:00', 0, NULL, 0),
 ('dddddddd-0000-4000-8000-000000000009', 'portal', 'Pat', 'Portal', 0, 'Active', 'Active', NULL,
  '2025-01-01 08:00:00', '2025-01-01 08:00:00', 0, 0, 1);

-- ---------------------------------------------------------------------------------------------------------------
-- accounts -> account (id, name, industry, created_at)
--   ...0001  -> aaaaaaaa-0000-4000-8000-000000000001,Acme,Manufacturing,2025-01-01 09:00:00
--   ...0002  industry '' -> NULL; entered at 2026-03-31 22:00 UTC = 2026-04-01 00:00 in Berlin
--            -> aaaaaaaa-0000-4000-8000-000000000002,Globex,,2026-03-31 22:00:00
--   ...0003  soft-deleted: no row (and links to it are left out)
--   ...0004  name and industry with spaces around, trimmed
--            -> aaaaaaaa-0000-4000-8000-000000000004,Initech,Technology,2026-04-20 09:00:00
--   ...0005  deleted NULL: NULL is not 0, does not exist: no row
INSERT INTO accounts (id, name, industry, date_entered, date_modified, deleted) VALUES
 ('aaaaaaaa-0000-4000-8000-000000000001', 'Acme', 'Manufacturing', '2025-01-01 09:00:00', '2025-01-01 09:00:00', 0),
 ('aaaaaaaa-0000-4000-8000-000000000002', 'Globex', '', '2026-03-31 22:00:00', '2026-03-31 22:00:00', 0),
 ('aaaaaaaa-0000-4000-8000-000000000003', 'Initrode', 'Retail', '2025-03-01 09:00:00', '2026-04-01 09:00:00', 1),
 ('aaaaaaaa-0000-4000-8000-000000000004', ' Initech ', ' Technology ', '2026-04-20 09:00:00', '2026-04-20 09:00:00', 0),
 ('aaaaaaaa-0000-4000-8000-000000000005', 'Hooli', NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00', NULL);

-- ---------------------------------------------------------------------------------------------------------------
-- opportunities -> opportunity (id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units,
--   expected_close_date, closed_at, closed_at_is_local, date_entered), and opportunity_stage_history
--   (opportunity_id, stage, entered_at, is_starting_stage). Ids bbbbbbbb-0000-4000-8000-00000000000N are "oN".
--   o1  reopened and won again: audit Prospecting -> Negotiation/Review (04-03) -> Closed Won (04-10) ->
--       Negotiation/Review (04-20) -> Closed Won (05-05 09:00): the latest row into 'Closed Won' counts.
--       Two links: to account 1 (live) and to account 4 (link deleted) -> account 1. amount_usdollar.
--       -> o1,acct1,seed_sally_id,,2026-04-01 08:00:00,Closed Won,WON,12000.500000,,2026-05-05,
--          2026-05-05 09:00:00,0,2026-04-01 08:00:00
--       history: Prospecting@2026-04-01 08:00:00 (start), Negotiation/Review@04-03 10:00, Closed Won@04-10 10:00,
--          Negotiation/Review@04-20 10:00, Closed Won@05-05 09:00 (the probability audit row is not a stage)
--   o2  Closed Lost without audit rows: closed_at = date_closed 2026-06-30 at 00:00 in the report zone (local, 1);
--       date_entered 2026-05-01 00:00 UTC (a UTC midnight, 02:00 in Berlin). Owner: a deleted user -> NULL.
--       amount_usdollar NULL and currency_id '' -> amount.
--       -> o2,acct2,,,2026-05-01 00:00:00,Closed Lost,LOST,5000.000000,,2026-06-30,2026-06-30 00:00:00,1,
--          2026-05-01 00:00:00
--       history: Closed Lost@2026-05-01 00:00:00 (start)
--   o3  imported after it closed: entered 2026-04-20 10:00 UTC, date_closed 2026-02-15, no audit -> closed_at
--       2026-02-15 00:00 local, created_at = closed_at (the job recomputes min(entered in Berlin, 02-15 00:00) =
--       2026-02-15 00:00). Links: to account 1 (2026-02-01) and a later one to account 3, which is deleted: the
--       latest link *to an existing account* is account 1's.
--       -> o3,acct1,1,,2026-02-15 00:00:00,Closed Won,WON,7000.000000,,2026-02-15,2026-02-15 00:00:00,1,
--          2026-04-20 10:00:00
--       history: Closed Won@2026-02-15 00:00:00 (start)
--   o4  soft-deleted, with audit rows and a link: no row anywhere (and lead 3 pointing to it is not converted)
--   o5  stage 'closed won' differs from 'Closed Won' in case: OPEN, stage kept as stored. Its audit row into
--       'closed won' does not close it; a row with field_name 'Sales_Stage' is not a sales_stage row.
--       Owner: the group user (exists, so kept). currency_id not -99 and amount_usdollar NULL -> amount NULL.
--       -> o5,,dddddddd-0000-4000-8000-000000000004,,2026-04-04 10:00:00,closed won,OPEN,,,2026-05-31,,0,
--          2026-04-04 10:00:00
--       history: Prospecting@2026-04-04 10:00:00 (start), closed won@2026-04-05 10:00:00
--   o6  won at 2026-03-31 22:30 UTC (audit), which is 2026-04-01 00:30 in Berlin: Q2 there, Q1 in UTC.
--       Two audit rows in the same second (2026-03-20 10:00): ...0062 (Qualification -> Negotiation/Review) is
--       inserted first, but ...0061 (Prospecting -> Qualification) is first by id: starting stage Prospecting.
--       Two live links with date_modified NULL: the tie goes to the greater link id ...0062 -> account 2.
--       amount_usdollar 18000 wins over amount 20000 whatever the currency.
--       -> o6,acct2,1,,2026-03-01 09:00:00,Closed Won,WON,18000.000000,,2026-04-01,2026-03-31 22:30:00,0,
--          2026-03-01 09:00:00
--       history: Prospecting@03-01 09:00 (start), Qualification@03-20 10:00, Negotiation/Review@03-20 10:00,
--          Closed Won@03-31 22:30
--   o7  blank strings: name '', assigned_user_id '' -> owner NULL; no link -> account NULL; currency_id NULL ->
--       amount; date_closed NULL. An audit row whose parent_id is o7's id in upper case is not o7's.
--       -> o7,,,,2026-04-03 12:00:00,Prospecting,OPEN,3000.000000,,,,0,2026-04-03 12:00:00
--       history: Prospecting@2026-04-03 12:00:00 (start)
--   o8  entered 2026-06-01 but its audit row into Closed Lost is dated 2026-05-20 12:00: created_at = closed_at,
--       exactly (both UTC). Its only link has deleted NULL: not live -> account NULL.
--       -> o8,,seed_sally_id,,2026-05-20 12:00:00,Closed Lost,LOST,1500.000000,,2026-05-20,2026-05-20 12:00:00,0,
--          2026-06-01 00:00:00
--       history: Negotiation/Review@2026-05-20 12:00:00 (start), Closed Lost@2026-05-20 12:00:00
--   o9  Closed Won without audit row and without date_closed: closed_at NULL (untrusted for the job)
--       -> o9,,seed_sally_id,,2026-04-15 10:00:00,Closed Won,WON,100.000000,,,,0,2026-04-15 10:00:00
--       history: Closed Won@2026-04-15 10:00:00 (start)
--   o10 sales_stage '   ' blank -> stage NULL, OPEN; amount_usdollar NULL, currency -99, amount NULL -> NULL
--       -> o10,,1,,2026-04-16 10:00:00,,OPEN,,,,,0,2026-04-16 10:00:00
--       history: NULL stage@2026-04-16 10:00:00 (start)
INSERT INTO opportunities (id, name, date_entered, date_modified, deleted, assigned_user_id, amount, amount_usdollar,
                           currency_id, date_closed, sales_stage) VALUES
 ('bbbbbbbb-0000-4000-8000-000000000001', 'Reopened and won again', '2026-04-01 08:00:00', '2026-05-05 09:00:00', 0,
  'seed_sally_id', 12000.5, 12000.5, '-99', '2026-05-05', 'Closed Won'),
 ('bbbbbbbb-0000-4000-8000-000000000002', 'Lost, never audited', '2026-05-01 00:00:00', '2026-05-01 00:00:00', 0,
  'dddddddd-0000-4000-8000-000000000003', 5000, NULL, '', '2026-06-30', 'Closed Lost'),
 ('bbbbbbbb-0000-4000-8000-000000000003', 'Imported after it closed', '2026-04-20 10:00:00', '2026-04-20 10:00:00', 0,
  '1', 7000, 7000, '-99', '2026-02-15', 'Closed Won'),
 ('bbbbbbbb-0000-4000-8000-000000000004', 'Deleted deal', '2026-04-02 10:00:00', '2026-04-06 10:00:00', 1,
  'seed_sally_id', 9999, 9999, '-99', '2026-04-30', 'Closed Won'),
 ('bbbbbbbb-0000-4000-8000-000000000005', 'Stage key differs in case', '2026-04-04 10:00:00', '2026-04-05 10:00:00', 0,
  'dddddddd-0000-4000-8000-000000000004', 4000, NULL, 'e0e0e0e0-0000-4000-8000-00000000e0e0', '2026-05-31',
  'closed won'),
 ('bbbbbbbb-0000-4000-8000-000000000006', 'Won at a UTC midnight', '2026-03-01 09:00:00', '2026-03-31 22:30:00', 0,
  '1', 20000, 18000, 'e0e0e0e0-0000-4000-8000-00000000e0e0', '2026-04-01', 'Closed Won'),
 ('bbbbbbbb-0000-4000-8000-000000000007', '', '2026-04-03 12:00:00', '2026-04-03 12:00:00', 0,
  '', 3000, NULL, NULL, NULL, 'Prospecting'),
 ('bbbbbbbb-0000-4000-8000-000000000008', 'Closed before it was entered', '2026-06-01 00:00:00', '2026-06-01 00:00:00', 0,
  'seed_sally_id', 1500, 1500, '-99', '2026-05-20', 'Closed Lost'),
 ('bbbbbbbb-0000-4000-8000-000000000009', 'Won without a date', '2026-04-15 10:00:00', '2026-04-15 10:00:00', 0,
  'seed_sally_id', 100, 100, '-99', NULL, 'Closed Won'),
 ('bbbbbbbb-0000-4000-8000-000000000010', 'Blank stage', '2026-04-16 10:00:00', '2026-04-16 10:00:00', 0,
  '1', NULL, NULL, '-99', NULL, '   ');

INSERT INTO opportunities_audit (id, parent_id, date_created, created_by, field_name, data_type,
                                 before_value_string, after_value_string) VALUES
 ('22222222-0000-4000-8000-000000000011', 'bbbbbbbb-0000-4000-8000-000000000001', '2026-04-03 10:00:00', 'seed_sally_id',
  'sales_stage', 'enum', 'Prospecting', 'Negotiation/Review'),
 ('22222222-0000-4000-8000-000000000012', 'bbbbbbbb-0000-4000-8000-000000000001', '2026-04-10 10:00:00', 'seed_sally_id',
  'sales_stage', 'enum', 'Negotiation/Review', 'Closed Won'),
 ('22222222-0000-4000-8000-000000000013', 'bbbbbbbb-0000-4000-8000-000000000001', '2026-04-20 10:00:00', 'seed_sally_id',
  'sales_stage', 'enum', 'Closed Won', 'Negotiation/Review'),
 ('22222222-0000-4000-8000-000000000014', 'bbbbbbbb-0000-4000-8000-000000000001', '2026-05-05 09:00:00', 'seed_sally_id',
  'sales_stage', 'enum', 'Negotiation/Review', 'Closed Won'),
 ('22222222-0000-4000-8000-000000000015', 'bbbbbbbb-0000-4000-8000-000000000001', '2026-05-05 09:00:00', 'seed_sally_id',
  'probability', 'int', '80', '100'),
 ('22222222-0000-4000-8000-000000000041', 'bbbbbbbb-0000-4000-8000-000000000004', '2026-04-05 10:00:00', 'seed_sally_id',
  'sales_stage', 'enum', 'Prospecting', 'Closed Won'),
 ('22222222-0000-4000-8000-000000000051', 'bbbbbbbb-0000-4000-8000-000000000005', '2026-04-05 10:00:00', '1',
  'sales_stage', 'enum', 'Prospecting', 'closed won'),
 ('22222222-0000-4000-8000-000000000052', 'bbbbbbbb-0000-4000-8000-000000000005', '2026-04-05 10:00:00', '1',
  'Sales_Stage', 'enum', 'Prospecting', 'Closed Won'),
 ('22222222-0000-4000-8000-000000000062', 'bbbbbbbb-0000-4000-8000-000000000006', '2026-03-20 10:00:00', '1',
  'sales_stage', 'enum', 'Qualification', 'Negotiation/Review'),
 ('22222222-0000-4000-8000-000000000061', 'bbbbbbbb-0000-4000-8000-000000000006', '2026-03-20 10:00:00', '1',
  'sales_stage', 'enum', 'Prospecting', 'Qualification'),
 ('22222222-0000-4000-8000-000000000063', 'bbbbbbbb-0000-4000-8000-000000000006', '2026-03-31 22:30:00', '1',
  'sales_stage', 'enum', 'Negotiation/Review', 'Closed Won'),
 ('22222222-0000-4000-8000-000000000071', 'BBBBBBBB-0000-4000-8000-000000000007', '2026-04-05 10:00:00', '1',
  'sales_stage', 'enum', 'Prospecting', 'Closed Won'),
 ('22222222-0000-4000-8000-000000000081', 'bbbbbbbb-0000-4000-8000-000000000008', '2026-05-20 12:00:00', 'seed_sally_id',
  'sales_stage', 'enum', 'Negotiation/Review', 'Closed Lost');

-- accounts_opportunities: the links named above.
INSERT INTO accounts_opportunities (id, opportunity_id, account_id, date_modified, deleted) VALUES
 ('11111111-0000-4000-8000-000000000011', 'bbbbbbbb-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000001',
  '2026-04-01 08:00:00', 0),
 ('11111111-0000-4000-8000-000000000012', 'bbbbbbbb-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000004',
  '2026-04-15 10:00:00', 1),
 ('11111111-0000-4000-8000-000000000021', 'bbbbbbbb-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000002',
  '2026-05-01 00:00:00', 0),
 ('11111111-0000-4000-8000-000000000031', 'bbbbbbbb-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000001',
  '2026-02-01 00:00:00', 0),
 ('11111111-0000-4000-8000-000000000032', 'bbbbbbbb-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000003',
  '2026-04-20 10:00:00', 0),
 ('11111111-0000-4000-8000-000000000041', 'bbbbbbbb-0000-4000-8000-000000000004', 'aaaaaaaa-0000-4000-8000-000000000001',
  '2026-04-02 10:00:00', 0),
 ('11111111-0000-4000-8000-000000000061', 'bbbbbbbb-0000-4000-8000-000000000006', 'aaaaaaaa-0000-4000-8000-000000000001',
  NULL, 0),
 ('11111111-0000-4000-8000-000000000062', 'bbbbbbbb-0000-4000-8000-000000000006', 'aaaaaaaa-0000-4000-8000-000000000002',
  NULL, 0),
 ('11111111-0000-4000-8000-000000000081', 'bbbbbbbb-0000-4000-8000-000000000008', 'aaaaaaaa-0000-4000-8000-000000000004',
  '2026-06-01 00:00:00', NULL);

-- ---------------------------------------------------------------------------------------------------------------
-- leads -> sales_lead (id, created_at, source, owner_rep_id, account_id, qualified_at, converted_at,
--   disqualified_at). Ids cccccccc-0000-4000-8000-00000000000N are "lN".
--   l1  entered 2026-03-31 23:00 UTC (04-01 01:00 in Berlin); status audit New -> In Process (04-02 09:00) ->
--       Converted: starting status New, first qualified row 04-02 09:00. Converted to o1 (entered 04-01 08:00,
--       later than the lead): converted_at 2026-04-01 08:00.
--       -> l1,2026-03-31 23:00:00,Web Site,seed_sally_id,acct1,2026-04-02 09:00:00,2026-04-01 08:00:00,
--   l2  converted to a contact only (opportunity_id ''): not converted. Audit Assigned -> Converted (04-15 11:00).
--       -> l2,2026-04-05 10:00:00,Cold Call,1,,2026-04-15 11:00:00,,
--   l3  opportunity_id names the deleted o4: not converted; account_id names the deleted account 3: NULL.
--       Status Assigned, no audit: never qualified.
--       -> l3,2026-04-06 10:00:00,Email,dddddddd-0000-4000-8000-000000000006,,,,
--   l4  created already qualified: its first status audit row goes In Process -> Dead, so it started In Process:
--       qualified_at = date_entered, though it is Dead now.
--       -> l4,2026-04-07 10:00:00,Trade Show,1,,2026-04-07 10:00:00,,
--   l5  soft-deleted: no row
--   l6  blanks: lead_source '', assigned_user_id '', account_id '' -> NULL; status 'in process' is not
--       'In Process' (case). Entered 2026-06-30 22:30 UTC = 2026-07-01 00:30 in Berlin (Q3 there). An audit row
--       whose parent_id is l6's id in upper case is not l6's.
--       -> l6,2026-06-30 22:30:00,,,,,,
--   l7  owner a deleted user -> NULL. Audit New -> in process (05-02, not qualified: case) -> In Process (05-03
--       08:00, qualified); a row with field_name 'Status' is not a status row. Converted to o7, entered
--       2026-04-03 12:00, before the lead (2026-05-01 00:00 UTC, a UTC midnight): converted_at = the lead's.
--       -> l7,2026-05-01 00:00:00,Partner,,acct2,2026-05-03 08:00:00,2026-05-01 00:00:00,
--   l8  two status audit rows in one second (2026-04-09 10:00): ...0181 New -> In Process is first by id (though
--       inserted second), so the lead started New, and In Process at 04-09 10:00 qualifies it.
--       -> l8,2026-04-08 10:00:00,Web Site,seed_sally_id,,2026-04-09 10:00:00,,
INSERT INTO leads (id, date_entered, date_modified, deleted, assigned_user_id, first_name, last_name, status,
                   lead_source, account_id, opportunity_id, contact_id) VALUES
 ('cccccccc-0000-4000-8000-000000000001', '2026-03-31 23:00:00', '2026-04-10 10:00:00', 0, 'seed_sally_id',
  'Lena', 'One', 'Converted', 'Web Site', 'aaaaaaaa-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000001',
  '99999999-0000-4000-8000-000000000001'),
 ('cccccccc-0000-4000-8000-000000000002', '2026-04-05 10:00:00', '2026-04-15 11:00:00', 0, '1',
  'Leo', 'Two', 'Converted', 'Cold Call', '', '', '99999999-0000-4000-8000-000000000002'),
 ('cccccccc-0000-4000-8000-000000000003', '2026-04-06 10:00:00', '2026-04-06 10:00:00', 0,
  'dddddddd-0000-4000-8000-000000000006', 'Lia', 'Three', 'Assigned', 'Email', 'aaaaaaaa-0000-4000-8000-000000000003',
  'bbbbbbbb-0000-4000-8000-000000000004', NULL),
 ('cccccccc-0000-4000-8000-000000000004', '2026-04-07 10:00:00', '2026-05-01 10:00:00', 0, '1',
  'Luc', 'Four', 'Dead', 'Trade Show', NULL, NULL, NULL),
 ('cccccccc-0000-4000-8000-000000000005', '2026-04-08 10:00:00', '2026-04-20 10:00:00', 1, '1',
  'Lou', 'Five', 'In Process', 'Web Site', NULL, NULL, NULL),
 ('cccccccc-0000-4000-8000-000000000006', '2026-06-30 22:30:00', '2026-06-30 22:30:00', 0, '',
  '', 'Six', 'in process', '', '', NULL, NULL),
 ('cccccccc-0000-4000-8000-000000000007', '2026-05-01 00:00:00', '2026-05-03 08:00:00', 0,
  'dddddddd-0000-4000-8000-000000000003', 'Lara', 'Seven', 'In Process', 'Partner', 'aaaaaaaa-0000-4000-8000-000000000002',
  'bbbbbbbb-0000-4000-8000-000000000007', NULL),
 ('cccccccc-0000-4000-8000-000000000008', '2026-04-08 10:00:00', '2026-04-09 10:00:00', 0, 'seed_sally_id',
  'Lisa', 'Eight', 'Recycled', 'Web Site', NULL, NULL, NULL);

INSERT INTO leads_audit (id, parent_id, date_created, created_by, field_name, data_type,
                         before_value_string, after_value_string) VALUES
 ('22222222-0000-4000-8000-000000000111', 'cccccccc-0000-4000-8000-000000000001', '2026-04-02 09:00:00', 'seed_sally_id',
  'status', 'enum', 'New', 'In Process'),
 ('22222222-0000-4000-8000-000000000112', 'cccccccc-0000-4000-8000-000000000001', '2026-04-10 10:00:00', 'seed_sally_id',
  'status', 'enum', 'In Process', 'Converted'),
 ('22222222-0000-4000-8000-000000000121', 'cccccccc-0000-4000-8000-000000000002', '2026-04-15 11:00:00', '1',
  'status', 'enum', 'Assigned', 'Converted'),
 ('22222222-0000-4000-8000-000000000141', 'cccccccc-0000-4000-8000-000000000004', '2026-05-01 10:00:00', '1',
  'status', 'enum', 'In Process', 'Dead'),
 ('22222222-0000-4000-8000-000000000151', 'cccccccc-0000-4000-8000-000000000005', '2026-04-10 10:00:00', '1',
  'status', 'enum', 'New', 'In Process'),
 ('22222222-0000-4000-8000-000000000161', 'CCCCCCCC-0000-4000-8000-000000000006', '2026-07-01 10:00:00', '1',
  'status', 'enum', 'New', 'In Process'),
 ('22222222-0000-4000-8000-000000000171', 'cccccccc-0000-4000-8000-000000000007', '2026-05-02 09:00:00', '1',
  'status', 'enum', 'New', 'in process'),
 ('22222222-0000-4000-8000-000000000172', 'cccccccc-0000-4000-8000-000000000007', '2026-05-03 08:00:00', '1',
  'status', 'enum', 'in process', 'In Process'),
 ('22222222-0000-4000-8000-000000000173', 'cccccccc-0000-4000-8000-000000000007', '2026-05-02 08:00:00', '1',
  'Status', 'enum', 'In Process', 'Converted'),
 ('22222222-0000-4000-8000-000000000182', 'cccccccc-0000-4000-8000-000000000008', '2026-04-09 10:00:00', 'seed_sally_id',
  'status', 'enum', 'In Process', 'Recycled'),
 ('22222222-0000-4000-8000-000000000181', 'cccccccc-0000-4000-8000-000000000008', '2026-04-09 10:00:00', 'seed_sally_id',
  'status', 'enum', 'New', 'In Process');

-- ---------------------------------------------------------------------------------------------------------------
-- aos_contracts -> contract (id, account_id, start_date, end_date, annual_value). Ids eeeeeeee-...-00N are "kN".
-- Quarter 2026-Q2 = [2026-04-01, 2026-07-01).
--   k1  one year to 2026-07-01, the first day of the next quarter: exclusive, so active through 06-30.
--       365 days -> annual = total.                       -> k1,acct1,2025-07-01,2026-07-01,36500.000000
--       inclusive setting: end 2026-07-02, 366 days, 36500 x 365 / 366 = 36400.273224 (rounded)
--   k2  ends on 2026-06-30, the last day of the quarter, meant inclusive: with the default it is read exclusive
--       (90 days, 9000 x 365 / 90)                        -> k2,acct2,2026-04-01,2026-06-30,36500.000000
--       inclusive setting: end 2026-07-01, 91 days, 9000 x 365 / 91 = 36098.901099 (rounded)
--   k3  soft-deleted: no row
--   k4  its account 3 is deleted: left out (see contract.sql)
--   k5  contract_account_id '' -> NULL (untrusted: missing account_id); start_date NULL -> no span: total as is
--                                                          -> k5,,,2026-12-31,1000.000000 (inclusive: 2027-01-01)
--   k6  running (end_date NULL)                           -> k6,acct4,2026-05-01,,12000.000000 (same inclusive)
--   k7  ends before it starts: total as is                -> k7,acct4,2026-06-01,2026-05-01,500.000000
--       (inclusive: 2026-05-02, still before the start: 500.000000)
--   k8  its account 5 has deleted NULL, so does not exist: left out
--   k9  no total_contract_value                           -> k9,acct1,2026-01-01,2027-01-01, (NULL annual value)
INSERT INTO aos_contracts (id, name, date_entered, date_modified, deleted, contract_account_id, start_date, end_date,
                           total_contract_value) VALUES
 ('eeeeeeee-0000-4000-8000-000000000001', 'Acme 12 months', '2025-06-20 10:00:00', '2025-06-20 10:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000001', '2025-07-01', '2026-07-01', 36500),
 ('eeeeeeee-0000-4000-8000-000000000002', 'Globex Q2', '2026-03-31 22:00:00', '2026-03-31 22:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000002', '2026-04-01', '2026-06-30', 9000),
 ('eeeeeeee-0000-4000-8000-000000000003', 'Deleted', '2026-04-01 10:00:00', '2026-04-02 10:00:00', 1,
  'aaaaaaaa-0000-4000-8000-000000000001', '2026-04-01', '2027-04-01', 5000),
 ('eeeeeeee-0000-4000-8000-000000000004', 'Of a deleted account', '2026-01-01 10:00:00', '2026-01-01 10:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000003', '2026-01-01', '2027-01-01', 8000),
 ('eeeeeeee-0000-4000-8000-000000000005', 'No account, no start', '2026-04-01 10:00:00', '2026-04-01 10:00:00', 0,
  '', NULL, '2026-12-31', 1000),
 ('eeeeeeee-0000-4000-8000-000000000006', 'Initech running', '2026-04-25 10:00:00', '2026-04-25 10:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000004', '2026-05-01', NULL, 12000),
 ('eeeeeeee-0000-4000-8000-000000000007', 'Initech backwards', '2026-05-01 10:00:00', '2026-05-01 10:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000004', '2026-06-01', '2026-05-01', 500),
 ('eeeeeeee-0000-4000-8000-000000000008', 'Hooli', '2026-01-01 10:00:00', '2026-01-01 10:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000005', '2026-01-01', '2027-01-01', 4000),
 ('eeeeeeee-0000-4000-8000-000000000009', 'Acme no value', '2025-12-20 10:00:00', '2025-12-20 10:00:00', 0,
  'aaaaaaaa-0000-4000-8000-000000000001', '2026-01-01', '2027-01-01', NULL);

-- ---------------------------------------------------------------------------------------------------------------
-- campaigns -> expense (id, incurred_on, category, amount, incurred_on_utc). Ids ffffffff-...-00N are "cN".
--   c1  start_date                                  -> c1,2026-04-10,MARKETING,2500.750000,
--   c2  actual_cost NULL: no row
--   c3  soft-deleted: no row
--   c4  no start_date: end_date                     -> c4,2026-06-30,MARKETING,1000.000000,
--   c5  no dates: the date of date_entered 2026-06-30 22:00 UTC, which is 2026-07-01 in Berlin (the job decides
--       from incurred_on_utc); DOUBLE 0.1 read as DECIMAL(26,6)
--                                                    -> c5,2026-06-30,MARKETING,0.100000,2026-06-30 22:00:00
INSERT INTO campaigns (id, name, date_entered, date_modified, deleted, start_date, end_date, actual_cost) VALUES
 ('ffffffff-0000-4000-8000-000000000001', 'Spring webinar', '2026-03-01 10:00:00', '2026-03-01 10:00:00', 0,
  '2026-04-10', '2026-04-30', 2500.75),
 ('ffffffff-0000-4000-8000-000000000002', 'No cost yet', '2026-04-01 10:00:00', '2026-04-01 10:00:00', 0,
  '2026-04-15', NULL, NULL),
 ('ffffffff-0000-4000-8000-000000000003', 'Deleted', '2026-04-01 10:00:00', '2026-04-01 10:00:00', 1,
  '2026-04-15', NULL, 700),
 ('ffffffff-0000-4000-8000-000000000004', 'End only', '2026-04-01 10:00:00', '2026-04-01 10:00:00', 0,
  NULL, '2026-06-30', 1000),
 ('ffffffff-0000-4000-8000-000000000005', 'Undated', '2026-06-30 22:00:00', '2026-06-30 22:00:00', 0,
  NULL, NULL, 0.1);
