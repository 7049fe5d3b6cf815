package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A potential buyer (table {@code sales_lead}), with the columns a metric or trust rule reads: {@code source} and
 * {@code disqualified_at} are nullable and used by none, so they are not read.
 */
public record LeadRow(String id, LocalDateTime createdAt, String ownerRepId, String accountId,
        LocalDateTime qualifiedAt, LocalDateTime convertedAt) implements KeyedRow {

    @Override
    public CrmTable table() {
        return CrmTable.SALES_LEAD;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (id == null) {
            return Optional.of(TrustRule.LEAD_MISSING_ID);
        }
        if (createdAt == null) {
            return Optional.of(TrustRule.LEAD_MISSING_CREATED_AT);
        }
        if (qualifiedAt != null && qualifiedAt.isBefore(createdAt)) {
            return Optional.of(TrustRule.LEAD_QUALIFIED_BEFORE_CREATED);
        }
        if (convertedAt != null && convertedAt.isBefore(createdAt)) {
            return Optional.of(TrustRule.LEAD_CONVERTED_BEFORE_CREATED);
        }
        return Optional.empty();
    }

    /** A lead without {@code created_at} cannot be placed outside the window: it counts in every period. */
    @Override
    public boolean concerns(ReportContext context) {
        return createdAt == null || context.inWindow(createdAt);
    }
}
