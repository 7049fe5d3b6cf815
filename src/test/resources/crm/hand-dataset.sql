-- A small CRM whose every 2026-Q2 metric was computed by hand (see HandDatasetExpectations).
-- Window W = [2026-04-01, 2026-07-01); the previous period is 2026-Q1.
INSERT INTO sales_rep (id, name, email, team, region, hired_on, left_on) VALUES
 (1, 'Alice', 'alice@example.com', 'East', 'EMEA', '2025-01-01', NULL),
 (2, 'Bob', NULL, 'East', 'EMEA', '2025-06-01', '2026-04-01'),   -- gone from the first day of Q2
 (3, 'Carol', NULL, 'West Coast', 'Americas', '2026-05-10', NULL),
 (4, 'Dan', NULL, 'West Coast', 'Americas', '2026-07-01', NULL); -- hired on the cut-off: not active

INSERT INTO account (id, name, industry, created_at) VALUES
 (1, 'Acme', 'Manufacturing', '2025-01-01 09:00:00'),
 (2, 'Globex', NULL, '2024-12-01 09:00:00'),
 (3, 'Initech', 'Software', '2026-04-20 09:00:00'),
 (4, 'Umbrella', NULL, '2023-12-01 09:00:00'),
 (5, 'Hooli', NULL, '2026-04-01 09:00:00'),
 (6, 'Stark', NULL, '2026-02-01 09:00:00');

INSERT INTO sales_lead (id, created_at, source, owner_rep_id, account_id, qualified_at, converted_at, disqualified_at) VALUES
 (1, '2026-04-01 00:00:00', 'WEB', 1, 1, '2026-04-05 10:00:00', '2026-04-10 09:00:00', NULL),
 (2, '2026-05-01 10:00:00', 'EVENT', 1, 2, '2026-05-03 10:00:00', '2026-07-01 00:00:00', NULL), -- converted at the cut-off
 (3, '2026-06-30 23:59:00', 'WEB', 3, NULL, NULL, NULL, NULL),
 (4, '2026-07-01 00:00:00', 'WEB', 3, NULL, NULL, NULL, NULL),                                  -- after the window
 (5, '2026-03-31 23:59:00', 'REFERRAL', 1, NULL, NULL, '2026-04-02 10:00:00', NULL),            -- Q1
 (6, '2026-05-05 10:00:00', 'WEB', 1, NULL, NULL, '2026-05-01 10:00:00', NULL);                 -- untrusted

INSERT INTO opportunity (id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units, expected_close_date, closed_at) VALUES
 (1, 1, 1, NULL, '2026-03-01 10:00:00', 'Closed', 'WON', 10000.00, 10, '2026-03-31', '2026-04-01 00:00:00'),
 (2, 2, 1, 1, '2026-04-10 09:00:00', 'Closed', 'WON', 20000.00, NULL, '2026-05-15', '2026-05-10 15:00:00'),
 (3, 3, 3, NULL, '2026-06-30 23:00:00', 'Closed', 'WON', 30000.00, 3, '2026-07-01', '2026-07-01 00:00:00'),
 (4, 4, 3, NULL, '2026-04-05 10:00:00', 'Closed', 'LOST', 5000.00, NULL, '2026-06-30', '2026-06-30 23:59:59'),
 (5, 1, 1, NULL, '2026-01-15 10:00:00', 'Closed', 'WON', 15000.00, NULL, '2026-02-28', '2026-02-20 10:00:00'),
 (6, 5, 3, NULL, '2026-03-20 10:00:00', 'Proposal', 'OPEN', 40000.00, NULL, '2026-05-15', NULL),
 (7, 6, 3, NULL, '2026-03-25 10:00:00', 'Closed', 'WON', 8000.00, 4, '2026-04-30', '2026-04-20 10:00:00'),
 (8, 3, 1, NULL, '2026-04-02 10:00:00', 'Closed', 'won', 99999.00, NULL, '2026-04-30', '2026-04-03 10:00:00'),  -- untrusted
 (9, 3, 1, NULL, '2026-05-01 10:00:00', 'Closed', 'WON', NULL, NULL, '2026-05-30', '2026-05-02 10:00:00'),     -- untrusted
 (10, 2, 1, NULL, '2026-04-15 10:00:00', 'Discovery', 'OPEN', 12000.00, NULL, '2026-08-01', NULL);

INSERT INTO opportunity_stage_history (opportunity_id, stage, entered_at) VALUES
 (1, 'Discovery', '2026-03-01 10:00:00'),
 (1, 'Proposal', '2026-03-11 10:00:00'),
 (2, 'Discovery', '2026-04-10 09:00:00'),
 (2, 'Proposal', '2026-04-20 09:00:00'),
 (7, 'Discovery', '2026-03-25 10:00:00');

INSERT INTO quota (rep_id, period_start, period_end, amount) VALUES
 (1, '2026-04-01', '2026-07-01', 25000.00),
 (1, '2026-01-01', '2027-01-01', 100000.00),  -- a yearly row does not count in a quarter
 (2, '2026-04-01', '2026-07-01', 20000.00),
 (3, '2026-05-01', '2026-06-01', 5000.00),
 (3, '2026-06-01', '2026-07-01', 5000.00),
 (1, '2026-01-01', '2026-04-01', 12000.00);

INSERT INTO forecast (id, team, period_start, period_end, amount, submitted_at) VALUES
 (1, NULL, '2026-04-01', '2026-07-01', 35000.00, '2026-03-25 10:00:00'),
 (2, NULL, '2026-04-01', '2026-07-01', 36000.00, '2026-03-28 09:00:00'),
 (3, NULL, '2026-04-01', '2026-07-01', 50000.00, '2026-04-15 10:00:00'),
 (4, 'East', '2026-04-01', '2026-07-01', 10000.00, '2026-03-30 10:00:00');

INSERT INTO expense (id, incurred_on, category, amount) VALUES
 (1, '2026-04-01', 'MARKETING', 3000.00),
 (2, '2026-06-30', 'SALES', 2000.00),
 (3, '2026-05-10', 'TRAVEL', 500.00),
 (4, '2026-07-01', 'MARKETING', 1000.00),
 (5, '2026-05-01', 'SALES', -100.00);  -- untrusted

INSERT INTO time_entry (rep_id, work_date, total_hours, selling_hours) VALUES
 (1, '2026-04-01', 8.00, 4.00),
 (3, '2026-06-30', 10.00, 6.00),
 (1, '2026-07-01', 8.00, 8.00),
 (1, '2026-05-01', 5.00, 6.00);  -- untrusted: selling > total

INSERT INTO contract (id, account_id, start_date, end_date, annual_value) VALUES
 (1, 1, '2025-04-01', '2026-04-01', 10000.00),
 (2, 1, '2026-04-01', '2027-04-01', 12000.00),
 (3, 2, '2025-01-01', '2026-05-15', 6000.00),
 (4, 3, '2026-05-01', NULL, 24000.00),
 (5, 4, '2024-01-01', '2025-01-01', 1000.00),
 (6, 5, '2026-04-10', '2026-04-10', 3000.00),  -- untrusted: ends on its start
 (7, 6, '2026-03-01', NULL, NULL);             -- untrusted: no value
