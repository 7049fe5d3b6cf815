package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Spending (table {@code expense}); only MARKETING and SALES acquire customers. */
public record ExpenseRow(long id, LocalDate incurredOn, String category, BigDecimal amount) implements CrmRow {

    private static final Set<String> ACQUISITION = Set.of("MARKETING", "SALES");

    @Override
    public CrmTable table() {
        return CrmTable.EXPENSE;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        return Money.nullOrNegative(amount) ? Optional.of(TrustRule.EXPENSE_AMOUNT) : Optional.empty();
    }

    @Override
    public boolean concerns(ReportContext context) {
        return context.inWindow(incurredOn);
    }

    public boolean acquisitionCost() {
        return ACQUISITION.contains(category);
    }
}
