package com.b2bsales.kpi.period;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The contexts one run computes: the reported period first, then each previous one (for the
 * checklist's previous values, growth and trends). Readers fetch the rows of the whole horizon in
 * one pass, and each tally keeps one set of totals per context.
 */
public record ReportHorizon(List<ReportContext> contexts) implements Serializable {

    public ReportHorizon {
        if (contexts.isEmpty()) {
            throw new IllegalArgumentException("a horizon needs at least the reported period");
        }
        contexts = List.copyOf(contexts);
    }

    /** The reported period and the {@code periods - 1} before it, plus one more for their growth. */
    public static ReportHorizon of(ReportContext reported, int periods) {
        return new ReportHorizon(reported.history(periods + 1));
    }

    public ReportContext current() {
        return contexts.get(0);
    }

    public ReportContext get(int index) {
        return contexts.get(index);
    }

    public int size() {
        return contexts.size();
    }

    /** The first day any context's window covers. */
    public LocalDate from() {
        return contexts.get(contexts.size() - 1).start();
    }

    /** The cut-off of the reported period: no window reaches past it. */
    public LocalDate to() {
        return current().cutoff();
    }

    /** The last day of the latest period of the horizon (periods of quotas and forecasts may lie ahead). */
    public LocalDate periodsEnd() {
        return current().period().end();
    }
}
