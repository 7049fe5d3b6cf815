-- The floor the job is measured against (scripts/bench.sh): plain SQL aggregates that compute, for the same
-- nine quarters the job computes (@QUARTERS@: the reported one and the eight before it), the inputs of the
-- same metrics, untrusted rows left out. Each query reads its table once and groups by quarter.
-- bench.sh replaces @FROM@, @TO@ (the horizon [first quarter's start, reported quarter's end)) and @QUARTERS@.

-- Revenue, win rate, cycle length: deals closed per quarter.
SELECT YEAR(closed_at) * 4 + QUARTER(closed_at) AS quarter,
       SUM(BINARY status = 'WON') AS won, COUNT(*) AS decided,
       SUM(CASE WHEN BINARY status = 'WON' THEN amount END) AS revenue,
       SUM(CASE WHEN BINARY status = 'WON' THEN units END) AS units,
       SUM(CASE WHEN BINARY status = 'WON' AND units IS NOT NULL THEN amount END) AS revenue_with_units,
       AVG(CASE WHEN BINARY status = 'WON' THEN DATEDIFF(closed_at, created_at) END) AS cycle_days
FROM opportunity
WHERE closed_at >= '@FROM@' AND closed_at < '@TO@' AND BINARY status IN ('WON', 'LOST')
  AND amount >= 0 AND closed_at >= created_at
GROUP BY quarter;

-- Quota attainment: won revenue per rep against the rep's quotas within the quarter.
SELECT q.quarter, COUNT(*) AS reps_with_quota, SUM(COALESCE(r.revenue, 0) >= q.quota) AS attained
FROM (SELECT YEAR(period_start) * 4 + QUARTER(period_start) AS quarter, rep_id, SUM(amount) AS quota
      FROM quota
      WHERE period_start >= '@FROM@' AND period_end <= '@TO@' AND amount >= 0
        AND period_end <= MAKEDATE(YEAR(period_start), 1) + INTERVAL QUARTER(period_start) * 3 MONTH
      GROUP BY quarter, rep_id HAVING SUM(amount) > 0) q
LEFT JOIN (SELECT YEAR(closed_at) * 4 + QUARTER(closed_at) AS quarter, owner_rep_id, SUM(amount) AS revenue
           FROM opportunity
           WHERE closed_at >= '@FROM@' AND closed_at < '@TO@' AND BINARY status = 'WON'
             AND amount >= 0 AND closed_at >= created_at
           GROUP BY quarter, owner_rep_id) r ON r.quarter = q.quarter AND r.owner_rep_id = q.rep_id
GROUP BY q.quarter;

-- Lead conversion and qualified leads: leads created per quarter, converted or qualified before its end.
SELECT quarter, COUNT(*) AS leads, SUM(converted_at < quarter_end) AS converted,
       SUM(qualified_at < quarter_end) AS qualified
FROM (SELECT YEAR(created_at) * 4 + QUARTER(created_at) AS quarter, converted_at, qualified_at,
             MAKEDATE(YEAR(created_at), 1) + INTERVAL QUARTER(created_at) * 3 MONTH AS quarter_end
      FROM sales_lead
      WHERE created_at >= '@FROM@' AND created_at < '@TO@'
        AND (qualified_at IS NULL OR qualified_at >= created_at)
        AND (converted_at IS NULL OR converted_at >= created_at)) leads
GROUP BY quarter;

-- Opportunity conversion: deals created per quarter, won before its end.
SELECT quarter, COUNT(*) AS created, SUM(BINARY status = 'WON' AND closed_at < quarter_end) AS created_and_won
FROM (SELECT YEAR(created_at) * 4 + QUARTER(created_at) AS quarter, status, closed_at,
             MAKEDATE(YEAR(created_at), 1) + INTERVAL QUARTER(created_at) * 3 MONTH AS quarter_end
      FROM opportunity
      WHERE created_at >= '@FROM@' AND created_at < '@TO@' AND amount >= 0
        AND BINARY status IN ('OPEN', 'WON', 'LOST') AND (BINARY status = 'OPEN' OR closed_at IS NOT NULL)
        AND (closed_at IS NULL OR closed_at >= created_at)) deals
GROUP BY quarter;

-- Days per stage of the deals won per quarter.
SELECT quarter, stage, AVG(TIMESTAMPDIFF(SECOND, entered_at, COALESCE(left_at, closed_at))) / 86400 AS days
FROM (SELECT YEAR(o.closed_at) * 4 + QUARTER(o.closed_at) AS quarter, h.stage, h.entered_at, o.closed_at,
             LEAD(h.entered_at) OVER (PARTITION BY h.opportunity_id ORDER BY h.entered_at, h.stage) AS left_at
      FROM opportunity_stage_history h
      JOIN opportunity o ON o.id = h.opportunity_id
      WHERE o.closed_at >= '@FROM@' AND o.closed_at < '@TO@' AND BINARY o.status = 'WON'
        AND o.amount >= 0 AND o.closed_at >= o.created_at) spans
GROUP BY quarter, stage;

-- Pipeline coverage: deals open at the start of each quarter and expected to close in it.
SELECT YEAR(expected_close_date) * 4 + QUARTER(expected_close_date) AS quarter, SUM(amount) AS open_pipeline
FROM opportunity
WHERE expected_close_date >= '@FROM@' AND expected_close_date < '@TO@'
  AND created_at < MAKEDATE(YEAR(expected_close_date), 1) + INTERVAL (QUARTER(expected_close_date) - 1) * 3 MONTH
  AND (closed_at IS NULL
       OR closed_at >= MAKEDATE(YEAR(expected_close_date), 1) + INTERVAL (QUARTER(expected_close_date) - 1) * 3 MONTH)
  AND amount >= 0 AND BINARY status IN ('OPEN', 'WON', 'LOST') AND (BINARY status = 'OPEN' OR closed_at IS NOT NULL)
  AND (closed_at IS NULL OR closed_at >= created_at)
GROUP BY quarter;

-- Forecast accuracy: the company-wide forecast of each quarter, latest submitted by its start, else earliest.
SELECT period_start, amount, submitted_at
FROM (SELECT period_start, amount, submitted_at,
             ROW_NUMBER() OVER (PARTITION BY period_start
                                ORDER BY submitted_at <= period_start DESC,
                                         CASE WHEN submitted_at <= period_start THEN submitted_at END DESC,
                                         submitted_at, id DESC) AS choice
      FROM forecast
      WHERE team IS NULL AND period_start >= '@FROM@' AND period_end <= '@TO@' AND amount >= 0) f
WHERE choice = 1;

-- Customers: accounts active on each quarter's first and last day, their annual value, churn.
WITH quarters AS (@QUARTERS@),
     accounts AS (SELECT q.quarter, c.account_id,
                         MAX(c.start_date <= q.first_day AND (c.end_date IS NULL OR c.end_date > q.first_day)) AS on_first,
                         MAX(c.start_date <= q.last_day AND (c.end_date IS NULL OR c.end_date > q.last_day)) AS on_last,
                         SUM(CASE WHEN c.start_date <= q.last_day AND (c.end_date IS NULL OR c.end_date > q.last_day)
                                  THEN c.annual_value END) AS value_on_last
                  FROM contract c
                  JOIN quarters q ON c.start_date <= q.last_day AND (c.end_date IS NULL OR c.end_date > q.first_day)
                  WHERE (c.end_date IS NULL OR c.end_date > c.start_date) AND c.annual_value >= 0
                  GROUP BY q.quarter, c.account_id)
SELECT quarter, SUM(on_first) AS active_on_first, SUM(on_last) AS active_on_last,
       SUM(on_first AND NOT on_last) AS lost, SUM(value_on_last) AS annual_value_on_last
FROM accounts
GROUP BY quarter;

-- New customers (earliest contract starts in the quarter) and churned accounts' lifetimes.
WITH quarters AS (@QUARTERS@),
     accounts AS (SELECT account_id, MIN(start_date) AS first_start,
                         MAX(COALESCE(end_date, DATE '9999-12-31')) AS last_end
                  FROM contract
                  WHERE (end_date IS NULL OR end_date > start_date) AND annual_value >= 0
                  GROUP BY account_id)
SELECT q.quarter, SUM(a.first_start BETWEEN q.first_day AND q.last_day) AS new_customers,
       SUM(a.last_end <= q.last_day) AS churned,
       SUM(CASE WHEN a.last_end <= q.last_day THEN DATEDIFF(a.last_end, a.first_start) END) / 365.25 AS churned_years
FROM accounts a CROSS JOIN quarters q
GROUP BY q.quarter;

-- Customer acquisition cost: marketing and sales spend per quarter.
SELECT YEAR(incurred_on) * 4 + QUARTER(incurred_on) AS quarter, SUM(amount) AS spend
FROM expense
WHERE incurred_on >= '@FROM@' AND incurred_on < '@TO@' AND category IN ('MARKETING', 'SALES') AND amount >= 0
GROUP BY quarter;

-- Sales team: active reps and hours per quarter.
WITH quarters AS (@QUARTERS@)
SELECT q.quarter, COUNT(*) AS active_reps
FROM sales_rep r JOIN quarters q ON r.hired_on <= q.last_day AND (r.left_on IS NULL OR r.left_on > q.first_day)
GROUP BY q.quarter;

SELECT YEAR(work_date) * 4 + QUARTER(work_date) AS quarter, SUM(selling_hours) AS selling, SUM(total_hours) AS total
FROM time_entry
WHERE work_date >= '@FROM@' AND work_date < '@TO@' AND total_hours >= 0 AND selling_hours >= 0
  AND selling_hours <= total_hours
GROUP BY quarter;

-- Data quality of the reported quarter: the rows that concern it and the untrusted ones, per table.
SELECT COUNT(*) AS opportunities,
       SUM(amount IS NULL OR amount < 0 OR BINARY status NOT IN ('OPEN', 'WON', 'LOST')
           OR (BINARY status <> 'OPEN' AND closed_at IS NULL) OR closed_at < created_at) AS untrusted
FROM opportunity
WHERE (created_at >= '@REPORTED@' AND created_at < '@TO@') OR (closed_at >= '@REPORTED@' AND closed_at < '@TO@');

SELECT COUNT(*) AS leads, SUM(qualified_at < created_at OR converted_at < created_at) AS untrusted
FROM sales_lead
WHERE created_at >= '@REPORTED@' AND created_at < '@TO@';
