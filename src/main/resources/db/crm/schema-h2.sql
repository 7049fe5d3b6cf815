-- The CRM contract of crm-schema.md for H2 2.x in its default mode (the embedded demo database).
-- Re-runnable: tables and indexes are created only if missing.
-- No foreign-key constraints, on purpose: real CRMs often lack them, so the job may not rely on them.
-- DATETIME is TIMESTAMP here: H2 accepts DATETIME only in its compatibility modes.

CREATE TABLE IF NOT EXISTS sales_rep (
    id       BIGINT       NOT NULL,
    name     VARCHAR(200) NOT NULL,
    email    VARCHAR(320) NULL,
    team     VARCHAR(100) NULL,
    region   VARCHAR(100) NULL,
    hired_on DATE         NOT NULL,
    left_on  DATE         NULL,
    PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS account (
    id         BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    industry   VARCHAR(100) NULL,
    created_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS sales_lead (
    id              BIGINT      NOT NULL,
    created_at      TIMESTAMP   NOT NULL,
    source          VARCHAR(50) NULL,
    owner_rep_id    BIGINT      NULL,
    account_id      BIGINT      NULL,
    qualified_at    TIMESTAMP   NULL,
    converted_at    TIMESTAMP   NULL,
    disqualified_at TIMESTAMP   NULL,
    PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS idx_sales_lead_created_at ON sales_lead (created_at);

CREATE INDEX IF NOT EXISTS idx_sales_lead_owner_rep_id ON sales_lead (owner_rep_id);

CREATE INDEX IF NOT EXISTS idx_sales_lead_account_id ON sales_lead (account_id);

CREATE TABLE IF NOT EXISTS opportunity (
    id                  BIGINT        NOT NULL,
    account_id          BIGINT        NULL,
    owner_rep_id        BIGINT        NULL,
    lead_id             BIGINT        NULL,
    created_at          TIMESTAMP     NOT NULL,
    stage               VARCHAR(50)   NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    amount              DECIMAL(15,2) NULL,
    units               INT           NULL,
    expected_close_date DATE          NULL,
    closed_at           TIMESTAMP     NULL,
    PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS idx_opportunity_created_at ON opportunity (created_at);

CREATE INDEX IF NOT EXISTS idx_opportunity_closed_at ON opportunity (closed_at);

CREATE INDEX IF NOT EXISTS idx_opportunity_account_id ON opportunity (account_id);

CREATE INDEX IF NOT EXISTS idx_opportunity_owner_rep_id ON opportunity (owner_rep_id);

CREATE INDEX IF NOT EXISTS idx_opportunity_lead_id ON opportunity (lead_id);

CREATE TABLE IF NOT EXISTS opportunity_stage_history (
    opportunity_id BIGINT      NOT NULL,
    stage          VARCHAR(50) NOT NULL,
    entered_at     TIMESTAMP   NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_opportunity_stage_history_opportunity_id ON opportunity_stage_history (opportunity_id);

CREATE TABLE IF NOT EXISTS quota (
    rep_id       BIGINT        NOT NULL,
    period_start DATE          NOT NULL,
    period_end   DATE          NOT NULL,
    amount       DECIMAL(15,2) NULL
);

CREATE INDEX IF NOT EXISTS idx_quota_rep_id ON quota (rep_id);

CREATE TABLE IF NOT EXISTS forecast (
    id           BIGINT        NOT NULL,
    team         VARCHAR(100)  NULL,
    period_start DATE          NOT NULL,
    period_end   DATE          NOT NULL,
    amount       DECIMAL(15,2) NULL,
    submitted_at TIMESTAMP     NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE IF NOT EXISTS expense (
    id          BIGINT        NOT NULL,
    incurred_on DATE          NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    amount      DECIMAL(15,2) NULL,
    PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS idx_expense_incurred_on ON expense (incurred_on);

CREATE TABLE IF NOT EXISTS time_entry (
    rep_id        BIGINT       NOT NULL,
    work_date     DATE         NOT NULL,
    total_hours   DECIMAL(5,2) NOT NULL,
    selling_hours DECIMAL(5,2) NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_time_entry_work_date ON time_entry (work_date);

CREATE INDEX IF NOT EXISTS idx_time_entry_rep_id ON time_entry (rep_id);

CREATE TABLE IF NOT EXISTS contract (
    id           BIGINT        NOT NULL,
    account_id   BIGINT        NOT NULL,
    start_date   DATE          NOT NULL,
    end_date     DATE          NULL,
    annual_value DECIMAL(15,2) NULL,
    PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS idx_contract_start_date ON contract (start_date);

CREATE INDEX IF NOT EXISTS idx_contract_account_id ON contract (account_id);
