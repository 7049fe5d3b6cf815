package com.b2bsales.kpi;

import com.b2bsales.kpi.cli.ReportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs the real command line in this JVM, as {@code scripts/run-report.sh} would, against a given
 * CRM, with its own job metadata database and output folder, on a fixed "today".
 */
public final class ReportRun {

    private final List<String> settings = new ArrayList<>();
    private LocalDate today = LocalDate.of(2026, 11, 27);
    private final Map<String, String> environment = new HashMap<>();

    /** A run with a fresh in-memory job metadata database (and so its own run locks) and the given output folder. */
    public static ReportRun in(Path outputDir) {
        return new ReportRun()
                .with("batch.db.url", "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
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
        return execute(new ByteArrayOutputStream(), new ByteArrayOutputStream(), options);
    }

    /**
     * Starts the command in a thread of its own, e.g. {@code --schedule}; its output can be watched
     * while it runs. Run nothing else through {@code ReportRun} meanwhile: both would share
     * System.out.
     */
    public Background start(String... options) {
        return new Background(this, options);
    }

    private Result execute(ByteArrayOutputStream out, ByteArrayOutputStream err, String... options) {
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

    /** A command running in a thread of its own. */
    public static final class Background {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private final Thread thread;

        private Background(ReportRun run, String... options) {
            thread = new Thread(() -> {
                try {
                    result.complete(run.execute(out, err, options));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, "report-command");
            thread.start();
        }

        /** Stdout and stderr so far. */
        public String output() {
            return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        }

        /** Waits until the output holds every text given, in any order; fails after the timeout. */
        public void awaitOutput(Duration timeout, String... texts) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!Arrays.stream(texts).allMatch(text -> output().contains(text))) {
                if (result.isDone() || System.nanoTime() > deadline) {
                    throw new AssertionError("Expected " + Arrays.toString(texts) + " within " + timeout + ", got:\n"
                            + output());
                }
                Thread.sleep(50);
            }
        }

        /** Waits until the condition on the output holds; fails after the timeout. */
        public void awaitOutput(Duration timeout, BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                if (result.isDone() || System.nanoTime() > deadline) {
                    throw new AssertionError("Condition not met within " + timeout + ", got:\n" + output());
                }
                Thread.sleep(50);
            }
        }

        /** How often a text occurs in stdout and stderr so far. */
        public int countInOutput(String text) {
            String all = output();
            int count = 0;
            for (int at = all.indexOf(text); at >= 0; at = all.indexOf(text, at + text.length())) {
                count++;
            }
            return count;
        }

        /** Interrupts the command (as Ctrl+C stops it) and returns how it ended. */
        public Result stop(Duration timeout) throws Exception {
            thread.interrupt();
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
