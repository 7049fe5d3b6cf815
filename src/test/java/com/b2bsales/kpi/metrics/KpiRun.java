package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.ContractRow;
import com.b2bsales.kpi.crm.CrmIds;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import com.b2bsales.kpi.quality.TrustFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Runs CRM rows through what the job does with them, without a database: the trust filter, the
 * five family tallies of the reported period and the two before it, and the calculator. Contracts
 * reach the customer tally ordered by account, as the reader delivers them.
 */
public final class KpiRun {

    private final ReportContext reported;
    private final List<CrmRow> rows = new ArrayList<>();
    private List<PeriodResults> results;

    private KpiRun(ReportContext reported) {
        this.reported = reported;
    }

    /** A run for a period label ({@code 2026-Q2}, {@code 2026-05}, {@code 2026}) with data up to the end of {@code asOf}. */
    public static KpiRun of(String period, String asOf) {
        return new KpiRun(ReportContext.of(ReportPeriod.parse(period), LocalDate.parse(asOf)));
    }

    public KpiRun with(CrmRow... more) {
        return with(List.of(more));
    }

    public KpiRun with(Collection<? extends CrmRow> more) {
        rows.addAll(more);
        results = null;
        return this;
    }

    public ReportContext context() {
        return reported;
    }

    /** The reported period's results. */
    public PeriodResults current() {
        return results().get(0);
    }

    /** The previous period's results, computed as if the job ran for it with cut-off {@code W'.end}. */
    public PeriodResults previous() {
        return results().get(1);
    }

    public MetricValue value(MetricId id) {
        return current().value(id);
    }

    public double number(MetricId id) {
        return value(id).value();
    }

    /** The value of an input shown beside a metric of the reported period, by its label. */
    public Object input(MetricId id, String label) {
        return current().result(id).inputs().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(id.id() + " shows no input '" + label + "'")).value();
    }

    /** The reported period first, then the one before it. */
    public List<PeriodResults> results() {
        if (results == null) {
            results = compute();
        }
        return results;
    }

    private List<PeriodResults> compute() {
        ReportHorizon horizon = ReportHorizon.of(reported, 2);
        TrustFilter trust = new TrustFilter("test", reported, EnumSet.allOf(CrmTable.class));
        List<CrmRow> trusted = rows.stream().map(trust::process).filter(Objects::nonNull).toList();
        FamilyTallies tallies = new FamilyTallies(new RevenueTally(horizon), new ConversionTally(horizon),
                new PipelineTally(horizon), new CustomerTally(horizon), new SalesTeamTally(horizon));
        List<Tally> all = List.of(tallies.revenue(), tallies.conversion(), tallies.pipeline(), tallies.customers(),
                tallies.salesTeam());
        trusted.stream().filter(row -> !(row instanceof ContractRow)).forEach(row -> all.forEach(t -> t.add(row)));
        trusted.stream().filter(ContractRow.class::isInstance).map(ContractRow.class::cast)
                .sorted(Comparator.comparing(ContractRow::accountId, CrmIds.ORDER).thenComparing(ContractRow::id, CrmIds.ORDER))
                .forEach(row -> all.forEach(t -> t.add(row)));
        return new KpiCalculator(horizon, tallies).compute();
    }
}
