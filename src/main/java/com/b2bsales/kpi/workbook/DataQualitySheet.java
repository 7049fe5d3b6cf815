package com.b2bsales.kpi.workbook;

import static com.b2bsales.kpi.workbook.SheetLayout.FIRST_DATA_ROW;

import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.TableQuality;
import com.b2bsales.kpi.workbook.SheetLayout.Column;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Rows read per table for the period, and the untrusted rows left out of every metric, by rule. */
final class DataQualitySheet {

    static final String NAME = "Data Quality";

    private DataQualitySheet() {
    }

    static void write(XSSFWorkbook workbook, WorkbookStyles styles, Heading heading) {
        DataQualityReport quality = heading.report().dataQuality();
        XSSFSheet sheet = workbook.createSheet(NAME);
        int countWidth = Math.max(14, styles.width(styles.get(WorkbookStyles.Name.COUNT),
                styles.get(WorkbookStyles.Name.TOTAL_COUNT)));
        int shareWidth = Math.max(10, styles.width(styles.get(WorkbookStyles.Name.PERCENT),
                styles.get(WorkbookStyles.Name.TOTAL_PERCENT)));
        List<Column> columns = List.of(Column.text("Table", 28), Column.text("Rule", 52),
                Column.number("Rows concerning the period", countWidth), Column.number("Untrusted rows", countWidth),
                Column.number("Share", shareWidth), Column.text("Within limit", 12));
        SheetLayout.heading(sheet, styles, heading.title(), String.format(Locale.ROOT,
                "Rows that break a trust rule are left out of every metric. Limit: %.1f%% untrusted rows per table "
                        + "(report.data-quality.max-bad-ratio); above it the job fails instead of reporting.",
                100 * quality.maxBadRatio()), columns);
        SheetLayout.header(sheet, styles, columns);

        int r = FIRST_DATA_ROW;
        for (TableQuality table : quality.tables()) {
            Row row = sheet.createRow(r++);
            SheetLayout.text(row, 0, table.table().sqlName(), styles.get(WorkbookStyles.Name.BOLD_TEXT));
            SheetLayout.text(row, 1, "all rules", styles.get(WorkbookStyles.Name.BOLD_TEXT));
            SheetLayout.number(row, 2, table.rows(), styles.get(WorkbookStyles.Name.COUNT), styles);
            SheetLayout.number(row, 3, table.untrusted(), styles.get(WorkbookStyles.Name.COUNT), styles);
            SheetLayout.number(row, 4, table.untrustedShare(), styles.get(WorkbookStyles.Name.PERCENT), styles);
            SheetLayout.text(row, 5, table.untrustedShare() > quality.maxBadRatio() ? "no" : "yes",
                    styles.get(WorkbookStyles.Name.TEXT));
            for (Map.Entry<TrustRule, Long> rule : table.untrustedByRule().entrySet()) {
                Row line = sheet.createRow(r++);
                SheetLayout.text(line, 0, table.table().sqlName(), styles.get(WorkbookStyles.Name.TEXT));
                SheetLayout.text(line, 1, rule.getKey().description(), styles.get(WorkbookStyles.Name.TEXT));
                SheetLayout.number(line, 3, rule.getValue(), styles.get(WorkbookStyles.Name.COUNT), styles);
                SheetLayout.number(line, 4, TableQuality.share(rule.getValue(), table.rows()),
                        styles.get(WorkbookStyles.Name.PERCENT), styles);
            }
        }

        Row total = sheet.createRow(r++);
        SheetLayout.text(total, 0, "All tables", styles.get(WorkbookStyles.Name.TOTAL_TEXT));
        SheetLayout.text(total, 1, "", styles.get(WorkbookStyles.Name.TOTAL_TEXT));
        SheetLayout.number(total, 2, quality.totalRows(), styles.get(WorkbookStyles.Name.TOTAL_COUNT), styles);
        SheetLayout.number(total, 3, quality.totalUntrusted(), styles.get(WorkbookStyles.Name.TOTAL_COUNT), styles);
        SheetLayout.number(total, 4, quality.totalUntrustedShare(),
                styles.get(WorkbookStyles.Name.TOTAL_PERCENT), styles);
        SheetLayout.text(total, 5, "", styles.get(WorkbookStyles.Name.TOTAL_TEXT));

        Row limit = sheet.createRow(r + 1);
        SheetLayout.text(limit, 0, "Limit per table", styles.get(WorkbookStyles.Name.TEXT));
        SheetLayout.text(limit, 1, "report.data-quality.max-bad-ratio", styles.get(WorkbookStyles.Name.TEXT));
        SheetLayout.number(limit, 4, quality.maxBadRatio(), styles.get(WorkbookStyles.Name.PERCENT), styles);

        SheetLayout.finish(sheet, styles, heading, columns);
    }
}
