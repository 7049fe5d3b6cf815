package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.WorkbookReader.rowStartingWith;
import static com.b2bsales.kpi.WorkbookReader.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmProfile;
import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.ChecklistRow;
import com.b2bsales.kpi.metrics.ChecklistStatus;
import com.b2bsales.kpi.metrics.ChecklistTargets;
import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.Figure;
import com.b2bsales.kpi.metrics.Input;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.KpiReport.RunInfo;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricResult;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.metrics.SalesBreakdown;
import com.b2bsales.kpi.metrics.SalesBreakdown.Line;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.TableQuality;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiWorkbookWriterTests {

    private static final ReportContext Q2_COMPLETE = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.of(2026, 7, 15));
    private static final ReportContext Q4_IN_PROGRESS = ReportContext.of(ReportPeriod.quarter(2026, 4),
            LocalDate.of(2026, 11, 26));

    /** Metrics that are n/a in the reported period, with their reasons. */
    private static final Map<MetricId, String> NOT_AVAILABLE = Map.of(
            MetricId.FORECAST_ACCURACY, "no forecast for the period",
            MetricId.CUSTOMER_ACQUISITION_COST, "no new customers in the period",
            MetricId.PIPELINE_VELOCITY, "an input is n/a");

    @TempDir
    Path dir;

    private final KpiWorkbookWriter writer = new KpiWorkbookWriter();

    // ---- file names

    @Test
    void namesACompletePeriodByItsLabel() {
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.empty())).isEqualTo("b2b-sales-kpis_2026-Q2.xlsx");
    }

    @Test
    void namesAPeriodInProgressWithItsAsOfDate() {
        assertThat(WorkbookFiles.fileName(Q4_IN_PROGRESS, Optional.empty()))
                .isEqualTo("b2b-sales-kpis_2026-Q4_asof-2026-11-26.xlsx");
    }

    @Test
    void addsTheTeamInLowerCaseWithDashesBeforeTheExtension() {
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of("Enterprise North")))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team-enterprise-north.xlsx");
        assertThat(WorkbookFiles.fileName(Q4_IN_PROGRESS, Optional.of("SMB")))
                .isEqualTo("b2b-sales-kpis_2026-Q4_asof-2026-11-26_team-smb.xlsx");
        assertThat(WorkbookFiles.path(dir, Q2_COMPLETE, Optional.empty()))
                .isEqualTo(dir.resolve("b2b-sales-kpis_2026-Q2.xlsx"));
    }

    @Test
    void keepsOfATeamNameOnlyLowerCaseLettersAndDigitsWithOneDashForEachRunOfOtherCharacters() {
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of("EMEA/North")))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team-emea-north.xlsx");
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of(" -A:B*?[x]\\ ")))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team-a-b-x.xlsx");
    }

    @Test
    void addsTheHashOfTheExactNameWhereTwoTeamsWouldShareAFileOrANameIsEmpty() {
        List<String> teams = List.of("North East", "North-East", "West", "  ");

        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of("North East"), teams))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team-north-east-" + sha256("North East") + ".xlsx");
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of("North-East"), teams))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team-north-east-" + sha256("North-East") + ".xlsx");
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of("West"), teams))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team-west.xlsx");
        assertThat(WorkbookFiles.fileName(Q2_COMPLETE, Optional.of("  "), teams))
                .isEqualTo("b2b-sales-kpis_2026-Q2_team--" + sha256("  ") + ".xlsx");
    }

    @Test
    void keepsEveryTeamFileNameDistinctAndShortWhateverTheNames() {
        String longName = "Enterprise ".repeat(40);
        List<String> teams = List.of("North East", "north-east-" + sha256("North East"), longName, longName + "2");

        List<String> names = teams.stream()
                .map(team -> WorkbookFiles.fileName(Q2_COMPLETE, Optional.of(team), teams)).toList();

        assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name.length()).isLessThan(255));
    }

    @Test
    void keepsTheFooterWithinExcelsLimitWhateverTheTeamName() throws IOException {
        String team = "Enterprise & Public Sector ".repeat(20);
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), Optional.of(team), dir))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                org.apache.poi.ss.usermodel.Footer footer = sheet.getFooter();
                assertThat(("&L" + footer.getLeft() + "&C" + footer.getCenter() + "&R" + footer.getRight()).length())
                        .as(sheet.getSheetName()).isLessThanOrEqualTo(255);
            }
        }
    }

    private static String sha256(String team) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(team.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- sheets and defined names

    @Test
    void writesTheSheetsInTheOrderOfTheContract() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Checklist", "Revenue", "Conversion", "Pipeline", "Customers",
                    "Sales Team", "Data Quality", "Definitions", "Trends", "By Team", "By Rep");
        }
    }

    @Test
    void namesTheValueCellOfEveryMetricByItsIdWithItsExactValueOrNotAvailableAndWhy() throws IOException {
        KpiReport report = report(Q2_COMPLETE);
        try (XSSFWorkbook workbook = open(writer.write(report, dir))) {
            // besides the sheet-scoped print titles, the workbook names exactly the metrics
            assertThat(workbook.getAllNames().stream().filter(n -> n.getSheetIndex() == -1).map(XSSFName::getNameName))
                    .containsExactlyInAnyOrder(Stream.of(MetricId.values()).map(MetricId::id).toArray(String[]::new));
            for (MetricId id : MetricId.values()) {
                Cell cell = namedCell(workbook, id);
                assertThat(cell.getSheet().getSheetName()).as(id.id()).isEqualTo(id.family().sheetName());
                MetricValue expected = report.current().value(id);
                if (expected.available()) {
                    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                            : cell.getCellType();
                    assertThat(type).as(id.id()).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getNumericCellValue()).as(id.id()).isEqualTo(expected.value());
                } else {
                    assertThat(cell.getStringCellValue()).as(id.id()).isEqualTo("n/a");
                    Cell beside = cell.getRow().getCell(cell.getColumnIndex() + 1);
                    assertThat(beside.getStringCellValue()).as(id.id()).isEqualTo(NOT_AVAILABLE.get(id));
                }
            }
        }
    }

    @Test
    void quotesSheetNamesWithSpacesInDefinedNames() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            assertThat(workbook.getName("quota_attainment_rate").getRefersToFormula()).isEqualTo("'Sales Team'!$B$5");
            assertThat(workbook.getName("total_revenue").getRefersToFormula()).isEqualTo("Revenue!$B$5");
        }
    }

    @Test
    void formatsEachValueCellByItsUnitAndRatiosAsPercentages() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            for (MetricId id : MetricId.values()) {
                if (NOT_AVAILABLE.containsKey(id)) {
                    continue;
                }
                String format = namedCell(workbook, id).getCellStyle().getDataFormatString();
                switch (id.unit()) {
                    case RATIO -> assertThat(format).as(id.id()).isEqualTo("0.0%");
                    case MONEY -> assertThat(format).as(id.id()).isEqualTo("\"EUR\" #,##0.00");
                    case MONEY_PER_DAY -> assertThat(format).as(id.id()).isEqualTo("\"EUR\" #,##0.00\"/day\"");
                    case DAYS -> assertThat(format).as(id.id()).isEqualTo("#,##0.0\" days\"");
                    case COUNT -> assertThat(format).as(id.id()).isEqualTo("#,##0");
                    case MULTIPLE -> assertThat(format).as(id.id()).isEqualTo("0.00\"x\"");
                    default -> assertThat(format).as(id.id()).isNotEqualTo("General");
                }
            }
        }
    }

    @Test
    void showsEachMetricsInputsOneUnderTheOtherBesideItWithThePreviousValueAndTheDefinition() throws IOException {
        KpiReport report = report(Q2_COMPLETE);
        try (XSSFWorkbook workbook = open(writer.write(report, dir))) {
            Sheet revenue = workbook.getSheet("Revenue");
            assertThat(texts(revenue.getRow(3))).containsExactly("Metric", "Value", "Note", "Previous period (2026-Q1)",
                    "Input", "Input value", "Definition");
            Row totalRevenue = namedCell(workbook, MetricId.TOTAL_REVENUE).getRow();
            assertThat(totalRevenue.getCell(0).getStringCellValue()).isEqualTo("Total revenue");
            assertThat(totalRevenue.getCell(2).getStringCellValue()).isEmpty();
            assertThat(totalRevenue.getCell(3).getNumericCellValue())
                    .isEqualTo(report.previous().value(MetricId.TOTAL_REVENUE).value());
            assertThat(totalRevenue.getCell(4).getStringCellValue()).isEqualTo("Deals won");
            assertThat(totalRevenue.getCell(5).getNumericCellValue()).isEqualTo(17);
            Row second = revenue.getRow(totalRevenue.getRowNum() + 1);
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("Units sold");
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(120);
            Row third = revenue.getRow(totalRevenue.getRowNum() + 2);
            assertThat(third.getCell(4).getStringCellValue()).isEqualTo("Average price per unit");
            assertThat(third.getCell(5).getStringCellValue()).isEqualTo("n/a");
            assertThat(totalRevenue.getCell(6).getStringCellValue()).isEqualTo(MetricId.TOTAL_REVENUE.definition());

            Sheet pipeline = workbook.getSheet("Pipeline");
            Row forecast = namedCell(workbook, MetricId.FORECAST_ACCURACY).getRow();
            Row submitted = pipeline.getRow(forecast.getRowNum() + 2);
            assertThat(texts(submitted)).contains("Forecast submitted at", "none");
        }
    }

    @Test
    void writesSimpleMetricsAsFormulasOverTheirInputsWithTheJobsOwnNumberAsResult() throws IOException {
        KpiReport report = report(Q2_COMPLETE);
        try (XSSFWorkbook workbook = open(writer.write(report, dir))) {
            Cell dealSize = namedCell(workbook, MetricId.AVERAGE_DEAL_SIZE);
            int first = dealSize.getRowIndex() + 1;
            // Revenue and Deals won, one under the other in the Input value column
            assertThat(dealSize.getCellFormula()).isEqualTo("F" + first + "/F" + (first + 1));
            assertThat(dealSize.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(dealSize.getNumericCellValue()).isEqualTo(report.current().value(MetricId.AVERAGE_DEAL_SIZE).value());
            double evaluated = workbook.getCreationHelper().createFormulaEvaluator().evaluate(dealSize).getNumberValue();
            assertThat(evaluated).isCloseTo(dealSize.getNumericCellValue(), within(1e-9));

            // a sum of CRM rows has no formula; nor has a metric that is n/a
            assertThat(namedCell(workbook, MetricId.TOTAL_REVENUE).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(namedCell(workbook, MetricId.FORECAST_ACCURACY).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void listsTheSevenChecklistMetricsWithPreviousChangeTargetAndStatus() throws IOException {
        KpiReport report = report(Q2_COMPLETE);
        try (XSSFWorkbook workbook = open(writer.write(report, dir))) {
            Sheet checklist = workbook.getSheet("Checklist");
            assertThat(checklist.getRow(0).getCell(0).getStringCellValue())
                    .contains("Acme GmbH", "Sales KPI report", "2026-Q2", "as of 2026-06-30", "complete");
            assertThat(texts(checklist.getRow(3)).subList(0, 6))
                    .containsExactly("Metric", "Value", "Previous period (2026-Q1)", "Change", "Target", "Status");
            assertThat(checklist.getRow(0).getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            for (int i = 0; i < MetricId.CHECKLIST.size(); i++) {
                MetricId id = MetricId.CHECKLIST.get(i);
                Row row = checklist.getRow(4 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(id.displayName());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(report.current().value(id).value());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(report.previous().value(id).value());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(report.checklist().get(i).target());
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(report.checklist().get(i).status().label());
                String change = row.getCell(3).getCellStyle().getDataFormatString();
                switch (id.unit()) {
                    case RATIO -> assertThat(change).as(id.id()).isEqualTo("\"▲ \"+0.0\" pp\";\"▼ \"-0.0\" pp\";0.0\" pp\"");
                    case MONEY -> assertThat(change).as(id.id()).isEqualTo("\"▲ \"+0.0%;\"▼ \"-0.0%;0.0%");
                    case MULTIPLE -> assertThat(change).as(id.id()).isEqualTo("\"▲ \"+0.00\"x\";\"▼ \"-0.00\"x\";0.00\"x\"");
                    default -> throw new AssertionError("no checklist metric in " + id.unit());
                }
            }
        }
    }

    @Test
    void showsTheChangeBetweenTheValuesAsDisplayedNotBetweenTheirHiddenDecimals() throws IOException {
        // given rates that both show as 44.8%, and deal sizes that differ in their hidden decimals only
        KpiReport report = report(Q2_COMPLETE);
        List<ChecklistRow> lines = List.of(
                new ChecklistRow(MetricId.WIN_RATE, MetricValue.of(0.44843), MetricValue.of(0.44761),
                        MetricValue.of((0.44843 - 0.44761) * 100), 0.25, ChecklistStatus.ON_TRACK),
                new ChecklistRow(MetricId.LEAD_CONVERSION_RATE, MetricValue.of(0.2044), MetricValue.of(0.1956),
                        MetricValue.of((0.2044 - 0.1956) * 100), 0.2, ChecklistStatus.ON_TRACK),
                new ChecklistRow(MetricId.AVERAGE_DEAL_SIZE, MetricValue.of(1000.004), MetricValue.of(999.996),
                        MetricValue.of(0.008 / 999.996), 900, ChecklistStatus.ON_TRACK));
        KpiReport shown = new KpiReport(report.periods(), lines, report.dataQuality(), report.run(), report.breakdown());

        try (XSSFWorkbook workbook = open(writer.write(shown, dir))) {
            Sheet checklist = workbook.getSheet("Checklist");
            DataFormatter formatter = new DataFormatter(Locale.US);
            // then 44.8% against 44.8% is no change, not "▼ -0.1 pp"
            Row winRate = checklist.getRow(4);
            assertThat(formatter.formatCellValue(winRate.getCell(1))).isEqualTo("44.8%");
            assertThat(formatter.formatCellValue(winRate.getCell(2))).isEqualTo("44.8%");
            assertThat(winRate.getCell(3).getNumericCellValue()).isZero();
            assertThat(formatter.formatCellValue(winRate.getCell(3))).isEqualTo("0.0 pp");
            // 20.4% against 19.6% is 0.8 pp, although the values differ by 0.88 points
            assertThat(formatter.formatCellValue(checklist.getRow(5).getCell(3))).isEqualTo("▲ +0.8 pp");
            // EUR 1,000.00 against EUR 1,000.00 is 0.0%
            assertThat(formatter.formatCellValue(checklist.getRow(6).getCell(3))).isEqualTo("0.0%");
            // the values themselves keep their full precision
            assertThat(winRate.getCell(1).getNumericCellValue()).isEqualTo(0.44843);
        }
    }

    @Test
    void coloursTheChecklistStatusAndValueByConditionalFormattingNotByCellStyle() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            XSSFSheet checklist = workbook.getSheet("Checklist");
            XSSFSheetConditionalFormatting formatting = checklist.getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            XSSFConditionalFormatting status = formatting.getConditionalFormattingAt(0);
            assertThat(Stream.of(status.getFormattingRanges()).map(CellRangeAddress::formatAsString))
                    .containsExactlyInAnyOrder("F5:F11", "B5:B11");
            List<String> rules = new ArrayList<>();
            for (int i = 0; i < status.getNumberOfRules(); i++) {
                XSSFConditionalFormattingRule rule = status.getRule(i);
                assertThat(rule.getPatternFormatting()).isNotNull();
                rules.add(rule.getFormula1());
            }
            assertThat(rules).containsExactly("$F5=\"on track\"", "$F5=\"watch\"", "$F5=\"off track\"");
            // the status cells themselves carry no fill
            for (int r = 4; r < 11; r++) {
                assertThat(checklist.getRow(r).getCell(5).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            }
        }
    }

    @Test
    void saysAPeriodInProgressIsToDate() throws IOException {
        Path file = writer.write(report(Q4_IN_PROGRESS), dir);
        assertThat(file.getFileName().toString()).isEqualTo("b2b-sales-kpis_2026-Q4_asof-2026-11-26.xlsx");
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheet("Checklist").getRow(0).getCell(0).getStringCellValue())
                    .contains("as of 2026-11-26", "in progress (to date)");
            assertThat(texts(workbook.getSheet("Revenue").getRow(3))).contains("Previous period (2026-Q3 to 2026-08-26)");
        }
    }

    @Test
    void countsUntrustedRowsPerTableAndRuleWithTheLimitAndTotals() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            Sheet quality = workbook.getSheet("Data Quality");
            assertThat(quality.getRow(1).getCell(0).getStringCellValue()).contains("5.0%", "max-bad-ratio");
            Row opportunity = rowStartingWith(quality, "opportunity");
            assertThat(opportunity.getCell(2).getNumericCellValue()).isEqualTo(200);
            assertThat(opportunity.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(opportunity.getCell(4).getNumericCellValue()).isEqualTo(0.02);
            assertThat(opportunity.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Row statusRule = rowWith(quality, TrustRule.OPPORTUNITY_STATUS.description());
            assertThat(statusRule.getCell(3).getNumericCellValue()).isEqualTo(1);
            Row total = rowStartingWith(quality, "All tables");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(350);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(6);
            Row limit = rowStartingWith(quality, "Limit per table");
            assertThat(limit.getCell(4).getNumericCellValue()).isEqualTo(0.05);
        }
    }

    @Test
    void definesEveryMetricAndStatesTheRunParameters() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            Sheet definitions = workbook.getSheet("Definitions");
            for (MetricId id : MetricId.values()) {
                assertThat(rowStartingWith(definitions, id.id()).getCell(4).getStringCellValue()).isEqualTo(id.definition());
            }
            assertThat(parameter(definitions, "Period")).isEqualTo("2026-Q2");
            assertThat(parameter(definitions, "Window start")).isEqualTo("2026-04-01 00:00");
            assertThat(parameter(definitions, "Cut-off (window end, exclusive)")).isEqualTo("2026-07-01 00:00");
            assertThat(parameter(definitions, "As-of date")).isEqualTo("2026-06-30");
            assertThat(parameter(definitions, "Period status")).isEqualTo("complete");
            assertThat(parameter(definitions, "Time zone")).isEqualTo("Europe/Berlin");
            assertThat(parameter(definitions, "Company")).isEqualTo("Acme GmbH");
            assertThat(parameter(definitions, "Currency")).isEqualTo("EUR");
            assertThat(parameter(definitions, "Job execution id")).isEqualTo("42");
            assertThat(parameter(definitions, "Generated at")).isEqualTo("2026-07-16 02:00:13");
            assertThat(parameter(definitions, "House style")).isEqualTo("built-in defaults");
            assertThat(number(definitions, "Trend periods")).isEqualTo(2);
            assertThat(number(definitions, "Target: Win rate")).isEqualTo(0.25);
            assertThat(number(definitions, "Watch band below a target")).isEqualTo(0.15);
            // the data-quality totals
            assertThat(number(definitions, "Rows concerning the period")).isEqualTo(350);
            assertThat(number(definitions, "Untrusted rows left out")).isEqualTo(6);
            assertThat(number(definitions, "Share untrusted")).isEqualTo(6.0 / 350);
        }
    }

    @Test
    void showsEveryMetricOverTheReportedPeriodsOldestFirstWithAChartPerFamily() throws IOException {
        KpiReport report = report(Q2_COMPLETE);
        try (XSSFWorkbook workbook = open(writer.write(report, dir))) {
            XSSFSheet trends = workbook.getSheet("Trends");
            assertThat(texts(trends.getRow(3))).containsExactly("Metric", "2026-Q1", "2026-Q2", "Note");
            for (MetricId id : MetricId.values()) {
                Row row = rowStartingWith(trends, id.displayName());
                MetricValue previous = report.previous().value(id);
                MetricValue current = report.current().value(id);
                assertThat(row.getCell(1).getNumericCellValue()).as(id.id()).isEqualTo(previous.value());
                if (current.available()) {
                    assertThat(row.getCell(2).getNumericCellValue()).as(id.id()).isEqualTo(current.value());
                } else {
                    assertThat(row.getCell(2).getStringCellValue()).as(id.id()).isEqualTo("n/a");
                    assertThat(row.getCell(3).getStringCellValue()).as(id.id())
                            .isEqualTo("2026-Q2: " + NOT_AVAILABLE.get(id));
                }
            }
            assertThat(trends.getDrawingPatriarch().getCharts()).hasSize(Family.values().length);
            assertThat(trends.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
        }
    }

    @Test
    void breaksSalesDownByTeamAndRepWithAutofilterFrozenHeaderAndTheCompanyTotal() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            XSSFSheet teams = workbook.getSheet("By Team");
            assertThat(texts(teams.getRow(3))).startsWith("Team", "Active reps", "Revenue", "Deals won",
                    "Average deal size", "Deals won or lost", "Win rate", "Quota");
            assertThat(teams.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:O6");
            assertThat(teams.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(teams.getRow(4).getCell(0).getStringCellValue()).isEqualTo("East");
            assertThat(teams.getRow(5).getCell(0).getStringCellValue()).isEqualTo("(unassigned)");
            Row total = rowStartingWith(teams, "All teams");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(38_000);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(0.75);
            // n/a where a line has no denominator: no active rep for the rep productivity of the unassigned deals
            assertThat(teams.getRow(3).getCell(11).getStringCellValue()).isEqualTo("Rep productivity");
            assertThat(teams.getRow(5).getCell(11).getStringCellValue()).isEqualTo("n/a");

            XSSFSheet reps = workbook.getSheet("By Rep");
            assertThat(texts(reps.getRow(3))).startsWith("Rep", "Team", "Active in the period", "Revenue");
            assertThat(reps.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:N7");
            assertThat(texts(reps.getRow(4))).startsWith("Alice", "East", "yes");
            Row all = rowStartingWith(reps, "All reps");
            assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(1); // active reps
            assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(38_000);
        }
    }

    @Test
    void setsTitleSubjectAndPeriodAsDocumentPropertiesAndPrintsPageNumbers() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).contains("Acme GmbH", "2026-Q2");
            assertThat(core.getSubject()).isEqualTo("Sales KPIs 2026-Q2 as of 2026-06-30 (complete)");
            assertThat(core.getCreator()).isEqualTo("Acme GmbH");
            var custom = workbook.getProperties().getCustomProperties();
            assertThat(custom.getProperty("Period").getLpwstr()).isEqualTo("2026-Q2");
            assertThat(custom.getProperty("As-of date").getLpwstr()).isEqualTo("2026-06-30");
            assertThat(custom.getProperty("Job execution id").getLpwstr()).isEqualTo("42");
            for (Sheet sheet : workbook) {
                assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).isEqualTo("Page &P of &N");
                // the Definitions sheet holds three tables, each with its own header
                assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName())
                        .isEqualTo(sheet.getSheetName().equals("Definitions") ? null : CellRangeAddress.valueOf("4:4"));
            }
        }
    }

    @Test
    void neverWritesAnErrorValueOrNaNAndStoresTheResultOfEveryFormula() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        CellType type = cell.getCellType();
                        if (type == CellType.FORMULA) {
                            type = cell.getCachedFormulaResultType();
                        }
                        assertThat(type).as(where).isIn(CellType.NUMERIC, CellType.STRING, CellType.BLANK);
                        if (type == CellType.NUMERIC) {
                            assertThat(cell.getNumericCellValue()).as(where).isFinite();
                        } else if (type == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(where).doesNotContain("NaN", "Infinity", "#DIV/0!",
                                    "#VALUE!");
                        }
                    }
                }
            }
        }
    }

    @Test
    void freezesHeadersSetsWidthsAndPrintsLandscapeOnePageWide() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            for (Sheet sheet : workbook) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 4);
                assertThat(sheet.getColumnWidth(0)).as(sheet.getSheetName()).isGreaterThan(20 * 256);
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isEqualTo((short) 0);
                assertThat(sheet.getRow(3).getCell(0).getCellStyle().getFillPattern()).as(sheet.getSheetName())
                        .isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(workbook.getFontAt(sheet.getRow(3).getCell(0).getCellStyle().getFontIndex()).getBold())
                        .as(sheet.getSheetName()).isTrue();
            }
        }
    }

    @Test
    void makesEveryValueColumnWideEnoughForTheLargestValueTheReportCanHold() throws IOException {
        // given a report of EUR 999,999,999,999.99, 999,999,999 deals, 9,999.9% rates...
        try (XSSFWorkbook workbook = open(writer.write(LargestReport.of(Q2_COMPLETE), dir))) {
            DataFormatter formatter = new DataFormatter(Locale.US);
            int checked = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        if (type != CellType.NUMERIC) {
                            continue;
                        }
                        // then each number shows in full, as wide as a renderer may draw it, with the cell's margins
                        String shown = formatter.formatCellValue(cell);
                        boolean bold = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
                        double needed = TextWidths.atMost(shown, bold) + SheetLayout.CELL_MARGINS_MOST;
                        assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256.0)
                                .as(sheet.getSheetName() + "!" + cell.getAddress() + " '" + shown + "'")
                                .isGreaterThanOrEqualTo(needed);
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(200);
            assertThat(formatter.formatCellValue(namedCell(workbook, MetricId.TOTAL_REVENUE)))
                    .isEqualTo("EUR 999,999,999,999.99");
        }
    }

    @Test
    void wrapsHeadersAtSpacesOnlyLeavingAGapToTheNeighbour() {
        // "Previous period (2026-" over "Q1)" is what LibreOffice made of a column 22 wide
        assertThat(TextWidths.wrapCleanly("Previous period (2026-Q1)", 22 - 0.6, 22 - 0.2, true)).isEmpty();
        SheetLayout.Column previous = SheetLayout.Column.number("Previous period (2026-Q1)", 22);
        assertThat(TextWidths.wrapCleanly(previous.title(), previous.width() - 0.6, previous.width() - 0.2, true))
                .isPresent();
        // a date never breaks at its hyphens
        SheetLayout.Column trend = SheetLayout.Column.number("2025-Q1 to 2025-02-28", 16);
        assertThat(trend.headerLines()).isBetween(1, 2);
        // a right-aligned header keeps a gap to its left: "Reps with" must not touch "Quota"
        SheetLayout.Column reps = SheetLayout.Column.number("Reps with a quota", 9);
        assertThat(reps.width()).isGreaterThan(9);
    }

    @Test
    void createsEachNamedStyleOncePerWorkbook() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            // the default style plus the named ones: not one per cell
            assertThat(workbook.getNumCellStyles()).isEqualTo(WorkbookStyles.Name.values().length + 1);
        }
    }

    @Test
    void saysInATeamWorkbookThatCustomerMetricsAreCompanyWide() throws IOException {
        Path file = writer.write(report(Q2_COMPLETE), Optional.of("Enterprise North"), dir);
        assertThat(file).isEqualTo(dir.resolve("b2b-sales-kpis_2026-Q2_team-enterprise-north.xlsx"));
        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheet("Checklist").getRow(0).getCell(0).getStringCellValue())
                    .contains("team Enterprise North");
            assertThat(workbook.getSheet("Customers").getRow(1).getCell(0).getStringCellValue())
                    .contains("company-wide");
            assertThat(workbook.getSheet("Revenue").getRow(1).getCell(0).getStringCellValue())
                    .doesNotContain("company-wide");
        }
    }

    @Test
    void appliesTheHouseStyleOfTheTemplatesFolderFontsColoursFormatsAndLogo() throws IOException {
        // given a rebranded copy of reports-templates
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(Path.of("reports-templates/logo.png"), templates.resolve("acme.png"));
        Files.writeString(templates.resolve("house-style.properties"), """
                font.name = Georgia
                color.band = 7B1E2B
                color.header = F2DCDB
                format.money = #,##0.00 {currency}
                logo = acme.png
                """);
        KpiWorkbookWriter styled = writer.withHouseStyle(HouseStyle.load(templates));

        // when
        try (XSSFWorkbook workbook = open(styled.write(report(Q2_COMPLETE), dir))) {
            // then
            for (Sheet sheet : workbook) {
                XSSFCellStyle band = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
                assertThat(band.getFillForegroundColorColor().getARGBHex()).as(sheet.getSheetName()).isEqualTo("FF7B1E2B");
                assertThat(band.getFont().getFontName()).isEqualTo("Georgia");
                XSSFCellStyle header = (XSSFCellStyle) sheet.getRow(3).getCell(0).getCellStyle();
                assertThat(header.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFF2DCDB");
                assertThat(((XSSFSheet) sheet).getDrawingPatriarch().getShapes())
                        .as(sheet.getSheetName() + " has the logo").anyMatch(XSSFPicture.class::isInstance);
            }
            assertThat(namedCell(workbook, MetricId.TOTAL_REVENUE).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"EUR\"");
            assertThat(workbook.getAllPictures()).hasSize(1);
        }
    }

    @Test
    void writesTheBuiltInStyleWithoutALogo() throws IOException {
        try (XSSFWorkbook workbook = open(writer.write(report(Q2_COMPLETE), dir))) {
            assertThat(workbook.getAllPictures()).isEmpty();
            XSSFCellStyle band = (XSSFCellStyle) workbook.getSheet("Checklist").getRow(0).getCell(0).getCellStyle();
            assertThat(band.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF1F3864");
        }
    }

    // ---- atomic file output

    @Test
    void createsTheOutputFolderAndLeavesNoTemporaryFile() throws IOException {
        Path folder = dir.resolve("reports/nested");
        Path file = writer.write(report(Q2_COMPLETE), folder);
        assertThat(file).isEqualTo(folder.resolve("b2b-sales-kpis_2026-Q2.xlsx"));
        assertThat(filesIn(folder)).containsExactly("b2b-sales-kpis_2026-Q2.xlsx");
    }

    @Test
    void replacesThePreviousWorkbookOfThePeriod() throws IOException {
        Path target = dir.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        Files.writeString(target, "yesterday's workbook");
        writer.write(report(Q2_COMPLETE), dir);
        try (XSSFWorkbook workbook = open(target)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(11);
        }
        assertThat(filesIn(dir)).containsExactly("b2b-sales-kpis_2026-Q2.xlsx");
    }

    @Test
    void leavesThePreviousWorkbookUntouchedAndNoTemporaryFileWhenWritingFails() throws IOException {
        Path target = dir.resolve("b2b-sales-kpis_2026-Q2.xlsx");
        byte[] previous = "yesterday's workbook".getBytes(StandardCharsets.UTF_8);
        Files.write(target, previous);

        // the Sales Team sheet, written after four others, cannot read this input
        assertThatThrownBy(() -> writer.write(reportWithUnreadableInput(), dir))
                .isInstanceOf(IllegalStateException.class).hasMessage("unreadable figure");

        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        assertThat(filesIn(dir)).containsExactly("b2b-sales-kpis_2026-Q2.xlsx");
    }

    @Test
    void leavesNoFileAtAllWhenTheFirstWriteOfAPeriodFails() throws IOException {
        assertThatThrownBy(() -> writer.write(reportWithUnreadableInput(), dir)).isInstanceOf(IllegalStateException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void leavesThePreviousFileInPlaceAndNoTemporaryFileWhenTheMoveFails() throws IOException {
        // a folder where the workbook should go cannot be replaced by a file
        Path inTheWay = Files.createDirectories(dir.resolve("b2b-sales-kpis_2026-Q2.xlsx"));
        Files.writeString(inTheWay.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> writer.write(report(Q2_COMPLETE), dir))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("b2b-sales-kpis_2026-Q2.xlsx");

        assertThat(Files.readString(inTheWay.resolve("keep.txt"))).isEqualTo("kept");
        assertThat(filesIn(dir)).containsExactly("b2b-sales-kpis_2026-Q2.xlsx");
    }

    @Test
    void reportsAnOutputFolderThatCannotBeCreated() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("reports"), "a file");
        assertThatThrownBy(() -> writer.write(report(Q2_COMPLETE), notAFolder))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Could not write the workbook");
    }

    // ---- the report, built by hand

    private static KpiReport report(ReportContext context) {
        return report(context, MetricId.TIME_SPENT_SELLING, 1234.5);
    }

    private static KpiReport reportWithUnreadableInput() {
        Number unreadable = new Number() {
            @Override
            public int intValue() {
                throw new IllegalStateException("unreadable figure");
            }

            @Override
            public long longValue() {
                throw new IllegalStateException("unreadable figure");
            }

            @Override
            public float floatValue() {
                throw new IllegalStateException("unreadable figure");
            }

            @Override
            public double doubleValue() {
                throw new IllegalStateException("unreadable figure");
            }
        };
        return report(Q2_COMPLETE, MetricId.TIME_SPENT_SELLING, unreadable);
    }

    /** A report whose metric {@code special} shows {@code specialInput} as its total hours. */
    private static KpiReport report(ReportContext context, MetricId special, Number specialInput) {
        PeriodResults current = results(context, 1.0, special, specialInput);
        PeriodResults previous = results(context.previous(), 0.9, special, 1000);
        DataQualityReport quality = new DataQualityReport(List.of(
                new TableQuality(CrmTable.OPPORTUNITY, 200,
                        Map.of(TrustRule.OPPORTUNITY_AMOUNT, 3L, TrustRule.OPPORTUNITY_STATUS, 1L,
                                TrustRule.OPPORTUNITY_CLOSED_AT_MISSING, 0L, TrustRule.OPPORTUNITY_CLOSED_BEFORE_CREATED, 0L)),
                new TableQuality(CrmTable.SALES_LEAD, 150,
                        Map.of(TrustRule.LEAD_QUALIFIED_BEFORE_CREATED, 2L, TrustRule.LEAD_CONVERTED_BEFORE_CREATED, 0L)),
                new TableQuality(CrmTable.EXPENSE, 0, Map.of(TrustRule.EXPENSE_AMOUNT, 0L))), 0.05);
        return new KpiReport(List.of(current, previous),
                Checklist.of(current, previous, new ChecklistTargets(Map.of(), 0.15)), quality,
                new RunInfo(42, LocalDateTime.of(2026, 7, 16, 2, 0, 13), "Europe/Berlin", "Acme GmbH", "EUR", 0.15,
                        new CrmSource.Crm(CrmProfile.NATIVE, "db.example.com:3306/crm")),
                breakdown());
    }

    /** Alice of team East won 30,000 of 38,000; a deal of no rep won the rest; one deal of Alice was lost. */
    private static SalesBreakdown breakdown() {
        Line alice = new Line("Alice", "East", 1, new BigDecimal("30000"), 2, 3, new BigDecimal("25000"), 1, 1,
                new BigDecimal("4"), new BigDecimal("8"));
        Line bob = new Line("Bob", "East", 0, BigDecimal.ZERO, 0, 0, new BigDecimal("20000"), 1, 0, BigDecimal.ZERO,
                BigDecimal.ZERO);
        Line unassigned = new Line("(unassigned)", "(unassigned)", 0, new BigDecimal("8000"), 1, 1, BigDecimal.ZERO, 0,
                0, BigDecimal.ZERO, BigDecimal.ZERO);
        Line east = new Line("East", "East", 1, new BigDecimal("30000"), 2, 3, new BigDecimal("45000"), 2, 1,
                new BigDecimal("4"), new BigDecimal("8"));
        Line company = new Line("All teams", "", 1, new BigDecimal("38000"), 3, 4, new BigDecimal("45000"), 2, 1,
                new BigDecimal("4"), new BigDecimal("8"));
        return new SalesBreakdown(List.of(east, unassigned), List.of(alice, bob, unassigned), company);
    }

    private static PeriodResults results(ReportContext context, double scale, MetricId special, Number specialInput) {
        Map<MetricId, MetricResult> metrics = new EnumMap<>(MetricId.class);
        for (MetricId id : MetricId.values()) {
            MetricValue value = NOT_AVAILABLE.containsKey(id) && scale == 1.0
                    ? MetricValue.na(NOT_AVAILABLE.get(id))
                    : MetricValue.of(scale * sample(id));
            metrics.put(id, new MetricResult(id, value, inputs(id, special, specialInput)));
        }
        return new PeriodResults(context, metrics);
    }

    /** A number of full precision in the metric's unit; as computed from its inputs where it has a formula. */
    private static double sample(MetricId id) {
        if (id == MetricId.AVERAGE_DEAL_SIZE) {
            return 98_765.4321 / 7;
        }
        if (id == MetricId.TIME_SPENT_SELLING) {
            return 400.25 / 1234.5;
        }
        double precise = 1 + id.ordinal() / 7.0;
        return switch (id.unit()) {
            case RATIO -> precise / 10;
            case MONEY, MONEY_PER_DAY -> precise * 12_345.678;
            case COUNT -> 40 + id.ordinal();
            default -> precise * 3;
        };
    }

    private static List<Figure> inputs(MetricId id, MetricId special, Number specialInput) {
        if (id == MetricId.TOTAL_REVENUE) {
            return List.of(Figure.number("Deals won", 17L, Unit.COUNT),
                    Figure.number("Units sold", new BigDecimal("120"), Unit.COUNT),
                    Figure.of("Average price per unit", MetricValue.na("no deal with units"), Unit.MONEY));
        }
        if (id == MetricId.AVERAGE_DEAL_SIZE) {
            return List.of(Figure.of(Input.REVENUE, new BigDecimal("98765.4321")), Figure.of(Input.DEALS_WON, 7L));
        }
        if (id == MetricId.FORECAST_ACCURACY) {
            return List.of(Figure.number("Revenue", new BigDecimal("98765.4321"), Unit.MONEY),
                    Figure.text("Forecast", "none"), Figure.text("Forecast submitted at", "none"));
        }
        if (id == special) {
            return List.of(Figure.of(Input.SELLING_HOURS, 400.25), Figure.of(Input.TOTAL_HOURS, specialInput));
        }
        return List.of(Figure.number("Numerator", 3, id.unit()), Figure.number("Denominator", 12, id.unit()));
    }

    // ---- reading back

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell namedCell(XSSFWorkbook workbook, MetricId id) {
        XSSFName name = workbook.getName(id.id());
        assertThat(name).as(id.id()).isNotNull();
        assertThat(name.getSheetIndex()).as("workbook scope of " + id.id()).isEqualTo(-1);
        AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        assertThat(area.isSingleCell()).as(id.id()).isTrue();
        CellReference ref = area.getFirstCell();
        assertThat(ref.isRowAbsolute() && ref.isColAbsolute()).as(id.id()).isTrue();
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (texts(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with '" + text + "' on " + sheet.getSheetName());
    }

    private static String parameter(Sheet sheet, String name) {
        return rowStartingWith(sheet, name).getCell(1).getStringCellValue();
    }

    private static double number(Sheet sheet, String name) {
        return rowStartingWith(sheet, name).getCell(1).getNumericCellValue();
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
