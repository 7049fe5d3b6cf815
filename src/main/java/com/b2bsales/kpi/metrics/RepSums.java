package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmIds;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Running sums per rep: two arrays, rep ids (opaque strings, in {@link CrmIds#ORDER}) and their sums as primitive
 * longs. The tallies keep a set per context and save it at every commit; for a thousand reps with 36-character
 * UUIDs this is about 50 KB, where a map of ids to BigDecimals was thousands of objects to build, serialize and keep.
 * Money and hours have two decimals (crm-schema.md: DECIMAL(15,2), DECIMAL(5,2)), so they are
 * summed exactly as hundredths. A view of a real CRM may have more decimals (DECIMAL(20,6)): those
 * are read as they are, and what lies below a hundredth is summed exactly in a map that exists only
 * once such an amount was added.
 */
final class RepSums implements Serializable {

    private String[] reps = new String[8];
    private long[] sums = new long[8];
    private int size;
    /** Per rep, the part of its sum below a hundredth (always less than one in size); null while there is none. */
    private TreeMap<String, BigDecimal> belowHundredths;

    /** Adds a value to the rep's sum. */
    void add(String rep, long value) {
        int at = Arrays.binarySearch(reps, 0, size, rep, CrmIds.ORDER);
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

    /** Adds an amount to the rep's sum, exactly. */
    void add(String rep, BigDecimal amount) {
        if (amount.scale() <= 2) {
            add(rep, hundredths(amount));
            return;
        }
        BigDecimal whole = amount.setScale(2, RoundingMode.DOWN);
        add(rep, hundredths(whole));
        addBelowHundredth(rep, amount.subtract(whole));
    }

    /** Keeps the rep's part below a hundredth under one, moving whole hundredths to its sum. */
    private void addBelowHundredth(String rep, BigDecimal fraction) {
        if (fraction.signum() == 0) {
            return;
        }
        if (belowHundredths == null) {
            belowHundredths = new TreeMap<>(CrmIds.ORDER);
        }
        BigDecimal rest = belowHundredths.getOrDefault(rep, BigDecimal.ZERO).add(fraction);
        BigDecimal carried = rest.setScale(2, RoundingMode.DOWN);
        if (carried.signum() != 0) {
            add(rep, hundredths(carried));
            rest = rest.subtract(carried);
        }
        if (rest.signum() == 0) {
            belowHundredths.remove(rep);
        } else {
            belowHundredths.put(rep, rest);
        }
    }

    private BigDecimal belowHundredth(String rep) {
        return belowHundredths == null ? BigDecimal.ZERO : belowHundredths.getOrDefault(rep, BigDecimal.ZERO);
    }

    /** The rep's sum; 0 for a rep never added. */
    long get(String rep) {
        int at = Arrays.binarySearch(reps, 0, size, rep, CrmIds.ORDER);
        return at >= 0 ? sums[at] : 0;
    }

    /** The rep's sum of amounts, with two decimals or as many as its amounts had. */
    BigDecimal amount(String rep) {
        return BigDecimal.valueOf(get(rep), 2).add(belowHundredth(rep));
    }

    /** The sum of every rep's amount. */
    BigDecimal totalAmount() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total = Math.addExact(total, sums[i]);
        }
        BigDecimal sum = BigDecimal.valueOf(total, 2);
        return belowHundredths == null ? sum : belowHundredths.values().stream().reduce(sum, BigDecimal::add);
    }

    /** Every rep added, in ascending id order, with its sum as a count. */
    Map<String, Long> counts() {
        return asMap(Long::valueOf);
    }

    /** Every rep added, in ascending id order, with its sum as an amount ({@link #amount}). */
    Map<String, BigDecimal> amounts() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(reps[i], BigDecimal.valueOf(sums[i], 2).add(belowHundredth(reps[i])));
        }
        return Collections.unmodifiableMap(map);
    }

    private <V> Map<String, V> asMap(LongFunction<V> value) {
        Map<String, V> map = new LinkedHashMap<>();
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
     * An amount with at most two decimals in hundredths, exactly.
     *
     * @throws IllegalArgumentException for an amount too large to be summed in hundredths
     */
    private static long hundredths(BigDecimal amount) {
        try {
            return amount.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount " + amount.toPlainString()
                    + " is too large to be summed; crm-schema.md declares DECIMAL(15,2)", e);
        }
    }
}
