package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when something is wrong: a clear line, the right exit code, nothing lost. */
class FailureFunctionalTests {

    @TempDir
    Path reports;

    @Test
    void shouldPrintTheHelpAndExitZeroWithoutTouchingAnyDatabase() {
        // given a CRM that cannot be reached: the help must not try it
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        for (String help : new String[] {"--help", "-h"}) {
            // when, also beside other options
            ReportRun.Result result = run.execute("--quarter", "2026-Q2", help);

            // then the usage and every option of operations.md, on stdout, exit 0
            assertThat(result.exitCode()).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).startsWith("usage: run-report.sh").contains("--quarter").contains("--month")
                    .contains("--year").contains("--as-of").contains("--rerun").contains("--email")
                    .contains("--no-email").contains("--output").contains("--resend").contains("--schedule")
                    .contains("--history").contains("--demo").contains("--help, -h").contains("Exit codes");
        }
        assertThat(reports).isEmptyDirectory();
    }

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

    @Test
    void shouldRejectWrongSettingsInOneLineNamingTheSettingBeforeTouchingAnyDatabase() {
        // given a CRM that cannot be reached: a wrong setting must be caught before it is tried
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        // when / then
        assertSettingError(run.with("report.chunk-size", "-5"), "error: report.chunk-size is -5: it must be at least 1");
        assertSettingError(run.with("report.chunk-size", "many"), "error: report.chunk-size is 'many': it must be a whole number");
        run.with("report.chunk-size", "100");
        assertSettingError(run.with("report.parallel-steps", "0"), "error: report.parallel-steps is 0: it must be at least 1");
        run.with("report.parallel-steps", "2");
        assertSettingError(run.with("report.trend-periods", "0"), "error: report.trend-periods is 0: it must be at least 2");
        run.with("report.trend-periods", "8");
        assertSettingError(run.with("report.data-quality.max-bad-ratio", "-1"),
                "error: report.data-quality.max-bad-ratio is -1.0: it must be a fraction from 0 to 1");
        run.with("report.data-quality.max-bad-ratio", "0.05");
        assertSettingError(run.with("report.progress-interval", "-1s"),
                "error: report.progress-interval is -1s: it must be 0 or more");
        run.with("report.progress-interval", "30s");
        assertSettingError(run.with("report.checklist.targets[average-deal-sizes]", "10"),
                "error: report.checklist.targets.average-deal-sizes is not a checklist metric");
    }

    @Test
    void shouldRejectAProfileThatIsNoneOfTheBuiltInOnesNorAFolderInOneLine() {
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        assertSettingError(run.with("report.crm.profile", reports.resolve("no-such-profile").toString()),
                "error: report.crm.profile '" + reports.resolve("no-such-profile") + "'");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void shouldRejectWrongMailSettingsInOneLineBeforeTouchingAnyDatabase() {
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        assertSettingError(run.with("report.mail.timeout", "0s"), "error: report.mail.timeout is 0ms: it must be at least 1ms");
        run.with("report.mail.timeout", "10s");
        assertSettingError(run.with("report.mail.retry.attempts", "0"),
                "error: report.mail.retry.attempts is 0: it must be at least 1");
        run.with("report.mail.retry.attempts", "3");
        assertSettingError(run.env("SMTP_PORT", "70000"), "error: SMTP_PORT is 70000: it must be at most 65535");
    }

    @Test
    void shouldSayWhyTheOutputFolderCannotBeUsedBeforeComputing() throws Exception {
        // given a CRM that cannot be reached, and files where the folders should be
        Path file = Files.writeString(reports.resolve("not-a-folder"), "x");
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        // when / then
        assertSettingError(run.with("report.output-dir", file.toString()),
                "error: report.output-dir " + file + " is a file, not a folder");
        ReportRun.Result output = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret")
                .execute("--quarter", "2026-Q2", "--output", file.toString());
        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.err()).startsWith("error: --output " + file + " is a file, not a folder");
    }

    @Test
    void shouldSayAnOutputFolderIsNotWritableBeforeComputing() throws Exception {
        // given a folder this user cannot write to (root writes anywhere: nothing to show then)
        Path readOnly = Files.createDirectory(reports.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "this user writes anywhere");

        assertSettingError(ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret")
                .with("report.output-dir", readOnly.toString()),
                "error: report.output-dir " + readOnly + " is not writable: permission denied");
    }

    @Test
    void shouldRejectPeriodsOutsideTheYearsTheReportCovers() {
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        assertUsageError(run.execute("--month", "0001-01"), "from 1970");
        assertUsageError(run.execute("--year", "1969"), "from 1970");
        assertUsageError(run.execute("--as-of", "1969-12-31"), "before 1970-01-01");
        assertUsageError(run.execute("--year", "9999"), "has not started");
    }

    @Test
    void shouldPrintOneLineAndNoStackTraceWhenTheCrmCannotBeReached() {
        // when
        ReportRun.Result result = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/crm", "reporter", "pw")
                .execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("127.0.0.1:1/crm");
        assertNoStackTrace(result);
    }

    @Test
    void shouldPrintOneLineAndNoStackTraceWhenTooManyRowsAreUntrustedAndSayWhereTheDetailsAre() {
        // when
        ReportRun.Result result = ReportRun.in(reports).crm(handDataset(), "sa", "").execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("The run failed, no workbook was written: Table contract")
                .contains("details in " + Path.of("var/log/sales-kpi-report.log").toAbsolutePath());
        assertNoStackTrace(result);
    }

    @Test
    void shouldShowTheStackTraceOnTheConsoleWithVerbose() {
        // when
        ReportRun.Result result = ReportRun.in(reports).crm(handDataset(), "sa", "")
                .execute("--quarter", "2026-Q2", "--verbose");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out() + result.err()).contains("UntrustedDataException").contains("\tat ");
    }

    private static void assertNoStackTrace(ReportRun.Result result) {
        assertThat(result.out() + result.err()).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("Caused by");
    }

    /** Exit 2, one line on stderr that starts as given, and nothing else: no usage, no stack trace. */
    private static void assertSettingError(ReportRun run, String line) {
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err().lines()).as(result.err()).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(line);
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

        // then the check of the profile's queries, before the job starts, names the first one that fails
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The run failed, no workbook was written")
                .contains("CRM database").contains("sales_rep.sql").containsIgnoringCase("Table \"SALES_REP\" not found");
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

    @Test
    void shouldRemoveTheTemporaryWorkbookOfAKilledRunButNeverOneALiveProcessIsWriting() throws Exception {
        // given an hour-old temporary workbook nobody writes any more, one as old that another process
        // still writes (it holds its lock), and a file of someone else
        Path stale = Files.writeString(reports.resolve(".b2b-sales-kpis_2026-Q1.xlsx." + UUID.randomUUID() + ".tmp"), "PK");
        Path live = Files.writeString(reports.resolve(".b2b-sales-kpis_2026-Q2.xlsx." + UUID.randomUUID() + ".tmp"), "PK");
        Path other = Files.writeString(reports.resolve(".notes.tmp"), "mine");
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        for (Path file : List.of(stale, live, other)) {
            Files.setLastModifiedTime(file, hourAgo);
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FileLockHolder.class.getName(), live.toString())
                .redirectErrorStream(true).start();
        try {
            assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(writer.getInputStream())).readLine())
                    .isEqualTo("locked");

            // when a run writes its workbook into the folder
            ReportRun.Result result = ReportRun.in(reports).crm(handDataset(), "sa", "")
                    .with("report.data-quality.max-bad-ratio", "0.5").execute("--quarter", "2026-Q2");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(stale).doesNotExist();
            assertThat(live).exists();
            assertThat(other).exists();
            assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).exists();
        } finally {
            writer.getOutputStream().close();
            writer.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            writer.destroyForcibly();
        }
    }

    @Test
    void shouldSayWhichWorkbooksWereWrittenAndWhichNotWhenATeamWorkbookCannotBeWritten() throws Exception {
        // given a folder where team East's workbook should go
        Files.createDirectories(reports.resolve("b2b-sales-kpis_2026-Q2_team-east.xlsx").resolve("keep"));
        ReportRun run = ReportRun.in(reports).crm(handDataset(), "sa", "").with("report.data-quality.max-bad-ratio", "0.5")
                .with("report.teams", "East, West Coast");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("The run failed: written: the company workbook " + reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")
                        + ", team West Coast's; not written: team East's (is a directory ("
                        + reports.resolve("b2b-sales-kpis_2026-Q2_team-east.xlsx") + "))")
                .doesNotContain("no workbook was written");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-west-coast.xlsx")).exists();
    }

    private static String handDataset() {
        return H2Crm.create(H2Crm.HAND_DATASET);
    }
}
