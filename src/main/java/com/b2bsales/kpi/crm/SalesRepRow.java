package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A salesperson (table {@code sales_rep}): active from {@code hired_on}, gone from {@code left_on} on. Its nullable
 * {@code email} and {@code region} are used by no metric, so they are not read.
 */
public record SalesRepRow(String id, String name, String team, LocalDate hiredOn, LocalDate leftOn)
        implements KeyedRow {

    @Override
    public CrmTable table() {
        return CrmTable.SALES_REP;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (id == null) {
            return Optional.of(TrustRule.SALES_REP_MISSING_ID);
        }
        if (name == null) {
            return Optional.of(TrustRule.SALES_REP_MISSING_NAME);
        }
        if (hiredOn == null) {
            return Optional.of(TrustRule.SALES_REP_MISSING_HIRED_ON);
        }
        return Optional.empty();
    }

    /** A rep without {@code hired_on} cannot be placed outside the period: it counts in every period. */
    @Override
    public boolean concerns(ReportContext context) {
        return hiredOn == null || activeIn(context);
    }

    /** {@code hired_on < C} and ({@code left_on} null or {@code left_on > P.start}). */
    public boolean activeIn(ReportContext context) {
        return hiredOn.isBefore(context.cutoff()) && (leftOn == null || leftOn.isAfter(context.start()));
    }
}
