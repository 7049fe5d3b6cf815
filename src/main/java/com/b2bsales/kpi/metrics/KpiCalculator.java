package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.metrics.MetricId.*;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.ForecastRow;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the family tallies into the eighteen metrics of each period of the horizon: the formulas
 * of metrics.md, with n/a and its reason wherever a denominator is zero or an input is missing.
 * The last context of the horizon only serves as the previous period of the one before it.
 */
public final class KpiCalculator {

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The CRM data each metric cannot do without, beyond deals: where the CRM has none, the note says so. */
    private static final Map<MetricId, CrmTable> NEEDS = Map.of(
            QUOTA_ATTAINMENT_RATE, CrmTable.QUOTA,
            PIPELINE_COVERAGE, CrmTable.QUOTA,
            FORECAST_ACCURACY, CrmTable.FORECAST,
            TIME_SPENT_SELLING, CrmTable.TIME_ENTRY);

    private final ReportHorizon horizon;
    private final FamilyTallies tallies;
    private final Map<CrmTable, String> missingData;

    public KpiCalculator(ReportHorizon horizon, FamilyTallies tallies) {
        this(horizon, tallies, Map.of());
    }

    /**
     * @param missingData the tables the CRM has no rows for by nature (a source profile without them), each with a
     *                    sentence naming the missing data and how to supply it
     */
    public KpiCalculator(ReportHorizon horizon, FamilyTallies tallies, Map<CrmTable, String> missingData) {
        this.horizon = horizon;
        this.tallies = tallies;
        this.missingData = Map.copyOf(missingData);
    }

    /** The results of every reported period, the reported one first. */
    public List<PeriodResults> compute() {
        List<PeriodResults> periods = new ArrayList<>();
        for (int i = 0; i < horizon.size() - 1; i++) {
            periods.add(compute(i));
        }
        return periods;
    }

    /** The reported period's figures by team and rep, adding up to the company's. */
    public SalesBreakdown breakdown() {
        return SalesBreakdown.of(horizon.current(), tallies.salesTeam().reps(), tallies.revenue().totals(0),
                tallies.conversion().totals(0), tallies.salesTeam().totals(0));
    }

    PeriodResults compute(int i) {
        ReportContext context = horizon.get(i);
        Map<MetricId, MetricResult> results = new EnumMap<>(MetricId.class);
        revenue(i, results);
        conversion(i, results);
        customers(i, results);
        salesTeam(i, results);
        pipeline(i, context, results);
        NEEDS.forEach((metric, table) -> {
            MetricResult result = results.get(metric);
            if (missingData.containsKey(table) && !result.value().available()) {
                results.put(metric, new MetricResult(metric, MetricValue.na(missingData.get(table)), result.inputs()));
            }
        });
        return new PeriodResults(context, results);
    }

    private void revenue(int i, Map<MetricId, MetricResult> results) {
        RevenueTally.Totals won = tallies.revenue().totals(i);
        BigDecimal previous = tallies.revenue().totals(i + 1).revenue();
        MetricValue pricePerUnit = MetricValue.ratio(won.revenueWithUnits(), BigDecimal.valueOf(won.unitsSold()),
                "no units recorded on the deals won");
        put(results, TOTAL_REVENUE, MetricValue.of(won.revenue()),
                Figure.number("Deals won", won.dealsWon(), Unit.COUNT),
                Figure.number("Units sold", won.unitsSold(), Unit.COUNT),
                Figure.of("Average price per unit", pricePerUnit, Unit.MONEY));
        put(results, REVENUE_GROWTH,
                MetricValue.ratio(won.revenue().subtract(previous), previous, "no revenue in the previous period"),
                Figure.number("Revenue", won.revenue(), Unit.MONEY),
                Figure.number("Previous period revenue", previous, Unit.MONEY));
        put(results, AVERAGE_DEAL_SIZE,
                MetricValue.ratio(won.revenue(), BigDecimal.valueOf(won.dealsWon()), "no deal was won"),
                Figure.number("Revenue", won.revenue(), Unit.MONEY),
                Figure.number("Deals won", won.dealsWon(), Unit.COUNT));
    }

    private void conversion(int i, Map<MetricId, MetricResult> results) {
        ConversionTally.Totals funnel = tallies.conversion().totals(i);
        put(results, LEAD_CONVERSION_RATE,
                MetricValue.ratio(funnel.leadsConverted(), funnel.leadsCreated(), "no lead was created in the period"),
                Figure.number("Leads converted", funnel.leadsConverted(), Unit.COUNT),
                Figure.number("Leads created", funnel.leadsCreated(), Unit.COUNT));
        put(results, OPPORTUNITY_CONVERSION_RATE,
                MetricValue.ratio(funnel.dealsCreatedAndWon(), funnel.dealsCreated(),
                        "no opportunity was created in the period"),
                Figure.number("Opportunities won", funnel.dealsCreatedAndWon(), Unit.COUNT),
                Figure.number("Opportunities created", funnel.dealsCreated(), Unit.COUNT));
        List<Figure> cycle = new ArrayList<>();
        cycle.add(Figure.number("Total days", funnel.cycleDays().sum(), Unit.DAYS));
        cycle.add(Figure.number("Deals won", funnel.cycleDays().count(), Unit.COUNT));
        funnel.stageDays().forEach((stage, days) ->
                cycle.add(Figure.of("Mean days in " + stage, days.value("no stay"), Unit.DAYS)));
        results.put(SALES_CYCLE_LENGTH, new MetricResult(SALES_CYCLE_LENGTH,
                funnel.cycleDays().value("no deal was won"), cycle));
        put(results, WIN_RATE,
                MetricValue.ratio(funnel.dealsWon(), funnel.dealsDecided(), "no deal was won or lost in the period"),
                Figure.number("Deals won", funnel.dealsWon(), Unit.COUNT),
                Figure.number("Deals won or lost", funnel.dealsDecided(), Unit.COUNT));
    }

    private void pipeline(int i, ReportContext context, Map<MetricId, MetricResult> results) {
        PipelineTally.Totals pipeline = tallies.pipeline().totals(i);
        put(results, QUALIFIED_LEADS, MetricValue.of(pipeline.qualifiedLeads()),
                Figure.number("Leads created and qualified", pipeline.qualifiedLeads(), Unit.COUNT));

        MetricValue winRate = results.get(WIN_RATE).value();
        MetricValue dealSize = results.get(AVERAGE_DEAL_SIZE).value();
        MetricValue cycle = results.get(SALES_CYCLE_LENGTH).value();
        put(results, PIPELINE_VELOCITY, velocity(pipeline.qualifiedLeads(), winRate, dealSize, cycle),
                Figure.number("Qualified leads", pipeline.qualifiedLeads(), Unit.COUNT),
                Figure.of("Win rate", winRate, Unit.RATIO),
                Figure.of("Average deal size", dealSize, Unit.MONEY),
                Figure.of("Sales cycle length", cycle, Unit.DAYS));

        BigDecimal revenue = tallies.revenue().totals(i).revenue();
        Optional<ForecastRow> forecast = pipeline.forecast();
        put(results, FORECAST_ACCURACY, forecastAccuracy(context, revenue, forecast, tallies.pipeline().forecastOf()),
                Figure.number("Revenue", revenue, Unit.MONEY),
                forecast.map(f -> Figure.number("Forecast", f.amount(), Unit.MONEY))
                        .orElse(Figure.text("Forecast", "none")),
                Figure.text("Forecast submitted at", forecast.map(f -> SUBMITTED.format(f.submittedAt())).orElse("none")));

        BigDecimal quota = tallies.salesTeam().totals(i).totalQuota();
        BigDecimal wonBeforeM = context.complete() ? BigDecimal.ZERO : revenue;
        BigDecimal remaining = quota.subtract(wonBeforeM);
        MetricValue coverage = remaining.signum() <= 0
                ? MetricValue.na("no quota remains at " + context.coverageInstant())
                : MetricValue.of(pipeline.openPipeline().divide(remaining, MathContext.DECIMAL64));
        put(results, PIPELINE_COVERAGE, coverage,
                Figure.number("Open pipeline", pipeline.openPipeline(), Unit.MONEY),
                Figure.number("Remaining quota", remaining, Unit.MONEY),
                Figure.number("Quota of the period", quota, Unit.MONEY),
                Figure.text("Measured at", context.coverageInstant().toString()));
    }

    static MetricValue velocity(long qualifiedLeads, MetricValue winRate, MetricValue dealSize, MetricValue cycle) {
        if (!winRate.available() || !dealSize.available() || !cycle.available()) {
            return MetricValue.na("an input is n/a");
        }
        if (cycle.value() == 0) {
            return MetricValue.na("the sales cycle is 0 days");
        }
        return MetricValue.of(qualifiedLeads * winRate.value() * dealSize.value() / cycle.value());
    }

    static MetricValue forecastAccuracy(ReportContext context, BigDecimal revenue, Optional<ForecastRow> forecast,
            String whose) {
        if (!context.complete()) {
            return MetricValue.na("the period is in progress");
        }
        if (forecast.isEmpty()) {
            return MetricValue.na("no " + whose + " forecast for the period");
        }
        if (revenue.signum() == 0) {
            return MetricValue.na("no revenue in the period");
        }
        BigDecimal miss = revenue.subtract(forecast.get().amount()).abs();
        return MetricValue.of(BigDecimal.ONE.subtract(miss.divide(revenue, MathContext.DECIMAL64)));
    }

    private void customers(int i, Map<MetricId, MetricResult> results) {
        CustomerTally.Totals base = tallies.customers().totals(i);
        put(results, CUSTOMER_ACQUISITION_COST,
                MetricValue.ratio(base.acquisitionSpend(), BigDecimal.valueOf(base.newCustomers()), "no new customer"),
                Figure.number("Marketing and sales spend", base.acquisitionSpend(), Unit.MONEY),
                Figure.number("New customers", base.newCustomers(), Unit.COUNT));
        MetricValue arpa = MetricValue.ratio(base.annualValueOnLast(), BigDecimal.valueOf(base.activeOnLast()),
                "no account active on the last day");
        MetricValue lifetime = base.churnedAccounts() == 0
                ? MetricValue.na("no churned account")
                : MetricValue.of(base.churnedLifetimeYears() / base.churnedAccounts());
        MetricValue lifetimeValue = !arpa.available() ? MetricValue.na("ARPA is n/a: " + arpa.naReason())
                : !lifetime.available() ? MetricValue.na("average lifetime is n/a: " + lifetime.naReason())
                : MetricValue.of(arpa.value() * lifetime.value());
        put(results, CUSTOMER_LIFETIME_VALUE, lifetimeValue,
                Figure.of("ARPA (annual)", arpa, Unit.MONEY),
                Figure.of("Average lifetime (years)", lifetime, Unit.YEARS),
                Figure.number("Annual value active on last day", base.annualValueOnLast(), Unit.MONEY),
                Figure.number("Churned accounts", base.churnedAccounts(), Unit.COUNT));
        put(results, CHURN_RATE,
                MetricValue.ratio(base.lostDuringPeriod(), base.activeOnFirst(), "no account active on the first day"),
                Figure.number("Accounts lost", base.lostDuringPeriod(), Unit.COUNT),
                Figure.number("Active on first day", base.activeOnFirst(), Unit.COUNT));
        put(results, CUSTOMER_RETENTION_RATE,
                MetricValue.ratio(base.activeOnLast() - base.newCustomers(), base.activeOnFirst(),
                        "no account active on the first day"),
                Figure.number("Active on last day", base.activeOnLast(), Unit.COUNT),
                Figure.number("New customers", base.newCustomers(), Unit.COUNT),
                Figure.number("Active on first day", base.activeOnFirst(), Unit.COUNT));
    }

    private void salesTeam(int i, Map<MetricId, MetricResult> results) {
        SalesTeamTally.Totals team = tallies.salesTeam().totals(i);
        RevenueTally.Totals won = tallies.revenue().totals(i);
        long withQuota = 0;
        long attained = 0;
        for (Map.Entry<String, BigDecimal> quota : team.quotaByRep().entrySet()) {
            if (quota.getValue().signum() > 0) {
                withQuota++;
                if (won.revenueOf(quota.getKey()).compareTo(quota.getValue()) >= 0) {
                    attained++;
                }
            }
        }
        put(results, QUOTA_ATTAINMENT_RATE,
                MetricValue.ratio(attained, withQuota, "no rep has a quota for the period"),
                Figure.number("Reps at or above quota", attained, Unit.COUNT),
                Figure.number("Reps with a quota", withQuota, Unit.COUNT));
        put(results, REP_PRODUCTIVITY,
                MetricValue.ratio(won.revenue(), BigDecimal.valueOf(team.activeReps()), "no rep was active in the period"),
                Figure.number("Revenue", won.revenue(), Unit.MONEY),
                Figure.number("Active reps", team.activeReps(), Unit.COUNT));
        put(results, TIME_SPENT_SELLING,
                MetricValue.ratio(team.sellingHours(), team.totalHours(), "no hours recorded in the period"),
                Figure.number("Selling hours", team.sellingHours(), Unit.HOURS),
                Figure.number("Total hours", team.totalHours(), Unit.HOURS));
    }

    private static void put(Map<MetricId, MetricResult> results, MetricId id, MetricValue value, Figure... inputs) {
        results.put(id, MetricResult.of(id, value, inputs));
    }
}
