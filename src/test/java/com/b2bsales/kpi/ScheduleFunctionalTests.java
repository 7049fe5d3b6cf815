package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --schedule} on a cron expression that fires every second, on a day the test chooses: the
 * second day of a quarter, when a nightly run reports the quarter just completed and the new
 * quarter to date.
 */
class ScheduleFunctionalTests {

    private static final LocalDate SECOND_DAY_OF_Q3 = LocalDate.of(2026, 7, 2);
    private static final String EVERY_SECOND = "* * * * * *";

    @TempDir
    Path work;

    @Test
    void shouldRunTheQuarterJustCompletedAndTheNewQuarterToDateOnTheSecondDayOfAQuarter() throws Exception {
        // given the scheduler on 2 July 2026
        Path reports = Files.createDirectories(work.resolve("reports"));
        String batch = "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ReportRun run = ReportRun.in(reports).crm(H2Crm.create(H2Crm.HAND_DATASET), "sa", "").with("batch.db.url", batch)
                .with("report.data-quality.max-bad-ratio", "1.0").with("report.schedule.cron", EVERY_SECOND)
                .today(SECOND_DAY_OF_Q3);

        // when it has ticked until the reports of a later tick find both periods completed
        ReportRun.Background scheduler = run.start("--schedule");
        scheduler.awaitOutput(Duration.ofSeconds(60), "b2b-sales-kpis_2026-Q2.xlsx",
                "b2b-sales-kpis_2026-Q3_asof-2026-07-01.xlsx",
                "The run for 2026-Q2 as of 2026-06-30 completed at",
                "The run for 2026-Q3 as of 2026-07-01 completed at");
        ReportRun.Result stopped = scheduler.stop(Duration.ofSeconds(60));

        // then each period ran once, the completed quarter first
        assertThat(stopped.exitCode()).as(stopped.err()).isZero();
        assertThat(new BatchMetadata(batch).executions()).containsExactly(
                new Execution(1, "COMPLETED", "2026-Q2", "2026-06-30"),
                new Execution(2, "COMPLETED", "2026-Q3", "2026-07-01"));
        assertThat(BatchMetadata.metrics(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).get("total_revenue"))
                .isEqualTo(38_000.0);
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q3_asof-2026-07-01.xlsx")).exists();
    }

    @Test
    void shouldRejectAPeriodGivenWithScheduleBeforeStarting() {
        ReportRun.Result result = ReportRun.in(work).execute("--schedule", "--quarter", "2026-Q2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: --schedule runs the nightly periods on its own");
    }

    @Test
    void shouldKeepSchedulingAfterARunFails() throws Exception {
        // given a scheduler whose runs fail: the CRM has no tables
        Path reports = Files.createDirectories(work.resolve("reports"));
        String batch = "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ReportRun run = ReportRun.in(reports).crm("jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "").with("batch.db.url", batch).with("report.schedule.cron", EVERY_SECOND)
                .with("report.schedule.previous-quarter-days", "0").today(SECOND_DAY_OF_Q3);

        // when it ticks
        ReportRun.Background scheduler = run.start("--schedule");
        scheduler.awaitOutput(Duration.ofSeconds(60),
                "The run failed, no workbook was written: the query sales_rep.sql of the built-in profile native");
        scheduler.awaitOutput(Duration.ofSeconds(60),
                () -> scheduler.countInOutput("Scheduled run for 2026-Q3 as of 2026-07-01 ended with exit code 1") >= 2);
        ReportRun.Result stopped = scheduler.stop(Duration.ofSeconds(60));

        // then every tick tried again (and failed again, checking the CRM before starting the job), and
        // the scheduler ended only when stopped; resuming a failed run is RestartFunctionalTests' part
        assertThat(stopped.exitCode()).isZero();
        assertThat(new BatchMetadata(batch).executions()).isEmpty();
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void shouldStopTheRunningJobAtItsNextCommitOnSigtermSoThatTheSameCommandResumesIt() throws Exception {
        // given the scheduler in a process of its own, on databases served by this JVM (as a server
        // database would be), its first run holding in the conversion step after two commits
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            String crm = served(server, H2Crm.create(H2Crm.HAND_DATASET));
            String batch = served(server, "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            ReportProcess scheduler = startHeldScheduler(crm, batch);
            BatchMetadata metadata = new BatchMetadata(batch);

            // when it gets SIGTERM, and the held step carries on once the stop was asked for
            scheduler.terminate();
            scheduler.awaitWhileAlive("the stop request", Duration.ofSeconds(30),
                    () -> metadata.executions().stream().anyMatch(e -> e.status().equals("STOPPING")));
            Files.createFile(work.resolve("gate").resolve("release"));
            scheduler.awaitExit(Duration.ofSeconds(60));

            // then the run stopped at a commit, nothing else started, and no workbook was written
            assertThat(metadata.executions()).as(scheduler.log())
                    .containsExactly(new Execution(1, "STOPPED", "2026-Q2", "2026-06-30"));
            assertThat(scheduler.log()).contains("Scheduler stopped");
            assertThat(work.resolve("reports")).isEmptyDirectory();

            // when the same period is run by hand, it is resumed from the stopped run
            assertResumedByHand(crm, batch, "(execution 1 ended STOPPED)");
        } finally {
            server.stop();
        }
    }

    @Test
    void shouldStopTheRunningJobAtItsNextCommitOnSigtermOnTheDefaultEmbeddedJobStore() throws Exception {
        // given the scheduler in a process of its own on the default embedded job metadata store (an
        // SQLite file, which the process opens and closes itself), its first run holding in the
        // conversion step after two commits; the CRM served by this JVM, as a CRM server would be
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            String crm = served(server, H2Crm.create(H2Crm.HAND_DATASET));
            String batch = BatchMetadata.fileUrl(work);
            ReportProcess scheduler = startHeldScheduler(crm, batch);
            BatchMetadata metadata = new BatchMetadata(batch);

            // when it gets SIGTERM, and the held step carries on once the stop was asked for
            scheduler.terminate();
            scheduler.awaitWhileAlive("the stop request", Duration.ofSeconds(30),
                    () -> metadata.executions().stream().anyMatch(e -> e.status().equals("STOPPING")));
            Files.createFile(work.resolve("gate").resolve("release"));
            scheduler.awaitExit(Duration.ofSeconds(60));

            // then the run stopped at a commit, as on a server database, and no workbook was written
            assertThat(metadata.executions()).as(scheduler.log())
                    .containsExactly(new Execution(1, "STOPPED", "2026-Q2", "2026-06-30"));
            assertThat(scheduler.log()).contains("Scheduler stopped").doesNotContain("Could not ask the run");
            assertThat(work.resolve("reports")).isEmptyDirectory();

            // when the same period is run by hand, it is resumed from the stopped run
            assertResumedByHand(crm, batch, "(execution 1 ended STOPPED)");
        } finally {
            server.stop();
        }
    }

    /** The URL through which other processes reach an in-memory database of this JVM. */
    private static String served(Server server, String inMemoryUrl) {
        return "jdbc:h2:tcp://localhost:" + server.getPort() + "/" + inMemoryUrl.substring("jdbc:h2:".length());
    }

    private ReportProcess startHeldScheduler(String crm, String batch) throws Exception {
        Path gate = Files.createDirectories(work.resolve("gate"));
        Map<String, String> settings = new LinkedHashMap<>(Map.of("batch.db.url", batch, "crm.db.url", crm,
                "crm.db.user", "sa",
                "report.output-dir", Files.createDirectories(work.resolve("reports")).toString(),
                "report.chunk-size", "3", "report.data-quality.max-bad-ratio", "0.5",
                "report.schedule.cron", EVERY_SECOND));
        settings.putAll(Map.of("spring.profiles.active", StepInterruption.PROFILE,
                "test.step-interruption.step", "conversion", "test.step-interruption.after-chunks", "2",
                "test.step-interruption.gate", gate.toString()));
        ReportProcess scheduler = ReportProcess.start(work.resolve("scheduler.log"), SECOND_DAY_OF_Q3, settings,
                "--schedule");
        scheduler.awaitFile(gate.resolve("held"), Duration.ofSeconds(60));
        return scheduler;
    }

    private void assertResumedByHand(String crm, String batch, String resumedExecution) throws Exception {
        Path reports = work.resolve("reports");
        ReportRun.Result resumed = ReportRun.in(reports).crm(crm, "sa", "").with("batch.db.url", batch)
                .with("report.chunk-size", "3")
                .with("report.data-quality.max-bad-ratio", "0.5").execute("--quarter", "2026-Q2");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Resuming the run for 2026-Q2 as of 2026-06-30 " + resumedExecution);
        assertThat(BatchMetadata.metrics(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).get("total_revenue"))
                .isEqualTo(38_000.0);
    }
}
