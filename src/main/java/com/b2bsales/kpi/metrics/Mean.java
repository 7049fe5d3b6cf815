package com.b2bsales.kpi.metrics;

import java.io.Serializable;

/** A running mean. */
final class Mean implements Serializable {

    private double sum;
    private long count;

    void add(double value) {
        sum += value;
        count++;
    }

    double sum() {
        return sum;
    }

    long count() {
        return count;
    }

    MetricValue value(String whenEmpty) {
        return count == 0 ? MetricValue.na(whenEmpty) : MetricValue.of(sum / count);
    }
}
