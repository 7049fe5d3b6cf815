package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;

import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.Figure;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricResult;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.Operand;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.workbook.SheetLayout.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One metric family, a block of rows per metric: its value, why it is n/a, the previous period's
 * value, its inputs one under the other beside it, and its definition. The value cell carries the
 * metric id as a defined name; where the formula is simple it is a live formula over the input
 * cells, with the job's own number stored as its result (readers that do not recalculate see it).
 */
final class FamilySheet {

    static final int VALUE_COLUMN = 1;
    static final int NOTE_COLUMN = 2;
    static final int PREVIOUS_COLUMN = 3;
    static final int INPUT_COLUMN = 4;
    static final int DEFINITION_COLUMN = 6;
    private static final int NOTE_WIDTH = 24;
    private static final int DEFINITION_WIDTH = 54;
    private static final float GAP_POINTS = 5;

    private FamilySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, Heading heading, Family family) {
        XSSFSheet sheet = workbook.createSheet(family.sheetName());
        PeriodResults current = heading.report().current();
        // wide enough for the largest value of every unit the family's values and inputs come in
        int valueWidth = Math.max(17, styles.width(MetricId.of(family).stream().map(id -> styles.value(id.unit()))
                .toArray(CellStyle[]::new)));
        int inputWidth = Math.max(20, styles.width(MetricId.of(family).stream()
                .flatMap(id -> current.result(id).inputs().stream()).map(figure -> styles.value(figure.unit()))
                .toArray(CellStyle[]::new)));
        List<Column> columns = List.of(Column.text("Metric", 26), Column.number("Value", valueWidth),
                Column.text("Note", NOTE_WIDTH), Column.number(heading.previousCaption(), valueWidth),
                Column.text("Input", 28), Column.number("Input value", inputWidth),
                Column.text("Definition", DEFINITION_WIDTH));
        SheetLayout.heading(sheet, styles, heading.title(), subtitle(heading, family), columns);
        SheetLayout.header(sheet, styles, columns);

        int r = FIRST_DATA_ROW;
        for (MetricId id : MetricId.of(family)) {
            MetricResult result = current.result(id);
            // the note and the definition are merged over the block's rows, which are as many as they need
            int rows = Math.max(Math.max(1, result.inputs().size()), Math.max(
                    SheetLayout.lines(id.definition(), DEFINITION_WIDTH - 1),
                    SheetLayout.lines(naReason(result.value()), NOTE_WIDTH - 1)));
            Row first = sheet.createRow(r);
            for (int i = 1; i < rows; i++) {
                sheet.createRow(r + i);
            }
            SheetLayout.text(first, 0, id.displayName(), styles.get(WorkbookStyles.Name.BOLD_TEXT));
            Map<Operand, String> numericInputs = inputs(sheet, r, result, styles);
            Cell value = value(first, result, numericInputs, styles);
            name(workbook, id, value);
            SheetLayout.text(first, NOTE_COLUMN, naReason(result.value()), styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
            MetricValue previous = heading.previous().map(p -> p.value(id)).orElse(MetricValue.na("no previous period"));
            SheetLayout.value(first, PREVIOUS_COLUMN, previous, styles.value(id.unit()), styles);
            SheetLayout.text(first, DEFINITION_COLUMN, id.definition(), styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
            if (rows > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r + rows - 1, NOTE_COLUMN, NOTE_COLUMN));
                sheet.addMergedRegion(new CellRangeAddress(r, r + rows - 1, DEFINITION_COLUMN, DEFINITION_COLUMN));
            }
            r += rows;
            sheet.createRow(r++).setHeightInPoints(GAP_POINTS);
        }
        SheetLayout.finish(sheet, styles, heading, columns);
    }

    /** The inputs one per row from the metric's first row; returns the cells of the numeric ones by operand. */
    private static Map<Operand, String> inputs(Sheet sheet, int firstRow, MetricResult result,
            WorkbookStyles styles) {
        Map<Operand, String> numeric = new HashMap<>();
        int r = firstRow;
        for (Figure figure : result.inputs()) {
            Row row = sheet.getRow(r++);
            SheetLayout.text(row, INPUT_COLUMN, figure.label(), styles.get(WorkbookStyles.Name.TEXT));
            Cell cell = figure(row, INPUT_COLUMN + 1, figure, styles);
            if (figure.operand() != null && cell.getCellType() == CellType.NUMERIC) {
                numeric.put(figure.operand(),
                        new CellReference(cell.getRowIndex(), cell.getColumnIndex(), false, false).formatAsString());
            }
        }
        return numeric;
    }

    /**
     * The metric's value: a formula over its inputs with the job's number as its stored result, a
     * plain number where there is no simple formula, or {@code n/a}.
     */
    private static Cell value(Row row, MetricResult result, Map<Operand, String> inputs, WorkbookStyles styles) {
        Cell cell = SheetLayout.value(row, VALUE_COLUMN, result.value(), styles.value(result.id().unit()), styles);
        Optional<String> formula = result.id().formula(result.value(), inputs);
        if (formula.isPresent()) {
            cell.setCellFormula(formula.get());
            // the cached result is the job's number, computed in Java, not by evaluating the formula
            cell.setCellValue(result.value().value());
        }
        return cell;
    }

    private static String subtitle(Heading heading, Family family) {
        String subtitle = "The " + family.sheetName() + " metrics of " + Heading.caption(heading.context())
                + " with the inputs they are computed from. Each value cell is named by its metric id; where the "
                + "formula is simple the value is an Excel formula over the inputs beside it.";
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
    private static Cell figure(Row row, int column, Figure figure, WorkbookStyles styles) {
        Object value = figure.value();
        if (value instanceof Number number) {
            return SheetLayout.number(row, column, number.doubleValue(), styles.value(figure.unit()), styles);
        } else if ("n/a".equals(value)) {
            return SheetLayout.notAvailable(row, column, styles);
        }
        return SheetLayout.text(row, column, value == null ? "" : value.toString(),
                styles.get(WorkbookStyles.Name.TEXT_RIGHT));
    }
}
