package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.metrics.Input.*;
import static com.b2bsales.kpi.metrics.Rule.*;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.ForecastRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The eighteen metrics of metrics.md, each declared once: its id, name, unit, definition in words, the
 * {@link Rule} its value, the figures beside it and its Excel formula follow from, and the CRM data it cannot do
 * without. The calculator, the breakdown by team and rep, the workbook, the mail and the tests all take them from
 * here. Most are a {@link Rule#ratio ratio} of two counted {@link Input inputs}.
 */
public enum MetricId implements Operand {
    TOTAL_REVENUE(Family.REVENUE, "Total revenue", Unit.MONEY,
            "Sum of the amounts of deals WON with closed_at in the window.",
            amount(REVENUE, DEALS_WON, UNITS_SOLD, Derived.PRICE_PER_UNIT)),
    REVENUE_GROWTH(Family.REVENUE, "Revenue growth", Unit.RATIO,
            "(Revenue of the window - revenue of the previous period's window) / revenue of the previous period's window. "
                    + "n/a when the previous revenue is 0.",
            ratio(difference(REVENUE, PREVIOUS_REVENUE), PREVIOUS_REVENUE, "no revenue in the previous period")),
    AVERAGE_DEAL_SIZE(Family.REVENUE, "Average deal size", Unit.MONEY,
            "Total revenue / number of deals won. n/a when no deal was won.",
            ratio(REVENUE, DEALS_WON, "no deal was won")),
    LEAD_CONVERSION_RATE(Family.CONVERSION, "Lead conversion rate", Unit.RATIO,
            "Leads created in the window and converted before the cut-off / all leads created in the window.",
            ratio(LEADS_CONVERTED, LEADS_CREATED, "no lead was created in the period")),
    OPPORTUNITY_CONVERSION_RATE(Family.CONVERSION, "Opportunity conversion rate", Unit.RATIO,
            "Opportunities created in the window and WON before the cut-off / all opportunities created in the window.",
            ratio(OPPORTUNITIES_WON, OPPORTUNITIES_CREATED, "no opportunity was created in the period")),
    SALES_CYCLE_LENGTH(Family.CONVERSION, "Sales cycle length", Unit.DAYS,
            "Mean calendar days from the date of created_at to the date of closed_at, over deals WON with closed_at in the window.",
            mean(CYCLE_DAYS, DECIDED_WON, "no deal was won").showing(MetricId::daysPerStage)),
    WIN_RATE(Family.CONVERSION, "Win rate", Unit.RATIO,
            "Deals WON with closed_at in the window / deals WON or LOST with closed_at in the window.",
            ratio(DECIDED_WON, DEALS_DECIDED, "no deal was won or lost in the period")),
    QUALIFIED_LEADS(Family.PIPELINE, "Qualified leads", Unit.COUNT,
            "Leads created in the window whose qualified_at is before the cut-off.",
            amount(LEADS_QUALIFIED, LEADS_QUALIFIED)),
    PIPELINE_VELOCITY(Family.PIPELINE, "Pipeline velocity", Unit.MONEY_PER_DAY,
            "Qualified leads x win rate x average deal size / sales cycle length (money per day). "
                    + "n/a when an input is n/a or the cycle is 0 days.",
            computed((period, earlier) -> velocity(earlier), "{0}*{1}*{2}/{3}",
                    QUALIFIED_LEADS, WIN_RATE, AVERAGE_DEAL_SIZE, SALES_CYCLE_LENGTH)),
    FORECAST_ACCURACY(Family.PIPELINE, "Forecast accuracy", Unit.RATIO,
            "1 - |total revenue - forecast| / total revenue, with the company-wide forecast (a team's workbook: the team's own) "
                    + "for exactly this period "
                    + "(latest submitted at or before the period's start, else the earliest). "
                    + "n/a for a period in progress, without a forecast, or with no revenue. Can be negative.",
            computed((period, earlier) -> forecastAccuracy(period), "1-ABS({0}-{1})/{0}", REVENUE, FORECAST)
                    .showing(MetricId::forecastSubmitted),
            CrmTable.FORECAST),
    PIPELINE_COVERAGE(Family.PIPELINE, "Pipeline coverage", Unit.MULTIPLE,
            "Open pipeline / remaining quota at instant M (the period's start when complete, the cut-off when in progress). "
                    + "Open pipeline: deals created before M, not closed before M, expected to close in [M, period end). "
                    + "Remaining quota: the period's total quota minus revenue won in [period start, M). n/a when that is <= 0.",
            computed((period, earlier) -> coverage(period), "{0}/{1}", OPEN_PIPELINE, REMAINING_QUOTA, QUOTA)
                    .showing(period -> List.of(Figure.text("Measured at", period.context().coverageInstant().toString()))),
            CrmTable.QUOTA),
    CUSTOMER_ACQUISITION_COST(Family.CUSTOMERS, "Customer acquisition cost", Unit.MONEY,
            "MARKETING and SALES expenses incurred in the window / new customers (accounts whose earliest contract starts "
                    + "in the window). n/a without new customers.",
            ratio(ACQUISITION_SPEND, NEW_CUSTOMERS, "no new customer")),
    CUSTOMER_LIFETIME_VALUE(Family.CUSTOMERS, "Customer lifetime value", Unit.MONEY,
            "ARPA x average lifetime. ARPA: annual value of contracts active on the last day / accounts active then. "
                    + "Lifetime: mean years from first start to last end over churned accounts (all contracts ended by the last day).",
            computed((period, earlier) -> lifetimeValue(period), "{0}*{1}",
                    Derived.ARPA, Derived.AVERAGE_LIFETIME, ANNUAL_VALUE_ON_LAST, CHURNED_ACCOUNTS)),
    CHURN_RATE(Family.CUSTOMERS, "Churn rate", Unit.RATIO,
            "Accounts active on the first day and not on the last day / accounts active on the first day.",
            ratio(ACCOUNTS_LOST, ACTIVE_ON_FIRST, "no account active on the first day")),
    CUSTOMER_RETENTION_RATE(Family.CUSTOMERS, "Customer retention rate", Unit.RATIO,
            "(Accounts active on the last day - new customers) / accounts active on the first day. "
                    + "Can leave 0-100% where accounts come and go within the period.",
            ratio(difference(ACTIVE_ON_LAST, NEW_CUSTOMERS), ACTIVE_ON_FIRST, "no account active on the first day")),
    QUOTA_ATTAINMENT_RATE(Family.SALES_TEAM, "Quota attainment rate", Unit.RATIO,
            "Of the reps with a quota > 0 for the period (quota rows lying within it, summed, not prorated), "
                    + "the share whose revenue won in the window is at least their quota.",
            ratio(REPS_AT_QUOTA, REPS_WITH_QUOTA, "no rep has a quota for the period"),
            CrmTable.QUOTA),
    REP_PRODUCTIVITY(Family.SALES_TEAM, "Rep productivity", Unit.MONEY,
            "Total revenue / reps active in the period (hired before the cut-off, not gone by the period's start).",
            ratio(REVENUE, ACTIVE_REPS, "no rep was active in the period")),
    TIME_SPENT_SELLING(Family.SALES_TEAM, "Time spent selling", Unit.RATIO,
            "Selling hours / total hours of time entries dated in the window.",
            ratio(SELLING_HOURS, TOTAL_HOURS, "no hours recorded in the period"),
            CrmTable.TIME_ENTRY);

    /** The checklist the article recommends tracking first, in its order. */
    public static final List<MetricId> CHECKLIST = List.of(LEAD_CONVERSION_RATE, AVERAGE_DEAL_SIZE, WIN_RATE,
            QUOTA_ATTAINMENT_RATE, REVENUE_GROWTH, PIPELINE_COVERAGE, CUSTOMER_RETENTION_RATE);

    private final Family family;
    private final String displayName;
    private final Unit unit;
    private final String definition;
    private final Rule rule;
    /** The CRM data the metric cannot do without, beyond deals: where the CRM has none, its n/a note says so. */
    private final Optional<CrmTable> needs;

    MetricId(Family family, String displayName, Unit unit, String definition, Rule rule) {
        this(family, displayName, unit, definition, rule, null);
    }

    MetricId(Family family, String displayName, Unit unit, String definition, Rule rule, CrmTable needs) {
        this.family = family;
        this.displayName = displayName;
        this.unit = unit;
        this.definition = definition;
        this.rule = rule;
        this.needs = Optional.ofNullable(needs);
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

    @Override
    public String label() {
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

    public Rule rule() {
        return rule;
    }

    /**
     * The metric's value, with the figures that explain it, in a period.
     *
     * @param earlier     the values of the metrics declared before this one in the same period
     * @param missingData the tables the CRM has no rows for by nature, each with a sentence naming the missing data
     *                    and how to supply it: a metric n/a for want of one says so
     */
    MetricResult result(PeriodTotals period, Function<MetricId, MetricValue> earlier,
            Map<CrmTable, String> missingData) {
        List<Figure> figures = new ArrayList<>();
        rule.shown().forEach(operand -> figures.add(Figure.of(operand, period, earlier)));
        figures.addAll(rule.more(period));
        MetricValue value = rule.value(period, earlier);
        if (!value.available() && needs.isPresent() && missingData.containsKey(needs.get())) {
            value = MetricValue.na(missingData.get(needs.get()));
        }
        return new MetricResult(this, value, figures);
    }

    /**
     * The metric's value from inputs alone, as for a line of the breakdown by team and rep.
     *
     * @throws UnsupportedOperationException for a metric that is not a ratio or a mean of inputs
     */
    public MetricValue value(Inputs inputs) {
        if (rule instanceof Rule.Quotient quotient) {
            return quotient.value(inputs);
        }
        throw new UnsupportedOperationException(id() + " is not computed from inputs alone");
    }

    /**
     * The Excel formula of an available value over the cells of the figures beside it, by operand; empty when the
     * metric has no formula, is n/a, or a cell it needs is not a number.
     */
    public Optional<String> formula(MetricValue value, Map<Operand, String> cells) {
        return value.available() ? rule.formula(cells) : Optional.empty();
    }

    // ---- the computations that are not a ratio of inputs

    private static List<Figure> daysPerStage(PeriodTotals period) {
        List<Figure> stages = new ArrayList<>();
        period.funnel().stageDays().forEach((stage, days) ->
                stages.add(Figure.of("Mean days in " + stage, days.value("no stay"), Unit.DAYS)));
        return stages;
    }

    private static MetricValue velocity(Function<MetricId, MetricValue> earlier) {
        MetricValue winRate = earlier.apply(WIN_RATE);
        MetricValue dealSize = earlier.apply(AVERAGE_DEAL_SIZE);
        MetricValue cycle = earlier.apply(SALES_CYCLE_LENGTH);
        if (!winRate.available() || !dealSize.available() || !cycle.available()) {
            return MetricValue.na("an input is n/a");
        }
        if (cycle.value() == 0) {
            return MetricValue.na("the sales cycle is 0 days");
        }
        return MetricValue.of(earlier.apply(QUALIFIED_LEADS).value() * winRate.value() * dealSize.value()
                / cycle.value());
    }

    private static MetricValue forecastAccuracy(PeriodTotals period) {
        Optional<ForecastRow> forecast = period.pipeline().forecast();
        BigDecimal revenue = period.amount(REVENUE);
        if (!period.context().complete()) {
            return MetricValue.na("the period is in progress");
        }
        if (forecast.isEmpty()) {
            return MetricValue.na("no " + period.forecastOf() + " forecast for the period");
        }
        if (revenue.signum() == 0) {
            return MetricValue.na("no revenue in the period");
        }
        BigDecimal miss = revenue.subtract(forecast.get().amount()).abs();
        return MetricValue.of(BigDecimal.ONE.subtract(miss.divide(revenue, MathContext.DECIMAL64)));
    }

    private static List<Figure> forecastSubmitted(PeriodTotals period) {
        return List.of(Figure.text("Forecast submitted at", period.pipeline().forecast()
                .map(f -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(f.submittedAt())).orElse("none")));
    }

    /** Open pipeline / remaining quota: n/a where no quota remains, also where more than the quota was won. */
    private static MetricValue coverage(PeriodTotals period) {
        BigDecimal remaining = period.amount(REMAINING_QUOTA);
        return remaining.signum() <= 0
                ? MetricValue.na("no quota remains at " + period.context().coverageInstant())
                : MetricValue.of(period.amount(OPEN_PIPELINE).divide(remaining, MathContext.DECIMAL64));
    }

    private static MetricValue lifetimeValue(PeriodTotals period) {
        MetricValue arpa = Derived.ARPA.value(period);
        MetricValue lifetime = Derived.AVERAGE_LIFETIME.value(period);
        return !arpa.available() ? MetricValue.na("ARPA is n/a: " + arpa.naReason())
                : !lifetime.available() ? MetricValue.na("average lifetime is n/a: " + lifetime.naReason())
                : MetricValue.of(arpa.value() * lifetime.value());
    }
}
