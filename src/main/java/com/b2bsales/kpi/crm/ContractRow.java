package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What makes an account a customer (table {@code contract}); {@code end_date} is exclusive. */
public record ContractRow(String id, String accountId, LocalDate startDate, LocalDate endDate, BigDecimal annualValue)
        implements KeyedRow {

    @Override
    public CrmTable table() {
        return CrmTable.CONTRACT;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (id == null) {
            return Optional.of(TrustRule.CONTRACT_MISSING_ID);
        }
        if (accountId == null) {
            return Optional.of(TrustRule.CONTRACT_MISSING_ACCOUNT_ID);
        }
        if (startDate == null) {
            return Optional.of(TrustRule.CONTRACT_MISSING_START_DATE);
        }
        if (endDate != null && !endDate.isAfter(startDate)) {
            return Optional.of(TrustRule.CONTRACT_ENDS_BEFORE_START);
        }
        if (Money.nullOrNegative(annualValue)) {
            return Optional.of(TrustRule.CONTRACT_VALUE);
        }
        return Optional.empty();
    }

    /** A contract without {@code start_date} cannot be placed outside the period: it counts in every period. */
    @Override
    public boolean concerns(ReportContext context) {
        return startDate == null || startDate.isBefore(context.cutoff()) && (endDate == null || endDate.isAfter(context.start()));
    }

    /** {@code start_date <= day} and ({@code end_date} null or {@code > day}). */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }
}
