package com.b2bsales.kpi.system;

import java.time.Duration;

/**
 * The checks the settings records make of themselves, each failing with one sentence that names
 * the setting, its value and what it must be: {@code report.chunk-size is -5: it must be at least 1}.
 */
public final class Settings {

    private Settings() {
    }

    public static void requireBetween(String setting, long value, long min, long max, String why) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(setting + " is " + value + ": it must be "
                    + (value < min ? "at least " + min : "at most " + max) + (why == null ? "" : " (" + why + ")"));
        }
    }

    public static void requireAtLeast(String setting, Duration value, Duration min) {
        if (value == null || value.compareTo(min) < 0) {
            throw new IllegalArgumentException(setting + " is " + shown(value) + ": it must be "
                    + (min.isZero() ? "0 or more" : "at least " + shown(min)));
        }
    }

    public static void requireBetween(String setting, Duration value, Duration min, Duration max) {
        requireAtLeast(setting, value, min);
        if (value.compareTo(max) > 0) {
            throw new IllegalArgumentException(setting + " is " + shown(value) + ": it must be at most " + shown(max));
        }
    }

    /** A share from 0 to 1, as 0.05 for 5%. */
    public static void requireFraction(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(setting + " is " + value + ": it must be a fraction from 0 to 1 (0.05 for 5%)");
        }
    }

    public static void requireText(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + " is empty: give it a value");
        }
    }

    /** "10s", "500ms", "2m": a duration as one writes it in application.yml. */
    public static String shown(Duration value) {
        if (value == null) {
            return "empty";
        }
        if (value.toNanos() % 1_000_000_000L != 0 || value.isZero()) {
            return value.toMillis() + "ms";
        }
        long seconds = value.toSeconds();
        return seconds % 60 == 0 && seconds != 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
