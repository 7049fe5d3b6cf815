package com.b2bsales.kpi.crm;

/** The CRM tables the job reads (crm-schema.md), by their SQL names. */
public enum CrmTable {
    SALES_REP("sales_rep"),
    ACCOUNT("account"),
    SALES_LEAD("sales_lead"),
    OPPORTUNITY("opportunity"),
    OPPORTUNITY_STAGE_HISTORY("opportunity_stage_history"),
    QUOTA("quota"),
    FORECAST("forecast"),
    EXPENSE("expense"),
    TIME_ENTRY("time_entry"),
    CONTRACT("contract");

    private final String sqlName;

    CrmTable(String sqlName) {
        this.sqlName = sqlName;
    }

    public String sqlName() {
        return sqlName;
    }
}
