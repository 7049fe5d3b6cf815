package com.b2bsales.kpi.metrics;

/**
 * What a figure beside a metric shows and a metric's Excel formula refers to: a counted {@link Input}, another
 * metric, or a {@link Derived} quantity. The workbook finds a formula's cells by operand, never by label.
 */
public sealed interface Operand permits Input, MetricId, Derived {

    /** How the figure is captioned beside the metric. */
    String label();

    Unit unit();
}
