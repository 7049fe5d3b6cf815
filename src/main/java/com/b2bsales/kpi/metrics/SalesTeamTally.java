package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.QuotaRow;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.crm.TimeEntryRow;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Reps, their quotas and their hours per context. Their revenue comes from the revenue tally. */
public final class SalesTeamTally extends ContextTally<SalesTeamTally.Totals> {

    public SalesTeamTally(ReportHorizon horizon) {
        super(horizon, Totals::new);
    }

    @Override
    public void add(CrmRow row) {
        if (row instanceof SalesRepRow rep) {
            forEachContext((context, totals) -> {
                if (rep.activeIn(context)) {
                    totals.activeReps++;
                }
            });
        } else if (row instanceof QuotaRow quota) {
            forEachContext((context, totals) -> {
                if (context.periodWithin(quota.periodStart(), quota.periodEnd())) {
                    totals.quotaByRep.merge(quota.repId(), quota.amount(), BigDecimal::add);
                }
            });
        } else if (row instanceof TimeEntryRow entry) {
            forEachContext((context, totals) -> {
                if (context.inWindow(entry.workDate())) {
                    totals.sellingHours = totals.sellingHours.add(entry.sellingHours());
                    totals.totalHours = totals.totalHours.add(entry.totalHours());
                }
            });
        }
    }

    /** The team of one context. */
    public static final class Totals implements Serializable {
        private long activeReps;
        private final HashMap<Long, BigDecimal> quotaByRep = new HashMap<>();
        private BigDecimal sellingHours = BigDecimal.ZERO;
        private BigDecimal totalHours = BigDecimal.ZERO;

        public long activeReps() {
            return activeReps;
        }

        public Map<Long, BigDecimal> quotaByRep() {
            return Map.copyOf(quotaByRep);
        }

        public BigDecimal totalQuota() {
            return quotaByRep.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal sellingHours() {
            return sellingHours;
        }

        public BigDecimal totalHours() {
            return totalHours;
        }
    }
}
