package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Deals won per context: revenue, deals, units, and revenue and deals per owner (for quota
 * attainment and the breakdown by rep).
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
        private final Map<Long, BigDecimal> revenueByRep = new HashMap<>();
        private final HashMap<Long, Long> dealsWonByRep = new HashMap<>();

        void add(OpportunityRow deal) {
            revenue = revenue.add(deal.amount());
            dealsWon++;
            if (deal.units() != null) {
                unitsSold += deal.units();
                revenueWithUnits = revenueWithUnits.add(deal.amount());
            }
            if (deal.ownerRepId() != null) {
                revenueByRep.merge(deal.ownerRepId(), deal.amount(), BigDecimal::add);
                dealsWonByRep.merge(deal.ownerRepId(), 1L, Long::sum);
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

        public BigDecimal revenueOf(long repId) {
            return revenueByRep.getOrDefault(repId, BigDecimal.ZERO);
        }

        public Map<Long, BigDecimal> revenueByRep() {
            return Map.copyOf(revenueByRep);
        }

        /** Deals won per owner rep; deals without an owner are in {@link #dealsWon()} only. */
        public Map<Long, Long> dealsWonByRep() {
            return Map.copyOf(dealsWonByRep);
        }
    }
}
