package com.b2bsales.kpi.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Running sums per rep: two primitive arrays, rep ids in ascending order and their sums. The
 * tallies keep a set per context and save it at every commit; for a thousand reps this is 16 KB,
 * where a map of boxed ids to BigDecimals was thousands of objects to build, serialize and keep.
 * Money and hours have two decimals (crm-schema.md: DECIMAL(15,2), DECIMAL(5,2)), so they are
 * summed exactly as hundredths ({@link #hundredths}).
 */
final class RepSums implements Serializable {

    private long[] reps = new long[8];
    private long[] sums = new long[8];
    private int size;

    /** Adds a value to the rep's sum. */
    void add(long rep, long value) {
        int at = Arrays.binarySearch(reps, 0, size, rep);
        if (at >= 0) {
            sums[at] = Math.addExact(sums[at], value);
            return;
        }
        int insert = -at - 1;
        if (size == reps.length) {
            reps = Arrays.copyOf(reps, size * 2);
            sums = Arrays.copyOf(sums, size * 2);
        }
        System.arraycopy(reps, insert, reps, insert + 1, size - insert);
        System.arraycopy(sums, insert, sums, insert + 1, size - insert);
        reps[insert] = rep;
        sums[insert] = value;
        size++;
    }

    /** Adds an amount with at most two decimals to the rep's sum. */
    void add(long rep, BigDecimal amount) {
        add(rep, hundredths(amount));
    }

    /** The rep's sum; 0 for a rep never added. */
    long get(long rep) {
        int at = Arrays.binarySearch(reps, 0, size, rep);
        return at >= 0 ? sums[at] : 0;
    }

    /** The rep's sum of amounts with two decimals. */
    BigDecimal amount(long rep) {
        return BigDecimal.valueOf(get(rep), 2);
    }

    /** The sum of every rep's amount with two decimals. */
    BigDecimal totalAmount() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total = Math.addExact(total, sums[i]);
        }
        return BigDecimal.valueOf(total, 2);
    }

    /** Every rep added, in ascending id order, with its sum as a count. */
    Map<Long, Long> counts() {
        return asMap(Long::valueOf);
    }

    /** Every rep added, in ascending id order, with its sum as an amount with two decimals. */
    Map<Long, BigDecimal> amounts() {
        return asMap(sum -> BigDecimal.valueOf(sum, 2));
    }

    private <V> Map<Long, V> asMap(LongFunction<V> value) {
        Map<Long, V> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(reps[i], value.apply(sums[i]));
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Sums kept for the reported period only (the breakdown by rep), null in the other periods.
     *
     * @throws IllegalStateException when asked in another period
     */
    static RepSums reportedOnly(RepSums sums) {
        if (sums == null) {
            throw new IllegalStateException("this breakdown by rep is kept for the reported period only");
        }
        return sums;
    }

    /**
     * An amount in hundredths, exactly.
     *
     * @throws IllegalArgumentException for an amount with more than two decimals, which a column of
     *                                  the schema cannot hold
     */
    static long hundredths(BigDecimal amount) {
        try {
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString()
                    + " has more than two decimals or is too large; crm-schema.md declares DECIMAL(15,2)", e);
        }
    }
}
