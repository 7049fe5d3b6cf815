package com.b2bsales.kpi.metrics;

import java.math.BigDecimal;

/** Whatever holds the inputs of metrics: a period's tallies, or a line of the breakdown by team and rep. */
public interface Inputs {

    /**
     * The input's number: a {@code Long} for counts, a {@code BigDecimal} for money and hours, a {@code Double} for
     * sums of days and years; null where there is none (no forecast).
     *
     * @throws IllegalArgumentException for an input this holder does not keep
     */
    Number get(Input input);

    /** The input as an exact decimal, for exact ratios. */
    default BigDecimal amount(Input input) {
        Number number = get(input);
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        return number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                : BigDecimal.valueOf(number.longValue());
    }
}
