package com.b2bsales.kpi.metrics;

/**
 * An input shown beside a metric (numerator, denominator, forecast...): a number in a unit, or a
 * text such as a timestamp or "n/a".
 */
public record Figure(String label, Object value, Unit unit) {

    public static Figure number(String label, Number value, Unit unit) {
        return new Figure(label, value, unit);
    }

    public static Figure of(String label, MetricValue value, Unit unit) {
        return new Figure(label, value.available() ? value.value() : "n/a", unit);
    }

    public static Figure text(String label, String text) {
        return new Figure(label, text, null);
    }
}
