-- The CRM contract of crm-schema.md for MySQL 8 / MariaDB 10.11.
-- Re-runnable: tables are created only if missing, indexes are part of CREATE TABLE.
-- No foreign-key constraints, on purpose: real CRMs often lack them, so the job may not rely on them.
-- No collation is named, so each server picks its utf8mb4 default (MySQL 8 and MariaDB differ). Those defaults
-- are case-insensitive, and MariaDB's ignores trailing spaces: status = 'WON' also matches 'won' and 'WON '.

CREATE TABLE IF NOT EXISTS sales_rep (
    id       BIGINT       NOT NULL,
    name     VARCHAR(200) NOT NULL,
    email    VARCHAR(320) NULL,
    team     VARCHAR(100) NULL,
    region   VARCHAR(100) NULL,
    hired_on DATE         NOT NULL,
    left_on  DATE         NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS account (
    id         BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    industry   VARCHAR(100) NULL,
    created_at DATETIME     NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS sales_lead (
    id              BIGINT      NOT NULL,
    created_at      DATETIME    NOT NULL,
    source          VARCHAR(50) NULL,
    owner_rep_id    BIGINT      NULL,
    account_id      BIGINT      NULL,
    qualified_at    DATETIME    NULL,
    converted_at    DATETIME    NULL,
    disqualified_at DATETIME    NULL,
    PRIMARY KEY (id),
    KEY idx_sales_lead_created_at (created_at),
    KEY idx_sales_lead_owner_rep_id (owner_rep_id),
    KEY idx_sales_lead_account_id (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS opportunity (
    id                  BIGINT        NOT NULL,
    account_id          BIGINT        NULL,
    owner_rep_id        BIGINT        NULL,
    lead_id             BIGINT        NULL,
    created_at          DATETIME      NOT NULL,
    stage               VARCHAR(50)   NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    amount              DECIMAL(15,2) NULL,
    units               INT           NULL,
    expected_close_date DATE          NULL,
    closed_at           DATETIME      NULL,
    PRIMARY KEY (id),
    KEY idx_opportunity_created_at (created_at),
    KEY idx_opportunity_closed_at (closed_at),
    KEY idx_opportunity_account_id (account_id),
    KEY idx_opportunity_owner_rep_id (owner_rep_id),
    KEY idx_opportunity_lead_id (lead_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS opportunity_stage_history (
    opportunity_id BIGINT      NOT NULL,
    stage          VARCHAR(50) NOT NULL,
    entered_at     DATETIME    NOT NULL,
    KEY idx_opportunity_stage_history_opportunity_id (opportunity_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS quota (
    rep_id       BIGINT        NOT NULL,
    period_start DATE          NOT NULL,
    period_end   DATE          NOT NULL,
    amount       DECIMAL(15,2) NULL,
    KEY idx_quota_rep_id (rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS forecast (
    id           BIGINT        NOT NULL,
    team         VARCHAR(100)  NULL,
    period_start DATE          NOT NULL,
    period_end   DATE          NOT NULL,
    amount       DECIMAL(15,2) NULL,
    submitted_at DATETIME      NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS expense (
    id          BIGINT        NOT NULL,
    incurred_on DATE          NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    amount      DECIMAL(15,2) NULL,
    PRIMARY KEY (id),
    KEY idx_expense_incurred_on (incurred_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS time_entry (
    rep_id        BIGINT       NOT NULL,
    work_date     DATE         NOT NULL,
    total_hours   DECIMAL(5,2) NOT NULL,
    selling_hours DECIMAL(5,2) NOT NULL,
    KEY idx_time_entry_work_date (work_date),
    KEY idx_time_entry_rep_id (rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS contract (
    id           BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    start_date   DATE          NOT NULL,
    end_date     DATE          NULL,
    annual_value DECIMAL(15,2) NULL,
    PRIMARY KEY (id),
    KEY idx_contract_start_date (start_date),
    KEY idx_contract_account_id (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
