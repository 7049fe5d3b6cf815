package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.HEADER_ROW;

import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.Figure;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricResult;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.PeriodResults;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * One metric family: per metric its value, why it is n/a, the previous period's value, its inputs
 * as label/value pairs and its definition. The value cell carries the metric id as a defined name.
 */
final class FamilySheet {

    static final int VALUE_COLUMN = 1;
    private static final int FIRST_INPUT_COLUMN = 4;

    private FamilySheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Heading heading, Family family) {
        Sheet sheet = workbook.createSheet(family.sheetName());
        List<MetricId> metrics = MetricId.of(family);
        PeriodResults current = heading.report().current();
        int inputs = metrics.stream().mapToInt(id -> current.result(id).inputs().size()).max().orElse(0);

        SheetLayout.heading(sheet, styles, heading.title(), subtitle(heading, family));
        List<String> titles = new ArrayList<>(List.of("Metric", "Value", "Note", heading.previousCaption()));
        for (int i = 1; i <= inputs; i++) {
            titles.add("Input " + i);
            titles.add("Value " + i);
        }
        titles.add("Definition");
        SheetLayout.header(sheet.createRow(HEADER_ROW), styles, titles);

        int r = FIRST_DATA_ROW;
        for (MetricId id : metrics) {
            Row row = sheet.createRow(r++);
            MetricResult result = current.result(id);
            SheetLayout.text(row, 0, id.displayName(), styles.get(WorkbookStyles.Name.TEXT));
            Cell value = SheetLayout.value(row, VALUE_COLUMN, result.value(), styles.value(id.unit()), styles);
            name(workbook, id, value);
            SheetLayout.text(row, VALUE_COLUMN + 1, naReason(result.value()), styles.get(WorkbookStyles.Name.TEXT));
            MetricValue previous = heading.previous().map(p -> p.value(id)).orElse(MetricValue.na("no previous period"));
            SheetLayout.value(row, 3, previous, styles.value(id.unit()), styles);
            int column = FIRST_INPUT_COLUMN;
            for (Figure figure : result.inputs()) {
                SheetLayout.text(row, column, figure.label(), styles.get(WorkbookStyles.Name.TEXT));
                figure(row, column + 1, figure, styles);
                column += 2;
            }
            SheetLayout.text(row, FIRST_INPUT_COLUMN + 2 * inputs, id.definition(),
                    styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
        }

        List<Integer> widths = new ArrayList<>(List.of(30, 18, 36, 22));
        for (int i = 0; i < inputs; i++) {
            widths.add(28);
            widths.add(16);
        }
        widths.add(80);
        SheetLayout.finish(sheet, widths);
    }

    private static String subtitle(Heading heading, Family family) {
        String subtitle = "The " + family.sheetName() + " metrics with their inputs. Each value cell is named by its metric id "
                + "(see Definitions).";
        if (family == Family.CUSTOMERS && heading.team().isPresent()) {
            subtitle += " Customer metrics are company-wide, not restricted to team " + heading.team().get() + ".";
        }
        return subtitle;
    }

    /** The workbook-scoped name {@code total_revenue} for {@code Revenue!$B$5}, and so on. */
    private static void name(Workbook workbook, MetricId id, Cell cell) {
        Name name = workbook.createName();
        name.setNameName(id.id());
        name.setRefersToFormula(new CellReference(cell.getSheet().getSheetName(), cell.getRowIndex(),
                cell.getColumnIndex(), true, true).formatAsString());
    }

    private static String naReason(MetricValue value) {
        return value.available() ? "" : value.naReason();
    }

    /** A number in its unit's format, or the text as it is ("n/a", a timestamp, "none"). */
    private static void figure(Row row, int column, Figure figure, WorkbookStyles styles) {
        Object value = figure.value();
        if (value instanceof Number number) {
            SheetLayout.number(row, column, number.doubleValue(), styles.value(figure.unit()), styles);
        } else if ("n/a".equals(value)) {
            SheetLayout.notAvailable(row, column, styles);
        } else {
            SheetLayout.text(row, column, value == null ? "" : value.toString(), styles.get(WorkbookStyles.Name.TEXT));
        }
    }
}
