package com.b2bsales.kpi;

import com.b2bsales.kpi.cli.ReportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the real command line in this JVM, as {@code scripts/run-report.sh} would, against a given
 * CRM, with its own job metadata database and output folder, on a fixed "today".
 */
public final class ReportRun {

    private final List<String> settings = new ArrayList<>();
    private LocalDate today = LocalDate.of(2026, 11, 27);
    private final Map<String, String> environment = new HashMap<>();

    /** A run with a fresh in-memory job metadata database, its own run locks and the given output folder. */
    public static ReportRun in(Path outputDir) {
        return new ReportRun()
                .with("batch.db.url", "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .with("report.lock-dir", Path.of(System.getProperty("java.io.tmpdir"), "kpi-locks-" + UUID.randomUUID())
                        .toString())
                .with("report.output-dir", outputDir.toString());
    }

    public ReportRun with(String property, String value) {
        settings.removeIf(s -> s.startsWith("--" + property + "="));
        settings.add("--" + property + "=" + value);
        return this;
    }

    /** An environment variable as the command and the application see it ({@code SMTP_HOST}, ...). */
    public ReportRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public ReportRun crm(String url, String user, String password) {
        return with("crm.db.url", url).with("crm.db.user", user).with("crm.db.password", password);
    }

    public ReportRun today(LocalDate date) {
        this.today = date;
        return this;
    }

    public Result execute(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(errStream);
            code = new ReportCommand(clock, environment, errStream, settings.toArray(String[]::new)).run(options);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        originalOut.print(result.out());
        originalErr.print(result.err());
        return result;
    }

    public record Result(int exitCode, String out, String err) {
    }
}
