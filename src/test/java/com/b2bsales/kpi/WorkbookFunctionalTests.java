package com.b2bsales.kpi;

import static com.b2bsales.kpi.WorkbookReader.number;
import static com.b2bsales.kpi.WorkbookReader.rowStartingWith;
import static com.b2bsales.kpi.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.demo.DemoDataGenerator;
import com.b2bsales.kpi.metrics.MetricId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of a real run, opened with POI the way a checking script would: on the embedded
 * demo (the current quarter to date, so some metrics are n/a), and on the hand dataset for the
 * breakdown by rep.
 */
class WorkbookFunctionalTests {

    private static final List<String> SHEETS = List.of("Checklist", "Revenue", "Conversion", "Pipeline", "Customers",
            "Sales Team", "Data Quality", "Definitions", "Trends", "By Team", "By Rep");
    private static final int TREND_PERIODS = 8;

    @TempDir
    static Path reports;

    private static WorkbookReader reader;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void runTheDemo() throws IOException {
        ReportRun.Result result = ReportRun.in(reports).crm(demoCrm(), "sa", "").execute();
        assertThat(result.exitCode()).as(result.err()).isZero();
        reader = new WorkbookReader(reports.resolve("b2b-sales-kpis_2026-Q4_asof-2026-11-26.xlsx"));
        workbook = (XSSFWorkbook) reader.workbook();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void shouldWriteTheSheetsOfTheContractInOrderThenTrendsAndBreakdowns() {
        assertThat(reader.sheetNames()).containsExactlyElementsOf(SHEETS);
    }

    @Test
    void shouldNameEveryMetricsCellWithANumberOrNotAvailableAndWhy() {
        for (MetricId id : MetricId.values()) {
            Cell cell = named(id.id());
            assertThat(cell.getSheet().getSheetName()).as(id.id()).isEqualTo(id.family().sheetName());
            if (cell.getCellType() == CellType.STRING) {
                assertThat(cell.getStringCellValue()).as(id.id()).isEqualTo("n/a");
                assertThat(cell.getRow().getCell(cell.getColumnIndex() + 1).getStringCellValue()).as(id.id()).isNotBlank();
            } else {
                assertThat(number(cell)).as(id.id()).isFinite();
            }
        }
        // the quarter is in progress: no forecast accuracy yet
        assertThat(named("forecast_accuracy").getStringCellValue()).isEqualTo("n/a");
        assertThat(named("total_revenue").getNumericCellValue()).isPositive();
    }

    @Test
    void shouldStoreTheJobsOwnNumberAsTheResultOfEveryFormula() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Map<String, Double> reported = trendColumn(TREND_PERIODS);
        List<String> formulas = new ArrayList<>();
        for (MetricId id : MetricId.values()) {
            Cell cell = named(id.id());
            if (cell.getCellType() != CellType.FORMULA) {
                continue;
            }
            formulas.add(id.id());
            // the stored result is the job's number, exactly as the trend table and the checklist have it
            assertThat(cell.getCachedFormulaResultType()).as(id.id()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(id.id()).isEqualTo(reported.get(id.displayName()));
            // and the formula over the inputs beside it gives that number
            CellValue evaluated = evaluator.evaluate(cell);
            assertThat(evaluated.getCellType()).as(id.id()).isEqualTo(CellType.NUMERIC);
            assertThat(evaluated.getNumberValue()).as(id.id() + " = " + cell.getCellFormula())
                    .isCloseTo(cell.getNumericCellValue(), within(1e-9 * Math.max(1, Math.abs(cell.getNumericCellValue()))));
        }
        // rates, averages and growth are formulas; sums and counts of rows are not
        assertThat(formulas).contains("revenue_growth", "average_deal_size", "lead_conversion_rate", "win_rate",
                "sales_cycle_length", "pipeline_coverage", "churn_rate", "customer_retention_rate",
                "quota_attainment_rate", "rep_productivity", "time_spent_selling");
        assertThat(formulas).doesNotContain("total_revenue", "qualified_leads", "forecast_accuracy");
        Sheet checklist = workbook.getSheet("Checklist");
        for (int i = 0; i < MetricId.CHECKLIST.size(); i++) {
            MetricId id = MetricId.CHECKLIST.get(i);
            Cell value = checklist.getRow(4 + i).getCell(1);
            if (value.getCellType() == CellType.NUMERIC) {
                assertThat(value.getNumericCellValue()).as(id.id()).isEqualTo(number(named(id.id())));
            }
        }
    }

    @Test
    void shouldHoldEightPeriodsOfEveryMetricInTheTrendTablesWithAChartPerFamily() {
        XSSFSheet trends = workbook.getSheet("Trends");
        List<String> header = texts(trends.getRow(3));
        assertThat(header).hasSize(TREND_PERIODS + 2).startsWith("Metric").endsWith("Note");
        // oldest first, each earlier quarter compared like for like with the days of this one
        assertThat(header.get(1)).isEqualTo("2025-Q1 to 2025-02-26");
        assertThat(header.get(TREND_PERIODS)).isEqualTo("2026-Q4 to 2026-11-26");
        for (MetricId id : MetricId.values()) {
            Row row = rowStartingWith(trends, id.displayName());
            for (int p = 1; p <= TREND_PERIODS; p++) {
                Cell cell = row.getCell(p);
                assertThat(cell).as(id.id() + " period " + p).isNotNull();
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue()).isEqualTo("n/a");
                    // the note says why: for this period, or for every period at once
                    assertThat(row.getCell(TREND_PERIODS + 1).getStringCellValue()).as(id.id())
                            .containsAnyOf(header.get(p), "every period: ");
                } else {
                    assertThat(cell.getNumericCellValue()).isFinite();
                }
            }
            Cell named = named(id.id());
            if (named.getCellType() == CellType.STRING) {
                assertThat(row.getCell(TREND_PERIODS).getStringCellValue()).isEqualTo("n/a");
            } else {
                assertThat(row.getCell(TREND_PERIODS).getNumericCellValue()).as(id.id()).isEqualTo(number(named));
            }
        }
        assertThat(trends.getDrawingPatriarch().getCharts()).hasSize(5);
    }

    @Test
    void shouldBreakSalesDownSoThatTeamsAndRepsAddUpToTheCompanyFigures() {
        for (String sheetName : List.of("By Team", "By Rep")) {
            XSSFSheet sheet = workbook.getSheet(sheetName);
            List<String> header = texts(sheet.getRow(3));
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            assertThat(filter.getFirstRow()).as(sheetName).isEqualTo(3);
            assertThat(filter.getLastColumn()).as(sheetName).isEqualTo(header.size() - 1);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row total = sheet.getRow(filter.getLastRow() + 2);
            assertThat(total.getCell(0).getStringCellValue()).startsWith("All");
            for (String additive : List.of("Revenue", "Deals won", "Deals won or lost", "Quota", "Selling hours",
                    "Total hours")) {
                int column = header.indexOf(additive);
                double sum = 0;
                for (int r = 4; r <= filter.getLastRow(); r++) {
                    sum += sheet.getRow(r).getCell(column).getNumericCellValue();
                }
                double company = total.getCell(column).getNumericCellValue();
                assertThat(sum).as(sheetName + " " + additive).isCloseTo(company, within(1e-6 * Math.max(1, company)));
            }
            assertThat(at(total, header, "Revenue")).isEqualTo(number(named("total_revenue")));
            assertThat(at(total, header, "Average deal size")).isEqualTo(number(named("average_deal_size")));
            assertThat(at(total, header, "Win rate")).isEqualTo(number(named("win_rate")));
            assertThat(at(total, header, "Time spent selling")).isEqualTo(number(named("time_spent_selling")));
        }
        XSSFSheet teams = workbook.getSheet("By Team");
        List<String> header = texts(teams.getRow(3));
        Row total = rowStartingWith(teams, "All teams");
        assertThat(at(total, header, "Quota attainment rate")).isEqualTo(number(named("quota_attainment_rate")));
        assertThat(at(total, header, "Rep productivity")).isEqualTo(number(named("rep_productivity")));
        assertThat(at(total, header, "Quota")).isEqualTo(inputOf("pipeline_coverage", "Quota of the period"));
    }

    @Test
    void shouldColourTheChecklistStatusWithConditionalFormatting() {
        XSSFSheetConditionalFormatting formatting = workbook.getSheet("Checklist").getSheetConditionalFormatting();
        assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
        var status = formatting.getConditionalFormattingAt(0);
        assertThat(Stream.of(status.getFormattingRanges()).map(CellRangeAddress::formatAsString)).contains("F5:F11");
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < status.getNumberOfRules(); i++) {
            XSSFConditionalFormattingRule rule = status.getRule(i);
            rules.add(rule.getFormula1());
        }
        assertThat(rules).containsExactly("$F5=\"on track\"", "$F5=\"watch\"", "$F5=\"off track\"");
        for (int r = 4; r < 11; r++) {
            assertThat(workbook.getSheet("Checklist").getRow(r).getCell(5).getStringCellValue())
                    .isIn("on track", "watch", "off track", "n/a");
        }
    }

    @Test
    void shouldHoldNoErrorValueNoNaNAndNoInfinityAnywhere() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String where = sheet.getSheetName() + "!" + cell.getAddress();
                    CellType type = cell.getCellType();
                    if (type == CellType.FORMULA) {
                        type = cell.getCachedFormulaResultType();
                        assertThat(evaluator.evaluate(cell).getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    }
                    assertThat(type).as(where).isIn(CellType.NUMERIC, CellType.STRING, CellType.BLANK);
                    if (type == CellType.NUMERIC) {
                        assertThat(cell.getNumericCellValue()).as(where).isFinite();
                    } else if (type == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).as(where).doesNotContain("NaN", "Infinity", "#DIV/0!",
                                "#VALUE!", "#N/A", "#REF!");
                    }
                }
            }
        }
    }

    @Test
    void shouldPrintEverySheetLandscapeOnePageWideWithTheHeaderRepeated() {
        for (Sheet sheet : workbook) {
            assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
            if (!sheet.getSheetName().equals("Definitions")) {
                assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isEqualTo(CellRangeAddress.valueOf("4:4"));
            }
            assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isGreaterThan(20 * 256);
        }
        assertThat(workbook.getProperties().getCoreProperties().getTitle()).contains("Your Company", "2026-Q4",
                "2026-11-26");
        assertThat(workbook.getProperties().getCoreProperties().getSubject()).contains("2026-Q4");
        assertThat(workbook.getProperties().getCustomProperties().getProperty("Period").getLpwstr()).isEqualTo("2026-Q4");
        // the house style of reports-templates, with its logo
        assertThat(workbook.getAllPictures()).hasSize(1);
    }

    @Test
    void shouldBreakTheHandDatasetDownByRepAsComputedByHand(@TempDir Path handReports) throws IOException {
        // given the hand dataset in H2
        String url = H2Crm.create(H2Crm.HAND_DATASET);

        // when
        ReportRun.Result result = ReportRun.in(handReports).crm(url, "sa", "")
                .with("report.data-quality.max-bad-ratio", "0.5").execute("--quarter", "2026-Q2");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (WorkbookReader hand = new WorkbookReader(handReports.resolve("b2b-sales-kpis_2026-Q2.xlsx"))) {
            Sheet reps = hand.workbook().getSheet("By Rep");
            List<String> header = texts(reps.getRow(3));
            // Alice won deals 1 and 2 (30,000 >= her 25,000); Carol won 7 (8,000) and lost 4; Bob left on 04-01
            Row alice = rowStartingWith(reps, "Alice");
            assertThat(texts(alice).subList(0, 3)).containsExactly("Alice", "East", "yes");
            assertThat(at(alice, header, "Revenue")).isEqualTo(30_000);
            assertThat(at(alice, header, "Deals won")).isEqualTo(2);
            assertThat(at(alice, header, "Quota")).isEqualTo(25_000);
            assertThat(alice.getCell(header.indexOf("At or above quota")).getStringCellValue()).isEqualTo("yes");
            assertThat(at(alice, header, "Time spent selling")).isEqualTo(0.5);
            Row carol = rowStartingWith(reps, "Carol");
            assertThat(at(carol, header, "Win rate")).isEqualTo(0.5);
            assertThat(at(carol, header, "Revenue as % of quota")).isEqualTo(0.8);
            Row bob = rowStartingWith(reps, "Bob");
            assertThat(texts(bob).subList(0, 3)).containsExactly("Bob", "East", "no");
            assertThat(at(bob, header, "Quota")).isEqualTo(20_000);
            assertThat(bob.getCell(header.indexOf("Average deal size")).getStringCellValue()).isEqualTo("n/a");
            Row all = rowStartingWith(reps, "All reps");
            assertThat(at(all, header, "Revenue")).isEqualTo(38_000);
            assertThat(at(all, header, "Active in the period")).isEqualTo(2);

            Sheet teams = hand.workbook().getSheet("By Team");
            List<String> teamHeader = texts(teams.getRow(3));
            assertThat(at(rowStartingWith(teams, "East"), teamHeader, "Quota attainment rate")).isEqualTo(0.5);
            assertThat(at(rowStartingWith(teams, "West Coast"), teamHeader, "Revenue")).isEqualTo(8_000);
            assertThat(at(rowStartingWith(teams, "All teams"), teamHeader, "Quota attainment rate"))
                    .isEqualTo(1.0 / 3);
        }
    }

    /**
     * The demo data of the embedded CRM (a fifth of it, up to 2026-11-26, the day before ReportRun's
     * today) in an H2 database of this test's own: the embedded one is filled once per JVM.
     */
    static String demoCrm() {
        String url = H2Crm.create();
        new DemoDataGenerator(42, 0.2, LocalDate.of(2026, 11, 27)).fill(H2Crm.dataSource(url));
        return url;
    }

    // ---- reading back

    private static Cell named(String id) {
        Name name = workbook.getName(id);
        assertThat(name).as(id).isNotNull();
        CellReference ref = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion()).getFirstCell();
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The value of an input shown beside a metric, by its label. */
    private static double inputOf(String id, String label) {
        Cell value = named(id);
        Sheet sheet = value.getSheet();
        for (int r = value.getRowIndex(); r < value.getRowIndex() + 10; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(4) != null && label.equals(row.getCell(4).getStringCellValue())) {
                return row.getCell(5).getNumericCellValue();
            }
        }
        throw new AssertionError(id + " shows no input " + label);
    }

    /** Metric name to its number in a column of the trend table (n/a left out). */
    private static Map<String, Double> trendColumn(int column) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Row row : workbook.getSheet("Trends")) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 3 && !row.getZeroHeight() && cell != null && cell.getCellType() == CellType.NUMERIC) {
                values.put(row.getCell(0).getStringCellValue(), cell.getNumericCellValue());
            }
        }
        return values;
    }

    private static double at(Row row, List<String> header, String column) {
        assertThat(header).contains(column);
        return row.getCell(header.indexOf(column)).getNumericCellValue();
    }
}
