package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails, or whose process is killed, is finished by repeating the same command: from the
 * last committed chunk, not from the start, and with the numbers of a run that was never
 * interrupted. The hand dataset is read three rows per chunk, so the conversion step (20 rows)
 * commits seven chunks; the interruptions come after its second.
 */
class RestartFunctionalTests {

    private static final String CHUNK_SIZE = "3";
    private static final int CHUNKS_BEFORE_INTERRUPTION = 2;
    private static final String WORKBOOK = "b2b-sales-kpis_2026-Q2.xlsx";

    @TempDir
    Path work;

    private Path reports;
    private Map<String, Object> uninterruptedMetrics;
    private long uninterruptedConversionRows;

    /** The same CRM run once without interruption: the numbers every other run must give. */
    private void runUninterrupted(String crm) throws Exception {
        String batch = "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path elsewhere = Files.createDirectories(work.resolve("uninterrupted"));
        ReportRun.Result result = ReportRun.in(elsewhere).crm(crm, "sa", "").with("batch.db.url", batch)
                .with("report.chunk-size", CHUNK_SIZE).with("report.data-quality.max-bad-ratio", "0.5")
                .execute("--quarter", "2026-Q2");
        assertThat(result.exitCode()).as(result.err()).isZero();
        uninterruptedMetrics = BatchMetadata.metrics(elsewhere.resolve(WORKBOOK));
        uninterruptedConversionRows = new BatchMetadata(batch).step(1, "conversion").readCount();
        assertThat(uninterruptedConversionRows).isGreaterThan(CHUNKS_BEFORE_INTERRUPTION * 3L);
    }

    @BeforeEach
    void createReports() throws Exception {
        reports = Files.createDirectories(work.resolve("reports"));
    }

    @Test
    void shouldResumeAFailedRunFromItsLastCommittedChunkWithTheNumbersOfAnUninterruptedRun() throws Exception {
        // given a run whose conversion step fails after two committed chunks
        String crm = H2Crm.create(H2Crm.HAND_DATASET);
        runUninterrupted(crm);
        String batch = "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        BatchMetadata metadata = new BatchMetadata(batch);
        ReportRun.Result failed = run(crm, batch).with("report.progress-interval", "0s")
                .with("spring.profiles.active", StepInterruption.PROFILE)
                .with("test.step-interruption.step", "conversion")
                .with("test.step-interruption.after-chunks", String.valueOf(CHUNKS_BEFORE_INTERRUPTION))
                .execute("--quarter", "2026-Q2");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("The run failed, no workbook was written").contains("Injected fault");
        // what the log said: progress while the step ran, the step's line, the run's summary
        assertThat(failed.out()).contains("Step conversion: 6 rows read so far")
                .contains("Step conversion: 9 rows read, 1 untrusted rows left out")
                .contains("Run 2026-Q2 as of 2026-06-30 (execution 1): FAILED in ");
        assertThat(metadata.executions()).extracting(Execution::status).containsExactly("FAILED");
        assertThat(metadata.step(1, "conversion").status()).isEqualTo("FAILED");
        assertThat(metadata.step(1, "conversion").commitCount()).isEqualTo(CHUNKS_BEFORE_INTERRUPTION);
        assertThat(reports).isEmptyDirectory();

        // when the same command is repeated (the fault is gone)
        ReportRun.Result resumed = run(crm, batch).execute("--quarter", "2026-Q2");

        // then the failed execution is restarted, not started over
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 1 ended FAILED)");
        assertResumedWithUninterruptedNumbers(metadata);
    }

    @Test
    void shouldFinishARunWhoseProcessWasKilledWithTheNumbersOfAnUninterruptedRun() throws Exception {
        // given a run in a process of its own, held in its conversion step after two committed chunks
        String crm = H2Crm.inFile(work, H2Crm.HAND_DATASET);
        runUninterrupted(crm);
        String batch = BatchMetadata.fileUrl(work);
        ReportProcess process = startHeld(crm, batch, "killed", CHUNKS_BEFORE_INTERRUPTION);
        BatchMetadata metadata = new BatchMetadata(batch);
        // the revenue step runs beside the held one: let it complete, so that the resumed run skips it
        process.awaitWhileAlive("the revenue step to complete", Duration.ofSeconds(60),
                () -> metadata.steps(1).stream().anyMatch(s -> s.name().equals("revenue") && s.status().equals("COMPLETED")));

        // when the process is killed (kill -9: no clean-up at all) and the same command is repeated
        process.kill();
        assertThat(metadata.executions()).extracting(Execution::status).singleElement()
                .isIn("STARTING", "STARTED");
        ReportRun.Result resumed = run(crm, batch).execute("--quarter", "2026-Q2");

        // then the killed execution is recovered and restarted from its last commit
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Execution 1 of 2026-Q2 as of 2026-06-30 was left STARTED")
                .contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 1 ended FAILED)");
        assertResumedWithUninterruptedNumbers(metadata);
    }

    @Test
    void shouldResumeFromTheLastCommitWhenTheResumedRunIsKilledBeforeItsFirstCommit() throws Exception {
        // given a run killed after two committed chunks of its conversion step, and its resumption
        // killed before the conversion step committed anything
        String crm = H2Crm.inFile(work, H2Crm.HAND_DATASET);
        runUninterrupted(crm);
        String batch = BatchMetadata.fileUrl(work);
        startHeld(crm, batch, "killed", CHUNKS_BEFORE_INTERRUPTION).kill();
        ReportProcess resumedOnce = startHeld(crm, batch, "killed-again", 0);
        resumedOnce.kill();
        assertThat(resumedOnce.log()).contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 1 ended FAILED)");

        // when the same command is repeated
        ReportRun.Result resumed = run(crm, batch).execute("--quarter", "2026-Q2");

        // then the conversion step starts again from the first run's last commit, not from the start
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Execution 2 of 2026-Q2 as of 2026-06-30 was left STARTED")
                .contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 2 ended FAILED)");
        BatchMetadata metadata = new BatchMetadata(batch);
        assertThat(metadata.executions()).extracting(Execution::status).containsExactly("FAILED", "FAILED", "COMPLETED");
        assertThat(metadata.step(2, "conversion").commitCount()).isZero();
        assertThat(metadata.step(3, "conversion").readCount())
                .isEqualTo(uninterruptedConversionRows - CHUNKS_BEFORE_INTERRUPTION * Long.parseLong(CHUNK_SIZE));
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK))).isEqualTo(uninterruptedMetrics);
    }

    @Test
    void shouldResumeARunLeftFailedWithAStepStillStartedAndRerunARunLeftWithAStepUnknown() throws Exception {
        // given a run whose conversion step failed after two commits, as a process whose job metadata
        // store failed under it leaves it: the run FAILED, its conversion step still STARTED
        String crm = H2Crm.create(H2Crm.HAND_DATASET);
        runUninterrupted(crm);
        String batch = BatchMetadata.fileUrl(work);
        assertThat(failingRun(crm, batch).execute("--quarter", "2026-Q2").exitCode()).isEqualTo(1);
        BatchMetadata metadata = new BatchMetadata(batch);
        metadata.setStepStatus(1, "conversion", "STARTED");

        // when the same command is repeated
        ReportRun.Result resumed = run(crm, batch).execute("--quarter", "2026-Q2");

        // then the run is recovered and resumed from the step's last commit
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out())
                .contains("Execution 1 of 2026-Q2 as of 2026-06-30 was left FAILED with step conversion STARTED")
                .contains("Resuming the run for 2026-Q2 as of 2026-06-30 (execution 1 ended FAILED)");
        assertResumedWithUninterruptedNumbers(metadata);

        // given a rerun whose step was left UNKNOWN (Spring Batch could not save its end)
        assertThat(failingRun(crm, batch).execute("--quarter", "2026-Q2", "--rerun").exitCode()).isEqualTo(1);
        metadata.setStepStatus(3, "conversion", "UNKNOWN");

        // when it is run again with --rerun
        ReportRun.Result rerun = run(crm, batch).execute("--quarter", "2026-Q2", "--rerun");

        // then the abandoned rerun is recovered, and a fresh run starts
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("was left FAILED with step conversion UNKNOWN");
        assertThat(metadata.executions()).extracting(Execution::status)
                .containsExactly("FAILED", "COMPLETED", "FAILED", "COMPLETED");
        assertThat(metadata.step(4, "conversion").readCount()).isEqualTo(uninterruptedConversionRows);
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK))).isEqualTo(uninterruptedMetrics);
    }

    private void assertResumedWithUninterruptedNumbers(BatchMetadata metadata) throws Exception {
        List<Execution> executions = metadata.executions();
        assertThat(executions).extracting(Execution::status).containsExactly("FAILED", "COMPLETED");
        long resumed = executions.get(1).id();
        // the steps that had completed (the family steps run side by side: revenue at least) are not
        // run again; the others are
        List<String> completedBefore = metadata.steps(executions.get(0).id()).stream()
                .filter(step -> step.status().equals("COMPLETED")).map(BatchMetadata.Step::name).toList();
        assertThat(completedBefore).contains("revenue").doesNotContain("conversion");
        assertThat(metadata.steps(resumed)).extracting(BatchMetadata.Step::name)
                .contains("conversion", "workbook").doesNotContainAnyElementsOf(completedBefore)
                .containsAll(Stream.of("revenue", "pipeline", "customers", "salesTeam")
                        .filter(step -> !completedBefore.contains(step)).toList());
        // the conversion step reads only the rows after its last committed chunk
        assertThat(metadata.step(resumed, "conversion").readCount())
                .isEqualTo(uninterruptedConversionRows - CHUNKS_BEFORE_INTERRUPTION * Long.parseLong(CHUNK_SIZE));
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK))).isEqualTo(uninterruptedMetrics);
        assertThat(uninterruptedMetrics.get("total_revenue")).isEqualTo(38_000.0);
    }

    /** The run of 2026-Q2 in a process of its own, held in its conversion step after some committed chunks. */
    private ReportProcess startHeld(String crm, String batch, String name, int chunks) throws Exception {
        Path gate = Files.createDirectories(work.resolve(name + "-gate"));
        Map<String, String> settings = new LinkedHashMap<>(Map.of("batch.db.url", batch, "crm.db.url", crm,
                "crm.db.user", "sa",
                "report.output-dir", reports.toString(), "report.chunk-size", CHUNK_SIZE,
                "report.data-quality.max-bad-ratio", "0.5"));
        settings.putAll(Map.of("spring.profiles.active", StepInterruption.PROFILE,
                "test.step-interruption.step", "conversion",
                "test.step-interruption.after-chunks", String.valueOf(chunks),
                "test.step-interruption.gate", gate.toString()));
        ReportProcess process = ReportProcess.start(work.resolve(name + ".log"), LocalDate.of(2026, 11, 27), settings,
                "--quarter", "2026-Q2");
        process.awaitFile(gate.resolve("held"), Duration.ofSeconds(60));
        return process;
    }

    /** A run whose conversion step fails after two committed chunks. */
    private ReportRun failingRun(String crm, String batch) {
        return run(crm, batch).with("spring.profiles.active", StepInterruption.PROFILE)
                .with("test.step-interruption.step", "conversion")
                .with("test.step-interruption.after-chunks", String.valueOf(CHUNKS_BEFORE_INTERRUPTION));
    }

    private ReportRun run(String crm, String batch) {
        return ReportRun.in(reports).crm(crm, "sa", "").with("batch.db.url", batch)
                .with("report.chunk-size", CHUNK_SIZE).with("report.data-quality.max-bad-ratio", "0.5");
    }
}
