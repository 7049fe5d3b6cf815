package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A rep's sales target for {@code [period_start, period_end)} (table {@code quota}). */
public record QuotaRow(String repId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount) implements CrmRow {

    @Override
    public CrmTable table() {
        return CrmTable.QUOTA;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (repId == null) {
            return Optional.of(TrustRule.QUOTA_MISSING_REP_ID);
        }
        if (periodStart == null) {
            return Optional.of(TrustRule.QUOTA_MISSING_PERIOD_START);
        }
        if (periodEnd == null) {
            return Optional.of(TrustRule.QUOTA_MISSING_PERIOD_END);
        }
        return Money.nullOrNegative(amount) ? Optional.of(TrustRule.QUOTA_AMOUNT) : Optional.empty();
    }

    /** A quota without its period's start or end cannot be placed outside the period: it counts in every one. */
    @Override
    public boolean concerns(ReportContext context) {
        return periodStart == null || periodEnd == null || context.periodWithin(periodStart, periodEnd);
    }
}
