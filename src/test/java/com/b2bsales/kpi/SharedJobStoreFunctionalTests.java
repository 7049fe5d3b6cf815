package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on the default job metadata store at once (operations.md): a run held in its
 * conversion step while, beside it, another period runs, the same period is started twice,
 * {@code --history} is asked for and a {@code --schedule} process runs and is stopped; then the
 * held run carries on. Each process ends with a code of the contract, none fails because another
 * one ended, none blames the CRM, and afterwards every period runs to COMPLETED. Which process gets
 * where first varies from round to round; every order must pass.
 */
class SharedJobStoreFunctionalTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int ROUNDS = 2;
    /** Exit code of a JVM that ends on SIGTERM after its shutdown hooks ran (128 + 15). */
    private static final int ENDED_ON_SIGTERM = 143;

    @TempDir
    Path work;

    @Test
    void shouldShareTheDefaultJobStoreBetweenProcessesAndLeaveEveryPeriodRunnable() throws Exception {
        // given a CRM served to every process (as a CRM server is), and a working folder where the
        // default job metadata store goes (var/batch-metadata.sqlite)
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            String crmInMemory = H2Crm.create(H2Crm.HAND_DATASET);
            String crm = "jdbc:h2:tcp://localhost:" + server.getPort() + "/" + crmInMemory.substring("jdbc:h2:".length());
            Map<String, String> settings = Map.of("crm.db.url", crm, "crm.db.user", "sa",
                    "report.chunk-size", "3", "report.data-quality.max-bad-ratio", "0.5",
                    "report.schedule.cron", "* * * * * *");
            List<ReportProcess> all = new ArrayList<>();

            for (int round = 1; round <= ROUNDS; round++) {
                String[] again = round == 1 ? new String[0] : new String[] {"--rerun"};
                // when a run of 2026-Q1 holds in its conversion step ...
                Path gate = Files.createDirectories(work.resolve("gate-" + round));
                Map<String, String> held = new LinkedHashMap<>(settings);
                held.putAll(Map.of("spring.profiles.active", StepInterruption.PROFILE,
                        "test.step-interruption.step", "conversion", "test.step-interruption.after-chunks", "1",
                        "test.step-interruption.gate", gate.toString()));
                ReportProcess q1 = start(round, "q1", held, with(again, "--quarter", "2026-Q1"));
                q1.awaitFile(gate.resolve("held"), Duration.ofSeconds(90));

                // ... and beside it 2026-Q2 is started twice, the history is asked for, and the scheduler runs
                ReportProcess q2 = start(round, "q2", settings, with(again, "--quarter", "2026-Q2"));
                ReportProcess q2Again = start(round, "q2-again", settings, with(again, "--quarter", "2026-Q2"));
                ReportProcess history = start(round, "history", settings, "--history");
                ReportProcess scheduler = start(round, "scheduler", settings, "--schedule");
                all.addAll(List.of(q1, q2, q2Again, history, scheduler));
                // ... and is stopped once it has started a run (SIGTERM, as systemd stops it)
                scheduler.awaitWhileAlive("a scheduled run", Duration.ofSeconds(90),
                        () -> scheduler.log().contains("Scheduled run for 2026-Q4 as of 2026-11-26"));
                scheduler.terminate();

                // then each ends with a code of the contract: the same period twice at once is declined (4)
                int q2Code = q2.awaitExit(Duration.ofSeconds(90));
                int q2AgainCode = q2Again.awaitExit(Duration.ofSeconds(90));
                assertThat(List.of(q2Code, q2AgainCode)).as(q2.log() + q2Again.log()).contains(0)
                        .allMatch(code -> code == 0 || code == 4);
                assertThat(history.awaitExit(Duration.ofSeconds(90))).as(history.log()).isZero();
                assertThat(scheduler.awaitExit(Duration.ofSeconds(90))).as(scheduler.log())
                        .isIn(0, ENDED_ON_SIGTERM);
                assertThat(scheduler.log()).contains("Scheduler stopped");

                // when the held run carries on, it finishes as if alone
                Files.createFile(gate.resolve("release"));
                assertThat(q1.awaitExit(Duration.ofSeconds(90))).as(q1.log()).isZero();
            }

            // then no process failed because another ended, nor blamed a database
            for (ReportProcess process : all) {
                assertThat(process.log()).doesNotContain("Database is already closed", "CRM database",
                        "job metadata store", "is already running", "database is locked");
            }

            // and afterwards every period runs to COMPLETED: each was left completed, stopped or resumable
            ReportRun hand = handRun(crm, BatchMetadata.fileUrl(work));
            for (String period : List.of("2026-Q1", "2026-Q2", "2026-Q4")) {
                ReportRun.Result result = hand.execute("--quarter", period);
                assertThat(result.exitCode()).as(result.err()).isZero();
            }
            List<Execution> executions = new BatchMetadata(BatchMetadata.fileUrl(work)).executions();
            for (String asOf : List.of("2026-03-31", "2026-06-30", "2026-11-26")) {
                assertThat(executions).filteredOn(execution -> execution.asOf().equals(asOf)).last()
                        .extracting(Execution::status).isEqualTo("COMPLETED");
            }
            assertThat(executions).extracting(Execution::status).allMatch(status -> List.of("COMPLETED", "FAILED",
                    "STOPPED").contains(status));
            assertThat(BatchMetadata.metrics(work.resolve("reports").resolve("b2b-sales-kpis_2026-Q2.xlsx"))
                    .get("total_revenue")).isEqualTo(38_000.0);
        } finally {
            server.stop();
        }
    }

    @Test
    void shouldNameTheJobStoreWhenItFailsDuringARunAndResumeTheRunOnceItWorksAgain() throws Exception {
        // given a run of 2026-Q2 holding in its conversion step, on an SQLite job store whose writers
        // give up after 200 ms
        String batch = BatchMetadata.fileUrl(work).replace("busy_timeout=60000", "busy_timeout=200");
        Path gate = Files.createDirectories(work.resolve("gate"));
        String crm = H2Crm.create(H2Crm.HAND_DATASET);
        ReportRun.Background held = handRun(crm, batch).with("spring.profiles.active", StepInterruption.PROFILE)
                .with("test.step-interruption.step", "conversion").with("test.step-interruption.after-chunks", "1")
                .with("test.step-interruption.gate", gate.toString())
                .start("--quarter", "2026-Q2");
        held.awaitOutput(Duration.ofSeconds(60), () -> Files.exists(gate.resolve("held")));

        // when another connection holds the store's write lock while the step carries on
        ReportRun.Result failed;
        try (Connection other = DriverManager.getConnection(batch)) {
            other.setAutoCommit(false);
            other.createStatement().executeUpdate("UPDATE BATCH_JOB_EXECUTION SET VERSION = VERSION");
            Files.createFile(gate.resolve("release"));
            // the command's last words: the job's failure, or the error that ended the command
            held.awaitOutput(Duration.ofSeconds(60), () -> held.output().contains("The run failed, no workbook")
                    || held.output().contains("error: "));
            failed = held.stop(Duration.ofSeconds(60));
            other.rollback();
        }

        // then the run failed naming the job store, not the CRM (what SQLite says depends on the
        // statement that found the store locked: "database is locked", or the rollback that followed)
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("the job metadata store at "
                + work.resolve("var").resolve("batch-metadata.sqlite").toAbsolutePath() + ": ")
                .doesNotContain("CRM");

        // when the same command is repeated, the run is recovered and resumed
        ReportRun.Result resumed = handRun(crm, batch).execute("--quarter", "2026-Q2");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Execution 1 of 2026-Q2 as of 2026-06-30 was left ")
                .contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 1 ended FAILED)");
        assertThat(BatchMetadata.metrics(work.resolve("reports").resolve("b2b-sales-kpis_2026-Q2.xlsx"))
                .get("total_revenue")).isEqualTo(38_000.0);
    }

    /** A run in this JVM, as by hand, with the settings of the processes. */
    private ReportRun handRun(String crm, String batch) {
        return ReportRun.in(work.resolve("reports")).crm(crm, "sa", "").with("batch.db.url", batch)
                .with("report.chunk-size", "3").with("report.data-quality.max-bad-ratio", "0.5").today(TODAY);
    }

    private ReportProcess start(int round, String name, Map<String, String> settings, String... options) {
        return ReportProcess.startIn(work, Map.of(), work.resolve(name + "-" + round + ".log"), TODAY, settings, options);
    }

    private static String[] with(String[] extra, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }
}
