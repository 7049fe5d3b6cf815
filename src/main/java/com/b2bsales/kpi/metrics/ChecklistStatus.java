package com.b2bsales.kpi.metrics;

/** Where a checklist metric stands against its target. */
public enum ChecklistStatus {
    ON_TRACK("on track"),
    WATCH("watch"),
    OFF_TRACK("off track"),
    NOT_AVAILABLE("n/a");

    private final String label;

    ChecklistStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
