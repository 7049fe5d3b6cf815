package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Rows as a view of a real CRM gives them, on the MariaDB server through the real command: the hand
 * dataset with its columns loosened (nulls where the contract allows none, an id twice, six decimals,
 * text in a number column), and a CRM without a single row.
 */
class MariaDbViewRowsFunctionalTests {

    private static final double EXACT = 1e-9;

    @TempDir
    Path reports;

    @Test
    void shouldLeaveOutAndCountRowsWithMissingColumnsOrARepeatedIdAndSumSixDecimalsExactly() throws Exception {
        // given the hand dataset as a view with looser types would return it
        String url = MariaDbCrm.freshDatabase("kpi_view_rows", H2Crm.HAND_DATASET);
        JdbcTemplate sql = sql(url);
        sql.execute("ALTER TABLE opportunity MODIFY created_at DATETIME NULL, MODIFY amount DECIMAL(20,6) NULL, "
                + "DROP PRIMARY KEY");
        sql.update("INSERT INTO opportunity (id, account_id, owner_rep_id, created_at, stage, status, amount, closed_at) "
                + "VALUES (90, 1, 1, NULL, 'Closed', 'WON', 5000, '2026-05-02 10:00:00')");
        sql.update("INSERT INTO opportunity SELECT * FROM opportunity WHERE id = 2"); // deal 2 twice
        sql.update("UPDATE opportunity SET amount = 8000.123456 WHERE id = 7");
        sql.execute("ALTER TABLE sales_rep MODIFY hired_on DATE NULL");
        sql.update("INSERT INTO sales_rep (id, name, team, hired_on) VALUES (90, 'Nobody', 'East', NULL)");
        sql.execute("ALTER TABLE forecast MODIFY submitted_at DATETIME NULL");
        sql.update("INSERT INTO forecast (id, team, period_start, period_end, amount, submitted_at) "
                + "VALUES (90, NULL, '2026-04-01', '2026-07-01', 1.00, NULL)");
        sql.execute("ALTER TABLE opportunity_stage_history MODIFY entered_at DATETIME NULL");
        sql.update("INSERT INTO opportunity_stage_history (opportunity_id, stage, entered_at) VALUES (2, 'Demo', NULL)");

        // when
        ReportRun.Result result = ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.data-quality.max-bad-ratio", "0.5").execute("--quarter", "2026-Q2");

        // then the run reports, the untrusted rows left out of every metric and counted by rule
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader workbook = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            // deals 1, 2 (once) and 7 with its six decimals; deal 90 has no created_at
            assertThat(workbook.number("total_revenue")).isCloseTo(38_000.123456, within(EXACT));
            assertThat(workbook.number("win_rate")).isCloseTo(0.75, within(EXACT));
            assertThat(workbook.number("opportunity_conversion_rate")).isCloseTo(0.25, within(EXACT));
            assertThat(workbook.number("sales_cycle_length")).isCloseTo(87.0 / 3, within(EXACT));
            // forecast 2, not the forecast without submitted_at
            assertThat(workbook.number("forecast_accuracy"))
                    .isCloseTo(1 - 2_000.123456 / 38_000.123456, within(EXACT));

            Sheet quality = workbook.workbook().getSheet("Data Quality");
            assertThat(untrusted(quality, "opportunity", "missing created_at")).isEqualTo(1);
            assertThat(untrusted(quality, "opportunity", "duplicate id")).isEqualTo(1);
            assertThat(untrusted(quality, "sales_rep", "missing hired_on")).isEqualTo(1);
            assertThat(untrusted(quality, "forecast", "missing submitted_at")).isEqualTo(1);
            assertThat(untrusted(quality, "opportunity_stage_history", "missing entered_at")).isEqualTo(1);
            // rules no row broke are not listed
            assertThat(rulesOf(quality, "contract")).doesNotContain("duplicate id", "missing start_date");
        }
    }

    @Test
    void shouldFailNamingTableAndColumnWhenAValueIsNotOfTheColumnsType() {
        // given a view whose amount is text, one of them not a number
        String url = MariaDbCrm.freshDatabase("kpi_view_text_amount", H2Crm.HAND_DATASET);
        JdbcTemplate sql = sql(url);
        sql.execute("ALTER TABLE opportunity MODIFY amount VARCHAR(20) NULL");
        sql.update("UPDATE opportunity SET amount = 'eight thousand' WHERE id = 7");

        // when
        ReportRun.Result result = ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.data-quality.max-bad-ratio", "0.5").execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The run failed, no workbook was written: cannot read the CRM database at")
                .contains("table opportunity, column amount: a value cannot be read as a decimal number");
        assertThat(reports).isEmptyDirectory();
    }

    @Test
    void shouldFailNamingTheDatabaseWhenTheCrmHasNoRows() {
        // given the reference schema and not a single row
        String url = MariaDbCrm.freshDatabase("kpi_empty_crm");

        // when
        ReportRun.Result result = ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("kpi_empty_crm_" + ProcessHandle.current().pid())
                .contains("has no rows in any of its tables");
        assertThat(reports).isEmptyDirectory();
    }

    private static JdbcTemplate sql(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD));
    }

    /** The untrusted rows of a table's rule on the Data Quality sheet (columns: table, rule, rows, untrusted). */
    private static long untrusted(Sheet quality, String table, String rule) {
        for (Row row : quality) {
            List<String> texts = WorkbookReader.texts(row);
            if (texts.size() > 1 && texts.get(0).equals(table) && texts.get(1).equals(rule)) {
                return (long) WorkbookReader.number(row.getCell(3));
            }
        }
        throw new AssertionError("no rule '" + rule + "' of table " + table + " on the Data Quality sheet");
    }

    private static List<String> rulesOf(Sheet quality, String table) {
        List<String> rules = new ArrayList<>();
        for (Row row : quality) {
            List<String> texts = WorkbookReader.texts(row);
            if (texts.size() > 1 && texts.get(0).equals(table)) {
                rules.add(texts.get(1));
            }
        }
        return rules;
    }
}
