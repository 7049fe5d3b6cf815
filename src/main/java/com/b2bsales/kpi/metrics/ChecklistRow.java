package com.b2bsales.kpi.metrics;

/**
 * One line of the checklist: the value, the previous period's value, the change (percentage points
 * for ratios, relative for money, absolute for multiples), the target and the status.
 */
public record ChecklistRow(MetricId id, MetricValue value, MetricValue previous, MetricValue change,
        double target, ChecklistStatus status) {
}
