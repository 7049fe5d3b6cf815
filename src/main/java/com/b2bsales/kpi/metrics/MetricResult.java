package com.b2bsales.kpi.metrics;

import java.util.List;

/** A metric's value for one period with the inputs that explain it. */
public record MetricResult(MetricId id, MetricValue value, List<Figure> inputs) {

    public MetricResult {
        inputs = List.copyOf(inputs);
    }

    public static MetricResult of(MetricId id, MetricValue value, Figure... inputs) {
        return new MetricResult(id, value, List.of(inputs));
    }
}
