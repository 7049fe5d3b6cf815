package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;
import static com.b2bsales.kpi.workbook.SheetLayout.HEADER_ROW;

import com.b2bsales.kpi.metrics.ChecklistRow;
import com.b2bsales.kpi.metrics.Unit;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The seven metrics to track first, against the previous period and their targets. */
final class ChecklistSheet {

    static final String NAME = "Checklist";

    private ChecklistSheet() {
    }

    static void write(Workbook workbook, WorkbookStyles styles, Heading heading) {
        Sheet sheet = workbook.createSheet(NAME);
        String subtitle = "The metrics to track first. Change: percentage points for rates, relative for money, "
                + "the difference for multiples.";
        if (heading.team().isPresent()) {
            subtitle += " Customer retention is company-wide.";
        }
        SheetLayout.heading(sheet, styles, heading.title(), subtitle);
        SheetLayout.header(sheet.createRow(HEADER_ROW), styles,
                List.of("Metric", "Value", heading.previousCaption(), "Change", "Target", "Status", "Note"));
        int r = FIRST_DATA_ROW;
        for (ChecklistRow line : heading.report().checklist()) {
            Row row = sheet.createRow(r++);
            Unit unit = line.id().unit();
            SheetLayout.text(row, 0, line.id().displayName(), styles.get(WorkbookStyles.Name.TEXT));
            SheetLayout.value(row, 1, line.value(), styles.value(unit), styles);
            SheetLayout.value(row, 2, line.previous(), styles.value(unit), styles);
            SheetLayout.value(row, 3, line.change(), styles.change(unit), styles);
            SheetLayout.number(row, 4, line.target(), styles.value(unit), styles);
            SheetLayout.text(row, 5, line.status().label(), styles.status(line.status()));
            SheetLayout.text(row, 6, note(line), styles.get(WorkbookStyles.Name.TEXT));
        }
        SheetLayout.finish(sheet, List.of(30, 16, 22, 12, 16, 12, 50));
    }

    /** Why a cell of the line is n/a, or empty when none is. */
    private static String note(ChecklistRow line) {
        if (!line.value().available()) {
            return line.value().naReason();
        }
        if (!line.previous().available()) {
            return "previous period: " + line.previous().naReason();
        }
        if (!line.change().available()) {
            return "change: " + line.change().naReason();
        }
        return "";
    }
}
