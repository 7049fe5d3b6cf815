package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.metrics.MetricId.*;
import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.HEADER_ROW;

import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.workbook.HouseStyle.Rgb;
import com.b2bsales.kpi.workbook.SheetLayout.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

/**
 * Every metric over the reported period and the ones before it (oldest first), as computed by the
 * job with the same definitions, one table block and one native chart per family: the metrics in
 * money or days as columns on the left axis, the rates and multiples as lines on the right one.
 */
final class TrendsSheet {

    static final String NAME = "Trends";
    private static final int CHART_ROWS = 18;

    /** What a family's chart shows, under its title: metrics of one unit as columns, metrics of another as lines. */
    private record Chart(String title, List<MetricId> columns, List<MetricId> lines) {

        List<MetricId> metrics() {
            return Stream.concat(columns.stream(), lines.stream()).toList();
        }
    }

    private static final Map<Family, Chart> CHARTS = Map.of(
            Family.REVENUE, new Chart("Revenue and average deal size", List.of(TOTAL_REVENUE), List.of(AVERAGE_DEAL_SIZE)),
            Family.CONVERSION, new Chart("Sales cycle and conversion rates", List.of(SALES_CYCLE_LENGTH),
                    List.of(LEAD_CONVERSION_RATE, OPPORTUNITY_CONVERSION_RATE, WIN_RATE)),
            Family.PIPELINE, new Chart("Pipeline velocity and coverage", List.of(PIPELINE_VELOCITY),
                    List.of(PIPELINE_COVERAGE)),
            Family.CUSTOMERS, new Chart("Cost and value of a customer, churn and retention",
                    List.of(CUSTOMER_ACQUISITION_COST, CUSTOMER_LIFETIME_VALUE), List.of(CHURN_RATE, CUSTOMER_RETENTION_RATE)),
            Family.SALES_TEAM, new Chart("Rep productivity, quota attainment and time spent selling",
                    List.of(REP_PRODUCTIVITY), List.of(QUOTA_ATTAINMENT_RATE, TIME_SPENT_SELLING)));

    private TrendsSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, Heading heading) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<PeriodResults> periods = new ArrayList<>(heading.report().periods());
        Collections.reverse(periods);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Metric", 28));
        // every unit is in every period's column
        int periodWidth = Math.max(16, styles.width(Stream.of(Unit.values()).map(styles::rounded)
                .toArray(CellStyle[]::new)));
        periods.forEach(p -> columns.add(Column.number(Heading.caption(p.context()), periodWidth)));
        columns.add(Column.text("Note", 30));
        int noteColumn = periods.size() + 1;

        SheetLayout.heading(sheet, styles, heading.title(), "Each metric over the " + periods.size()
                + " periods up to " + Heading.caption(heading.context()) + ", oldest first, computed by this run with "
                + "the same definitions." + (heading.context().complete() ? ""
                        : " The period is in progress, so each earlier one is compared like for like: its first "
                                + heading.context().elapsedDays() + " days."), columns);
        SheetLayout.header(sheet, styles, columns);

        int r = FIRST_DATA_ROW;
        for (Family family : Family.values()) {
            Row section = sheet.createRow(r++);
            section.setHeightInPoints(22);
            SheetLayout.text(section, 0, family.sheetName(), styles.get(WorkbookStyles.Name.SECTION));
            for (int i = 1; i < columns.size(); i++) {
                section.createCell(i).setCellStyle(styles.get(WorkbookStyles.Name.SECTION));
            }
            Map<MetricId, Integer> rows = new EnumMap<>(MetricId.class);
            for (MetricId id : MetricId.of(family)) {
                rows.put(id, r);
                Row row = sheet.createRow(r++);
                SheetLayout.text(row, 0, id.displayName(), styles.get(WorkbookStyles.Name.BOLD_TEXT));
                Map<String, List<String>> notAvailable = new LinkedHashMap<>();
                for (int p = 0; p < periods.size(); p++) {
                    MetricValue value = periods.get(p).value(id);
                    SheetLayout.value(row, p + 1, value, styles.rounded(id.unit()), styles);
                    if (!value.available()) {
                        notAvailable.computeIfAbsent(value.naReason(), reason -> new ArrayList<>())
                                .add(Heading.caption(periods.get(p).context()));
                    }
                }
                String note = note(notAvailable, periods.size());
                SheetLayout.text(row, noteColumn, note, styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
                SheetLayout.fitHeight(row, note, columns.get(noteColumn).width());
            }
            Map<MetricId, Integer> chartRows = new EnumMap<>(rows);
            for (MetricId id : CHARTS.get(family).metrics()) {
                if (!periods.stream().allMatch(p -> p.value(id).available())) {
                    chartRows.put(id, r);
                    chartData(sheet.createRow(r++), id, periods, styles);
                }
            }
            r++;
            chart(sheet, styles, heading, family, periods, rows, chartRows, r);
            r += CHART_ROWS;
            if (family.ordinal() < Family.values().length - 1) {
                sheet.setRowBreak(r);
            }
            r++;
        }
        SheetLayout.finish(sheet, styles, heading, columns);
    }

    /** Why periods are n/a: "2025-Q1: no churned account", or "every period: ..." when all are, for one reason. */
    private static String note(Map<String, List<String>> periodsByReason, int periods) {
        return periodsByReason.entrySet().stream()
                .map(e -> (e.getValue().size() == periods ? "every period" : String.join(", ", e.getValue())) + ": "
                        + e.getKey())
                .collect(Collectors.joining("; "));
    }

    /**
     * A hidden row with a metric's numbers and an empty cell for each n/a period, for its chart: a
     * chart plots the text "n/a" as 0, an empty cell as a gap. Charts plot hidden cells too.
     */
    private static void chartData(Row row, MetricId id, List<PeriodResults> periods, WorkbookStyles styles) {
        row.setZeroHeight(true);
        SheetLayout.text(row, 0, id.displayName() + " (chart data, n/a left empty)", styles.get(WorkbookStyles.Name.TEXT));
        for (int p = 0; p < periods.size(); p++) {
            MetricValue value = periods.get(p).value(id);
            if (value.available()) {
                SheetLayout.number(row, p + 1, value.value(), styles.rounded(id.unit()), styles);
            }
        }
    }

    private static void chart(XSSFSheet sheet, WorkbookStyles styles, Heading heading, Family family,
            List<PeriodResults> periods, Map<MetricId, Integer> rows, Map<MetricId, Integer> dataRows, int top) {
        Chart spec = CHARTS.get(family);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, periods.size() + 1, top + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title() + ", " + periods.get(0).context().period().label() + " to "
                + periods.get(periods.size() - 1).context().period().label());
        chart.setTitleOverlay(false);
        chart.getTitle().getBody().getParagraph(0).getTextRuns().forEach(run -> {
            run.setFontSize(12.0);
            run.setBold(true);
        });
        // the rows of metrics with an n/a period are hidden: plot them all the same
        chart.getCTChart().getPlotVisOnly().setVal(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(HEADER_ROW, HEADER_ROW, 1, periods.size()));
        List<Rgb> palette = styles.house().chartColours();
        String currency = heading.report().run().currency();
        int colour = 0;

        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        axis(left, spec.columns().get(0).unit(), currency);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        left.getOrAddMajorGridProperties().setLineProperties(
                new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY))));
        bottom.crossAxis(left);
        left.crossAxis(bottom);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        for (MetricId id : spec.columns()) {
            XDDFChartData.Series series = bars.addSeries(categories, values(sheet, periods, dataRows.get(id)));
            series.setTitle(id.displayName(), new CellReference(sheet.getSheetName(), rows.get(id), 0, true, true));
            series.setFillProperties(new XDDFSolidFillProperties(colour(palette, colour++)));
        }
        chart.plot(bars);

        XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
        hidden.setVisible(false);
        XDDFValueAxis right = chart.createValueAxis(AxisPosition.RIGHT);
        axis(right, spec.lines().get(0).unit(), currency);
        right.setCrosses(AxisCrosses.MAX);
        hidden.crossAxis(right);
        right.crossAxis(hidden);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, hidden, right);
        lines.setVaryColors(false);
        for (MetricId id : spec.lines()) {
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories,
                    values(sheet, periods, dataRows.get(id)));
            series.setTitle(id.displayName(), new CellReference(sheet.getSheetName(), rows.get(id), 0, true, true));
            XDDFColor seriesColour = colour(palette, colour++);
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(seriesColour));
            line.setWidth(2.25);
            series.setLineProperties(line);
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
        }
        chart.plot(lines);
    }

    /** A metric's numbers: its row of the table, or its hidden chart-data row when a period is n/a. */
    private static XDDFNumericalDataSource<Double> values(XSSFSheet sheet, List<PeriodResults> periods, int row) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 1, periods.size()));
    }

    private static void axis(XDDFValueAxis axis, Unit unit, String currency) {
        axis.setNumberFormat(switch (unit) {
            case RATIO -> "0%";
            case MULTIPLE -> "0.0\"x\"";
            case DAYS, HOURS, YEARS, COUNT, MONEY, MONEY_PER_DAY -> "#,##0";
        });
        axis.setTitle(switch (unit) {
            case RATIO -> "%";
            case MONEY -> currency;
            case MONEY_PER_DAY -> currency + " per day";
            case MULTIPLE -> "multiple";
            case DAYS -> "days";
            case HOURS -> "hours";
            case YEARS -> "years";
            case COUNT -> "count";
        });
    }

    private static XDDFColor colour(List<Rgb> palette, int index) {
        return XDDFColor.from(palette.get(index % palette.size()).bytes());
    }
}
