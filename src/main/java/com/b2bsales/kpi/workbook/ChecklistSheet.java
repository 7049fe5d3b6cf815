package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;

import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.ChecklistRow;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.workbook.SheetLayout.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first page a sales leader reads: the seven metrics to track first against the previous
 * period and their targets, each with a status coloured by conditional formatting, then what the
 * other sheets hold.
 */
final class ChecklistSheet {

    static final String NAME = "Checklist";
    static final int STATUS_COLUMN = 5;

    /** A sheet of the workbook and what a reader finds there. */
    record Contents(String sheet, String description) {
    }

    private ChecklistSheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, Heading heading, List<Contents> contents) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        List<ChecklistRow> lines = heading.report().checklist();
        CellStyle[] values = lines.stream().map(line -> styles.value(line.id().unit())).toArray(CellStyle[]::new);
        CellStyle[] changes = lines.stream().map(line -> styles.change(line.id().unit())).toArray(CellStyle[]::new);
        int valueWidth = Math.max(17, styles.width(values));
        List<Column> columns = List.of(Column.text("Metric", 28), Column.number("Value", valueWidth),
                Column.number(heading.previousCaption(), valueWidth), Column.number("Change", Math.max(14,
                        styles.width(changes))), Column.number("Target", valueWidth),
                Column.centered("Status", 12), Column.text("Note", 44));
        String subtitle = ChecklistSummary.subtitle(heading);
        SheetLayout.heading(sheet, styles, heading.title(), subtitle, columns);
        SheetLayout.header(sheet, styles, columns);
        int r = FIRST_DATA_ROW;
        for (ChecklistRow line : lines) {
            Row row = sheet.createRow(r++);
            Unit unit = line.id().unit();
            SheetLayout.text(row, 0, line.id().displayName(), styles.get(WorkbookStyles.Name.BOLD_TEXT));
            SheetLayout.value(row, 1, line.value(), styles.value(unit), styles);
            SheetLayout.value(row, 2, line.previous(), styles.value(unit), styles);
            MetricValue change = ChecklistSummary.shownChange(line, styles.numbers());
            SheetLayout.value(row, 3, change, styles.change(unit), styles);
            SheetLayout.number(row, 4, line.target(), styles.value(unit), styles);
            SheetLayout.text(row, STATUS_COLUMN, line.status().label(), styles.get(WorkbookStyles.Name.STATUS));
            String note = ChecklistSummary.note(line, change, heading, styles.numbers());
            SheetLayout.text(row, 6, note, styles.get(WorkbookStyles.Name.WRAPPED_TEXT));
            SheetLayout.fitHeight(row, note, columns.get(6).width());
        }
        int last = r - 1;
        styles.statusColours(sheet, STATUS_COLUMN, new CellRangeAddress(FIRST_DATA_ROW, last, STATUS_COLUMN, STATUS_COLUMN),
                new CellRangeAddress(FIRST_DATA_ROW, last, 1, 1));

        r++;
        paragraph(sheet, styles, r++, String.format(Locale.ROOT, "Status: on track at or above the target; watch "
                + "less than %s below it; off track further below. Targets and the band are set in "
                + "config/application.yml (report.checklist.targets, report.checklist.watch-band). Where a value is "
                + "n/a the note says why.", percent(heading.report().run().watchBand())), columns);

        r++;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(20);
        SheetLayout.text(title, 0, "In this workbook", styles.get(WorkbookStyles.Name.SECTION));
        for (int i = 1; i < columns.size(); i++) {
            title.createCell(i).setCellStyle(styles.get(WorkbookStyles.Name.SECTION));
        }
        for (Contents entry : contents) {
            Row row = sheet.createRow(r++);
            Cell link = SheetLayout.text(row, 0, entry.sheet(), styles.get(WorkbookStyles.Name.LINK));
            Hyperlink target = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            target.setAddress("'" + entry.sheet() + "'!A1");
            link.setHyperlink(target);
            SheetLayout.text(row, 1, entry.description(), styles.get(WorkbookStyles.Name.TEXT));
        }
        SheetLayout.finish(sheet, styles, heading, columns);
    }

    /** A line of text across the width of the table, wrapped. */
    private static void paragraph(XSSFSheet sheet, WorkbookStyles styles, int rowIndex, String text,
            List<Column> columns) {
        Row row = sheet.createRow(rowIndex);
        SheetLayout.text(row, 0, text, styles.get(WorkbookStyles.Name.SUBTITLE));
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns.size() - 1));
        row.setHeightInPoints(SheetLayout.lines(text, columns.stream().mapToInt(Column::width).sum()) * 13f + 3);
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
