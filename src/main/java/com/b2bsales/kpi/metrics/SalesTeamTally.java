package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.QuotaRow;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.crm.TimeEntryRow;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reps, their quotas and their hours per context: quotas per rep in every period (quota attainment),
 * hours per rep in the reported period (the breakdown by rep). Their revenue comes from the revenue
 * tally. The reps themselves (name, team, dates) are kept once, for the breakdown by team and rep.
 */
public final class SalesTeamTally extends ContextTally<SalesTeamTally.Totals> {

    private final LinkedHashMap<String, SalesRepRow> reps = new LinkedHashMap<>();

    public SalesTeamTally(ReportHorizon horizon) {
        super(horizon, Totals::new);
    }

    /** Every rep read, by id, in the order read. */
    public Map<String, SalesRepRow> reps() {
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
                    totals.quotaByRep.add(quota.repId(), quota.amount());
                }
            });
        } else if (row instanceof TimeEntryRow entry) {
            forEachContext((context, totals) -> {
                if (context.inWindow(entry.workDate())) {
                    totals.sellingHours = totals.sellingHours.add(entry.sellingHours());
                    totals.totalHours = totals.totalHours.add(entry.totalHours());
                    if (totals.sellingHoursByRep != null) {
                        totals.sellingHoursByRep.add(entry.repId(), entry.sellingHours());
                        totals.totalHoursByRep.add(entry.repId(), entry.totalHours());
                    }
                }
            });
        }
    }

    /** The team of one context. */
    public static final class Totals implements Serializable {
        private long activeReps;
        private final RepSums quotaByRep = new RepSums();
        private BigDecimal sellingHours = BigDecimal.ZERO;
        private BigDecimal totalHours = BigDecimal.ZERO;
        private final RepSums sellingHoursByRep;
        private final RepSums totalHoursByRep;

        Totals(boolean reported) {
            sellingHoursByRep = reported ? new RepSums() : null;
            totalHoursByRep = reported ? new RepSums() : null;
        }

        public long activeReps() {
            return activeReps;
        }

        public Map<String, BigDecimal> quotaByRep() {
            return quotaByRep.amounts();
        }

        public BigDecimal totalQuota() {
            return quotaByRep.totalAmount();
        }

        public BigDecimal sellingHours() {
            return sellingHours;
        }

        public BigDecimal totalHours() {
            return totalHours;
        }

        public Map<String, BigDecimal> sellingHoursByRep() {
            return RepSums.reportedOnly(sellingHoursByRep).amounts();
        }

        public Map<String, BigDecimal> totalHoursByRep() {
            return RepSums.reportedOnly(totalHoursByRep).amounts();
        }
    }
}
