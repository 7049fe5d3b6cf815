package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A deal (table {@code opportunity}), with the columns a metric or trust rule reads: {@code lead_id} is nullable and
 * used by none, so it is not read ({@code stage} is used by no metric, but must not be null: a trust rule).
 */
public record OpportunityRow(String id, String accountId, String ownerRepId, LocalDateTime createdAt,
        String stage, String status, BigDecimal amount, Integer units, LocalDate expectedCloseDate,
        LocalDateTime closedAt) implements KeyedRow {

    public static final String OPEN = "OPEN";
    public static final String WON = "WON";
    public static final String LOST = "LOST";

    @Override
    public CrmTable table() {
        return CrmTable.OPPORTUNITY;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (id == null) {
            return Optional.of(TrustRule.OPPORTUNITY_MISSING_ID);
        }
        if (createdAt == null) {
            return Optional.of(TrustRule.OPPORTUNITY_MISSING_CREATED_AT);
        }
        if (stage == null) {
            return Optional.of(TrustRule.OPPORTUNITY_MISSING_STAGE);
        }
        if (status == null) {
            return Optional.of(TrustRule.OPPORTUNITY_MISSING_STATUS);
        }
        if (Money.nullOrNegative(amount)) {
            return Optional.of(TrustRule.OPPORTUNITY_AMOUNT);
        }
        // Case and spaces count: 'won' and 'WON ' are not WON, whatever the database's collation says.
        if (!OPEN.equals(status) && !WON.equals(status) && !LOST.equals(status)) {
            return Optional.of(TrustRule.OPPORTUNITY_STATUS);
        }
        if (!OPEN.equals(status) && closedAt == null) {
            return Optional.of(TrustRule.OPPORTUNITY_CLOSED_AT_MISSING);
        }
        if (closedAt != null && closedAt.isBefore(createdAt)) {
            return Optional.of(TrustRule.OPPORTUNITY_CLOSED_BEFORE_CREATED);
        }
        return Optional.empty();
    }

    /** A deal without {@code created_at} cannot be placed outside the window: it counts in every period. */
    @Override
    public boolean concerns(ReportContext context) {
        return createdAt == null || context.inWindow(createdAt) || context.inWindow(closedAt);
    }

    public boolean won() {
        return WON.equals(status);
    }

    public boolean lost() {
        return LOST.equals(status);
    }

    /** Won with {@code closed_at} in the window. */
    public boolean wonIn(ReportContext context) {
        return won() && context.inWindow(closedAt);
    }
}
