package com.b2bsales.kpi.cli;

import com.b2bsales.kpi.period.PeriodType;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of operations.md, parsed and checked before the application starts: a bad
 * option never reaches a database.
 */
public record RunOptions(Optional<ReportPeriod> period, Optional<LocalDate> asOf, boolean rerun,
        Optional<Boolean> email, Optional<Path> output, boolean resend, boolean schedule, boolean history,
        boolean demo, boolean verbose) {

    public static final String USAGE = "usage: run-report.sh [--quarter 2026-Q2 | --month 2026-05 | --year 2026] "
            + "[--as-of 2026-06-15] [--rerun] [--email | --no-email] [--output DIR] [--resend] [--schedule] [--history] "
            + "[--demo] [--verbose] [--help]";

    /** What {@code --help} prints: the usage line and what each option does. */
    public static final String HELP = USAGE + "\n\n" + """
            Runs the sales KPI report once: reads a period of the CRM, writes the workbook, and mails it when asked.

              --quarter 2026-Q2 | --month 2026-05 | --year 2026
                             the period (default: the quarter that contains the as-of date, to date)
              --as-of 2026-06-15  data up to the end of that day (default: yesterday)
              --rerun        run a period again although a run of it completed
              --email, --no-email  mail the workbooks, or not (default: report.mail.enabled)
              --output DIR   where workbooks go (default: report.output-dir, reports/)
              --resend       mail the workbooks already written for the period, without recomputing them
              --schedule     stay running and run the nightly reports on report.schedule.cron
              --history      list recent runs and exit
              --demo         use the embedded demo CRM on purpose (needed with --email or --schedule
                             when CRM_DB_URL is not set)
              --verbose      print stack traces on the console too (they always go to the log file)
              --help, -h     print this help and exit

            The CRM comes from CRM_DB_URL, CRM_DB_USER, CRM_DB_PASSWORD (unset: the embedded demo data);
            everything else from config/application.yml. Exit codes: 0 written (and mailed), 1 failed,
            2 usage or settings error, 3 written but not mailed, 4 already running elsewhere.
            """;

    /**
     * The earliest day a report covers: a period or as-of date before it is a mistyped year
     * ({@code --month 0001-01}), not a period of a CRM.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

    /** Whether the arguments ask for the help, whatever else they say. */
    public static boolean asksForHelp(String... args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    /** Parses {@code --name value} and {@code --name=value} forms. */
    public static RunOptions parse(String... args) {
        List<ReportPeriod> periods = new ArrayList<>();
        Optional<LocalDate> asOf = Optional.empty();
        Optional<Boolean> email = Optional.empty();
        Optional<Path> output = Optional.empty();
        boolean rerun = false;
        boolean resend = false;
        boolean schedule = false;
        boolean history = false;
        boolean demo = false;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--quarter", "--month", "--year" -> {
                    String value = inline != null ? inline : value(args, ++i, name);
                    periods.add(period(name, value));
                }
                case "--as-of" -> asOf = Optional.of(date(inline != null ? inline : value(args, ++i, name)));
                case "--output" -> output = Optional.of(Path.of(inline != null ? inline : value(args, ++i, name)));
                case "--rerun" -> rerun = flag(name, inline);
                case "--email" -> email = Optional.of(flag(name, inline));
                case "--no-email" -> email = Optional.of(!flag(name, inline));
                case "--resend" -> resend = flag(name, inline);
                case "--schedule" -> schedule = flag(name, inline);
                case "--history" -> history = flag(name, inline);
                case "--demo" -> demo = flag(name, inline);
                case "--verbose" -> verbose = flag(name, inline);
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (periods.size() > 1) {
            throw new UsageException("give one period, not " + periods.size() + " (" + periods.get(0).label()
                    + " and " + periods.get(1).label() + ")");
        }
        if (schedule && (!periods.isEmpty() || asOf.isPresent() || rerun || resend || history)) {
            throw new UsageException("--schedule runs the nightly periods on its own: it takes no period, --as-of, "
                    + "--rerun, --resend or --history");
        }
        if (rerun && resend) {
            throw new UsageException("--rerun and --resend do not go together: --resend mails the existing workbook");
        }
        if (resend && email.equals(Optional.of(false))) {
            throw new UsageException("--resend and --no-email contradict each other: --resend mails the existing workbook");
        }
        return new RunOptions(periods.stream().findFirst(), asOf, rerun, email, output, resend, schedule, history,
                demo, verbose);
    }

    /**
     * The period and cut-off this run reports: the given period (default: the quarter containing the
     * as-of date) with data through the as-of date (default: yesterday).
     */
    public ReportContext context(LocalDate today) {
        LocalDate day = asOf.orElse(today.minusDays(1));
        if (day.isAfter(today)) {
            throw new UsageException("--as-of " + day + " is after today (" + today + ")");
        }
        if (day.isBefore(EARLIEST)) {
            throw new UsageException("--as-of " + day + " is before " + EARLIEST + ": the report covers " + EARLIEST
                    + " to today");
        }
        ReportPeriod reported = period.orElseGet(() -> ReportPeriod.containing(PeriodType.QUARTER, day));
        if (!day.plusDays(1).isAfter(reported.start())) {
            throw new UsageException("period " + reported.label() + " has not started: it begins on "
                    + reported.start() + " and the data goes up to " + day);
        }
        return ReportContext.of(reported, day);
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args[index];
    }

    private static boolean flag(String name, String inline) {
        if (inline != null) {
            throw new UsageException(name + " takes no value");
        }
        return true;
    }

    private static ReportPeriod period(String option, String value) {
        PeriodType type = PeriodType.valueOf(option.substring(2).toUpperCase());
        try {
            ReportPeriod period = ReportPeriod.parse(type, value);
            if (period.start().isBefore(EARLIEST)) {
                throw new UsageException(option + " " + value + ": the report covers periods from " + EARLIEST.getYear()
                        + " to today");
            }
            return period;
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + value + ": " + e.getMessage());
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of " + value + ": not a date like 2026-06-15");
        }
    }
}
