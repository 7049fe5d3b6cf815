package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Spending (table {@code expense}); only MARKETING and SALES acquire customers. */
public record ExpenseRow(String id, LocalDate incurredOn, String category, BigDecimal amount) implements KeyedRow {

    private static final Set<String> ACQUISITION = Set.of("MARKETING", "SALES");

    @Override
    public CrmTable table() {
        return CrmTable.EXPENSE;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (id == null) {
            return Optional.of(TrustRule.EXPENSE_MISSING_ID);
        }
        if (incurredOn == null) {
            return Optional.of(TrustRule.EXPENSE_MISSING_INCURRED_ON);
        }
        if (category == null) {
            return Optional.of(TrustRule.EXPENSE_MISSING_CATEGORY);
        }
        return Money.nullOrNegative(amount) ? Optional.of(TrustRule.EXPENSE_AMOUNT) : Optional.empty();
    }

    /** An expense without {@code incurred_on} cannot be placed outside the window: it counts in every period. */
    @Override
    public boolean concerns(ReportContext context) {
        return incurredOn == null || context.inWindow(incurredOn);
    }

    public boolean acquisitionCost() {
        return ACQUISITION.contains(category);
    }
}
