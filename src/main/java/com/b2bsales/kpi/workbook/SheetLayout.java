package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.workbook.HouseStyle.Logo;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;

/**
 * The layout every sheet shares: the house style's band with the title (and the logo at its right
 * end) on top, the subtitle under it, the header on row 4, data from row 5; the header frozen and
 * repeated on each printed page, widths set by hand, landscape one page wide with the report and
 * page numbers in the footer.
 */
final class SheetLayout {

    static final int TITLE_ROW = 0;
    static final int SUBTITLE_ROW = 1;
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = 4;

    private static final float BAND_POINTS = 34;
    private static final float LINE_POINTS = 13;
    private static final double LOGO_PIXELS = 36;
    /** Characters of running text that fit in a column of one character (the width unit is a digit, text is narrower). */
    private static final double TEXT_PER_WIDTH = 1.15;
    /**
     * The space in digits a cell keeps free at its edges: a little more in LibreOffice than in Excel
     * ("EUR 193,310,541.00", 16.8 digits, does not fit a column of 17 there).
     */
    private static final double CELL_MARGINS_LEAST = 0.2;
    static final double CELL_MARGINS_MOST = 0.6;
    /** An indent of one level, as the left-aligned texts have, in digits (Excel and LibreOffice differ). */
    private static final double INDENT_LEAST = 1.0;
    private static final double INDENT_MOST = 2.0;
    /** The least room in digits between two numbers, or a header aligned right or centred and the one to its left. */
    static final double GAP = 1.0;
    static final int HEADER_MAX_LINES = 3;

    private SheetLayout() {
    }

    /**
     * A column: its header, its width in characters, and how its header aligns (as the cells under it).
     * The width is at least the one given, and more where the header would otherwise break inside a
     * word ("(2026-" / "Q1)") or run into the next column's: a header wraps at spaces only, on at most
     * {@value #HEADER_MAX_LINES} lines where it can.
     */
    record Column(String title, int width, WorkbookStyles.Name header) {

        Column {
            width = headerWidth(title, width, header);
        }

        static Column text(String title, int width) {
            return new Column(title, width, WorkbookStyles.Name.HEADER);
        }

        static Column number(String title, int width) {
            return new Column(title, width, WorkbookStyles.Name.HEADER_NUMBER);
        }

        static Column centered(String title, int width) {
            return new Column(title, width, WorkbookStyles.Name.HEADER_CENTER);
        }

        /** The lines the header shows in this column's width. */
        int headerLines() {
            return wrap(title, width, header).map(List::size)
                    .orElseGet(() -> lines(title, (int) ((width - 1) / TEXT_PER_WIDTH)));
        }

        private static int headerWidth(String title, int atLeast, WorkbookStyles.Name header) {
            Integer clean = null;
            for (int width = atLeast; width <= atLeast + 60; width++) {
                Optional<List<String>> lines = wrap(title, width, header);
                if (lines.isPresent() && lines.get().size() <= HEADER_MAX_LINES) {
                    return width;
                }
                if (lines.isPresent() && clean == null) {
                    clean = width;
                }
            }
            return clean == null ? atLeast : clean;
        }

        /**
         * The lines of the header in a column this wide, when they break at spaces only and, for a
         * header aligned right or centred, leave a gap to the header on its left, so that "Quota" never
         * runs into "Reps with".
         */
        private static Optional<List<String>> wrap(String title, int width, WorkbookStyles.Name header) {
            boolean left = header == WorkbookStyles.Name.HEADER;
            double widest = width - CELL_MARGINS_LEAST - (left ? INDENT_LEAST : 0);
            double narrowest = width - CELL_MARGINS_MOST - (left ? INDENT_MOST : 0);
            Optional<List<String>> lines = TextWidths.wrapCleanly(title, narrowest, widest, true);
            if (left) {
                return lines;
            }
            return lines.filter(all -> all.stream().allMatch(line -> TextWidths.atMost(line, true) <= narrowest - GAP));
        }
    }

    /** The band with the title across the columns, and the subtitle under it, wrapped over the same width. */
    static void heading(Sheet sheet, WorkbookStyles styles, String title, String subtitle, List<Column> columns) {
        Row band = sheet.createRow(TITLE_ROW);
        band.setHeightInPoints(BAND_POINTS);
        text(band, 0, title, styles.get(WorkbookStyles.Name.BAND_TITLE));
        for (int i = 1; i < columns.size(); i++) {
            band.createCell(i).setCellStyle(styles.get(WorkbookStyles.Name.BAND));
        }
        Row below = sheet.createRow(SUBTITLE_ROW);
        text(below, 0, subtitle, styles.get(WorkbookStyles.Name.SUBTITLE));
        int width = columns.stream().mapToInt(Column::width).sum();
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(SUBTITLE_ROW, SUBTITLE_ROW, 0, columns.size() - 1));
        }
        below.setHeightInPoints(lines(subtitle, width) * LINE_POINTS + 3);
    }

    /** The header row: titles in the header style, as tall as the longest wrapped title needs. */
    static Row header(Sheet sheet, int rowIndex, WorkbookStyles styles, List<Column> columns) {
        Row row = sheet.createRow(rowIndex);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            text(row, i, column.title(), styles.get(column.header()));
            lines = Math.max(lines, column.headerLines());
        }
        row.setHeightInPoints(lines * LINE_POINTS + 6);
        return row;
    }

    static Row header(Sheet sheet, WorkbookStyles styles, List<Column> columns) {
        return header(sheet, HEADER_ROW, styles, columns);
    }

    /**
     * Makes the row tall enough for a wrapped text in a column this wide: Excel and LibreOffice do
     * not grow a row for wrapped text written by POI.
     */
    static void fitHeight(Row row, String text, int width) {
        int lines = lines(text, width - 1);
        if (lines > 1) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS + 2));
        }
    }

    /** Lines a text needs in a wrapped cell this many characters wide (an estimate: fonts differ). */
    static int lines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (Math.max(1, width) * TEXT_PER_WIDTH)));
        }
        return lines;
    }

    /**
     * Column widths in characters (autoSizeColumn is slow and depends on the fonts of the machine),
     * frozen header and first column, print setup, footer and the logo.
     */
    static void finish(Sheet sheet, WorkbookStyles styles, Heading heading, List<Column> columns) {
        finish(sheet, styles, heading, columns, true);
    }

    /** As {@link #finish(Sheet, WorkbookStyles, Heading, List)}, the header repeated on each printed page or not. */
    static void finish(Sheet sheet, WorkbookStyles styles, Heading heading, List<Column> columns,
            boolean repeatHeader) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(1, FIRST_DATA_ROW);
        if (repeatHeader) {
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        }
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.2);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.getFooter().setLeft(escape(shortened(heading.footer(), FOOTER_TEXT)));
        sheet.getFooter().setCenter("Page &P of &N");
        sheet.getFooter().setRight("&A");
        logo(sheet, styles, columns.size());
    }

    /** The logo at the right end of the band, when the house style has one. */
    private static void logo(Sheet sheet, WorkbookStyles styles, int columns) {
        if (styles.logoPicture() < 0) {
            return;
        }
        Logo logo = styles.house().logo().orElseThrow();
        double height = LOGO_PIXELS;
        double width = logo.width() * height / logo.height();
        double band = 0;
        for (int i = 0; i < columns; i++) {
            band += sheet.getColumnWidthInPixels(i);
        }
        double left = Math.max(0, band - width - 6);
        double top = (BAND_POINTS * Units.PIXEL_DPI / Units.POINT_DPI - height) / 2;
        int[] start = column(sheet, left);
        int[] end = column(sheet, left + width);
        XSSFClientAnchor anchor = new XSSFClientAnchor(start[1], (int) (top * Units.EMU_PER_PIXEL), end[1],
                (int) ((top + height) * Units.EMU_PER_PIXEL), start[0], TITLE_ROW, end[0], TITLE_ROW);
        anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
        sheet.createDrawingPatriarch().createPicture(anchor, styles.logoPicture());
    }

    /** The column at a distance in pixels from the left edge, and the offset into it in EMU. */
    private static int[] column(Sheet sheet, double pixels) {
        int column = 0;
        double left = pixels;
        while (left >= sheet.getColumnWidthInPixels(column)) {
            left -= sheet.getColumnWidthInPixels(column);
            column++;
        }
        return new int[] {column, (int) (left * Units.EMU_PER_PIXEL)};
    }

    /** '&' starts a code in a header or footer: a company called "A&B" is written "A&&B". */
    /** Excel refuses a footer over 255 characters, codes included: a long company or team name is cut. */
    private static final int FOOTER_TEXT = 100;

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    private static String escape(String text) {
        return text.replace("&", "&&");
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
