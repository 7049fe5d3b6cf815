package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** A revenue forecast for a period, submitted at a point in time (table {@code forecast}). */
public record ForecastRow(long id, String team, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
        LocalDateTime submittedAt) implements CrmRow {

    @Override
    public CrmTable table() {
        return CrmTable.FORECAST;
    }

    @Override
    public Optional<TrustRule> brokenRule() {
        return Money.nullOrNegative(amount) ? Optional.of(TrustRule.FORECAST_AMOUNT) : Optional.empty();
    }

    @Override
    public boolean concerns(ReportContext context) {
        return context.periodWithin(periodStart, periodEnd);
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
        boolean whose = team.map(t -> TeamRoster.sameTeam(t, this.team)).orElse(this.team == null);
        return whose && context.period().start().equals(periodStart) && context.period().end().equals(periodEnd);
    }
}
