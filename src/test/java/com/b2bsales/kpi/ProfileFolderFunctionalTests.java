package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * A profile of one's own (report.crm.profile = a folder of queries, one per contract table) on MariaDB: the hand
 * dataset with its deals in a table of another name gives the hand-computed numbers; a query without a column of
 * the contract stops the run before anything is computed, naming the file and the column.
 */
class ProfileFolderFunctionalTests {

    private static final double EXACT = 1e-9;

    @TempDir
    Path reports;

    @TempDir
    Path profile;

    private String url;

    @BeforeEach
    void createCrmWithItsDealsRenamed() throws Exception {
        url = MariaDbCrm.freshDatabase("kpi_profile_folder", "crm/hand-dataset.sql");
        try (Connection connection = DriverManager.getConnection(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute("RENAME TABLE opportunity TO deals");
        }
        for (CrmTable table : CrmTable.values()) {
            String file = table.sqlName() + ".sql";
            String query = new ClassPathResource("com/b2bsales/kpi/crm/profiles/native/" + file)
                    .getContentAsString(StandardCharsets.UTF_8);
            Files.writeString(profile.resolve(file),
                    table == CrmTable.OPPORTUNITY ? query.replace("FROM opportunity", "FROM deals") : query);
        }
    }

    @Test
    void shouldComputeTheHandNumbersThroughAProfileOfOnesOwn() throws Exception {
        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then the numbers of HandDatasetFunctionalTests
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(EXACT));
            assertThat(workbook.number("opportunity_conversion_rate")).isCloseTo(0.25, within(EXACT));
            assertThat(workbook.number("sales_cycle_length")).isCloseTo(87.0 / 3, within(EXACT));
            assertThat(workbook.number("win_rate")).isCloseTo(0.75, within(EXACT));
            assertThat(workbook.number("pipeline_coverage")).isCloseTo(48_000.0 / 55_000, within(EXACT));
            assertThat(workbook.number("quota_attainment_rate")).isCloseTo(1.0 / 3, within(EXACT));
        }
    }

    @Test
    void shouldStopBeforeComputingWhenAQueryLacksAColumnOfTheContract() throws Exception {
        // given a query that forgets closed_at
        Files.writeString(profile.resolve("opportunity.sql"), "SELECT id, account_id, owner_rep_id, lead_id, "
                + "created_at, stage, status, amount, units, expected_close_date FROM deals");

        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(profile.resolve("opportunity.sql").toAbsolutePath().toString())
                .contains("returns no column closed_at");
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    @Test
    void shouldOrderByTheColumnTheProfileNames() throws Exception {
        // given deals ordered by a column of the profile's own instead of id
        Files.writeString(profile.resolve("opportunity.sql"), "SELECT id, account_id, owner_rep_id, lead_id, created_at,"
                + " stage, status, amount, units, expected_close_date, closed_at, id AS deal_key FROM deals");
        Files.writeString(profile.resolve("profile.properties"), "order.opportunity=deal_key\n");

        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then the same numbers
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000, within(EXACT));
            assertThat(workbook.number("sales_cycle_length")).isCloseTo(87.0 / 3, within(EXACT));
            assertThat(workbook.number("win_rate")).isCloseTo(0.75, within(EXACT));
        }
    }

    @Test
    void shouldStopBeforeComputingWhenTheOrderColumnIsNotReturned() throws Exception {
        // given profile.properties naming a column the query does not return
        Files.writeString(profile.resolve("profile.properties"), "order.opportunity=deal_key\n");

        // when
        ReportRun.Result result = run().execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("names the column deal_key for opportunity")
                .contains(profile.resolve("opportunity.sql").toAbsolutePath().toString());
        assertThat(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx")).doesNotExist();
    }

    private ReportRun run() {
        return ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.data-quality.max-bad-ratio", "0.5")
                .with("report.crm.profile", profile.toString());
    }
}
