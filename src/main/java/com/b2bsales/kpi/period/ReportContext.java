package com.b2bsales.kpi.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A period as the job sees it on one run: the period P and its cut-off C (always midnight in the
 * report time zone, held as the date of that midnight). The window is {@code [P.start, C)}.
 *
 * <p>All the time rules of metrics.md live here: cut-off, window, completeness, the like-for-like
 * previous period, and the instant at which pipeline coverage is measured.
 */
public record ReportContext(ReportPeriod period, LocalDate cutoff) implements Serializable {

    public ReportContext {
        if (!cutoff.isAfter(period.start())) {
            throw new IllegalArgumentException("period " + period.label() + " has not started by " + cutoff);
        }
        if (cutoff.isAfter(period.end())) {
            throw new IllegalArgumentException("cut-off " + cutoff + " lies after the end of " + period.label());
        }
    }

    /**
     * The context of a run for period P with data up to the end of day {@code asOf}:
     * {@code C = min(P.end, asOf + 1 day)}.
     *
     * @throws IllegalArgumentException when the period has not started by then
     */
    public static ReportContext of(ReportPeriod period, LocalDate asOf) {
        LocalDate dayAfter = asOf.plusDays(1);
        if (!dayAfter.isAfter(period.start())) {
            throw new IllegalArgumentException("period " + period.label() + " has not started by the as-of date " + asOf);
        }
        return new ReportContext(period, dayAfter.isBefore(period.end()) ? dayAfter : period.end());
    }

    /** A complete period has all its days; otherwise it is in progress (to date). */
    public boolean complete() {
        return cutoff.equals(period.end());
    }

    /** The last day with data: the as-of date, normalized to {@code P.end - 1} for a complete period. */
    public LocalDate asOf() {
        return cutoff.minusDays(1);
    }

    public LocalDate start() {
        return period.start();
    }

    /** The first day of the window ({@code first} in the customer metrics). */
    public LocalDate firstDay() {
        return period.start();
    }

    /** The last day of the window ({@code last = C - 1 day} in the customer metrics). */
    public LocalDate lastDay() {
        return cutoff.minusDays(1);
    }

    public LocalDateTime windowStart() {
        return period.start().atStartOfDay();
    }

    public LocalDateTime cutoffInstant() {
        return cutoff.atStartOfDay();
    }

    /** {@code P.start <= t < C}. */
    public boolean inWindow(LocalDateTime t) {
        return t != null && !t.isBefore(windowStart()) && t.isBefore(cutoffInstant());
    }

    /** {@code P.start <= d < C} for a DATE column. */
    public boolean inWindow(LocalDate d) {
        return d != null && !d.isBefore(period.start()) && d.isBefore(cutoff);
    }

    /** {@code t < C}. */
    public boolean beforeCutoff(LocalDateTime t) {
        return t != null && t.isBefore(cutoffInstant());
    }

    /** Whole calendar days from {@code P.start} to {@code date(C)}. */
    public long elapsedDays() {
        return ChronoUnit.DAYS.between(period.start(), cutoff);
    }

    /**
     * The previous period compared like for like: all of P' for a complete period, otherwise its
     * first n days, n being the days elapsed in this one.
     */
    public ReportContext previous() {
        ReportPeriod before = period.previous();
        if (complete()) {
            return new ReportContext(before, before.end());
        }
        LocalDate sameElapsed = before.start().plusDays(elapsedDays());
        return new ReportContext(before, sameElapsed.isBefore(before.end()) ? sameElapsed : before.end());
    }

    /** This context followed by {@code count - 1} previous ones, each the previous of the one before. */
    public List<ReportContext> history(int count) {
        List<ReportContext> chain = new ArrayList<>(count);
        ReportContext context = this;
        for (int i = 0; i < count; i++) {
            chain.add(context);
            context = context.previous();
        }
        return List.copyOf(chain);
    }

    /**
     * The instant M at which pipeline coverage is measured: the start of a complete period (the
     * coverage it started with), the cut-off of one in progress.
     */
    public LocalDate coverageInstant() {
        return complete() ? period.start() : cutoff;
    }

    /** True when a period {@code [start, end)} of a row (quota, forecast) lies within P. */
    public boolean periodWithin(LocalDate rowStart, LocalDate rowEnd) {
        return rowStart != null && rowEnd != null
                && !rowStart.isBefore(period.start()) && !rowEnd.isAfter(period.end());
    }
}
