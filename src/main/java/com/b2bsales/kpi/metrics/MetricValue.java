package com.b2bsales.kpi.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A metric's value: a finite number, or n/a with the reason why. Never NaN, never infinite, never a
 * silent 0 for a missing denominator.
 */
public record MetricValue(Double number, String naReason) {

    public MetricValue {
        if ((number == null) == (naReason == null)) {
            throw new IllegalArgumentException("a metric value is either a number or n/a with a reason");
        }
        if (number != null && !Double.isFinite(number)) {
            throw new IllegalArgumentException("metric values are finite, got " + number);
        }
    }

    public static MetricValue of(double number) {
        return new MetricValue(number, null);
    }

    public static MetricValue of(BigDecimal number) {
        return of(number.doubleValue());
    }

    public static MetricValue na(String reason) {
        return new MetricValue(null, Objects.requireNonNull(reason));
    }

    /** {@code numerator / denominator}, or n/a with the reason when the denominator is zero. */
    public static MetricValue ratio(BigDecimal numerator, BigDecimal denominator, String whenZero) {
        if (denominator.signum() == 0) {
            return na(whenZero);
        }
        return of(numerator.divide(denominator, MathContext.DECIMAL64));
    }

    public static MetricValue ratio(long numerator, long denominator, String whenZero) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), whenZero);
    }

    public boolean available() {
        return number != null;
    }

    /** The number; only call when {@link #available()}. */
    public double value() {
        if (number == null) {
            throw new IllegalStateException("n/a: " + naReason);
        }
        return number;
    }

    @Override
    public String toString() {
        return available() ? String.valueOf(number) : "n/a (" + naReason + ")";
    }
}
