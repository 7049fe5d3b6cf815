package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the family tallies into the eighteen metrics of each period of the horizon, each by the rule its
 * {@link MetricId} declares, with n/a and its reason wherever a denominator is zero or an input is missing. The last
 * context of the horizon only serves as the previous period of the one before it.
 */
public final class KpiCalculator {

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
        for (int period = 0; period < horizon.size() - 1; period++) {
            periods.add(compute(horizon.get(period), PeriodTotals.of(tallies, horizon.get(period), period)));
        }
        return periods;
    }

    /** The reported period's figures by team and rep, adding up to the company's. */
    public SalesBreakdown breakdown() {
        return SalesBreakdown.of(horizon.current(), tallies.salesTeam().reps(), tallies.revenue().reported(),
                tallies.conversion().reported(), tallies.salesTeam().reported());
    }

    /** Every metric in the order declared, so that a metric built on others (velocity) finds their values. */
    private PeriodResults compute(ReportContext context, PeriodTotals totals) {
        Map<MetricId, MetricResult> results = new EnumMap<>(MetricId.class);
        for (MetricId id : MetricId.values()) {
            results.put(id, id.result(totals, earlier -> earlier(results, earlier, id), missingData));
        }
        return new PeriodResults(context, results);
    }

    private static MetricValue earlier(Map<MetricId, MetricResult> results, MetricId earlier, MetricId of) {
        MetricResult result = results.get(earlier);
        if (result == null) {
            throw new IllegalStateException(of.id() + " is computed from " + earlier.id()
                    + ", which MetricId must declare before it");
        }
        return result.value();
    }
}
