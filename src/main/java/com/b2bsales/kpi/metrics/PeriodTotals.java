package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.period.ReportContext;

/**
 * The totals the family tallies kept for one period of the horizon, with the revenue of the period before it: what
 * the inputs of that period's metrics are read from.
 *
 * @param forecastOf whose forecast the pipeline tally took: "company-wide" or "team East"
 */
public record PeriodTotals(ReportContext context, RevenueTally.Totals won, RevenueTally.Totals wonBefore,
        ConversionTally.Totals funnel, PipelineTally.Totals pipeline, String forecastOf, CustomerTally.Totals customers,
        SalesTeamTally.Totals team) implements Inputs {

    /** The totals of the horizon's period {@code period} (0: the reported one) and the revenue of the one before. */
    static PeriodTotals of(FamilyTallies tallies, ReportContext context, int period) {
        return new PeriodTotals(context, tallies.revenue().totals(period), tallies.revenue().totals(period + 1),
                tallies.conversion().totals(period), tallies.pipeline().totals(period), tallies.pipeline().forecastOf(),
                tallies.customers().totals(period), tallies.salesTeam().totals(period));
    }

    @Override
    public Number get(Input input) {
        return input.of(this);
    }

    QuotaAttainment quotaAttainment() {
        return QuotaAttainment.of(team.quotaByRep(), won::revenueOf);
    }
}
