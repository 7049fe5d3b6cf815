package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * The real job with {@code report.crm.profile: suitecrm} on MariaDB with SuiteCRM 7.14.6's tables and the hand-made
 * dataset ({@code src/test/resources/suitecrm/hand-dataset.sql}), reported in Europe/Berlin: UTC midnights that are
 * another day there, soft deletes, a reopened deal, deals without audit rows, stage keys differing in case; quotas
 * and forecasts from CSV files, and the notes of the metrics SuiteCRM cannot feed without them.
 */
class SuiteCrmFunctionalTests {

    private static final double EXACT = 1e-9;
    private static final String SUITECRM = "com/b2bsales/kpi/crm/profiles/suitecrm/";

    @TempDir
    Path reports;

    @TempDir
    Path config;

    private String url;

    @BeforeEach
    void createSuiteCrm() {
        url = MariaDbCrm.freshDatabase("kpi_suitecrm", "db/suitecrm/schema-mysql.sql", "suitecrm/hand-dataset.sql");
    }

    @Test
    void shouldComputeTheMetricsWorkedOutByHandInTheReportZone() throws Exception {
        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            // o1 12,000.50 (won 05-05) and o6 18,000, won 2026-03-31 22:30 UTC = 04-01 00:30 in Berlin; o3 was
            // imported after it closed on 02-15 (Q1); o9 is won without a close date (untrusted)
            assertThat(workbook.number("total_revenue")).isCloseTo(30_000.50, within(EXACT));
            assertThat(workbook.number("average_deal_size")).isCloseTo(15_000.25, within(EXACT));
            // won o1, o6; lost o2 (no audit row: 06-30 00:00 in Berlin) and o8
            assertThat(workbook.number("win_rate")).isCloseTo(0.5, within(EXACT));
            // o1 04-01 -> 05-05: 34 days; o6 03-01 -> 04-01: 31 days
            assertThat(workbook.number("sales_cycle_length")).isCloseTo(32.5, within(EXACT));
            // created in Q2 and trusted: o1, o2 (entered 05-01 02:00 in Berlin), o7, o8; o1 won
            assertThat(workbook.number("opportunity_conversion_rate")).isCloseTo(0.25, within(EXACT));
            // leads of Q2 in Berlin: l1 (03-31 23:00 UTC), l2, l3, l4, l7, l8 (l6 is 07-01 00:30 there);
            // converted: l1 and l7 (l2 to a contact only, l3 to a deleted deal)
            assertThat(workbook.number("lead_conversion_rate")).isCloseTo(2.0 / 6, within(EXACT));
            // qualified: l1, l2, l4 (created In Process), l7 (not by 'in process': case), l8
            assertThat(workbook.number("qualified_leads")).isCloseTo(5, within(EXACT));
            // campaigns c1 2,500.75 and c4 1,000 (c5's date is 07-01 in Berlin); new customers Globex and Initech
            assertThat(workbook.number("customer_acquisition_cost")).isCloseTo(3_500.75 / 2, within(EXACT));
            // no files: the notes say what is missing and how to supply it
            assertThat(workbook.isNotAvailable("quota_attainment_rate")).isTrue();
            assertThat(workbook.besides("quota_attainment_rate")).contains("config/quotas.csv");
            assertThat(workbook.isNotAvailable("pipeline_coverage")).isTrue();
            assertThat(workbook.besides("pipeline_coverage")).contains("config/quotas.csv");
            assertThat(workbook.isNotAvailable("forecast_accuracy")).isTrue();
            assertThat(workbook.besides("forecast_accuracy")).contains("config/forecasts.csv");
            assertThat(workbook.isNotAvailable("time_spent_selling")).isTrue();
            assertThat(workbook.besides("time_spent_selling")).contains("SuiteCRM records no working hours");
        }
    }

    @Test
    void shouldTakeQuotasAndForecastsFromTheCsvFiles() throws Exception {
        // given quotas by user name (a user who is no rep is left out) and a company-wide forecast
        Files.writeString(config.resolve("quotas.csv"), """
                user_name,period_start,period_end,amount
                sally,2026-04-01,2026-07-01,10000
                admin,2026-04-01,2026-07-01,20000
                nobody,2026-04-01,2026-07-01,5000
                """);
        Files.writeString(config.resolve("forecasts.csv"), """
                team,period_start,period_end,amount,submitted_at
                ,2026-04-01,2026-07-01,25000.25,2026-03-15 09:00:00
                """);

        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            // sally (seed_sally_id) won 12,000.50 >= 10,000; admin ('1') 18,000 < 20,000
            assertThat(workbook.number("quota_attainment_rate")).isCloseTo(0.5, within(EXACT));
            // at 04-01 00:00 in Berlin only o6 (18,000, expected 04-01) is open; 30,000 quota, nothing won before
            assertThat(workbook.number("pipeline_coverage")).isCloseTo(18_000.0 / 30_000, within(EXACT));
            assertThat(workbook.number("forecast_accuracy"))
                    .isCloseTo(1 - (30_000.50 - 25_000.25) / 30_000.50, within(EXACT));
            assertThat(workbook.besides("time_spent_selling")).contains("SuiteCRM records no working hours");
        }
    }

    @Test
    void shouldStopWhenACopiedProfileReturnsColumnsItDoesNotDeclare(@TempDir Path copy) throws Exception {
        // given the built-in profile copied into a folder, its profile.properties as an earlier release had it,
        // without the extra.<table> lines: the job would read closed_at without closed_at_is_local, and convert
        // o2's local closing date as if it were UTC
        for (CrmTable table : CrmTable.values()) {
            ClassPathResource query = new ClassPathResource(SUITECRM + table.sqlName() + ".sql");
            if (query.exists()) {
                Files.writeString(copy.resolve(table.sqlName() + ".sql"),
                        query.getContentAsString(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(copy.resolve("profile.properties"), "datetimes=utc\n");

        // when
        ReportRun.Result result = run().with("report.crm.profile", copy.toString()).execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(copy.resolve("opportunity.sql").toString())
                .contains("opportunity.sql returns closed_at_is_local, date_entered: "
                        + "extra.opportunity=closed_at_is_local,date_entered")
                .contains("sales_rep.sql returns hired_on_utc, left_on_utc: extra.sales_rep=hired_on_utc,left_on_utc");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    @Test
    void shouldGiveTheSameNumbersThroughACopyOfTheProfileWithItsDeclarations(@TempDir Path copy) throws Exception {
        // given the built-in profile copied into a folder as it is, profile.properties included
        for (String file : new String[] {"opportunity.sql", "opportunity_stage_history.sql", "sales_lead.sql",
                "sales_rep.sql", "account.sql", "contract.sql", "expense.sql", "profile.properties"}) {
            Files.writeString(copy.resolve(file),
                    new ClassPathResource(SUITECRM + file).getContentAsString(StandardCharsets.UTF_8));
        }

        // when
        ReportRun.Result result = run().with("report.crm.profile", copy.toString()).execute("--quarter", "2026-Q2");

        // then as through the built-in profile
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            assertThat(workbook.number("total_revenue")).isCloseTo(30_000.50, within(EXACT));
            assertThat(workbook.number("win_rate")).isCloseTo(0.5, within(EXACT));
            assertThat(workbook.number("sales_cycle_length")).isCloseTo(32.5, within(EXACT));
            assertThat(workbook.number("lead_conversion_rate")).isCloseTo(2.0 / 6, within(EXACT));
        }
    }

    private ReportRun run() {
        return ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.timezone", "Europe/Berlin")
                .with("report.crm.profile", "suitecrm")
                .with("report.crm.quotas-file", config.resolve("quotas.csv").toString())
                .with("report.crm.forecasts-file", config.resolve("forecasts.csv").toString())
                // the dataset breaks trust rules on purpose: o5, o9, o10, contracts k5, k7, k9
                .with("report.data-quality.max-bad-ratio", "0.9");
    }
}
