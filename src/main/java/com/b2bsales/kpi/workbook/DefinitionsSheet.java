package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.HEADER_ROW;

import com.b2bsales.kpi.metrics.KpiReport.RunInfo;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.period.ReportContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Each metric's definition in words, then the parameters of the run that made the file. */
final class DefinitionsSheet {

    static final String NAME = "Definitions";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MIDNIGHT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DefinitionsSheet() {
    }

    private record Parameter(String name, String value) {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Heading heading) {
        Sheet sheet = workbook.createSheet(NAME);
        RunInfo run = heading.report().run();
        SheetLayout.heading(sheet, styles, heading.title(),
                "What each metric means, and how this file was made. Times are in the report time zone " + run.timeZone()
                        + ".");
        SheetLayout.header(sheet.createRow(HEADER_ROW), styles, List.of("Id", "Metric", "Family", "Unit", "Definition"));
        int r = FIRST_DATA_ROW;
        for (MetricId id : MetricId.values()) {
            Row row = sheet.createRow(r++);
            SheetLayout.text(row, 0, id.id(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 1, id.displayName(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 2, id.family().sheetName(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 3, unit(id.unit(), run.currency()), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 4, id.definition(), styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
        }

        r++;
        SheetLayout.header(sheet.createRow(r++), styles, List.of("Run parameter", "Value"));
        for (Parameter parameter : parameters(heading)) {
            Row row = sheet.createRow(r++);
            SheetLayout.text(row, 0, parameter.name(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.text(row, 1, parameter.value(), styles.get(WorkbookStyles.Name.TEXT));
        }
        SheetLayout.finish(sheet, List.of(32, 30, 14, 26, 90));
    }

    private static List<Parameter> parameters(Heading heading) {
        ReportContext context = heading.context();
        RunInfo run = heading.report().run();
        List<Parameter> parameters = new ArrayList<>(List.of(
                new Parameter("Company", run.companyName()),
                new Parameter("Team", heading.team()
                        .map(t -> t + " (deals, leads, quotas and time entries of its reps, and its own forecast; "
                                + "customer metrics company-wide)")
                        .orElse("all teams")),
                new Parameter("Period", context.period().label()),
                new Parameter("Window start", context.windowStart().format(MIDNIGHT)),
                new Parameter("Cut-off (window end, exclusive)", context.cutoffInstant().format(MIDNIGHT)),
                new Parameter("As-of date", context.asOf().toString()),
                new Parameter("Period status", Heading.completeness(context))));
        heading.previous().map(p -> p.context()).ifPresent(previous -> parameters.add(new Parameter(
                "Previous period window (compared like for like)",
                previous.windowStart().format(MIDNIGHT) + " to " + previous.cutoffInstant().format(MIDNIGHT)
                        + " (exclusive)")));
        parameters.addAll(List.of(
                new Parameter("Time zone", run.timeZone()),
                new Parameter("Currency", run.currency()),
                new Parameter("Job execution id", String.valueOf(run.jobExecutionId())),
                new Parameter("Generated at", format(run.generatedAt()))));
        return parameters;
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
