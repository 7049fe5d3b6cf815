package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two machines that share one job metadata store on MariaDB, each with a working folder of its own
 * and a name of its own ({@code REPORT_LOCK_HOST}: the test's processes all run on one host). A
 * run in progress on one is never taken over by the other; a run whose machine died is resumed by
 * the other once its lease ran out; two schedulers mail each period once.
 */
class TwoMachinesFunctionalTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String WORKBOOK = "b2b-sales-kpis_2026-Q2.xlsx";
    private static final String CHUNK_SIZE = "3";
    private static final int CHUNKS_BEFORE_INTERRUPTION = 2;
    /**
     * Long enough for a start right after the kill to see it running on a busy machine (that start
     * runs in this JVM, which is warm: a new JVM may take many seconds to get there), short enough
     * for the test to wait for it to run out.
     */
    private static final Duration LEASE_OF_THE_KILLED_RUN = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path work;

    private String batch;
    private String crm;

    @BeforeEach
    void createDatabases() {
        batch = MariaDbCrm.emptyDatabase("kpi_two_machines_batch");
        crm = MariaDbCrm.freshDatabase("kpi_two_machines_crm", "crm/hand-dataset.sql");
    }

    @Test
    void shouldLetOneOfTwoMachinesRunAPeriodStartedOnBothAtOnceAndNameTheHolderToTheOther() throws Exception {
        for (int round = 1; round <= 3; round++) {
            // given the same period started on both machines at once, each run holding in its
            // conversion step once it got that far, until the test lets it go on
            String[] options = round == 1 ? new String[] {"--quarter", "2026-Q2"}
                    : new String[] {"--quarter", "2026-Q2", "--rerun"};
            Machine a = new Machine("machine-a", Duration.ofSeconds(60)).holdingConversion();
            Machine b = new Machine("machine-b", Duration.ofSeconds(60)).holdingConversion();
            ReportProcess onA = a.start("round-" + round, options);
            ReportProcess onB = b.start("round-" + round, options);

            // when one of them has ended
            onA.awaitWhileAlive("either machine to end", Duration.ofSeconds(120), () -> !onB.isAlive() || !onA.isAlive());
            boolean aRuns = onA.isAlive();
            ReportProcess declined = aRuns ? onB : onA;
            ReportProcess running = aRuns ? onA : onB;
            Machine winner = aRuns ? a : b;

            // then it declined, naming the machine and process that hold the run, which carries on
            assertThat(declined.awaitExit(Duration.ofSeconds(30))).as(declined.log()).isEqualTo(4);
            assertThat(declined.log()).contains("A run for 2026-Q2 as of 2026-06-30 is already in progress")
                    .contains("pid " + running.pid() + " on " + winner.name).contains("nothing was done");
            running.awaitFile(winner.gate.resolve("held"), Duration.ofSeconds(120));
            Files.createFile(winner.gate.resolve("release"));
            assertThat(running.awaitExit(Duration.ofSeconds(120))).as(running.log()).isZero();
            assertThat(winner.reports.resolve(WORKBOOK)).exists();
            assertThat((aRuns ? b : a).reports.resolve(WORKBOOK)).doesNotExist();
        }
        assertThat(new BatchMetadata(batch, MariaDbCrm.USER, MariaDbCrm.PASSWORD).executions())
                .extracting(Execution::status).containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
    }

    @Test
    void shouldResumeTheRunOfAMachineThatDiedOnTheOtherOnceItsLeaseRanOut() throws Exception {
        // given the numbers of an uninterrupted run
        Map<String, Object> uninterrupted = uninterruptedMetrics();
        // and a run on machine A, held in its conversion step after two commits
        Machine a = new Machine("machine-a", LEASE_OF_THE_KILLED_RUN).holdingConversion();
        Machine b = new Machine("machine-b", LEASE_OF_THE_KILLED_RUN);
        ReportProcess onA = a.start("killed", "--quarter", "2026-Q2");
        onA.awaitFile(a.gate.resolve("held"), Duration.ofSeconds(120));

        // when machine A dies (kill -9: its lease is no longer renewed), and B starts the period at once
        onA.kill();
        ReportRun.Result early = ReportRun.in(b.reports).with("batch.db.url", batch)
                .with("batch.db.user", MariaDbCrm.USER).with("batch.db.password", MariaDbCrm.PASSWORD)
                .crm(crm, MariaDbCrm.USER, MariaDbCrm.PASSWORD).with("report.lock.host", b.name)
                .execute("--quarter", "2026-Q2");

        // then B declines while A's lease runs, although A's process is gone
        assertThat(early.exitCode()).as(early.out() + early.err()).isEqualTo(4);
        assertThat(early.err()).contains("pid " + onA.pid() + " on machine-a");

        // when A's lease has run out, by the database's clock, and B starts the period again
        waitUntil(LEASE_OF_THE_KILLED_RUN.multipliedBy(3), () -> !leaseRunning());
        ReportProcess resumed = b.start("resumed", "--quarter", "2026-Q2");

        // then B recovers A's run and resumes it from its last commit, with the numbers of an
        // uninterrupted run
        assertThat(resumed.awaitExit(Duration.ofSeconds(120))).as(resumed.log()).isZero();
        assertThat(resumed.log()).contains("Execution 1 of 2026-Q2 as of 2026-06-30 was left STARTED")
                .contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 1 ended FAILED)");
        BatchMetadata metadata = new BatchMetadata(batch, MariaDbCrm.USER, MariaDbCrm.PASSWORD);
        assertThat(metadata.executions()).extracting(Execution::status).containsExactly("FAILED", "COMPLETED");
        assertThat(metadata.step(1, "conversion").commitCount()).isEqualTo(CHUNKS_BEFORE_INTERRUPTION);
        assertThat(BatchMetadata.metrics(b.reports.resolve(WORKBOOK))).isEqualTo(uninterrupted);
    }

    @Test
    void shouldMailEachPeriodOnceWhenTwoMachinesRunTheScheduler() throws Exception {
        // given a scheduler on each machine, ticking every two seconds on the second day of a quarter
        // (the quarter just completed and the new quarter to date are due), mailing their workbooks
        LocalDate secondDayOfQ3 = LocalDate.of(2026, 7, 2);
        Machine a = new Machine("machine-a", Duration.ofSeconds(60)).mailing().scheduled();
        Machine b = new Machine("machine-b", Duration.ofSeconds(60)).mailing().scheduled();
        ReportProcess onA = a.start(secondDayOfQ3, "scheduler", "--schedule", "--email");
        ReportProcess onB = b.start(secondDayOfQ3, "scheduler", "--schedule", "--email");

        // when both have found both periods completed by a later tick
        for (ReportProcess scheduler : List.of(onA, onB)) {
            scheduler.awaitWhileAlive("both periods completed", Duration.ofSeconds(180),
                    () -> scheduler.log().contains("The run for 2026-Q2 as of 2026-06-30 completed at")
                            && scheduler.log().contains("The run for 2026-Q3 as of 2026-07-01 completed at"));
        }
        onA.terminate();
        onB.terminate();
        onA.awaitExit(Duration.ofSeconds(60));
        onB.awaitExit(Duration.ofSeconds(60));

        // then each period was run once and mailed once, by whichever machine got there first
        assertThat(new BatchMetadata(batch, MariaDbCrm.USER, MariaDbCrm.PASSWORD).executions())
                .extracting(Execution::status).containsExactly("COMPLETED", "COMPLETED");
        Map<String, Long> mailsBySubject = Arrays.stream(smtp.getReceivedMessages()).map(TwoMachinesFunctionalTests::subject)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(mailsBySubject).as(onA.log() + onB.log()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Sales KPIs 2026-Q2 (complete)", 1L, "Sales KPIs 2026-Q3 as of 2026-07-01", 1L));
    }

    /** One machine: a working folder, its reports, its name in the run locks, the shared databases. */
    private final class Machine {

        private final String name;
        private final Path folder;
        private final Path reports;
        private final Path gate;
        private final Map<String, String> environment = new HashMap<>();
        private final Map<String, String> properties = new HashMap<>();

        Machine(String name, Duration lease) throws Exception {
            this.name = name;
            this.folder = Files.createDirectories(work.resolve(name + "-" + UUID.randomUUID()));
            this.reports = Files.createDirectories(folder.resolve("reports"));
            this.gate = Files.createDirectories(folder.resolve("gate"));
            environment.putAll(Map.of("BATCH_DB_URL", batch, "BATCH_DB_USER", MariaDbCrm.USER,
                    "BATCH_DB_PASSWORD", MariaDbCrm.PASSWORD, "CRM_DB_URL", crm, "CRM_DB_USER", MariaDbCrm.USER,
                    "CRM_DB_PASSWORD", MariaDbCrm.PASSWORD, "REPORT_LOCK_HOST", name,
                    "REPORT_LOCK_LEASE", lease.toSeconds() + "s"));
            properties.putAll(Map.of("report.output-dir", reports.toString(), "report.chunk-size", CHUNK_SIZE,
                    "report.data-quality.max-bad-ratio", "0.5"));
        }

        /** Its runs hold in the conversion step after two commits until a file "release" appears in the gate. */
        Machine holdingConversion() {
            properties.putAll(Map.of("spring.profiles.active", StepInterruption.PROFILE,
                    "test.step-interruption.step", "conversion",
                    "test.step-interruption.after-chunks", String.valueOf(CHUNKS_BEFORE_INTERRUPTION),
                    "test.step-interruption.gate", gate.toString()));
            return this;
        }

        Machine mailing() {
            environment.putAll(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    "REPORT_MAIL_TO", "lead@example.com", "REPORT_MAIL_FROM", "kpi@example.com"));
            properties.putAll(Map.of("report.mail.starttls", "false", "report.mail.timeout", "5s"));
            return this;
        }

        Machine scheduled() {
            // the new quarter to date has next to no rows: its share of untrusted ones is not the point
            properties.putAll(Map.of("report.schedule.cron", "*/2 * * * * *", "report.data-quality.max-bad-ratio", "1.0"));
            return this;
        }

        ReportProcess start(String log, String... options) {
            return start(TODAY, log, options);
        }

        ReportProcess start(LocalDate today, String log, String... options) {
            return ReportProcess.startIn(folder, environment, folder.resolve(log + ".log"), today, properties, options);
        }
    }

    private Map<String, Object> uninterruptedMetrics() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("uninterrupted"));
        ReportRun.Result result = ReportRun.in(elsewhere).crm(crm, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.chunk-size", CHUNK_SIZE).with("report.data-quality.max-bad-ratio", "0.5")
                .execute("--quarter", "2026-Q2");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return BatchMetadata.metrics(elsewhere.resolve(WORKBOOK));
    }

    /** Whether the lease of the run lock of 2026-Q2 lies ahead, by the database's clock. */
    private boolean leaseRunning() {
        return new JdbcTemplate(new DriverManagerDataSource(batch, MariaDbCrm.USER, MariaDbCrm.PASSWORD))
                .queryForObject("SELECT COUNT(*) FROM REPORT_RUN_LOCK WHERE name = '2026-Q2_asof-2026-06-30' "
                        + "AND lock_until > UTC_TIMESTAMP(3)", Integer.class) > 0;
    }

    private static void waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
