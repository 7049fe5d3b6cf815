package com.b2bsales.kpi.crm;

/**
 * The rules of metrics.md, "Rows the job does not trust". A row that breaks one is left out of
 * every metric and counted under the rule on the Data Quality sheet.
 */
public enum TrustRule {
    OPPORTUNITY_AMOUNT(CrmTable.OPPORTUNITY, "amount null or negative"),
    OPPORTUNITY_STATUS(CrmTable.OPPORTUNITY, "status not exactly OPEN, WON or LOST"),
    OPPORTUNITY_CLOSED_AT_MISSING(CrmTable.OPPORTUNITY, "WON or LOST without closed_at"),
    OPPORTUNITY_CLOSED_BEFORE_CREATED(CrmTable.OPPORTUNITY, "closed_at before created_at"),
    LEAD_QUALIFIED_BEFORE_CREATED(CrmTable.SALES_LEAD, "qualified_at before created_at"),
    LEAD_CONVERTED_BEFORE_CREATED(CrmTable.SALES_LEAD, "converted_at before created_at"),
    CONTRACT_ENDS_BEFORE_START(CrmTable.CONTRACT, "end_date on or before start_date"),
    CONTRACT_VALUE(CrmTable.CONTRACT, "annual_value null or negative"),
    TIME_ENTRY_NEGATIVE_HOURS(CrmTable.TIME_ENTRY, "negative hours"),
    TIME_ENTRY_SELLING_OVER_TOTAL(CrmTable.TIME_ENTRY, "selling_hours greater than total_hours"),
    EXPENSE_AMOUNT(CrmTable.EXPENSE, "amount null or negative"),
    QUOTA_AMOUNT(CrmTable.QUOTA, "amount null or negative"),
    FORECAST_AMOUNT(CrmTable.FORECAST, "amount null or negative");

    private final CrmTable table;
    private final String description;

    TrustRule(CrmTable table, String description) {
        this.table = table;
        this.description = description;
    }

    public CrmTable table() {
        return table;
    }

    public String description() {
        return description;
    }
}
