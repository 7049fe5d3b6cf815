package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User and password given inside CRM_DB_URL and BATCH_DB_URL ({@code ?user=x&password=y}) are used
 * when CRM_DB_USER, CRM_DB_PASSWORD, BATCH_DB_USER and BATCH_DB_PASSWORD are unset or empty.
 */
class MariaDbUrlCredentialsFunctionalTests {

    private static final String USER = "kpi_url_" + ProcessHandle.current().pid();
    private static final String PASSWORD = "url-s3cret";

    @TempDir
    Path reports;

    @AfterEach
    void dropUser() throws Exception {
        server("DROP USER IF EXISTS '" + USER + "'@'%'");
    }

    @Test
    void shouldConnectWithTheUserAndPasswordOfTheUrlsWhenTheVariablesAreEmpty() throws Exception {
        // given a user with a password that only the URLs name, allowed to read the CRM and write the job store
        String crm = MariaDbCrm.freshDatabase("kpi_url_crm", "crm/hand-dataset.sql");
        String batch = MariaDbCrm.emptyDatabase("kpi_url_batch");
        server("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
        server("GRANT SELECT ON " + database(crm) + ".* TO '" + USER + "'@'%'");
        server("GRANT ALL ON " + database(batch) + ".* TO '" + USER + "'@'%'");
        String credentials = "?user=" + USER + "&password=" + PASSWORD;
        ReportRun run = ReportRun.in(reports)
                .with("batch.db.url", batch + credentials)
                .env("CRM_DB_URL", crm + credentials).env("CRM_DB_USER", "").env("CRM_DB_PASSWORD", "")
                .env("BATCH_DB_USER", "").env("BATCH_DB_PASSWORD", "")
                .with("report.data-quality.max-bad-ratio", "0.5");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).exists();
        assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
    }

    private static String database(String url) {
        return URI.create(url.substring("jdbc:".length())).getPath().substring(1);
    }

    private static void server(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", MariaDbCrm.USER,
                MariaDbCrm.PASSWORD); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
