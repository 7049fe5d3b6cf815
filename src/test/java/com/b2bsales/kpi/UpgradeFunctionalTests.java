package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job upgraded while a run of the previous release is unfinished: that release saved the run's
 * state (team roster, tallies) with classes this one moved (crm.TeamRoster, metrics.TeamTallies),
 * so it cannot resume it. The run is read afresh, said in one line, and the run history stays
 * readable. Without the old jar: the saved state is written into the job store as that release
 * left it, naming a class that does not exist here.
 */
class UpgradeFunctionalTests {

    private static final String CHUNK_SIZE = "3";
    private static final String WORKBOOK = "b2b-sales-kpis_2026-Q2.xlsx";
    private static final String MISSING_CLASS = "com.b2bsales.kpi.UpgradeFunctionalTests$Missing";

    @TempDir
    Path work;

    private Path reports;
    private String crm;
    private String batch;
    private BatchMetadata metadata;

    /** Saved in place of the earlier release's objects; its name is then changed to one no class has. */
    private record Present(String tallies) implements Serializable {
    }

    @BeforeEach
    void runUntilTheConversionStepFails() throws Exception {
        reports = Files.createDirectories(work.resolve("reports"));
        crm = H2Crm.create(H2Crm.HAND_DATASET);
        batch = BatchMetadata.fileUrl(work);
        metadata = new BatchMetadata(batch);
        // a run whose conversion step saved two commits, then failed
        ReportRun.Result failed = run().with("spring.profiles.active", StepInterruption.PROFILE)
                .with("test.step-interruption.step", "conversion")
                .with("test.step-interruption.after-chunks", "2").execute("--quarter", "2026-Q2");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(metadata.step(1, "conversion").commitCount()).isEqualTo(2);
    }

    @Test
    void shouldReadAfreshAKilledRunWhoseSavedTalliesNameAClassThisReleaseDoesNotHave() throws Exception {
        // given the run left as a process killed in its conversion step leaves it, its tallies saved
        // as an earlier release saved them: naming a class that this release does not have
        Map<String, Object> context = new HashMap<>(metadata.stepContext(1, "conversion"));
        assertThat(context).containsKey("conversion.tally");
        context.put("conversion.tally", deflated(namingTheMissingClass(javaSerialized(new Present("conversion")))));
        metadata.setStepContext(1, "conversion", context);
        metadata.setStarted(1, "conversion");

        // when the new release is started for the same period, then once more
        ReportRun.Result upgraded = run().execute("--quarter", "2026-Q2");
        ReportRun.Result next = run().execute("--quarter", "2026-Q2");

        // then the run is not resumed but read afresh, with the numbers of an uninterrupted run
        assertThat(upgraded.exitCode()).as(upgraded.err()).isZero();
        assertThat(upgraded.out()).contains("Execution 1 of 2026-Q2 as of 2026-06-30 was left STARTED")
                .contains("The last run for 2026-Q2 as of 2026-06-30 (execution 1) cannot be resumed by this release "
                        + "(step conversion: the saved tallies of conversion.tally cannot be read: class "
                        + MISSING_CLASS + " is not in this release; an earlier release saved it); reading ")
                .doesNotContain("Resuming");
        assertReadAfreshWithUninterruptedNumbers();
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("The run for 2026-Q2 as of 2026-06-30 completed at")
                .doesNotContain("cannot be resumed");
    }

    @Test
    void shouldKeepTheHistoryAndReadAfreshARunWhoseJobContextSpringBatchCannotLoad() throws Exception {
        // given the run's job execution context saved as an earlier release saved it, its team roster
        // of a class that this release does not have: Spring Batch's deserializer fails on the context
        Map<String, Object> context = new HashMap<>();
        context.put("teams.roster", new Present("roster"));
        metadata.setJobContext(1, namingTheMissingClass(BatchMetadata.serialized(context)));

        // when the run history is asked for, and the same period is run
        ReportRun.Result historyBefore = run().execute("--history");
        ReportRun.Result upgraded = run().execute("--quarter", "2026-Q2");
        ReportRun.Result historyAfter = run().execute("--history");

        // then the history lists the run, and the run is read afresh
        assertThat(historyBefore.exitCode()).as(historyBefore.err()).isZero();
        assertThat(historyBefore.out()).contains("FAILED");
        assertThat(upgraded.exitCode()).as(upgraded.err()).isZero();
        assertThat(upgraded.out()).contains("The last run for 2026-Q2 as of 2026-06-30 (execution 1) cannot be resumed "
                + "by this release (its saved state cannot be read: class " + MISSING_CLASS + " is not in this release");
        assertReadAfreshWithUninterruptedNumbers();
        assertThat(historyAfter.exitCode()).as(historyAfter.err()).isZero();
        assertThat(historyAfter.out()).contains("FAILED").contains("COMPLETED").contains(WORKBOOK);
    }

    /** A fresh run under the next run number, every step reading all its rows: the numbers of a run never interrupted. */
    private void assertReadAfreshWithUninterruptedNumbers() throws Exception {
        String elsewhere = "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path uninterruptedReports = Files.createDirectories(work.resolve("uninterrupted"));
        ReportRun.Result uninterrupted = ReportRun.in(uninterruptedReports).crm(crm, "sa", "")
                .with("batch.db.url", elsewhere).with("report.chunk-size", CHUNK_SIZE)
                .with("report.data-quality.max-bad-ratio", "0.5").execute("--quarter", "2026-Q2");
        assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
        assertThat(metadata.executions()).extracting(Execution::status).containsExactly("FAILED", "COMPLETED");
        assertThat(metadata.steps(2)).extracting(BatchMetadata.Step::name)
                .contains("revenue", "conversion", "pipeline", "customers", "salesTeam", "workbook");
        assertThat(metadata.step(2, "conversion").readCount())
                .isEqualTo(new BatchMetadata(elsewhere).step(1, "conversion").readCount());
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)))
                .isEqualTo(BatchMetadata.metrics(uninterruptedReports.resolve(WORKBOOK)));
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isEqualTo(38_000.0);
    }

    private ReportRun run() {
        return ReportRun.in(reports).crm(crm, "sa", "").with("batch.db.url", batch)
                .with("report.chunk-size", CHUNK_SIZE).with("report.data-quality.max-bad-ratio", "0.5");
    }

    private static byte[] javaSerialized(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** Compressed as the family steps save their tallies. */
    private static byte[] deflated(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
            out.write(bytes);
        }
        return compressed.toByteArray();
    }

    /** The serialized form with the class Present renamed Missing (as long a name: the stream stays whole). */
    private static byte[] namingTheMissingClass(byte[] serialized) {
        byte[] from = "UpgradeFunctionalTests$Present".getBytes(StandardCharsets.UTF_8);
        byte[] to = "UpgradeFunctionalTests$Missing".getBytes(StandardCharsets.UTF_8);
        byte[] renamed = serialized.clone();
        int found = 0;
        for (int i = 0; i + from.length <= renamed.length; i++) {
            if (Arrays.equals(renamed, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, renamed, i, to.length);
                found++;
            }
        }
        assertThat(found).as("occurrences of the class name").isPositive();
        return renamed;
    }

    /** The same for Spring Batch's form of an execution context: Java serialization in Base64. */
    private static String namingTheMissingClass(String serializedContext) {
        byte[] raw = Base64.getDecoder().decode(serializedContext);
        return Base64.getEncoder().encodeToString(namingTheMissingClass(raw));
    }
}
