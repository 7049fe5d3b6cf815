package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.HEADER_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.SUBTITLE_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.TITLE_ROW;

import com.b2bsales.kpi.metrics.MetricId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The Checklist sheet of a written workbook, read back as the text a reader sees in it: each cell
 * through its own number format, so a mail shows "33.3%" and "EUR 12,666.67" exactly as the
 * workbook does. Reading the file (rather than keeping the numbers elsewhere) makes the workbook
 * the one source of a mail's figures, also for a workbook of an earlier run mailed again.
 *
 * @param title           the sheet's title ("Your Company: Sales KPI report 2026-Q2, as of ...")
 * @param subtitle        what the columns mean, and what a team workbook keeps company-wide
 * @param previousCaption the heading of the previous period's column
 * @param lines           the seven checklist metrics in the workbook's order
 */
public record ChecklistSummary(String title, String subtitle, String previousCaption, List<Line> lines) {

    /** One checklist metric as displayed; {@code note} says why a cell is n/a, or is empty. */
    public record Line(String metric, String value, String previous, String change, String target, String status,
            String note) {
    }

    public ChecklistSummary {
        lines = List.copyOf(lines);
    }

    /**
     * @throws UncheckedIOException  when the file cannot be read
     * @throws IllegalStateException when it is not a KPI workbook (no Checklist sheet of the known layout)
     */
    public static ChecklistSummary read(Path workbookFile) {
        try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
            return read(workbook, workbookFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the workbook " + workbookFile + ": " + e.getMessage(), e);
        }
    }

    private static ChecklistSummary read(Workbook workbook, Path file) {
        Sheet sheet = workbook.getSheet(ChecklistSheet.NAME);
        if (sheet == null || sheet.getRow(HEADER_ROW) == null) {
            throw new IllegalStateException(file + " has no " + ChecklistSheet.NAME + " sheet: not a KPI workbook");
        }
        DataFormatter formatter = new DataFormatter(Locale.US);
        List<Line> lines = new ArrayList<>();
        for (int r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + MetricId.CHECKLIST.size(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                throw new IllegalStateException(file + ": the " + ChecklistSheet.NAME + " sheet ends at row " + (r + 1)
                        + ", before its " + MetricId.CHECKLIST.size() + " metrics");
            }
            lines.add(new Line(text(row, 0, formatter), text(row, 1, formatter), text(row, 2, formatter),
                    text(row, 3, formatter), text(row, 4, formatter), text(row, 5, formatter), text(row, 6, formatter)));
        }
        return new ChecklistSummary(text(sheet.getRow(TITLE_ROW), 0, formatter),
                text(sheet.getRow(SUBTITLE_ROW), 0, formatter), text(sheet.getRow(HEADER_ROW), 2, formatter), lines);
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).trim();
    }
}
