package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmIds;
import com.b2bsales.kpi.crm.ForecastRow;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * Picks the forecast that counts for a period, whatever order the rows arrive in: the latest one
 * submitted at or before the period's start (ties: highest id), else the earliest one submitted
 * (ties: lowest id).
 */
final class ForecastChoice implements Serializable {

    private static final Comparator<ForecastRow> LATEST_THEN_HIGHEST_ID =
            Comparator.comparing(ForecastRow::submittedAt).thenComparing(ForecastRow::id, CrmIds.ORDER);
    private static final Comparator<ForecastRow> EARLIEST_THEN_LOWEST_ID =
            Comparator.comparing(ForecastRow::submittedAt).thenComparing(ForecastRow::id, CrmIds.ORDER).reversed();

    private ForecastRow lastBeforeStart;
    private ForecastRow earliest;

    void offer(ForecastRow forecast, LocalDateTime periodStart) {
        if (!forecast.submittedAt().isAfter(periodStart)) {
            lastBeforeStart = better(lastBeforeStart, forecast, LATEST_THEN_HIGHEST_ID);
        } else {
            earliest = better(earliest, forecast, EARLIEST_THEN_LOWEST_ID);
        }
    }

    private static ForecastRow better(ForecastRow held, ForecastRow offered, Comparator<ForecastRow> order) {
        return held == null || order.compare(offered, held) > 0 ? offered : held;
    }

    Optional<ForecastRow> chosen() {
        return Optional.ofNullable(lastBeforeStart != null ? lastBeforeStart : earliest);
    }
}
