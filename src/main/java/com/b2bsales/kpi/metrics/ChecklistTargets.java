package com.b2bsales.kpi.metrics;

import java.util.EnumMap;
import java.util.Map;

/**
 * Targets of the seven checklist metrics, and the band below a target in which a metric is on
 * watch rather than off track (a fraction of the target: 0.10 = within 10% of it).
 */
public record ChecklistTargets(Map<MetricId, Double> targets, double watchBand) {

    /** The defaults documented in the README; configuration overrides them one by one. */
    public static final Map<MetricId, Double> DEFAULTS = Map.of(
            MetricId.LEAD_CONVERSION_RATE, 0.20,
            MetricId.AVERAGE_DEAL_SIZE, 10_000.0,
            MetricId.WIN_RATE, 0.25,
            MetricId.QUOTA_ATTAINMENT_RATE, 0.75,
            MetricId.REVENUE_GROWTH, 0.05,
            MetricId.PIPELINE_COVERAGE, 3.0,
            MetricId.CUSTOMER_RETENTION_RATE, 0.90);

    public ChecklistTargets {
        EnumMap<MetricId, Double> merged = new EnumMap<>(DEFAULTS);
        merged.putAll(targets);
        targets = Map.copyOf(merged);
        if (watchBand < 0) {
            throw new IllegalArgumentException("the watch band is a fraction of the target, at least 0");
        }
    }

    public double target(MetricId id) {
        return targets.get(id);
    }

    public ChecklistStatus status(MetricId id, MetricValue value) {
        if (!value.available()) {
            return ChecklistStatus.NOT_AVAILABLE;
        }
        double target = target(id);
        if (value.value() >= target) {
            return ChecklistStatus.ON_TRACK;
        }
        return value.value() >= target - watchBand * Math.abs(target) ? ChecklistStatus.WATCH : ChecklistStatus.OFF_TRACK;
    }
}
