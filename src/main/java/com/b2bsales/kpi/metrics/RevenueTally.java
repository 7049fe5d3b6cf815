package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Deals won per context: revenue, deals, units, and revenue per owner (for quota attainment); for
 * the reported period also deals won per owner (for the breakdown by rep). Tallies are saved at
 * every commit, so what is kept per rep and period is kept to what is shown.
 */
public final class RevenueTally extends ContextTally<RevenueTally.Totals> {

    public RevenueTally(ReportHorizon horizon) {
        super(horizon, Totals::new);
    }

    @Override
    public void add(CrmRow row) {
        if (row instanceof OpportunityRow deal && deal.won()) {
            forEachContext((context, totals) -> {
                if (deal.wonIn(context)) {
                    totals.add(deal);
                }
            });
        }
    }

    /** What was won in one context's window. */
    public static final class Totals implements Serializable {
        private BigDecimal revenue = BigDecimal.ZERO;
        private long dealsWon;
        private long unitsSold;
        private BigDecimal revenueWithUnits = BigDecimal.ZERO;
        private final RepSums revenueByRep = new RepSums();
        private final RepSums dealsWonByRep;

        Totals(boolean reported) {
            dealsWonByRep = reported ? new RepSums() : null;
        }

        void add(OpportunityRow deal) {
            revenue = revenue.add(deal.amount());
            dealsWon++;
            if (deal.units() != null) {
                unitsSold += deal.units();
                revenueWithUnits = revenueWithUnits.add(deal.amount());
            }
            if (deal.ownerRepId() != null) {
                revenueByRep.add(deal.ownerRepId(), deal.amount());
                if (dealsWonByRep != null) {
                    dealsWonByRep.add(deal.ownerRepId(), 1);
                }
            }
        }

        public BigDecimal revenue() {
            return revenue;
        }

        public long dealsWon() {
            return dealsWon;
        }

        public long unitsSold() {
            return unitsSold;
        }

        public BigDecimal revenueWithUnits() {
            return revenueWithUnits;
        }

        public BigDecimal revenueOf(String repId) {
            return revenueByRep.amount(repId);
        }

        public Map<String, BigDecimal> revenueByRep() {
            return revenueByRep.amounts();
        }

        /**
         * Deals won per owner rep; deals without an owner are in {@link #dealsWon()} only.
         *
         * @throws IllegalStateException for a period other than the reported one, which keeps no breakdown
         */
        public Map<String, Long> dealsWonByRep() {
            return RepSums.reportedOnly(dealsWonByRep).counts();
        }
    }
}
