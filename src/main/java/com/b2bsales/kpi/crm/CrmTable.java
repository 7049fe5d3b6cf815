package com.b2bsales.kpi.crm;

import java.util.List;

/** The CRM tables the job reads (crm-schema.md), by their SQL names, with the columns of the contract. */
public enum CrmTable {
    SALES_REP("sales_rep", "id", "name", "email", "team", "region", "hired_on", "left_on"),
    ACCOUNT("account", "id", "name", "industry", "created_at"),
    SALES_LEAD("sales_lead", "id", "created_at", "source", "owner_rep_id", "account_id", "qualified_at",
            "converted_at", "disqualified_at"),
    OPPORTUNITY("opportunity", "id", "account_id", "owner_rep_id", "lead_id", "created_at", "stage", "status",
            "amount", "units", "expected_close_date", "closed_at"),
    OPPORTUNITY_STAGE_HISTORY("opportunity_stage_history", "opportunity_id", "stage", "entered_at"),
    QUOTA("quota", "rep_id", "period_start", "period_end", "amount"),
    FORECAST("forecast", "id", "team", "period_start", "period_end", "amount", "submitted_at"),
    EXPENSE("expense", "id", "incurred_on", "category", "amount"),
    TIME_ENTRY("time_entry", "rep_id", "work_date", "total_hours", "selling_hours"),
    CONTRACT("contract", "id", "account_id", "start_date", "end_date", "annual_value");

    private final String sqlName;
    private final List<String> columns;

    CrmTable(String sqlName, String... columns) {
        this.sqlName = sqlName;
        this.columns = List.of(columns);
    }

    public String sqlName() {
        return sqlName;
    }

    /** The columns a profile's query for this table returns, in the contract's order. */
    public List<String> columns() {
        return columns;
    }
}
