package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A rep's sales target for {@code [period_start, period_end)} (table {@code quota}). */
public record QuotaRow(long repId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount) implements CrmRow {

    @Override
    public CrmTable table() {
        return CrmTable.QUOTA;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        return Money.nullOrNegative(amount) ? Optional.of(TrustRule.QUOTA_AMOUNT) : Optional.empty();
    }

    @Override
    public boolean concerns(ReportContext context) {
        return context.periodWithin(periodStart, periodEnd);
    }
}
