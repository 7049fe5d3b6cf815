package com.b2bsales.kpi.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The time span of the demo data, three years up to the end of yesterday, and the days and times of day at
 * which things happen in it.
 */
final class DemoCalendar {

    /** Weekend days see this fraction of a weekday's activity. */
    private static final double WEEKEND_ACTIVITY = 0.1;

    /** The busiest day (the last one) has this much more activity than the first: the business grows. */
    private static final double GROWTH = 1.35;

    private final LocalDate firstDay;
    private final LocalDate lastDay;

    DemoCalendar(LocalDate today) {
        this.firstDay = today.minusYears(3);
        this.lastDay = today.minusDays(1);
    }

    LocalDate firstDay() {
        return firstDay;
    }

    /** Yesterday: nothing in the demo data happens after the end of this day. */
    LocalDate lastDay() {
        return lastDay;
    }

    boolean hasHappened(LocalDate day) {
        return !day.isAfter(lastDay);
    }

    boolean hasHappened(LocalDateTime instant) {
        return hasHappened(instant.toLocalDate());
    }

    static boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static LocalDate nextWorkday(LocalDate day) {
        LocalDate workday = day;
        while (!isWorkday(workday)) {
            workday = workday.plusDays(1);
        }
        return workday;
    }

    static LocalDate quarterStart(LocalDate day) {
        int firstMonthOfQuarter = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonthOfQuarter, 1);
    }

    /** Monday to Friday, first day to last. */
    List<LocalDate> workdays() {
        List<LocalDate> workdays = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                workdays.add(day);
            }
        }
        return workdays;
    }

    LocalDate dayBetween(LocalDate from, LocalDate toInclusive, RandomGenerator random) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, toInclusive) + 1));
    }

    /** A day of the data range: later days and workdays are more likely. */
    LocalDate busyDay(RandomGenerator random) {
        long span = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        while (true) {
            long offset = random.nextLong(span);
            double activity = (1 + (GROWTH - 1) * offset / span) / GROWTH;
            LocalDate day = firstDay.plusDays(offset);
            if (!isWorkday(day)) {
                activity *= WEEKEND_ACTIVITY;
            }
            if (random.nextDouble() < activity) {
                return day;
            }
        }
    }

    LocalDateTime timestampOn(LocalDate day, RandomGenerator random) {
        return day.atTime(timeOfDay(random));
    }

    /**
     * Something that happens on {@code day} (or, when that is a weekend, mostly on the Monday after) and
     * strictly after {@code after}: a follow-up on the same day comes a few minutes to hours later.
     */
    LocalDateTime eventOn(LocalDate day, LocalDateTime after, RandomGenerator random) {
        LocalDate eventDay = isWorkday(day) || random.nextDouble() < WEEKEND_ACTIVITY ? day : nextWorkday(day);
        LocalDateTime event = timestampOn(eventDay, random);
        return event.isAfter(after) ? event : after.plusMinutes(random.nextInt(10, 240));
    }

    /** Something that happens {@code minDays} to {@code maxDays} days after {@code after}. */
    LocalDateTime later(LocalDateTime after, int minDays, int maxDays, RandomGenerator random) {
        return eventOn(after.toLocalDate().plusDays(random.nextInt(minDays, maxDays + 1)), after, random);
    }

    /**
     * Mostly office hours, some late evenings and a few minutes past midnight: a report window ends at
     * midnight, so rows on both sides of it must exist.
     */
    private static LocalTime timeOfDay(RandomGenerator random) {
        double draw = random.nextDouble();
        int fromMinute;
        int toMinute;
        if (draw < 0.84) {
            fromMinute = 8 * 60;
            toMinute = 18 * 60 + 30;
        } else if (draw < 0.94) {
            fromMinute = 18 * 60 + 30;
            toMinute = 23 * 60;
        } else if (draw < 0.98) {
            fromMinute = 23 * 60;
            toMinute = 24 * 60;
        } else {
            fromMinute = 0;
            toMinute = 60;
        }
        return LocalTime.ofSecondOfDay(random.nextInt(fromMinute * 60, toMinute * 60));
    }
}
