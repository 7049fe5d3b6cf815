package com.b2bsales.kpi.metrics;

import java.util.function.Function;

/**
 * An input shown beside a metric (numerator, denominator, forecast...): a number in a unit, or a text such as a
 * timestamp or "n/a"; with the {@link Operand} it shows, where a formula may refer to it.
 */
public record Figure(String label, Object value, Unit unit, Operand operand) {

    public static Figure number(String label, Number value, Unit unit) {
        return new Figure(label, value, unit, null);
    }

    public static Figure of(String label, MetricValue value, Unit unit) {
        return new Figure(label, shown(value), unit, null);
    }

    public static Figure text(String label, String text) {
        return new Figure(label, text, null, null);
    }

    /** An input's number; "none" where there is none (no forecast). */
    public static Figure of(Input input, Number value) {
        return value == null ? new Figure(input.label(), "none", null, input)
                : new Figure(input.label(), value, input.unit(), input);
    }

    /** A metric's or a derived quantity's value, or "n/a". */
    public static Figure of(Operand operand, MetricValue value) {
        return new Figure(operand.label(), shown(value), operand.unit(), operand);
    }

    /** The figure of an operand in a period, beside a metric that comes after the metrics in {@code earlier}. */
    static Figure of(Operand operand, PeriodTotals period, Function<MetricId, MetricValue> earlier) {
        if (operand instanceof Input input) {
            return of(input, period.get(input));
        } else if (operand instanceof MetricId metric) {
            return of(metric, earlier.apply(metric));
        }
        return of(operand, ((Derived) operand).value(period));
    }

    private static Object shown(MetricValue value) {
        return value.available() ? value.value() : "n/a";
    }
}
