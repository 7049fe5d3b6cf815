package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.period.ReportContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** All eighteen metrics of one period (one context of the horizon). */
public record PeriodResults(ReportContext context, Map<MetricId, MetricResult> metrics) {

    public PeriodResults {
        if (metrics.size() != MetricId.values().length) {
            throw new IllegalArgumentException("a period's results hold every metric, got " + metrics.keySet());
        }
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
    }

    public MetricResult result(MetricId id) {
        return metrics.get(id);
    }

    public MetricValue value(MetricId id) {
        return metrics.get(id).value();
    }
}
