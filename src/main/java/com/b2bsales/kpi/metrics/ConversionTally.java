package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.LeadRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.StageSpanRow;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Leads and deals through the funnel: conversions, wins and losses, cycle lengths, days per stage;
 * for the reported period also deals won or lost per owner (the breakdown by rep).
 */
public final class ConversionTally extends ContextTally<ConversionTally.Totals> {

    public ConversionTally(ReportHorizon horizon) {
        super(horizon, Totals::new);
    }

    @Override
    public void add(CrmRow row) {
        if (row instanceof LeadRow lead) {
            forEachContext((context, totals) -> totals.add(lead, context));
        } else if (row instanceof OpportunityRow deal) {
            forEachContext((context, totals) -> totals.add(deal, context));
        } else if (row instanceof StageSpanRow span) {
            forEachContext((context, totals) -> {
                if (span.opportunity().wonIn(context)) {
                    totals.stageDays.computeIfAbsent(span.stage(), stage -> new Mean()).add(span.days());
                }
            });
        }
    }

    /** The funnel of one context. */
    public static final class Totals implements Serializable {
        private long leadsCreated;
        private long leadsConverted;
        private long dealsCreated;
        private long dealsCreatedAndWon;
        private long dealsWon;
        private long dealsDecided;
        private final Mean cycleDays = new Mean();
        private final LinkedHashMap<String, Mean> stageDays = new LinkedHashMap<>();
        private final RepSums dealsDecidedByRep;

        Totals(boolean reported) {
            dealsDecidedByRep = reported ? new RepSums() : null;
        }

        void add(LeadRow lead, ReportContext context) {
            if (context.inWindow(lead.createdAt())) {
                leadsCreated++;
                if (context.beforeCutoff(lead.convertedAt())) {
                    leadsConverted++;
                }
            }
        }

        void add(OpportunityRow deal, ReportContext context) {
            if (context.inWindow(deal.createdAt())) {
                dealsCreated++;
                if (deal.won() && context.beforeCutoff(deal.closedAt())) {
                    dealsCreatedAndWon++;
                }
            }
            if (context.inWindow(deal.closedAt()) && (deal.won() || deal.lost())) {
                dealsDecided++;
                if (deal.ownerRepId() != null && dealsDecidedByRep != null) {
                    dealsDecidedByRep.add(deal.ownerRepId(), 1);
                }
                if (deal.won()) {
                    dealsWon++;
                    cycleDays.add(ChronoUnit.DAYS.between(deal.createdAt().toLocalDate(), deal.closedAt().toLocalDate()));
                }
            }
        }

        public long leadsCreated() {
            return leadsCreated;
        }

        public long leadsConverted() {
            return leadsConverted;
        }

        public long dealsCreated() {
            return dealsCreated;
        }

        public long dealsCreatedAndWon() {
            return dealsCreatedAndWon;
        }

        public long dealsWon() {
            return dealsWon;
        }

        public long dealsDecided() {
            return dealsDecided;
        }

        /**
         * Deals won or lost per owner rep (the win rate's denominator); deals without an owner are in the total only.
         *
         * @throws IllegalStateException for a period other than the reported one, which keeps no breakdown
         */
        public Map<String, Long> dealsDecidedByRep() {
            return RepSums.reportedOnly(dealsDecidedByRep).counts();
        }

        Mean cycleDays() {
            return cycleDays;
        }

        Map<String, Mean> stageDays() {
            return Collections.unmodifiableMap(stageDays);
        }
    }
}
