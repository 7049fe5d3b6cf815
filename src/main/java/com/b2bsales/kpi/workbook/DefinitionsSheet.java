package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;

import com.b2bsales.kpi.metrics.ChecklistRow;
import com.b2bsales.kpi.metrics.KpiReport.RunInfo;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.workbook.SheetLayout.Column;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Each metric's definition in words (from {@link MetricId}, where they live), then the parameters
 * of the run that made the file and its data-quality totals.
 */
final class DefinitionsSheet {

    static final String NAME = "Definitions";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MIDNIGHT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DefinitionsSheet() {
    }

    /** A line of a parameter block: a text, or a number in a style. */
    private record Parameter(String name, Object value, CellStyle style) {

        static Parameter text(String name, String value) {
            return new Parameter(name, value, null);
        }
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, Heading heading, String houseStyleSource) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        RunInfo run = heading.report().run();
        List<Column> columns = List.of(Column.text("Id", 30), Column.text("Metric", 28), Column.text("Family", 13),
                Column.text("Unit", 24), Column.text("Definition", 80));
        SheetLayout.heading(sheet, styles, heading.title(),
                "What each metric means, and how this file was made. Times are in the report time zone " + run.timeZone()
                        + ".", columns);
        SheetLayout.header(sheet, styles, columns);
        int r = FIRST_DATA_ROW;
        for (MetricId id : MetricId.values()) {
            Row row = sheet.createRow(r++);
            SheetLayout.text(row, 0, id.id(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 1, id.displayName(), styles.get(WorkbookStyles.Name.BOLD_TEXT));
            SheetLayout.text(row, 2, id.family().sheetName(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 3, unit(id.unit(), run.currency()), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 4, id.definition(), styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
            row.setHeightInPoints(SheetLayout.lines(id.definition(), 79) * 12.75f + 2);
        }

        r = block(sheet, styles, r + 1, "Run parameter", parameters(heading, styles, houseStyleSource));
        block(sheet, styles, r + 1, "Data quality", quality(heading.report().dataQuality(), styles));
        // three tables with their own headers: the first one's repeated on the next page would mislabel the others
        SheetLayout.finish(sheet, styles, heading, columns, false);
    }

    /** A block of parameters under its own header; returns the row after it. */
    private static int block(XSSFSheet sheet, WorkbookStyles styles, int firstRow, String title,
            List<Parameter> parameters) {
        SheetLayout.header(sheet, firstRow, styles, List.of(Column.text(title, 30), Column.text("Value", 28)));
        int r = firstRow + 1;
        for (Parameter parameter : parameters) {
            Row row = sheet.createRow(r++);
            SheetLayout.text(row, 0, parameter.name(), styles.get(WorkbookStyles.Name.TEXT));
            if (parameter.value() instanceof Number number) {
                SheetLayout.number(row, 1, number.doubleValue(), parameter.style(), styles);
            } else {
                SheetLayout.text(row, 1, String.valueOf(parameter.value()), styles.get(WorkbookStyles.Name.TEXT));
            }
        }
        return r;
    }

    private static List<Parameter> parameters(Heading heading, WorkbookStyles styles, String houseStyleSource) {
        ReportContext context = heading.context();
        RunInfo run = heading.report().run();
        List<Parameter> parameters = new ArrayList<>(List.of(
                Parameter.text("Company", run.companyName()),
                Parameter.text("Source", run.source().id()),
                Parameter.text("Team", heading.team()
                        .map(t -> t + " (deals, leads, quotas and time entries of its reps, and its own forecast; "
                                + "customer metrics company-wide)")
                        .orElse("all teams")),
                Parameter.text("Period", context.period().label()),
                Parameter.text("Window start", context.windowStart().format(MIDNIGHT)),
                Parameter.text("Cut-off (window end, exclusive)", context.cutoffInstant().format(MIDNIGHT)),
                Parameter.text("As-of date", context.asOf().toString()),
                Parameter.text("Period status", Heading.completeness(context))));
        heading.previous().map(p -> p.context()).ifPresent(previous -> parameters.add(Parameter.text(
                "Previous period window",
                previous.windowStart().format(MIDNIGHT) + " to " + previous.cutoffInstant().format(MIDNIGHT)
                        + " (exclusive; compared like for like)")));
        parameters.add(new Parameter("Trend periods", heading.report().periods().size(),
                styles.get(WorkbookStyles.Name.COUNT)));
        for (ChecklistRow line : heading.report().checklist()) {
            parameters.add(new Parameter("Target: " + line.id().displayName(), line.target(),
                    styles.value(line.id().unit())));
        }
        parameters.addAll(List.of(
                new Parameter("Watch band below a target", run.watchBand(), styles.get(WorkbookStyles.Name.PERCENT)),
                Parameter.text("Time zone", run.timeZone()),
                Parameter.text("Currency", run.currency()),
                Parameter.text("House style", houseStyleSource),
                Parameter.text("Job execution id", String.valueOf(run.jobExecutionId())),
                Parameter.text("Generated at", format(run.generatedAt()))));
        return parameters;
    }

    private static List<Parameter> quality(DataQualityReport quality, WorkbookStyles styles) {
        double share = quality.totalUntrustedShare();
        return List.of(
                new Parameter("Rows concerning the period", quality.totalRows(), styles.get(WorkbookStyles.Name.COUNT)),
                new Parameter("Untrusted rows left out", quality.totalUntrusted(), styles.get(WorkbookStyles.Name.COUNT)),
                new Parameter("Share untrusted", share, styles.get(WorkbookStyles.Name.PERCENT)),
                new Parameter("Limit per table", quality.maxBadRatio(),
                        styles.get(WorkbookStyles.Name.PERCENT)),
                Parameter.text("Per table and rule", "see the Data Quality sheet"));
    }

    private static String format(LocalDateTime timestamp) {
        return timestamp == null ? "" : timestamp.format(TIMESTAMP);
    }

    private static String unit(Unit unit, String currency) {
        return switch (unit) {
            case RATIO -> "ratio (a fraction, shown as %)";
            case MONEY -> "money (" + currency + ")";
            case MONEY_PER_DAY -> "money per day (" + currency + "/day)";
            case DAYS -> "days";
            case HOURS -> "hours";
            case YEARS -> "years";
            case COUNT -> "count";
            case MULTIPLE -> "multiple (x)";
        };
    }
}
