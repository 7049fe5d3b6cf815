package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.BatchMetadata.Execution;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is that of a period, an as-of date and a CRM source: the demo's run never answers for the
 * CRM's, nor is resumed by it. And a run whose data was rejected is not resumed either: fixing the
 * rows and running again reads the CRM again. On the MariaDB server, through the real command line.
 */
class CrmSourceFunctionalTests {

    private static final String WORKBOOK = "b2b-sales-kpis_2026-Q2.xlsx";

    @TempDir
    Path reports;

    private String crm;
    private String batch;

    @BeforeEach
    void createDatabases() {
        crm = MariaDbCrm.freshDatabase("kpi_source", "crm/hand-dataset.sql");
        batch = "jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private ReportRun demo() {
        return ReportRun.in(reports).with("batch.db.url", batch).with("report.demo.scale", "0.2");
    }

    private ReportRun mariaDb() {
        return ReportRun.in(reports).with("batch.db.url", batch).crm(crm, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.chunk-size", "3").with("report.data-quality.max-bad-ratio", "0.5");
    }

    @Test
    void shouldComputeTheCrmsReportAlthoughTheDemosRunOfThePeriodCompleted() throws Exception {
        // given 2026-Q2 completed on the embedded demo
        ReportRun.Result fromDemo = demo().execute("--quarter", "2026-Q2");
        assertThat(fromDemo.exitCode()).as(fromDemo.err()).isZero();
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isNotEqualTo(38_000.0);

        // when the same period is run on the MariaDB CRM with the same job store
        ReportRun.Result fromCrm = mariaDb().execute("--quarter", "2026-Q2");

        // then the CRM is read, not the demo's run reported
        assertThat(fromCrm.exitCode()).as(fromCrm.err()).isZero();
        assertThat(fromCrm.out()).contains("Workbook written").doesNotContain("Nothing was recomputed");
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isEqualTo(38_000.0);
        String source = "native CRM at 127.0.0.1:3306/kpi_source_" + ProcessHandle.current().pid();
        assertThat(fromCrm.out()).contains("rows read from " + source);
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve(WORKBOOK))) {
            assertThat(WorkbookReader.texts(WorkbookReader.rowStartingWith(
                    workbook.workbook().getSheet("Definitions"), "Source"))).contains(source);
        }

        // and the history names each run's source
        String history = mariaDb().execute("--history").out();
        assertThat(history).contains("source").contains(source).contains("demo data (seed 42, scale 0.2, through ");
    }

    @Test
    void shouldNotResumeTheDemosInterruptedRunWithTheCrm() throws Exception {
        // given a demo run of 2026-Q2 that failed in its conversion step after two commits
        ReportRun.Result interrupted = demo().with("report.chunk-size", "500")
                .with("spring.profiles.active", StepInterruption.PROFILE)
                .with("test.step-interruption.step", "conversion").with("test.step-interruption.after-chunks", "1")
                .execute("--quarter", "2026-Q2");
        assertThat(interrupted.exitCode()).isEqualTo(1);

        // when the same period is run on the MariaDB CRM with the same job store
        ReportRun.Result fromCrm = mariaDb().execute("--quarter", "2026-Q2");

        // then a run of its own reads the CRM from the start: no demo tallies mixed in
        assertThat(fromCrm.exitCode()).as(fromCrm.err()).isZero();
        assertThat(fromCrm.out()).doesNotContain("Resuming");
        assertThat(new BatchMetadata(batch).executions()).containsExactly(
                new Execution(1, "FAILED", "2026-Q2", "2026-06-30"),
                new Execution(2, "COMPLETED", "2026-Q2", "2026-06-30"));
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isEqualTo(38_000.0);
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("customer_retention_rate")).isEqualTo(0.5);
    }

    @Test
    void shouldReadTheCrmAgainAfterARunFailedOnTooManyUntrustedRowsOnceTheRowsAreFixed() throws Exception {
        // given the contracts of the CRM broken beyond the limit: a run fails on the data
        sql("UPDATE contract SET annual_value = NULL WHERE id <= 5");
        ReportRun.Result rejected = mariaDb().execute("--quarter", "2026-Q2");
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("Table contract").contains("above the limit");

        // when the rows are fixed in the CRM and the same command is run again
        sql("UPDATE contract SET annual_value = CASE id WHEN 1 THEN 10000 WHEN 2 THEN 12000 WHEN 3 THEN 6000"
                + " WHEN 4 THEN 24000 ELSE 1000 END WHERE id <= 5");
        ReportRun.Result again = mariaDb().execute("--quarter", "2026-Q2");

        // then the CRM is read again, not the rejected run's saved tallies resumed
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("Resuming").contains("failed on its data");
        assertThat(new BatchMetadata(batch).step(2, "customers").readCount()).isPositive();
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("customer_retention_rate")).isEqualTo(0.5);
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isEqualTo(38_000.0);
    }

    @Test
    void shouldStartAfreshWithRerunAfterAnInterruptedRun() throws Exception {
        // given a run that failed in its conversion step after two commits
        ReportRun.Result interrupted = mariaDb().with("spring.profiles.active", StepInterruption.PROFILE)
                .with("test.step-interruption.step", "conversion").with("test.step-interruption.after-chunks", "2")
                .execute("--quarter", "2026-Q2");
        assertThat(interrupted.exitCode()).isEqualTo(1);

        // when it is run with --rerun
        ReportRun.Result rerun = mariaDb().execute("--quarter", "2026-Q2", "--rerun");

        // then a fresh run reads every step from the start
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).doesNotContain("Resuming");
        BatchMetadata metadata = new BatchMetadata(batch);
        assertThat(metadata.steps(2)).extracting(BatchMetadata.Step::name).contains("teams", "revenue", "conversion");
        assertThat(metadata.step(2, "conversion").readCount()).isGreaterThan(metadata.step(1, "conversion").readCount());
        assertThat(BatchMetadata.metrics(reports.resolve(WORKBOOK)).get("total_revenue")).isEqualTo(38_000.0);
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(crm, MariaDbCrm.USER, MariaDbCrm.PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
