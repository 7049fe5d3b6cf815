package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.HEADER_ROW;

import com.b2bsales.kpi.metrics.Input;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.SalesBreakdown;
import com.b2bsales.kpi.metrics.SalesBreakdown.Line;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.workbook.SheetLayout.Column;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The reported period by team and by rep, one sheet each, sortable with an autofilter: revenue,
 * deals, win rate, quota and attainment, productivity and time spent selling. The lines add up to
 * the company line under them, which holds the company's figures.
 */
final class BreakdownSheets {

    static final String TEAMS = "By Team";
    static final String REPS = "By Rep";
    /** A rep's revenue against their quota: not the quota attainment rate, the share of reps who reached theirs. */
    private static final String REVENUE_TO_QUOTA = "Revenue as % of quota";

    /**
     * A column of a breakdown: a text, a number in a unit, or a metric value (n/a when it has no
     * denominator); the total line may show something else (a count of reps where lines say yes or no).
     */
    private record Measure(String title, int width, Unit unit, Function<Line, Object> value,
            Function<Line, Object> total) {

        Measure(String title, int width, Unit unit, Function<Line, Object> value) {
            this(title, width, unit, value, value);
        }

        /** A column of an input the line holds, under its caption. */
        static Measure of(Input input, int width) {
            return new Measure(input.label(), width, input.unit(), line -> line.get(input));
        }

        /** A column of a metric for the line, computed by the metric's own rule from the line's inputs. */
        static Measure of(MetricId metric, int width) {
            return new Measure(metric.displayName(), width, metric.unit(), metric::value);
        }

        /** As wide as the largest value of its unit needs, on the lines and on the total line. */
        Column column(WorkbookStyles styles) {
            if (unit == null) {
                // the total line counts what the lines say yes or no to
                int counts = total == value ? 0 : styles.width(styles.total(Unit.COUNT));
                return Column.text(title, Math.max(width, counts));
            }
            return Column.number(title, Math.max(width, styles.width(styles.rounded(unit), styles.total(unit))));
        }
    }

    private static final List<Measure> COMMON = List.of(
            Measure.of(Input.REVENUE, 15),
            Measure.of(Input.DEALS_WON, 9),
            Measure.of(MetricId.AVERAGE_DEAL_SIZE, 13),
            Measure.of(Input.DEALS_DECIDED, 9),
            Measure.of(MetricId.WIN_RATE, 9),
            new Measure("Quota", 15, Unit.MONEY, Line::quota));

    private static final List<Measure> HOURS = List.of(
            Measure.of(Input.SELLING_HOURS, 10),
            Measure.of(Input.TOTAL_HOURS, 10),
            Measure.of(MetricId.TIME_SPENT_SELLING, 10));

    private static final List<Measure> TEAM_MEASURES = concat(
            List.of(new Measure("Team", 22, null, Line::name), Measure.of(Input.ACTIVE_REPS, 9)),
            COMMON,
            List.of(Measure.of(Input.REPS_WITH_QUOTA, 9),
                    Measure.of(Input.REPS_AT_QUOTA, 10),
                    Measure.of(MetricId.QUOTA_ATTAINMENT_RATE, 11),
                    Measure.of(MetricId.REP_PRODUCTIVITY, 13)),
            HOURS);

    private static final List<Measure> REP_MEASURES = concat(
            List.of(new Measure("Rep", 22, null, Line::name), new Measure("Team", 16, null, Line::team),
                    new Measure("Active in the period", 9, null, line -> line.activeReps() > 0 ? "yes" : "no",
                            Line::activeReps)),
            COMMON,
            List.of(new Measure(REVENUE_TO_QUOTA, 10, Unit.RATIO, Line::revenueToQuota),
                    new Measure("At or above quota", 9, null, BreakdownSheets::atQuota, Line::repsAtQuota)),
            HOURS);

    private static final String UNASSIGNED_NOTE = "Deals, quotas and hours of no rep or of a rep the CRM does not "
            + "know are on the line " + SalesBreakdown.UNASSIGNED + ". The lines add up to the total under them, "
            + "the company's figures. n/a: no deal won, none won or lost, no quota, no active rep or no hours.";

    private BreakdownSheets() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Heading heading) {
        SalesBreakdown breakdown = heading.report().breakdown();
        String period = Heading.caption(heading.context());
        Line company = breakdown.company();
        write(workbook, styles, heading, TEAMS, TEAM_MEASURES, breakdown.teams(), company.named("All teams", ""),
                "Sales of " + period + " by team (the team sales_rep.team names now). Quota attainment rate: the share "
                        + "of the team's reps with a quota whose revenue reached it; rep productivity: revenue per "
                        + "active rep. " + UNASSIGNED_NOTE);
        write(workbook, styles, heading, REPS, REP_MEASURES, breakdown.reps(), company.named("All reps", ""),
                "Sales of " + period + " by rep, for every rep active in the period or with deals, a quota or hours "
                        + "in it. " + REVENUE_TO_QUOTA + ": the rep's revenue against their own quota; on the total "
                        + "line, all revenue against the total quota. The quota attainment rate of the Checklist is "
                        + "another figure: the share of the reps with a quota who reached it (the total line of "
                        + "'At or above quota' counts them). " + UNASSIGNED_NOTE);
    }

    private static void write(Workbook workbook, WorkbookStyles styles, Heading heading, String name,
            List<Measure> measures, List<Line> lines, Line total, String subtitle) {
        Sheet sheet = workbook.createSheet(name);
        List<Column> columns = measures.stream().map(measure -> measure.column(styles)).toList();
        SheetLayout.heading(sheet, styles, heading.title(), subtitle, columns);
        SheetLayout.header(sheet, styles, columns);
        int r = FIRST_DATA_ROW;
        for (Line line : lines) {
            line(sheet.createRow(r++), measures, line, styles, false);
        }
        if (!lines.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, measures.size() - 1));
        }
        // one empty row: sorting the lines must not take the total with them
        line(sheet.createRow(r + 1), measures, total, styles, true);
        SheetLayout.finish(sheet, styles, heading, columns);
    }

    private static void line(Row row, List<Measure> measures, Line line, WorkbookStyles styles, boolean total) {
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            Object value = (total ? measure.total() : measure.value()).apply(line);
            // a number in a column of texts is a count of the total line
            Unit unit = measure.unit() == null ? Unit.COUNT : measure.unit();
            CellStyle number = total ? styles.total(unit) : styles.rounded(unit);
            if (value instanceof MetricValue metric && !metric.available()) {
                SheetLayout.text(row, i, "n/a", styles.get(total ? WorkbookStyles.Name.TOTAL_NOT_AVAILABLE
                        : WorkbookStyles.Name.NOT_AVAILABLE));
            } else if (value instanceof MetricValue metric) {
                SheetLayout.number(row, i, metric.value(), number, styles);
            } else if (value instanceof Number count) {
                SheetLayout.number(row, i, count.doubleValue(), number, styles);
            } else {
                SheetLayout.text(row, i, String.valueOf(value), styles.get(total ? WorkbookStyles.Name.TOTAL_TEXT
                        : i == 0 ? WorkbookStyles.Name.BOLD_TEXT : WorkbookStyles.Name.TEXT));
            }
        }
    }

    private static String atQuota(Line line) {
        return line.repsWithQuota() == 0 ? "no quota" : line.repsAtQuota() == line.repsWithQuota() ? "yes" : "no";
    }

    @SafeVarargs
    private static List<Measure> concat(List<Measure>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
