package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when something is wrong: a clear line, the right exit code, nothing lost. */
class FailureFunctionalTests {

    @TempDir
    Path reports;

    @Test
    void shouldRejectBadOptionsWithExitCodeTwoBeforeTouchingAnyDatabase() {
        // given a CRM that cannot be reached: a bad option must be caught before it is tried
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        // when / then
        assertUsageError(run.execute("--quarter", "2026-Q5"), "2026-Q5");
        assertUsageError(run.execute("--quarter", "2026-Q2", "--month", "2026-05"), "one period");
        assertUsageError(run.execute("--as-of", "2026-11-28"), "after today");
        assertUsageError(run.execute("--quarter", "2027-Q1"), "has not started");
        assertUsageError(run.execute("--month", "2026-13"), "2026-13");
        assertUsageError(run.execute("--colour", "blue"), "unknown option");
        assertUsageError(run.execute("--as-of", "yesterday"), "not a date");
        assertUsageError(run.execute("--email"), "SMTP");
    }

    @Test
    void shouldRefuseToMailOrScheduleTheDemoUnaskedBeforeTouchingAnyDatabase() {
        // given no CRM_DB_URL (a missing environment file), an SMTP server, and a job store that cannot be reached
        ReportRun run = ReportRun.in(reports).with("batch.db.url", "jdbc:mysql://127.0.0.1:1/nowhere")
                .env("SMTP_HOST", "127.0.0.1");

        // when / then
        assertCrmNotSet(run.execute("--quarter", "2026-Q2", "--email"), "--email");
        assertCrmNotSet(run.execute("--schedule"), "--schedule");
        assertCrmNotSet(run.with("report.mail.enabled", "true").execute("--quarter", "2026-Q2"),
                "mailing (report.mail.enabled)");
        // and --demo with a CRM set contradicts it
        ReportRun.Result both = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/crm", "x", "secret")
                .execute("--demo");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("error: --demo").contains("CRM_DB_URL is set").doesNotContain("secret");
        assertThat(reports).isEmptyDirectory();
    }

    private static void assertCrmNotSet(ReportRun.Result result, String asked) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1).first().asString()
                .startsWith("error: CRM_DB_URL is not set").contains(asked).contains("--demo");
    }

    private static void assertUsageError(ReportRun.Result result, String mentioning) {
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElse("")).startsWith("error: ").contains(mentioning);
    }

    @Test
    void shouldNameTheUnreachableCrmDatabaseWithoutItsPassword() {
        // given
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/crm", "reporter", "s3cret-pass");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("127.0.0.1:1/crm").doesNotContain("s3cret-pass");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void shouldNameTheCrmDatabaseAndTheMissingTableWhenTheSchemaIsWrong() {
        // given a reachable database without the CRM tables
        String url = "jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        // when
        ReportRun.Result result = ReportRun.in(reports).crm(url, "sa", "").execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The run failed, no workbook was written")
                .contains("CRM database").containsIgnoringCase("opportunity");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void shouldFailNamingTheCrmDatabaseWhenNoneOfItsTablesHasARow() {
        // given the reference schema and not a single row: a report of zeros would pass for the truth
        String url = H2Crm.create();

        // when
        ReportRun.Result result = ReportRun.in(reports).crm(url, "sa", "").execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The run failed, no workbook was written: the CRM database at jdbc:h2:mem:crm-")
                .contains("has no rows in any of its tables (sales_rep, account, sales_lead, opportunity");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void shouldFailNamingTableAndRuleWhenTooManyRowsAreUntrusted() {
        // given the hand dataset, whose contracts are 40% untrusted, and the default 5% limit
        String url = handDataset();

        // when
        ReportRun.Result result = ReportRun.in(reports).crm(url, "sa", "").execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        // contract 6 ends on its start, contract 7 has no value: a tie goes to the rule declared first
        assertThat(result.err()).contains("Table contract").contains("5.0%").contains("end_date on or before start_date");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    @Test
    void shouldLeaveTheEarlierWorkbookUntouchedWhenARunFails() throws Exception {
        // given a workbook written by an earlier run
        String url = handDataset();
        ReportRun earlier = ReportRun.in(reports).crm(url, "sa", "").with("report.data-quality.max-bad-ratio", "0.5");
        assertThat(earlier.execute("--quarter", "2026-Q2").exitCode()).isZero();
        Path file = reports.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        byte[] before = Files.readAllBytes(file);

        // when a new run of the same period fails (the data is now judged too broken)
        ReportRun.Result failed = ReportRun.in(reports).crm(url, "sa", "").execute("--quarter", "2026-Q2");

        // then
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(reports)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String handDataset() {
        return H2Crm.create(H2Crm.HAND_DATASET);
    }
}
