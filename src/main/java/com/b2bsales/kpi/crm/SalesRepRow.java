package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.time.LocalDate;
import java.util.Optional;

/** A salesperson (table {@code sales_rep}): active from {@code hired_on}, gone from {@code left_on} on. */
public record SalesRepRow(long id, String name, String team, String region, LocalDate hiredOn, LocalDate leftOn)
        implements CrmRow {

    @Override
    public CrmTable table() {
        return CrmTable.SALES_REP;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        return Optional.empty();
    }

    @Override
    public boolean concerns(ReportContext context) {
        return activeIn(context);
    }

    /** {@code hired_on < C} and ({@code left_on} null or {@code left_on > P.start}). */
    public boolean activeIn(ReportContext context) {
        return hiredOn.isBefore(context.cutoff()) && (leftOn == null || leftOn.isAfter(context.start()));
    }
}
