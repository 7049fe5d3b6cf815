package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.metrics.Input.*;

/**
 * A quantity computed from inputs and shown beside a metric, which is not a metric itself: the average price per
 * unit, ARPA, the average lifetime. It may be n/a, like a metric.
 */
public record Derived(String label, Unit unit, Rule.Quotient rule) implements Operand {

    static final Derived PRICE_PER_UNIT = new Derived("Average price per unit", Unit.MONEY,
            Rule.ratio(REVENUE_WITH_UNITS, UNITS_SOLD, "no units recorded on the deals won"));
    static final Derived ARPA = new Derived("ARPA (annual)", Unit.MONEY,
            Rule.ratio(ANNUAL_VALUE_ON_LAST, ACTIVE_ON_LAST, "no account active on the last day"));
    static final Derived AVERAGE_LIFETIME = new Derived("Average lifetime (years)", Unit.YEARS,
            Rule.mean(CHURNED_LIFETIME_YEARS, CHURNED_ACCOUNTS, "no churned account"));

    MetricValue value(Inputs inputs) {
        return rule.value(inputs);
    }
}
