package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The job metadata store on MariaDB (BATCH_DB_URL) instead of the embedded H2 file. */
class MariaDbJobRepositoryFunctionalTests {

    @TempDir
    Path reports;

    @Test
    void shouldKeepRunHistoryInAMySqlJobRepository() {
        // given an empty MariaDB database for Spring Batch's tables, and the hand dataset as CRM
        String batchUrl = MariaDbCrm.emptyDatabase("kpi_batch_metadata");
        String crmUrl = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource crm = new SimpleDriverDataSource(new org.h2.Driver(), crmUrl, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/crm/schema-h2.sql"),
                new ClassPathResource("crm/hand-dataset.sql")).execute(crm);
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
}
