package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The job metadata store on PostgreSQL (BATCH_DB_URL), as operations.md allows for two machines. */
class PostgreSqlJobRepositoryFunctionalTests {

    @TempDir
    Path reports;

    @Test
    void shouldKeepRunHistoryAndRunLocksInAPostgreSqlJobRepository() {
        // given an empty PostgreSQL database for the job's tables, and the hand dataset as CRM
        String batchUrl = PostgreSqlJobStore.emptyDatabase("kpi_batch_metadata");
        ReportRun run = ReportRun.in(reports).crm(H2Crm.create(H2Crm.HAND_DATASET), "sa", "")
                .with("batch.db.url", batchUrl).with("batch.db.user", PostgreSqlJobStore.USER)
                .with("report.lock.host", "machine-pg")
                .with("report.data-quality.max-bad-ratio", "0.5");

        // when the quarter runs, then is asked for again
        ReportRun.Result first = run.execute("--quarter", "2026-Q2");
        ReportRun.Result second = run.execute("--quarter", "2026-Q2");
        ReportRun.Result history = run.execute("--history");

        // then the second start finds the first run and recomputes nothing, and the run's lock was a
        // lease row of this machine, released when the run ended
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).containsPattern("completed at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d;");
        assertThat(history.out()).contains("2026-Q2").contains("COMPLETED").contains("b2b-sales-kpis_2026-Q2.xlsx");
        JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(batchUrl, PostgreSqlJobStore.USER, ""));
        assertThat(store.queryForObject("SELECT locked_by FROM REPORT_RUN_LOCK WHERE name = '2026-Q2_asof-2026-06-30'",
                String.class)).endsWith("@machine-pg");
        assertThat(store.queryForObject("SELECT COUNT(*) FROM REPORT_RUN_LOCK WHERE lock_until > timezone('utc', CURRENT_TIMESTAMP)",
                Integer.class)).isZero();
    }
}
