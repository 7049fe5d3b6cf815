package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A rep's working day and the part of it spent selling (table {@code time_entry}). */
public record TimeEntryRow(String repId, LocalDate workDate, BigDecimal totalHours, BigDecimal sellingHours)
        implements CrmRow {

    @Override
    public CrmTable table() {
        return CrmTable.TIME_ENTRY;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (repId == null) {
            return Optional.of(TrustRule.TIME_ENTRY_MISSING_REP_ID);
        }
        if (workDate == null) {
            return Optional.of(TrustRule.TIME_ENTRY_MISSING_WORK_DATE);
        }
        if (totalHours == null) {
            return Optional.of(TrustRule.TIME_ENTRY_MISSING_TOTAL_HOURS);
        }
        if (sellingHours == null) {
            return Optional.of(TrustRule.TIME_ENTRY_MISSING_SELLING_HOURS);
        }
        if (totalHours.signum() < 0 || sellingHours.signum() < 0) {
            return Optional.of(TrustRule.TIME_ENTRY_NEGATIVE_HOURS);
        }
        if (sellingHours.compareTo(totalHours) > 0) {
            return Optional.of(TrustRule.TIME_ENTRY_SELLING_OVER_TOTAL);
        }
        return Optional.empty();
    }

    /** An entry without {@code work_date} cannot be placed outside the window: it counts in every period. */
    @Override
    public boolean concerns(ReportContext context) {
        return workDate == null || context.inWindow(workDate);
    }
}
