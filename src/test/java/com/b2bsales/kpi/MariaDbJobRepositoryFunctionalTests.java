package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job metadata store on MariaDB (BATCH_DB_URL) instead of the embedded H2 file. */
class MariaDbJobRepositoryFunctionalTests {

    @TempDir
    Path reports;

    @Test
    void shouldKeepRunHistoryInAMySqlJobRepository() {
        // given an empty MariaDB database for Spring Batch's tables, and the hand dataset as CRM
        String batchUrl = MariaDbCrm.emptyDatabase("kpi_batch_metadata");
        String crmUrl = H2Crm.create(H2Crm.HAND_DATASET);
        ReportRun run = ReportRun.in(reports).crm(crmUrl, "sa", "")
                .with("batch.db.url", batchUrl).with("batch.db.user", MariaDbCrm.USER)
                .with("batch.db.password", MariaDbCrm.PASSWORD)
                .with("report.data-quality.max-bad-ratio", "0.5");

        // when the quarter runs, then is asked for again
        ReportRun.Result first = run.execute("--quarter", "2026-Q2");
        ReportRun.Result second = run.execute("--quarter", "2026-Q2");
        ReportRun.Result history = run.execute("--history");

        // then the second run finds the first in the repository and recomputes nothing
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("completed");
        assertThat(history.out()).contains("2026-Q2").contains("COMPLETED").contains("b2b-sales-kpis_2026-Q2.xlsx");
    }

    @Test
    void shouldSaveTheTallyOfTwoThousandRepsInAMySqlJobRepository() throws Exception {
        // given 2,000 reps who each won a deal in Q2: the revenue tally keeps revenue per rep, well over
        // the 64 KB of a MySQL TEXT column once serialized
        String batchUrl = MariaDbCrm.emptyDatabase("kpi_batch_metadata");
        String crmUrl = H2Crm.create();
        try (var connection = H2Crm.dataSource(crmUrl).getConnection(); var sql = connection.createStatement()) {
            sql.execute("INSERT INTO sales_rep (id, name, hired_on) SELECT X, 'Rep ' || X, DATE '2025-01-01' "
                    + "FROM SYSTEM_RANGE(1, 2000)");
            sql.execute("INSERT INTO opportunity (id, account_id, owner_rep_id, created_at, stage, status, amount, closed_at) "
                    + "SELECT X, 1, X, TIMESTAMP '2026-04-02 10:00:00', 'Closed', 'WON', 1000 + X, "
                    + "TIMESTAMP '2026-05-02 10:00:00' FROM SYSTEM_RANGE(1, 2000)");
        }
        ReportRun run = ReportRun.in(reports).crm(crmUrl, "sa", "")
                .with("batch.db.url", batchUrl).with("batch.db.user", MariaDbCrm.USER)
                .with("batch.db.password", MariaDbCrm.PASSWORD);

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");

        // then: 2,000 x 1,000 + (1 + ... + 2,000)
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            assertThat(workbook.number("total_revenue")).isEqualTo(2_000 * 1_000 + 2_000 * 2_001 / 2.0);
        }
    }
}
