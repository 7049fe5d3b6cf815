package com.b2bsales.kpi.period;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period, the half-open date range {@code [start, end)}: a quarter, a month or a year.
 */
public record ReportPeriod(PeriodType type, LocalDate start, LocalDate end) implements Serializable {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(PeriodType.QUARTER, start, start.plusMonths(3));
    }

    public static ReportPeriod month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new ReportPeriod(PeriodType.MONTH, start, start.plusMonths(1));
    }

    public static ReportPeriod year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new ReportPeriod(PeriodType.YEAR, start, start.plusYears(1));
    }

    /** The period of the given type that contains the date. */
    public static ReportPeriod containing(PeriodType type, LocalDate date) {
        return switch (type) {
            case QUARTER -> quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(date.getYear(), date.getMonthValue());
            case YEAR -> year(date.getYear());
        };
    }

    /**
     * Parses a label of the given type: {@code 2026-Q2}, {@code 2026-05} or {@code 2026}.
     *
     * @throws IllegalArgumentException with a sentence naming the expected form
     */
    public static ReportPeriod parse(PeriodType type, String label) {
        try {
            return switch (type) {
                case QUARTER -> {
                    Matcher m = matching(QUARTER, label, "a quarter like 2026-Q2");
                    yield quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
                case MONTH -> {
                    Matcher m = matching(MONTH, label, "a month like 2026-05");
                    yield month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
                case YEAR -> year(Integer.parseInt(matching(YEAR, label, "a year like 2026").group()));
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + label + "' is not a valid " + type.name().toLowerCase());
        }
    }

    /** Parses any of the three label forms. */
    public static ReportPeriod parse(String label) {
        if (QUARTER.matcher(label).matches()) {
            return parse(PeriodType.QUARTER, label);
        }
        if (MONTH.matcher(label).matches()) {
            return parse(PeriodType.MONTH, label);
        }
        return parse(PeriodType.YEAR, label);
    }

    private static Matcher matching(Pattern pattern, String label, String expected) {
        Matcher m = pattern.matcher(label == null ? "" : label);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + label + "' is not " + expected);
        }
        return m;
    }

    /** The period of the same type just before this one. */
    public ReportPeriod previous() {
        return containing(type, start.minusDays(1));
    }

    public String label() {
        return switch (type) {
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** True when the date lies in {@code [start, end)}. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    @Override
    public String toString() {
        return label();
    }
}
