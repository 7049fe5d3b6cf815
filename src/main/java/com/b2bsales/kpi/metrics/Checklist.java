package com.b2bsales.kpi.metrics;

import java.util.List;

/** The seven metrics the article recommends tracking first, against their targets. */
public final class Checklist {

    private Checklist() {
    }

    public static List<ChecklistRow> of(PeriodResults current, PeriodResults previous, ChecklistTargets targets) {
        return MetricId.CHECKLIST.stream().map(id -> {
            MetricValue value = current.value(id);
            MetricValue before = previous.value(id);
            return new ChecklistRow(id, value, before, change(id.unit(), value, before), targets.target(id),
                    targets.status(id, value));
        }).toList();
    }

    /** Percentage points for ratios, relative change for money, the plain difference otherwise. */
    public static MetricValue change(Unit unit, MetricValue value, MetricValue previous) {
        if (!value.available() || !previous.available()) {
            return MetricValue.na("no value to compare");
        }
        double now = value.value();
        double before = previous.value();
        return switch (unit) {
            case RATIO -> MetricValue.of((now - before) * 100);
            case MONEY, MONEY_PER_DAY -> before == 0
                    ? MetricValue.na("previous value is 0")
                    : MetricValue.of((now - before) / Math.abs(before));
            default -> MetricValue.of(now - before);
        };
    }
}
