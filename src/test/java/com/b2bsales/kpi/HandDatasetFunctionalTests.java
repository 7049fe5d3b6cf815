package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job on a small CRM whose every metric was computed by hand
 * ({@code src/test/resources/crm/hand-dataset.sql}), read back through the workbook's defined
 * names. Subclasses provide the database: embedded H2 or the MariaDB server.
 */
abstract class HandDatasetFunctionalTests {

    private static final double EXACT = 1e-9;

    @TempDir
    Path reports;

    /** A run against the hand dataset; the dataset breaks trust rules on purpose, hence the raised limit. */
    abstract ReportRun run();

    @Test
    void shouldWriteTheDeletedWorkbooksOfACompletedPeriodAgainFromTheRunsSavedResults() throws Exception {
        // given a completed quarter, with a team's workbook beside the company's, both since deleted
        ReportRun run = run().with("report.teams", "East");
        assertThat(run.execute("--quarter", "2026-Q2").exitCode()).isZero();
        Path company = reports.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        Path east = reports.resolve("b2b-sales-kpis_2026-Q2_team-east.xlsx");
        Map<String, Object> companyMetrics = BatchMetadata.metrics(company);
        Map<String, Object> eastMetrics = BatchMetadata.metrics(east);
        Files.delete(company);
        Files.delete(east);

        // when the period is asked for again
        ReportRun.Result again = run.execute("--quarter", "2026-Q2");

        // then nothing is recomputed, and both workbooks are there again with the run's numbers
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Nothing was recomputed")
                .contains("Workbook written again: " + company.toAbsolutePath())
                .contains("Workbook written again: " + east.toAbsolutePath());
        assertThat(BatchMetadata.metrics(company)).isEqualTo(companyMetrics);
        assertThat(BatchMetadata.metrics(east)).isEqualTo(eastMetrics);
        assertThat(companyMetrics.get("total_revenue")).isEqualTo(38_000.0);
    }

    @Test
    void shouldComputeEveryMetricOfTheCompleteQuarterAsComputedByHand() throws Exception {
        // given the hand dataset
        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path file = reports.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        assertThat(file).exists();
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            assertThat(workbook.sheetNames()).startsWith("Checklist", "Revenue", "Conversion", "Pipeline",
                    "Customers", "Sales Team", "Data Quality", "Definitions");
            // Revenue: deals 1 (closed exactly at 04-01 00:00), 2 and 7; deal 3 closed at the cut-off is Q3's.
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(EXACT));
            // Q1 won deal 5 only: (38,000 - 15,000) / 15,000
            assertThat(workbook.number("revenue_growth")).isCloseTo(23_000.0 / 15_000, within(EXACT));
            assertThat(workbook.number("average_deal_size")).isCloseTo(38_000.0 / 3, within(EXACT));
            // Leads 1, 2, 3 created in Q2 (4 is at the cut-off, 6 untrusted); only 1 converted before the cut-off.
            assertThat(workbook.number("lead_conversion_rate")).isCloseTo(1.0 / 3, within(EXACT));
            // Deals 2, 3, 4, 10 created in Q2; only 2 won before the cut-off.
            assertThat(workbook.number("opportunity_conversion_rate")).isCloseTo(0.25, within(EXACT));
            // Calendar days: 31 (03-01..04-01), 30 (04-10..05-10), 26 (03-25..04-20)
            assertThat(workbook.number("sales_cycle_length")).isCloseTo(87.0 / 3, within(EXACT));
            // Won 1, 2, 7; lost 4 (closed 06-30 23:59:59)
            assertThat(workbook.number("win_rate")).isCloseTo(0.75, within(EXACT));
            assertThat(workbook.number("qualified_leads")).isCloseTo(2, within(EXACT));
            // 2 x 0.75 x 12,666.67 / 29
            assertThat(workbook.number("pipeline_velocity")).isCloseTo(19_000.0 / 29, within(1e-6));
            // Forecast 2 (latest before the start): 1 - |38,000 - 36,000| / 38,000
            assertThat(workbook.number("forecast_accuracy")).isCloseTo(1 - 2_000.0 / 38_000, within(EXACT));
            // At 04-01: deals 6 (40,000) and 7 (8,000) open; quota 25,000 + 20,000 + 5,000 + 5,000
            assertThat(workbook.number("pipeline_coverage")).isCloseTo(48_000.0 / 55_000, within(EXACT));
            // MARKETING 3,000 + SALES 2,000 for one new customer (Initech)
            assertThat(workbook.number("customer_acquisition_cost")).isCloseTo(5_000, within(EXACT));
            // ARPA (12,000 + 24,000) / 2 x mean lifetime (499 + 366) / 2 / 365.25 years
            assertThat(workbook.number("customer_lifetime_value"))
                    .isCloseTo(18_000 * (499 + 366) / 2.0 / 365.25, within(1e-6));
            // Active on 04-01: Acme, Globex; on 06-30: Acme, Initech (new)
            assertThat(workbook.number("churn_rate")).isCloseTo(0.5, within(EXACT));
            assertThat(workbook.number("customer_retention_rate")).isCloseTo((2 - 1) / 2.0, within(EXACT));
            // Alice 30,000 >= 25,000; Bob 0 < 20,000; Carol 8,000 < 10,000
            assertThat(workbook.number("quota_attainment_rate")).isCloseTo(1.0 / 3, within(EXACT));
            // Alice and Carol active (Bob left on 04-01, Dan hired on 07-01)
            assertThat(workbook.number("rep_productivity")).isCloseTo(19_000, within(EXACT));
            assertThat(workbook.number("time_spent_selling")).isCloseTo(10.0 / 18, within(EXACT));
        }
    }

    @Test
    void shouldCompareAPeriodInProgressLikeForLike() throws Exception {
        // given the hand dataset, Q2 as of 2026-05-15: cut-off 05-16, 45 days elapsed
        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2", "--as-of", "2026-05-15");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path file = reports.resolve("b2b-sales-kpis_2026-Q2_asof-2026-05-15.xlsx");
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(EXACT));
            // Q1's first 45 days end on 02-15: deal 5 (won 02-20) is not in them, so no previous revenue.
            assertThat(workbook.isNotAvailable("revenue_growth")).isTrue();
            assertThat(workbook.besides("revenue_growth")).contains("previous");
            assertThat(workbook.isNotAvailable("forecast_accuracy")).isTrue();
            assertThat(workbook.besides("forecast_accuracy")).contains("in progress");
            // At 05-16 only deal 4 (closes 06-30) is open and due; quota 55,000 - 38,000 won remains.
            assertThat(workbook.number("pipeline_coverage")).isCloseTo(5_000.0 / 17_000, within(EXACT));
        }
    }

    @Test
    void shouldRecomputeNothingForACompletedPeriodUnlessAskedToRerun() throws Exception {
        // given a completed run
        ReportRun run = run();
        assertThat(run.execute("--quarter", "2026-Q2").exitCode()).isZero();
        Path file = reports.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        long firstWrite = Files.getLastModifiedTime(file).toMillis();

        // when the same quarter is asked for again, on another day
        ReportRun.Result again = run.today(java.time.LocalDate.of(2026, 12, 3)).execute("--quarter", "2026-Q2");

        // then nothing is recomputed and the user is told where the workbook is
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("completed").contains(file.getFileName().toString());
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(firstWrite);

        // when asked to rerun, it runs again with the same numbers
        Thread.sleep(20);
        ReportRun.Result rerun = run.execute("--quarter", "2026-Q2", "--rerun");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("Workbook written");
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(EXACT));
        }
    }
}
