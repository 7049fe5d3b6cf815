package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never two runs of a period at once: a second start while one runs is declined with exit code 4
 * and does no harm, and the job metadata database (the embedded H2 file, as by default) answers
 * other commands meanwhile. A completed period is run again only when asked.
 */
class ConcurrentRunFunctionalTests {

    private static final String WORKBOOK = "b2b-sales-kpis_2026-Q2.xlsx";

    @TempDir
    Path work;

    @Test
    void shouldDeclineASecondStartOfAPeriodInProgressAndLetTheFirstRunFinish() throws Exception {
        // given a run of 2026-Q2 in a process of its own, holding in its conversion step
        String crm = H2Crm.inFile(work, H2Crm.HAND_DATASET);
        String batch = BatchMetadata.fileUrl(work);
        Path reports = Files.createDirectories(work.resolve("reports"));
        Path gate = Files.createDirectories(work.resolve("gate"));
        Map<String, String> settings = new LinkedHashMap<>(Map.of("batch.db.url", batch, "crm.db.url", crm,
                "crm.db.user", "sa", "report.output-dir", reports.toString(),
                "report.chunk-size", "3", "report.data-quality.max-bad-ratio", "0.5"));
        settings.putAll(Map.of("spring.profiles.active", StepInterruption.PROFILE,
                "test.step-interruption.step", "conversion", "test.step-interruption.after-chunks", "1",
                "test.step-interruption.gate", gate.toString()));
        ReportProcess first = ReportProcess.start(work.resolve("first.log"), LocalDate.of(2026, 11, 27), settings,
                "--quarter", "2026-Q2");
        first.awaitFile(gate.resolve("held"), Duration.ofSeconds(60));
        ReportRun beside = ReportRun.in(reports).crm(crm, "sa", "").with("batch.db.url", batch)
                .with("report.data-quality.max-bad-ratio", "0.5");

        // when the same period is started again, and the history is asked for, meanwhile
        ReportRun.Result second = beside.execute("--quarter", "2026-Q2");
        ReportRun.Result history = beside.execute("--history");

        // then the second start says so and does nothing
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.err()).contains("A run for 2026-Q2 as of 2026-06-30 is already in progress (execution 1, started ")
                .contains("pid " + first.pid()).contains("nothing was done");
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).containsPattern("1 +2026-Q2 +2026-06-30 .*STARTED");
        BatchMetadata metadata = new BatchMetadata(batch);
        assertThat(metadata.executions()).extracting(Execution::status).containsExactly("STARTED");

        // when the first run carries on
        Files.createFile(gate.resolve("release"));

        // then it finishes as if alone
        assertThat(first.awaitExit(Duration.ofSeconds(60))).as(first.log()).isZero();
        assertThat(metadata.executions()).extracting(Execution::status).containsExactly("COMPLETED");
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isEqualTo(38_000.0);
    }

    @Test
    void shouldRunACompletedPeriodAgainOnlyWithRerunAndListBothRunsInTheHistory() throws Exception {
        // given a completed run of 2026-Q2
        Path reports = Files.createDirectories(work.resolve("reports"));
        ReportRun run = ReportRun.in(reports).crm(H2Crm.create(H2Crm.HAND_DATASET), "sa", "")
                .with("report.data-quality.max-bad-ratio", "0.5");
        assertThat(run.execute("--quarter", "2026-Q2").exitCode()).isZero();
        Map<String, Object> first = BatchMetadata.metrics(reports.resolve(WORKBOOK));

        // when it is asked for again without and then with --rerun
        ReportRun.Result again = run.execute("--quarter", "2026-Q2");
        ReportRun.Result rerun = run.execute("--quarter", "2026-Q2", "--rerun");
        ReportRun.Result history = run.execute("--history");

        // then only --rerun runs it, with the same numbers, as a second run
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing was recomputed; use --rerun to run it again");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("Workbook written");
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK))).isEqualTo(first);
        assertThat(history.out()).containsPattern("2 +2026-Q2 +2026-06-30 +1 +COMPLETED")
                .containsPattern("1 +2026-Q2 +2026-06-30 +0 +COMPLETED");
    }
}
