package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One stay of a deal in a stage: a row of {@code opportunity_stage_history} with the time the deal
 * entered its next stage ({@code left_at}, null for the last stage), read together with the deal
 * so that the deal's own trust rules apply.
 */
public record StageSpanRow(OpportunityRow opportunity, String stage, LocalDateTime enteredAt, LocalDateTime leftAt)
        implements CrmRow {

    private static final double SECONDS_PER_DAY = 86_400.0;

    @Override
    public CrmTable table() {
        return CrmTable.OPPORTUNITY_STAGE_HISTORY;
    }

    /** A stage row of an untrusted deal is left out with it (and counted under the deal's table). */
    @Override
    public Optional<TrustRule> brokenRule() {
        if (stage == null) {
            return Optional.of(TrustRule.STAGE_HISTORY_MISSING_STAGE);
        }
        if (enteredAt == null) {
            return Optional.of(TrustRule.STAGE_HISTORY_MISSING_ENTERED_AT);
        }
        return opportunity.brokenRule();
    }

    @Override
    public boolean concerns(ReportContext context) {
        return opportunity.wonIn(context);
    }

    /** Days spent in the stage: until the next stage, or until the deal closed for its last stage. */
    public double days() {
        LocalDateTime end = leftAt != null ? leftAt : opportunity.closedAt();
        if (end == null || end.isBefore(enteredAt)) {
            return 0;
        }
        return Duration.between(enteredAt, end).getSeconds() / SECONDS_PER_DAY;
    }
}
