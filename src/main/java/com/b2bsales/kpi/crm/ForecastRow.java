package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** A revenue forecast for a period, submitted at a point in time (table {@code forecast}). */
public record ForecastRow(String id, String team, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
        LocalDateTime submittedAt) implements KeyedRow {

    @Override
    public CrmTable table() {
        return CrmTable.FORECAST;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        if (id == null) {
            return Optional.of(TrustRule.FORECAST_MISSING_ID);
        }
        if (periodStart == null) {
            return Optional.of(TrustRule.FORECAST_MISSING_PERIOD_START);
        }
        if (periodEnd == null) {
            return Optional.of(TrustRule.FORECAST_MISSING_PERIOD_END);
        }
        if (submittedAt == null) {
            return Optional.of(TrustRule.FORECAST_MISSING_SUBMITTED_AT);
        }
        return Money.nullOrNegative(amount) ? Optional.of(TrustRule.FORECAST_AMOUNT) : Optional.empty();
    }

    /** A forecast without its period's start or end cannot be placed outside the period: it counts in every one. */
    @Override
    public boolean concerns(ReportContext context) {
        return periodStart == null || periodEnd == null || context.periodWithin(periodStart, periodEnd);
    }

    /** A company-wide forecast for exactly the context's period. */
    public boolean companyForecastFor(ReportContext context) {
        return forecastFor(context, Optional.empty());
    }

    /**
     * A forecast for exactly the context's period, of the team when one is given (its
     * {@code team} the same name, ignoring case), else company-wide ({@code team} null).
     */
    public boolean forecastFor(ReportContext context, Optional<String> team) {
        boolean whose = team.map(t -> TeamName.same(t, this.team)).orElse(this.team == null);
        return whose && context.period().start().equals(periodStart) && context.period().end().equals(periodEnd);
    }
}
