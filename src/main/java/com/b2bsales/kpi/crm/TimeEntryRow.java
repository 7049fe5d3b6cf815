package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A rep's working day and the part of it spent selling (table {@code time_entry}). */
public record TimeEntryRow(long repId, LocalDate workDate, BigDecimal totalHours, BigDecimal sellingHours)
        implements CrmRow {

    @Override
    public CrmTable table() {
        return CrmTable.TIME_ENTRY;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (totalHours == null || sellingHours == null || totalHours.signum() < 0 || sellingHours.signum() < 0) {
            return Optional.of(TrustRule.TIME_ENTRY_NEGATIVE_HOURS);
        }
        if (sellingHours.compareTo(totalHours) > 0) {
            return Optional.of(TrustRule.TIME_ENTRY_SELLING_OVER_TOTAL);
        }
        return Optional.empty();
    }

    @Override
    public boolean concerns(ReportContext context) {
        return context.inWindow(workDate);
    }
}
