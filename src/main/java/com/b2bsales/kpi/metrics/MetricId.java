package com.b2bsales.kpi.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The eighteen metrics of metrics.md: the one place their ids, names, units and definitions in
 * words live. The workbook, the checklist and the tests all take them from here.
 */
public enum MetricId {
    TOTAL_REVENUE(Family.REVENUE, "Total revenue", Unit.MONEY,
            "Sum of the amounts of deals WON with closed_at in the window."),
    REVENUE_GROWTH(Family.REVENUE, "Revenue growth", Unit.RATIO,
            "(Revenue of the window - revenue of the previous period's window) / revenue of the previous period's window. "
                    + "n/a when the previous revenue is 0."),
    AVERAGE_DEAL_SIZE(Family.REVENUE, "Average deal size", Unit.MONEY,
            "Total revenue / number of deals won. n/a when no deal was won."),
    LEAD_CONVERSION_RATE(Family.CONVERSION, "Lead conversion rate", Unit.RATIO,
            "Leads created in the window and converted before the cut-off / all leads created in the window."),
    OPPORTUNITY_CONVERSION_RATE(Family.CONVERSION, "Opportunity conversion rate", Unit.RATIO,
            "Opportunities created in the window and WON before the cut-off / all opportunities created in the window."),
    SALES_CYCLE_LENGTH(Family.CONVERSION, "Sales cycle length", Unit.DAYS,
            "Mean calendar days from the date of created_at to the date of closed_at, over deals WON with closed_at in the window."),
    WIN_RATE(Family.CONVERSION, "Win rate", Unit.RATIO,
            "Deals WON with closed_at in the window / deals WON or LOST with closed_at in the window."),
    QUALIFIED_LEADS(Family.PIPELINE, "Qualified leads", Unit.COUNT,
            "Leads created in the window whose qualified_at is before the cut-off."),
    PIPELINE_VELOCITY(Family.PIPELINE, "Pipeline velocity", Unit.MONEY_PER_DAY,
            "Qualified leads x win rate x average deal size / sales cycle length (money per day). "
                    + "n/a when an input is n/a or the cycle is 0 days."),
    FORECAST_ACCURACY(Family.PIPELINE, "Forecast accuracy", Unit.RATIO,
            "1 - |total revenue - forecast| / total revenue, with the company-wide forecast (a team's workbook: the team's own) "
                    + "for exactly this period "
                    + "(latest submitted at or before the period's start, else the earliest). "
                    + "n/a for a period in progress, without a forecast, or with no revenue. Can be negative."),
    PIPELINE_COVERAGE(Family.PIPELINE, "Pipeline coverage", Unit.MULTIPLE,
            "Open pipeline / remaining quota at instant M (the period's start when complete, the cut-off when in progress). "
                    + "Open pipeline: deals created before M, not closed before M, expected to close in [M, period end). "
                    + "Remaining quota: the period's total quota minus revenue won in [period start, M). n/a when that is <= 0."),
    CUSTOMER_ACQUISITION_COST(Family.CUSTOMERS, "Customer acquisition cost", Unit.MONEY,
            "MARKETING and SALES expenses incurred in the window / new customers (accounts whose earliest contract starts "
                    + "in the window). n/a without new customers."),
    CUSTOMER_LIFETIME_VALUE(Family.CUSTOMERS, "Customer lifetime value", Unit.MONEY,
            "ARPA x average lifetime. ARPA: annual value of contracts active on the last day / accounts active then. "
                    + "Lifetime: mean years from first start to last end over churned accounts (all contracts ended by the last day)."),
    CHURN_RATE(Family.CUSTOMERS, "Churn rate", Unit.RATIO,
            "Accounts active on the first day and not on the last day / accounts active on the first day."),
    CUSTOMER_RETENTION_RATE(Family.CUSTOMERS, "Customer retention rate", Unit.RATIO,
            "(Accounts active on the last day - new customers) / accounts active on the first day. "
                    + "Can leave 0-100% where accounts come and go within the period."),
    QUOTA_ATTAINMENT_RATE(Family.SALES_TEAM, "Quota attainment rate", Unit.RATIO,
            "Of the reps with a quota > 0 for the period (quota rows lying within it, summed, not prorated), "
                    + "the share whose revenue won in the window is at least their quota."),
    REP_PRODUCTIVITY(Family.SALES_TEAM, "Rep productivity", Unit.MONEY,
            "Total revenue / reps active in the period (hired before the cut-off, not gone by the period's start)."),
    TIME_SPENT_SELLING(Family.SALES_TEAM, "Time spent selling", Unit.RATIO,
            "Selling hours / total hours of time entries dated in the window.");

    /** The checklist the article recommends tracking first, in its order. */
    public static final List<MetricId> CHECKLIST = List.of(LEAD_CONVERSION_RATE, AVERAGE_DEAL_SIZE, WIN_RATE,
            QUOTA_ATTAINMENT_RATE, REVENUE_GROWTH, PIPELINE_COVERAGE, CUSTOMER_RETENTION_RATE);

    private final Family family;
    private final String displayName;
    private final Unit unit;
    private final String definition;

    MetricId(Family family, String displayName, Unit unit, String definition) {
        this.family = family;
        this.displayName = displayName;
        this.unit = unit;
        this.definition = definition;
    }

    /** The stable id of metrics.md: workbook defined name, config key and test name. */
    public String id() {
        return name().toLowerCase();
    }

    public Family family() {
        return family;
    }

    public String displayName() {
        return displayName;
    }

    public Unit unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    public static List<MetricId> of(Family family) {
        return Arrays.stream(values()).filter(m -> m.family == family).toList();
    }

    public static MetricId fromId(String id) {
        return valueOf(id.toUpperCase());
    }
}
