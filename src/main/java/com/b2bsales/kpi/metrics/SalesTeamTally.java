package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.QuotaRow;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.crm.TimeEntryRow;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reps, their quotas and their hours per context. Their revenue comes from the revenue tally. The
 * reps themselves (name, team, dates) are kept once, for the breakdown by team and rep.
 */
public final class SalesTeamTally extends ContextTally<SalesTeamTally.Totals> {

    private final LinkedHashMap<Long, SalesRepRow> reps = new LinkedHashMap<>();

    public SalesTeamTally(ReportHorizon horizon) {
        super(horizon, Totals::new);
    }

    /** Every rep read, by id, in the order read. */
    public Map<Long, SalesRepRow> reps() {
        return Collections.unmodifiableMap(reps);
    }

    @Override
    public void add(CrmRow row) {
        if (row instanceof SalesRepRow rep) {
            reps.put(rep.id(), rep);
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
                    totals.sellingHoursByRep.merge(entry.repId(), entry.sellingHours(), BigDecimal::add);
                    totals.totalHoursByRep.merge(entry.repId(), entry.totalHours(), BigDecimal::add);
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
        private final HashMap<Long, BigDecimal> sellingHoursByRep = new HashMap<>();
        private final HashMap<Long, BigDecimal> totalHoursByRep = new HashMap<>();

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

        public Map<Long, BigDecimal> sellingHoursByRep() {
            return Map.copyOf(sellingHoursByRep);
        }

        public Map<Long, BigDecimal> totalHoursByRep() {
            return Map.copyOf(totalHoursByRep);
        }
    }
}
