package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.ForecastRow;
import com.b2bsales.kpi.crm.LeadRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Qualified leads, the open pipeline at the coverage instant, and the forecast of each period: the
 * company-wide one, or a team's own in a tally restricted to the team.
 */
public final class PipelineTally extends ContextTally<PipelineTally.Totals> {

    /** The team whose forecast counts; null for the company-wide one (a field, so that the tally stays serializable). */
    private final String team;

    /** The company's pipeline, measured against the company-wide forecast. */
    public PipelineTally(ReportHorizon horizon) {
        this(horizon, Optional.empty());
    }

    /** The pipeline of the team's rows when a team is given, measured against that team's own forecast. */
    public PipelineTally(ReportHorizon horizon, Optional<String> team) {
        super(horizon, Totals::new);
        this.team = team.orElse(null);
    }

    /** Whose forecast this is: "company-wide" or "team East". */
    public String forecastOf() {
        return team == null ? "company-wide" : "team " + team;
    }

    @Override
    public void add(CrmRow row) {
        if (row instanceof LeadRow lead) {
            forEachContext((context, totals) -> totals.add(lead, context));
        } else if (row instanceof OpportunityRow deal) {
            forEachContext((context, totals) -> totals.add(deal, context));
        } else if (row instanceof ForecastRow forecast) {
            forEachContext((context, totals) -> {
                if (forecast.forecastFor(context, Optional.ofNullable(team))) {
                    totals.forecast.offer(forecast, context.windowStart());
                }
            });
        }
    }

    /** Open at instant M: created before M, not closed before M, expected to close in {@code [date(M), P.end)}. */
    static boolean openAt(OpportunityRow deal, ReportContext context) {
        LocalDate day = context.coverageInstant();
        LocalDateTime instant = day.atStartOfDay();
        LocalDate expected = deal.expectedCloseDate();
        return deal.createdAt().isBefore(instant)
                && (deal.closedAt() == null || !deal.closedAt().isBefore(instant))
                && expected != null && !expected.isBefore(day) && expected.isBefore(context.period().end());
    }

    /** The pipeline inputs of one context. */
    public static final class Totals implements Serializable {
        private long qualifiedLeads;
        private BigDecimal openPipeline = BigDecimal.ZERO;
        private final ForecastChoice forecast = new ForecastChoice();

        void add(LeadRow lead, ReportContext context) {
            if (context.inWindow(lead.createdAt()) && context.beforeCutoff(lead.qualifiedAt())) {
                qualifiedLeads++;
            }
        }

        void add(OpportunityRow deal, ReportContext context) {
            if (openAt(deal, context)) {
                openPipeline = openPipeline.add(deal.amount());
            }
        }

        public long qualifiedLeads() {
            return qualifiedLeads;
        }

        public BigDecimal openPipeline() {
            return openPipeline;
        }

        public Optional<ForecastRow> forecast() {
            return forecast.chosen();
        }
    }
}
