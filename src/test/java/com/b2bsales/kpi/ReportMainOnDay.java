package com.b2bsales.kpi;

import com.b2bsales.kpi.cli.ReportCommand;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The application's main method on a fixed day ({@code -Dtest.today=2026-07-02}, at noon UTC), for
 * tests that run the command line in a process of its own ({@link ReportProcess}).
 */
public final class ReportMainOnDay {

    private ReportMainOnDay() {
    }

    public static void main(String[] args) {
        LocalDate today = LocalDate.parse(System.getProperty("test.today"));
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        System.exit(new ReportCommand(clock, System.getenv(), System.err).run(args));
    }
}
