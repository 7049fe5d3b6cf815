package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real command line in a JVM of its own, on this test's classpath, configured with system
 * properties, so that a test can kill it (kill -9), stop it (SIGTERM) or run a second command beside
 * it. Its output goes to a log file that failures show.
 */
final class ReportProcess {

    private final Process process;
    private final Path log;

    private ReportProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ReportProcess start(Path log, LocalDate today, Map<String, String> properties, String... options) {
        return startIn(Path.of("").toAbsolutePath(), Map.of(), log, today, properties, options);
    }

    /** The same in a working folder of its own (a machine of its own), with environment variables added. */
    static ReportProcess startIn(Path folder, Map<String, String> environment, Path log, LocalDate today,
            Map<String, String> properties, String... options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dtest.today=" + today);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ReportMainOnDay.class.getName());
        command.addAll(List.of(options));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            return new ReportProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the condition holds; fails, showing the log, when the process ends first or time runs out. */
    void awaitWhileAlive(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                fail("The process ended (exit " + process.exitValue() + ") before " + what + ":\n" + log());
            }
            if (System.nanoTime() > deadline) {
                fail("No " + what + " within " + timeout + ":\n" + log());
            }
            sleep();
        }
    }

    void awaitFile(Path file, Duration timeout) {
        awaitWhileAlive(file.getFileName() + " to appear", timeout, () -> Files.exists(file));
    }

    /** kill -9: the process gets no chance to clean up. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as systemd or kill send it. */
    void terminate() {
        process.destroy();
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("The process did not end within " + timeout + ":\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no output)";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
