package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mailed reports: the real command line on the hand dataset, sending through an SMTP server in
 * this JVM that receives the real message; then what the user sees when the server is down, and
 * {@code --resend} mailing the kept workbook later.
 */
class MailFunctionalTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("kpi@example.com", "reporter", "s3cret-pass"));

    @TempDir
    Path reports;

    @TempDir
    Path attachments;

    private String crmUrl;

    @BeforeEach
    void createCrm() {
        crmUrl = H2Crm.create(H2Crm.HAND_DATASET);
    }

    /** A run on the hand dataset that mails through the given port, retrying quickly. */
    private ReportRun run(int smtpPort) {
        return mailing(ReportRun.in(reports).crm(crmUrl, "sa", "").with("report.data-quality.max-bad-ratio", "0.5"),
                smtpPort);
    }

    private static ReportRun mailing(ReportRun run, int smtpPort) {
        return run.env("SMTP_HOST", "127.0.0.1")
                .env("SMTP_PORT", String.valueOf(smtpPort))
                .env("SMTP_USER", "reporter")
                .env("SMTP_PASSWORD", "s3cret-pass")
                .env("REPORT_MAIL_TO", "lead@example.com, ceo@example.com")
                .env("REPORT_MAIL_FROM", "kpi@example.com")
                .with("report.mail.cc", "sales-ops@example.com")
                .with("report.mail.reply-to", "analyst@example.com")
                .with("report.mail.starttls", "false")
                .with("report.mail.timeout", "2s")
                .with("report.mail.retry.backoff", "10ms");
    }

    private ReportRun run() {
        return run(smtp.getSmtp().getPort());
    }

    @Test
    void shouldMailTheCompanyWorkbookWithTheChecklistInTheBody() throws Exception {
        // given the hand dataset and a working SMTP server
        ReportRun run = run();

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then one message, delivered to each recipient and the cc
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Workbook written").contains("Mailed b2b-sales-kpis_2026-Q2.xlsx to");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Sales KPIs 2026-Q2 (complete)");
        assertThat(addresses(mail.getFrom())).containsExactly("kpi@example.com");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO)))
                .containsExactly("lead@example.com", "ceo@example.com");
        assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).containsExactly("sales-ops@example.com");
        assertThat(addresses(mail.getReplyTo())).containsExactly("analyst@example.com");

        // the checklist is readable in the body, formatted as in the workbook
        String html = part(mail, "text/html");
        assertThat(html).contains("<table")
                .contains("Lead conversion rate").contains("33.3%")   // 1 of 3 leads
                .contains("Average deal size").contains("EUR 12,666.67")
                .contains("Win rate").contains("75.0%")
                .contains("Quota attainment rate")
                .contains("Revenue growth").contains("153.3%")        // (38,000 - 15,000) / 15,000
                .contains("Pipeline coverage").contains("0.87x")      // 48,000 / 55,000
                .contains("Customer retention rate").contains("50.0%")
                .contains("off track").contains("on track")
                // the status cells in the house style's colours, as in the workbook
                .contains("background: #FFC7CE; color: #9C0006;").contains("background: #C6EFCE; color: #006100;");
        String text = part(mail, "text/plain");
        assertThat(text).contains("Lead conversion rate").contains("33.3%").contains("EUR 12,666.67");

        // the workbook is attached under its own name and type, and is the workbook
        BodyPart attachment = attachment(mail);
        assertThat(attachment.getFileName()).isEqualTo("b2b-sales-kpis_2026-Q2.xlsx");
        assertThat(attachment.getContentType()).startsWith(XLSX);
        try (WorkbookReader workbook = attached(mail)) {
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(1e-9));
        }

        // and the run's history says it was mailed
        assertThat(run.execute("--history").out()).contains("sent ");
    }

    @Test
    void shouldShowNotAvailableWithItsReasonAndTheAsOfDateForAPeriodInProgress() throws Exception {
        // given Q2 as of 2026-05-15: no revenue in Q1's first 45 days, so revenue growth is n/a
        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2", "--as-of", "2026-05-15", "--email");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Sales KPIs 2026-Q2 as of 2026-05-15");
        assertThat(part(mail, "text/html")).contains("n/a").contains("no revenue in the previous period");
        assertThat(part(mail, "text/plain")).contains("Revenue growth: no revenue in the previous period");
        assertThat(attachment(mail).getFileName()).isEqualTo("b2b-sales-kpis_2026-Q2_asof-2026-05-15.xlsx");
    }

    @Test
    void shouldKeepTheWorkbookAndExitThreeWhenTheServerIsDownThenResendItWithoutRerunning() throws Exception {
        // given an SMTP server that does not answer
        int down = freePort();
        ReportRun run = run(down);

        // when
        ReportRun.Result failed = run.execute("--quarter", "2026-Q2", "--email");

        // then the workbook is written and kept, the user is told how to send it
        Path file = reports.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(file).exists();
        assertThat(failed.err()).contains("not mailed").contains("127.0.0.1:" + down).contains("3 attempts")
                .contains(reports.toString()).contains("--resend --quarter 2026-Q2")
                .doesNotContain("s3cret-pass");
        assertThat(run.execute("--history").out()).contains("failed ");
        long written = Files.getLastModifiedTime(file).toMillis();

        // when the server is back and the user resends
        ReportRun.Result resent = run.env("SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()))
                .execute("--resend", "--quarter", "2026-Q2");

        // then the same workbook is delivered and the job did not run again
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(resent.out()).contains("Mailed b2b-sales-kpis_2026-Q2.xlsx").doesNotContain("Workbook written");
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Sales KPIs 2026-Q2 (complete)");
        assertThat(attachment(mail).getFileName()).isEqualTo("b2b-sales-kpis_2026-Q2.xlsx");
        String history = run.execute("--history").out();
        assertThat(history.lines().filter(line -> line.contains("2026-Q2"))).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("sent "));
    }

    @Test
    void shouldMailTheExistingWorkbookOfACompletedPeriodWithoutRecomputingIt() throws Exception {
        // given a completed run that was not mailed
        ReportRun run = run();
        assertThat(run.execute("--quarter", "2026-Q2").exitCode()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // when the same period is asked for with --email
        ReportRun.Result again = run.execute("--quarter", "2026-Q2", "--email");

        // then nothing is recomputed, and the workbook is mailed
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Nothing was recomputed").contains("Mailed b2b-sales-kpis_2026-Q2.xlsx");
        assertThat(smtp.getReceivedMessages()).isNotEmpty();
    }

    @Test
    void shouldSayTheExistingWorkbookWasNotMailedRatherThanWrittenWhenTheServerIsDown() throws Exception {
        // given a completed run that was not mailed, and an SMTP server that does not answer
        ReportRun run = run();
        assertThat(run.execute("--quarter", "2026-Q2").exitCode()).isZero();
        ReportRun down = run.env("SMTP_PORT", String.valueOf(freePort()));

        // when the period is asked for again with --email
        ReportRun.Result result = down.execute("--quarter", "2026-Q2", "--email");

        // then the message says what happened: nothing was written, the existing workbook was not mailed
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("The workbook was already there and was not mailed")
                .doesNotContain("written but not mailed");
    }

    @Test
    void shouldNotMailTheEmptyWorkbookOfATeamWithoutRepsAndSaySoInTheCompanyMail() throws Exception {
        // given a team of the config that has no rep in the CRM
        ReportRun run = run().with("report.teams", "East, Nowhere")
                .with("report.mail.team-recipients.East", "east-lead@example.com")
                .with("report.mail.team-recipients.Nowhere", "nowhere-lead@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then East's lead gets East's workbook, nobody gets the empty one, and the leadership is told
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Team Nowhere has no rep in the CRM");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(MailFunctionalTests::recipients))
                .contains("east-lead@example.com").doesNotContain("nowhere-lead@example.com");
        MimeMessage company = received("Sales KPIs 2026-Q2 (complete)");
        assertThat(part(company, "text/plain")).contains("Team Nowhere has no rep in the CRM");
        assertThat(part(company, "text/html")).contains("Team Nowhere has no rep in the CRM");
    }

    @Test
    void shouldWriteTheWorkbookOfATeamWithoutRecipientsButNotMailItAndSaySoInTheCompanyMail() throws Exception {
        // given two teams (from the environment), recipients for East only
        ReportRun run = run().env("REPORT_TEAMS", "East, West Coast")
                .with("report.mail.team-recipients.East", "east-lead@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then both team workbooks are written, East's is mailed, West Coast's is not, and the leadership is told
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-east.xlsx")).exists();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-west-coast.xlsx")).exists();
        assertThat(result.out()).contains("Team West Coast has no recipients (report.mail.team-recipients)");
        assertThat(subjects()).contains("Sales KPIs 2026-Q2 (complete), team East")
                .doesNotContain("Sales KPIs 2026-Q2 (complete), team West Coast");
        MimeMessage company = received("Sales KPIs 2026-Q2 (complete)");
        assertThat(part(company, "text/plain")).contains("Team West Coast has no recipients");

        // and --resend mails the same two again, saying so again
        smtp.purgeEmailFromAllMailboxes();
        ReportRun.Result resent = run.execute("--resend", "--quarter", "2026-Q2");
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(subjects()).containsExactlyInAnyOrder("Sales KPIs 2026-Q2 (complete)",
                "Sales KPIs 2026-Q2 (complete)", "Sales KPIs 2026-Q2 (complete)",
                "Sales KPIs 2026-Q2 (complete), team East");
        assertThat(part(received("Sales KPIs 2026-Q2 (complete)"), "text/plain"))
                .contains("Team West Coast has no recipients");
    }

    @Test
    void shouldStillReadTheOldTeamsSettingAsTheTeamsAndTheirRecipientsWithOneWarning() throws Exception {
        // given a config of before report.teams: report.mail.teams decided both
        ReportRun run = run().with("report.mail.teams.East", "east-lead@example.com")
                .with("report.mail.teams[West Coast]", "west-lead@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then it works as before, and one line says what replaces it
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err().lines().filter(line -> line.startsWith("warning:"))).singleElement()
                .asString().contains("report.mail.teams").contains("report.teams")
                .contains("report.mail.team-recipients");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-east.xlsx")).exists();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-west-coast.xlsx")).exists();
        MimeMessage east = received("Sales KPIs 2026-Q2 (complete), team East");
        assertThat(addresses(east.getRecipients(Message.RecipientType.TO))).containsExactly("east-lead@example.com");
        MimeMessage west = received("Sales KPIs 2026-Q2 (complete), team West Coast");
        assertThat(addresses(west.getRecipients(Message.RecipientType.TO))).containsExactly("west-lead@example.com");
    }

    @Test
    void shouldRefuseRecipientsOfATeamThatIsNotInTheTeamsBeforeTouchingAnyDatabase() {
        // given recipients for a team report.teams does not name, and a CRM that does not answer
        ReportRun run = run().crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret")
                .with("report.teams", "East")
                .with("report.mail.team-recipients.East", "east-lead@example.com")
                .with("report.mail.team-recipients[West Coast]", "west-lead@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");

        // then exit 2 naming the team, before the CRM is looked at
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: report.mail.team-recipients names team West Coast")
                .contains("not in report.teams (East)").doesNotContain("127.0.0.1");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    @Test
    void shouldRefuseTheOldTeamsSettingBesideTheNewOnes() {
        // given report.mail.teams and report.teams both set
        ReportRun run = run().with("report.teams", "East")
                .with("report.mail.teams.East", "east-lead@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2");

        // then exit 2, saying which to keep
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: report.mail.teams is set beside report.teams")
                .contains("report.mail.team-recipients");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    private static java.util.stream.Stream<String> recipients(MimeMessage mail) {
        try {
            return addresses(mail.getAllRecipients()).stream();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldMailARunOnceWhenMailingIsOnInTheConfigAndAgainOnlyWhenAskedWithEmail() throws Exception {
        // given mailing on in the config, and the quarter run and mailed by the nightly run of the 1st
        ReportRun run = run().with("report.mail.enabled", "true");
        ReportRun.Result nightly = run.execute("--quarter", "2026-Q2");
        assertThat(nightly.exitCode()).as(nightly.err()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        // when the catch-up of the next days (scripts/crontab.example) finds the quarter completed
        ReportRun.Result catchUp = run.execute("--as-of", "2026-06-30");

        // then it mails nothing
        assertThat(catchUp.exitCode()).as(catchUp.err()).isZero();
        assertThat(catchUp.out()).contains("Nothing was recomputed").contains("Not mailed again")
                .doesNotContain("Mailed ");
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        // when someone asks for it by hand with --email, it is mailed again
        ReportRun.Result byHand = run.execute("--quarter", "2026-Q2", "--email");
        assertThat(byHand.exitCode()).as(byHand.err()).isZero();
        assertThat(byHand.out()).contains("Mailed b2b-sales-kpis_2026-Q2.xlsx");
        assertThat(smtp.getReceivedMessages()).hasSize(6);
    }

    @Test
    void shouldMailEachPeriodOnceWhenTheSchedulerFindsItCompletedOnLaterTicks() throws Exception {
        // given the scheduler ticking every second on the second day of Q3, mailing each run's workbook
        ReportRun run = run().with("report.data-quality.max-bad-ratio", "1.0")
                .with("report.schedule.cron", "* * * * * *").today(LocalDate.of(2026, 7, 2));

        // when later ticks have found both periods completed, again and again
        ReportRun.Background scheduler = run.start("--schedule", "--email");
        scheduler.awaitOutput(Duration.ofSeconds(90),
                () -> scheduler.countInOutput("The run for 2026-Q2 as of 2026-06-30 completed at") >= 3
                        && scheduler.countInOutput("The run for 2026-Q3 as of 2026-07-01 completed at") >= 3);
        ReportRun.Result stopped = scheduler.stop(Duration.ofSeconds(60));

        // then each period's workbook went out once (to two recipients and the cc)
        assertThat(stopped.exitCode()).as(stopped.err()).isZero();
        assertThat(subjects()).filteredOn("Sales KPIs 2026-Q2 (complete)"::equals).hasSize(3);
        assertThat(subjects()).filteredOn("Sales KPIs 2026-Q3 as of 2026-07-01"::equals).hasSize(3);
        assertThat(smtp.getReceivedMessages()).hasSize(6);
    }

    @Test
    void shouldSayDemoDataInTheSubjectAndTitleWhenTheDemoIsMailedOnPurpose() throws Exception {
        // given no CRM_DB_URL
        ReportRun demo = mailing(ReportRun.in(reports).with("report.demo.scale", "0.2"), smtp.getSmtp().getPort());

        // when the demo is mailed without --demo, nothing is done
        ReportRun.Result refused = demo.execute("--quarter", "2026-Q2", "--email");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: CRM_DB_URL is not set");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // when it is asked for on purpose
        ReportRun.Result result = demo.execute("--quarter", "2026-Q2", "--email", "--demo");

        // then the mail and the workbook say that these are demo figures
        assertThat(result.exitCode()).as(result.err()).isZero();
        MimeMessage mail = received("Demo data · Sales KPIs 2026-Q2 (complete)");
        assertThat(part(mail, "text/plain")).startsWith("Demo data · ");
        try (WorkbookReader workbook = attached(mail)) {
            assertThat(((XSSFWorkbook) workbook.workbook()).getProperties().getCoreProperties().getTitle())
                    .startsWith("Demo data · ");
            assertThat(workbook.workbook().getSheet("Checklist").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Demo data · ");
        }
    }

    private static List<String> subjects() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    @Test
    void shouldFailNamingTheFileWhenThereIsNoWorkbookToResend() {
        // given no run of 2026-Q1
        // when
        ReportRun.Result result = run().execute("--resend", "--quarter", "2026-Q1");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(reports.resolve("b2b-sales-kpis_2026-Q1.xlsx").toString());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void shouldMailEachTeamAWorkbookRestrictedToItAndLeadershipTheCompanyOne() throws Exception {
        // given two teams with their own recipients: East (Alice, Bob) and West Coast (Carol, Dan)
        ReportRun run = run()
                .with("report.teams", "East, West Coast")
                .with("report.mail.team-recipients.East", "east-lead@example.com")
                .with("report.mail.team-recipients[West Coast]", "west-lead@example.com, west-manager@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then three workbooks, named as workbook.md says
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).exists();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-east.xlsx")).exists();
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2_team-west-coast.xlsx")).exists();

        // leadership gets the company workbook, each team its own and nothing else
        MimeMessage company = received("Sales KPIs 2026-Q2 (complete)");
        assertThat(addresses(company.getRecipients(Message.RecipientType.TO)))
                .containsExactly("lead@example.com", "ceo@example.com");
        MimeMessage east = received("Sales KPIs 2026-Q2 (complete), team East");
        assertThat(addresses(east.getRecipients(Message.RecipientType.TO))).containsExactly("east-lead@example.com");
        assertThat(east.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(addresses(east.getReplyTo())).containsExactly("analyst@example.com");
        MimeMessage west = received("Sales KPIs 2026-Q2 (complete), team West Coast");
        assertThat(addresses(west.getRecipients(Message.RecipientType.TO)))
                .containsExactly("west-lead@example.com", "west-manager@example.com");

        // East: deals 1 and 2 (Alice), Q1's deal 5, its own forecast 4; customer metrics company-wide
        assertThat(part(east, "text/html")).contains("team East").contains("company-wide")
                .contains("EUR 15,000.00").contains("100.0%");
        try (WorkbookReader workbook = attached(east)) {
            assertThat(attachment(east).getFileName()).isEqualTo("b2b-sales-kpis_2026-Q2_team-east.xlsx");
            assertThat(workbook.number("total_revenue")).isCloseTo(30_000, within(1e-9));
            assertThat(workbook.number("revenue_growth")).isCloseTo(1.0, within(1e-9));
            assertThat(workbook.number("win_rate")).isCloseTo(1.0, within(1e-9));
            // leads 1 and 2 are Alice's; only 1 converted before the cut-off
            assertThat(workbook.number("lead_conversion_rate")).isCloseTo(0.5, within(1e-9));
            // Alice 30,000 >= 25,000; Bob 0 < 20,000
            assertThat(workbook.number("quota_attainment_rate")).isCloseTo(0.5, within(1e-9));
            // no East deal open at 04-01, against Alice's and Bob's quota
            assertThat(workbook.number("pipeline_coverage")).isCloseTo(0, within(1e-9));
            // team forecast 10,000: 1 - |30,000 - 10,000| / 30,000
            assertThat(workbook.number("forecast_accuracy")).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(workbook.number("rep_productivity")).isCloseTo(30_000, within(1e-9));
            assertThat(workbook.number("time_spent_selling")).isCloseTo(0.5, within(1e-9));
            assertThat(workbook.number("customer_retention_rate")).isCloseTo(0.5, within(1e-9));
        }
        // West Coast: deals 7 won and 4 lost (Carol), open deals 6 and 7 at 04-01 against Carol's 10,000
        try (WorkbookReader workbook = attached(west)) {
            assertThat(workbook.number("total_revenue")).isCloseTo(8_000, within(1e-9));
            assertThat(workbook.number("win_rate")).isCloseTo(0.5, within(1e-9));
            assertThat(workbook.number("pipeline_coverage")).isCloseTo(4.8, within(1e-9));
            assertThat(workbook.isNotAvailable("revenue_growth")).isTrue();
            assertThat(workbook.besides("forecast_accuracy")).isEqualTo("no team West Coast forecast for the period");
            assertThat(workbook.number("customer_retention_rate")).isCloseTo(0.5, within(1e-9));
        }
        // the company workbook is the whole company's
        try (WorkbookReader workbook = attached(company)) {
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(1e-9));
            assertThat(workbook.number("forecast_accuracy")).isCloseTo(1 - 2_000.0 / 38_000, within(1e-9));
        }

        // and --resend mails all three again
        smtp.purgeEmailFromAllMailboxes();
        ReportRun.Result resent = run.execute("--resend", "--quarter", "2026-Q2");
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(received("Sales KPIs 2026-Q2 (complete), team West Coast")).isNotNull();
        assertThat(received("Sales KPIs 2026-Q2 (complete), team East")).isNotNull();
        assertThat(received("Sales KPIs 2026-Q2 (complete)")).isNotNull();
    }

    @Test
    void shouldGiveTeamsWhoseNamesReadAlikeAWorkbookEachAndFindThemAgainOnResend() throws Exception {
        // given East's reps renamed to team "North East", West Coast's to "North-East", and teams whose
        // names hold characters a file name cannot, or none it can keep
        new org.springframework.jdbc.core.JdbcTemplate(H2Crm.dataSource(crmUrl)).execute(
                "UPDATE sales_rep SET team = CASE team WHEN 'East' THEN 'North East' ELSE 'North-East' END");
        ReportRun run = run()
                .with("report.teams", "North East, North-East, East/West, A:B, \uD83D\uDE80")
                .with("report.mail.team-recipients[North East]", "north-east-lead@example.com")
                .with("report.mail.team-recipients[North-East]", "north-dash-east-lead@example.com")
                .with("report.mail.team-recipients[East/West]", "east-west@example.com")
                .with("report.mail.team-recipients[A:B]", "a-b@example.com")
                .with("report.mail.team-recipients[\uD83D\uDE80]", "rocket@example.com");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then one workbook per team, by the rule of workbook.md
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (var files = Files.list(reports)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "b2b-sales-kpis_2026-Q2.xlsx",
                    "b2b-sales-kpis_2026-Q2_team-north-east-" + sha256("North East") + ".xlsx",
                    "b2b-sales-kpis_2026-Q2_team-north-east-" + sha256("North-East") + ".xlsx",
                    "b2b-sales-kpis_2026-Q2_team-east-west.xlsx",
                    "b2b-sales-kpis_2026-Q2_team-a-b.xlsx",
                    "b2b-sales-kpis_2026-Q2_team--" + sha256("\uD83D\uDE80") + ".xlsx");
        }
        // and the North East lead gets North East's figures (Alice's and Bob's deals), not North-East's
        MimeMessage northEast = received("Sales KPIs 2026-Q2 (complete), team North East");
        assertThat(addresses(northEast.getRecipients(Message.RecipientType.TO)))
                .containsExactly("north-east-lead@example.com");
        try (WorkbookReader workbook = attached(northEast)) {
            assertThat(attachment(northEast).getFileName()).contains(sha256("North East"));
            assertThat(workbook.number("total_revenue")).isCloseTo(30_000, within(1e-9));
        }
        try (WorkbookReader workbook = attached(received("Sales KPIs 2026-Q2 (complete), team North-East"))) {
            assertThat(workbook.number("total_revenue")).isCloseTo(8_000, within(1e-9));
        }

        // and --resend finds the same six files
        smtp.purgeEmailFromAllMailboxes();
        ReportRun.Result resent = run.execute("--resend", "--quarter", "2026-Q2");
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects.stream().distinct()).hasSize(6);
    }

    private static String sha256(String team) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(team.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 8);
    }

    @Test
    void shouldEndAnAttemptAtTheTimeoutWhenTheServerDripsOneByteASecond() throws Exception {
        // given a server that answers one byte a second, each well within the 2 s read timeout
        try (ServerSocket server = new ServerSocket(0)) {
            java.util.concurrent.CompletableFuture<Long> connected = new java.util.concurrent.CompletableFuture<>();
            Thread drip = new Thread(() -> {
                try (java.net.Socket client = server.accept()) {
                    connected.complete(System.nanoTime());
                    for (int second = 0; second < 120; second++) {
                        client.getOutputStream().write('2');
                        client.getOutputStream().flush();
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client hung up: what the test waits for
                }
            }, "dripping-smtp-server");
            drip.setDaemon(true);
            drip.start();
            ReportRun run = run(server.getLocalPort()).with("report.mail.retry.attempts", "1");

            // when
            ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

            // then the attempt ended at its 2 s deadline, not when the server stopped dripping
            long mailing = java.time.Duration.ofNanos(System.nanoTime() - connected.getNow(System.nanoTime())).toSeconds();
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(mailing).isLessThan(10);
            assertThat(result.err()).contains("(1 attempt)").contains("within report.mail.timeout (2s)");
        }
    }

    @Test
    void shouldNotRetryWhenTheServerRejectsTheCredentials() {
        // given a wrong password
        ReportRun run = run().env("SMTP_PASSWORD", "wrong-pass");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then one attempt only, and no password in the message
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("(1 attempt)").doesNotContain("wrong-pass");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).exists();
    }

    @Test
    void shouldRefuseToStartAMailingRunWithoutRecipients() {
        // given an SMTP server but no recipients
        ReportRun run = run().env("REPORT_MAIL_TO", "");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: ").contains("REPORT_MAIL_TO");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    @Test
    void shouldNameEveryMissingMailSettingAtOnce() {
        // given an SMTP server but neither a sender nor recipients
        ReportRun run = run().env("REPORT_MAIL_TO", "").env("REPORT_MAIL_FROM", "");

        // when
        ReportRun.Result result = run.execute("--quarter", "2026-Q2", "--email");

        // then one line names both, so that one fix is enough
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("error: mailing needs").contains("REPORT_MAIL_FROM").contains("REPORT_MAIL_TO");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    @Test
    void shouldRejectEmailAndResendWithoutAnSmtpServerBeforeStarting() {
        // given no SMTP_HOST
        ReportRun run = ReportRun.in(reports).crm("jdbc:mysql://127.0.0.1:1/nowhere", "x", "secret");

        // when / then
        for (String option : List.of("--email", "--resend")) {
            ReportRun.Result result = run.execute("--quarter", "2026-Q2", option);
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("error: " + option + " needs an SMTP server");
        }
    }

    /** The first message received with exactly this subject. */
    private static MimeMessage received(String subject) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("no message '" + subject + "' among " + smtp.getReceivedMessages().length);
    }

    /** The workbook attached to the message, saved and opened. */
    private WorkbookReader attached(MimeMessage mail) throws Exception {
        BodyPart attachment = attachment(mail);
        Path file = Files.createTempFile(attachments, "attached", ".xlsx");
        try (InputStream in = attachment.getInputStream()) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return new WorkbookReader(file);
    }

    private static List<String> addresses(jakarta.mail.Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** The text of the first part of the given type, anywhere in the message. */
    private static String part(MimeMessage mail, String type) throws Exception {
        return parts(mail).stream().filter(p -> isType(p, type) && !Part.ATTACHMENT.equals(disposition(p)))
                .findFirst().map(MailFunctionalTests::content)
                .orElseThrow(() -> new AssertionError("no " + type + " part"));
    }

    private static BodyPart attachment(MimeMessage mail) throws Exception {
        return (BodyPart) parts(mail).stream().filter(p -> Part.ATTACHMENT.equals(disposition(p))).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment"));
    }

    private static List<Part> parts(Part part) throws Exception {
        List<Part> all = new ArrayList<>();
        all.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.addAll(parts(multipart.getBodyPart(i)));
            }
        }
        return all;
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String content(Part part) {
        try {
            return (String) part.getContent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
