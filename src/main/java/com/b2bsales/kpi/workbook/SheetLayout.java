package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.MetricValue;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The layout every sheet shares: title and subtitle on top, the header on row 4, data from row 5;
 * the header frozen and repeated on each printed page, widths set by hand, landscape one page wide.
 */
final class SheetLayout {

    static final int TITLE_ROW = 0;
    static final int SUBTITLE_ROW = 1;
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = 4;

    private SheetLayout() {
    }

    static void heading(Sheet sheet, WorkbookStyles styles, String title, String subtitle) {
        text(sheet.createRow(TITLE_ROW), 0, title, styles.get(WorkbookStyles.Name.TITLE));
        text(sheet.createRow(SUBTITLE_ROW), 0, subtitle, styles.get(WorkbookStyles.Name.SUBTITLE));
    }

    static void header(Row row, WorkbookStyles styles, List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            text(row, i, titles.get(i), styles.get(WorkbookStyles.Name.HEADER));
        }
    }

    /**
     * Column widths in characters (autoSizeColumn is slow and depends on the fonts of the machine),
     * frozen header and first column, print setup.
     */
    static void finish(Sheet sheet, List<Integer> widths) {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    static Cell text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    /** A finite number in the given style, or the text {@code n/a}: never NaN, never infinite. */
    static Cell number(Row row, int column, double number, CellStyle style, WorkbookStyles styles) {
        if (!Double.isFinite(number)) {
            return notAvailable(row, column, styles);
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(number);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell value(Row row, int column, MetricValue value, CellStyle style, WorkbookStyles styles) {
        return value.available()
                ? number(row, column, value.value(), style, styles)
                : notAvailable(row, column, styles);
    }

    static Cell notAvailable(Row row, int column, WorkbookStyles styles) {
        return text(row, column, "n/a", styles.get(WorkbookStyles.Name.NOT_AVAILABLE));
    }
}
