package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.ForecastRow;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The counted inputs metrics are computed from, each with the caption it is shown under and the tally total it is
 * read from. A metric that needs new data adds its count to a tally's totals and declares it here.
 */
public enum Input implements Operand, Rule.Term {
    REVENUE("Revenue", Unit.MONEY, period -> period.won().revenue()),
    PREVIOUS_REVENUE("Previous period revenue", Unit.MONEY, period -> period.wonBefore().revenue()),
    /** Deals won in the window, as the revenue tally counts them (with their amounts). */
    DEALS_WON("Deals won", Unit.COUNT, period -> period.won().dealsWon()),
    UNITS_SOLD("Units sold", Unit.COUNT, period -> period.won().unitsSold()),
    REVENUE_WITH_UNITS("Revenue of deals with units", Unit.MONEY, period -> period.won().revenueWithUnits()),
    LEADS_CREATED("Leads created", Unit.COUNT, period -> period.funnel().leadsCreated()),
    LEADS_CONVERTED("Leads converted", Unit.COUNT, period -> period.funnel().leadsConverted()),
    OPPORTUNITIES_CREATED("Opportunities created", Unit.COUNT, period -> period.funnel().dealsCreated()),
    OPPORTUNITIES_WON("Opportunities won", Unit.COUNT, period -> period.funnel().dealsCreatedAndWon()),
    /** Deals won in the window, as the funnel counts them among the deals decided. */
    DECIDED_WON("Deals won", Unit.COUNT, period -> period.funnel().dealsWon()),
    DEALS_DECIDED("Deals won or lost", Unit.COUNT, period -> period.funnel().dealsDecided()),
    CYCLE_DAYS("Total days", Unit.DAYS, period -> period.funnel().cycleDays().sum()),
    LEADS_QUALIFIED("Leads created and qualified", Unit.COUNT, period -> period.pipeline().qualifiedLeads()),
    FORECAST("Forecast", Unit.MONEY, period -> period.pipeline().forecast().map(ForecastRow::amount).orElse(null)),
    OPEN_PIPELINE("Open pipeline", Unit.MONEY, period -> period.pipeline().openPipeline()),
    QUOTA("Quota of the period", Unit.MONEY, period -> period.team().totalQuota()),
    /** The period's quota less the revenue won before the coverage instant: none when the period is complete. */
    REMAINING_QUOTA("Remaining quota", Unit.MONEY, period -> period.team().totalQuota()
            .subtract(period.context().complete() ? BigDecimal.ZERO : period.won().revenue())),
    ACQUISITION_SPEND("Marketing and sales spend", Unit.MONEY, period -> period.customers().acquisitionSpend()),
    NEW_CUSTOMERS("New customers", Unit.COUNT, period -> period.customers().newCustomers()),
    ACTIVE_ON_FIRST("Active on first day", Unit.COUNT, period -> period.customers().activeOnFirst()),
    ACTIVE_ON_LAST("Active on last day", Unit.COUNT, period -> period.customers().activeOnLast()),
    ACCOUNTS_LOST("Accounts lost", Unit.COUNT, period -> period.customers().lostDuringPeriod()),
    ANNUAL_VALUE_ON_LAST("Annual value active on last day", Unit.MONEY,
            period -> period.customers().annualValueOnLast()),
    CHURNED_ACCOUNTS("Churned accounts", Unit.COUNT, period -> period.customers().churnedAccounts()),
    CHURNED_LIFETIME_YEARS("Lifetime of churned accounts (years)", Unit.YEARS,
            period -> period.customers().churnedLifetimeYears()),
    REPS_WITH_QUOTA("Reps with a quota", Unit.COUNT, period -> period.quotaAttainment().withQuota()),
    REPS_AT_QUOTA("Reps at or above quota", Unit.COUNT, period -> period.quotaAttainment().atQuota()),
    ACTIVE_REPS("Active reps", Unit.COUNT, period -> period.team().activeReps()),
    SELLING_HOURS("Selling hours", Unit.HOURS, period -> period.team().sellingHours()),
    TOTAL_HOURS("Total hours", Unit.HOURS, period -> period.team().totalHours());

    private final String label;
    private final Unit unit;
    private final Function<PeriodTotals, Number> read;

    Input(String label, Unit unit, Function<PeriodTotals, Number> read) {
        this.label = label;
        this.unit = unit;
        this.read = read;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Unit unit() {
        return unit;
    }

    /** The input's total in the period's tallies. */
    Number of(PeriodTotals period) {
        return read.apply(period);
    }

    @Override
    public BigDecimal amount(Inputs inputs) {
        return inputs.amount(this);
    }

    @Override
    public String excel(java.util.Map<Operand, String> cells) {
        return cells.get(this);
    }

    @Override
    public java.util.stream.Stream<Input> inputs() {
        return java.util.stream.Stream.of(this);
    }
}
