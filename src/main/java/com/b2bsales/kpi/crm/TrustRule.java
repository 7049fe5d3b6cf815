package com.b2bsales.kpi.crm;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of metrics.md, "Rows the job does not trust". A row that breaks one is left out of
 * every metric and counted under the rule on the Data Quality sheet. Each table has its own
 * rules, and every table has one rule per column that crm-schema.md does not mark nullable
 * ("missing created_at") and, when it has an id, the rule "duplicate id".
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
    FORECAST_AMOUNT(CrmTable.FORECAST, "amount null or negative"),
    // every table: its columns that crm-schema.md does not mark nullable, and its id
    SALES_REP_MISSING_ID(CrmTable.SALES_REP, Kind.MISSING_COLUMN, "id"),
    SALES_REP_MISSING_NAME(CrmTable.SALES_REP, Kind.MISSING_COLUMN, "name"),
    SALES_REP_MISSING_HIRED_ON(CrmTable.SALES_REP, Kind.MISSING_COLUMN, "hired_on"),
    SALES_REP_DUPLICATE_ID(CrmTable.SALES_REP, Kind.DUPLICATE_ID, null),
    LEAD_MISSING_ID(CrmTable.SALES_LEAD, Kind.MISSING_COLUMN, "id"),
    LEAD_MISSING_CREATED_AT(CrmTable.SALES_LEAD, Kind.MISSING_COLUMN, "created_at"),
    LEAD_DUPLICATE_ID(CrmTable.SALES_LEAD, Kind.DUPLICATE_ID, null),
    OPPORTUNITY_MISSING_ID(CrmTable.OPPORTUNITY, Kind.MISSING_COLUMN, "id"),
    OPPORTUNITY_MISSING_CREATED_AT(CrmTable.OPPORTUNITY, Kind.MISSING_COLUMN, "created_at"),
    OPPORTUNITY_MISSING_STAGE(CrmTable.OPPORTUNITY, Kind.MISSING_COLUMN, "stage"),
    OPPORTUNITY_MISSING_STATUS(CrmTable.OPPORTUNITY, Kind.MISSING_COLUMN, "status"),
    OPPORTUNITY_DUPLICATE_ID(CrmTable.OPPORTUNITY, Kind.DUPLICATE_ID, null),
    STAGE_HISTORY_MISSING_STAGE(CrmTable.OPPORTUNITY_STAGE_HISTORY, Kind.MISSING_COLUMN, "stage"),
    STAGE_HISTORY_MISSING_ENTERED_AT(CrmTable.OPPORTUNITY_STAGE_HISTORY, Kind.MISSING_COLUMN, "entered_at"),
    QUOTA_MISSING_REP_ID(CrmTable.QUOTA, Kind.MISSING_COLUMN, "rep_id"),
    QUOTA_MISSING_PERIOD_START(CrmTable.QUOTA, Kind.MISSING_COLUMN, "period_start"),
    QUOTA_MISSING_PERIOD_END(CrmTable.QUOTA, Kind.MISSING_COLUMN, "period_end"),
    FORECAST_MISSING_ID(CrmTable.FORECAST, Kind.MISSING_COLUMN, "id"),
    FORECAST_MISSING_PERIOD_START(CrmTable.FORECAST, Kind.MISSING_COLUMN, "period_start"),
    FORECAST_MISSING_PERIOD_END(CrmTable.FORECAST, Kind.MISSING_COLUMN, "period_end"),
    FORECAST_MISSING_SUBMITTED_AT(CrmTable.FORECAST, Kind.MISSING_COLUMN, "submitted_at"),
    FORECAST_DUPLICATE_ID(CrmTable.FORECAST, Kind.DUPLICATE_ID, null),
    EXPENSE_MISSING_ID(CrmTable.EXPENSE, Kind.MISSING_COLUMN, "id"),
    EXPENSE_MISSING_INCURRED_ON(CrmTable.EXPENSE, Kind.MISSING_COLUMN, "incurred_on"),
    EXPENSE_MISSING_CATEGORY(CrmTable.EXPENSE, Kind.MISSING_COLUMN, "category"),
    EXPENSE_DUPLICATE_ID(CrmTable.EXPENSE, Kind.DUPLICATE_ID, null),
    TIME_ENTRY_MISSING_REP_ID(CrmTable.TIME_ENTRY, Kind.MISSING_COLUMN, "rep_id"),
    TIME_ENTRY_MISSING_WORK_DATE(CrmTable.TIME_ENTRY, Kind.MISSING_COLUMN, "work_date"),
    TIME_ENTRY_MISSING_TOTAL_HOURS(CrmTable.TIME_ENTRY, Kind.MISSING_COLUMN, "total_hours"),
    TIME_ENTRY_MISSING_SELLING_HOURS(CrmTable.TIME_ENTRY, Kind.MISSING_COLUMN, "selling_hours"),
    CONTRACT_MISSING_ID(CrmTable.CONTRACT, Kind.MISSING_COLUMN, "id"),
    CONTRACT_MISSING_ACCOUNT_ID(CrmTable.CONTRACT, Kind.MISSING_COLUMN, "account_id"),
    CONTRACT_MISSING_START_DATE(CrmTable.CONTRACT, Kind.MISSING_COLUMN, "start_date"),
    CONTRACT_DUPLICATE_ID(CrmTable.CONTRACT, Kind.DUPLICATE_ID, null);

    /** Where a rule comes from: its table's own rules, or the contract's column types. */
    private enum Kind {
        TABLE, MISSING_COLUMN, DUPLICATE_ID
    }

    private static final Map<CrmTable, TrustRule> DUPLICATE_ID = new EnumMap<>(CrmTable.class);

    static {
        for (TrustRule rule : values()) {
            if (rule.kind == Kind.DUPLICATE_ID) {
                DUPLICATE_ID.put(rule.table, rule);
            }
        }
    }

    private final CrmTable table;
    private final Kind kind;
    private final String description;

    TrustRule(CrmTable table, String description) {
        this.table = table;
        this.kind = Kind.TABLE;
        this.description = description;
    }

    TrustRule(CrmTable table, Kind kind, String column) {
        this.table = table;
        this.kind = kind;
        this.description = kind == Kind.DUPLICATE_ID ? "duplicate id" : "missing " + column;
    }

    public CrmTable table() {
        return table;
    }

    public String description() {
        return description;
    }

    /**
     * Whether the Data Quality sheet lists the rule although no row broke it: the table's own rules
     * are always listed; the missing-column and duplicate-id rules, which every table has, only when
     * broken, so that a clean CRM's sheet stays short.
     */
    public boolean listedWhenUnbroken() {
        return kind == Kind.TABLE;
    }

    /** The rule "duplicate id" of a table with an id. */
    public static Optional<TrustRule> duplicateId(CrmTable table) {
        return Optional.ofNullable(DUPLICATE_ID.get(table));
    }
}
