package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** A tally that keeps one set of totals for each context of the horizon. */
abstract class ContextTally<T extends Serializable> implements Tally {

    private final ReportHorizon horizon;
    private final ArrayList<T> totals;

    ContextTally(ReportHorizon horizon, Supplier<T> emptyTotals) {
        this(horizon, reported -> emptyTotals.get());
    }

    /**
     * @param emptyTotals new totals, told whether they are those of the reported period (context 0),
     *                    the only one with a breakdown by rep beyond what its metrics need
     */
    ContextTally(ReportHorizon horizon, Function<Boolean, T> emptyTotals) {
        this.horizon = horizon;
        this.totals = new ArrayList<>(horizon.size());
        for (int i = 0; i < horizon.size(); i++) {
            totals.add(emptyTotals.apply(i == 0));
        }
    }

    public T totals(int context) {
        return totals.get(context);
    }

    /** The totals of the reported period, the only one with a breakdown by rep. */
    public T reported() {
        return totals(0);
    }

    /** Runs the action for every context with that context's totals. */
    void forEachContext(BiConsumer<ReportContext, T> action) {
        for (int i = 0; i < totals.size(); i++) {
            action.accept(horizon.get(i), totals.get(i));
        }
    }
}
