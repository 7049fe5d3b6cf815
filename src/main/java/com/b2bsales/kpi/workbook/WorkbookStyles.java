package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.ChecklistStatus;
import com.b2bsales.kpi.metrics.Unit;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The named cell styles of one workbook, each created once: a workbook holds at most 64,000 styles,
 * and one style per cell would also bloat the file. Number formats per unit live here, and so will
 * the house style read from {@code reports-templates/}.
 */
final class WorkbookStyles {

    /** Every style a sheet may ask for. */
    enum Name {
        TITLE, SUBTITLE, HEADER, TEXT, WRAPPED_TEXT, NOT_AVAILABLE,
        PERCENT, MONEY, MONEY_PER_DAY, DAYS, HOURS, YEARS, COUNT, MULTIPLE, NUMBER,
        CHANGE_POINTS, CHANGE_PERCENT, CHANGE_MULTIPLE, CHANGE_NUMBER,
        ON_TRACK, WATCH, OFF_TRACK,
        TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT
    }

    private final Workbook workbook;
    private final String currency;
    private final Font bold;
    private final Map<Name, CellStyle> styles = new EnumMap<>(Name.class);

    WorkbookStyles(Workbook workbook, String currency) {
        this.workbook = workbook;
        this.currency = currency == null ? "" : currency.replaceAll("[\"\\\\]", "").trim();
        this.bold = workbook.createFont();
        bold.setBold(true);
        for (Name name : Name.values()) {
            styles.put(name, create(name));
        }
    }

    CellStyle get(Name name) {
        return styles.get(name);
    }

    /** The style of a metric's value (or an input, a target) in its unit. */
    CellStyle value(Unit unit) {
        if (unit == null) {
            return get(Name.NUMBER);
        }
        return get(switch (unit) {
            case RATIO -> Name.PERCENT;
            case MONEY -> Name.MONEY;
            case MONEY_PER_DAY -> Name.MONEY_PER_DAY;
            case DAYS -> Name.DAYS;
            case HOURS -> Name.HOURS;
            case YEARS -> Name.YEARS;
            case COUNT -> Name.COUNT;
            case MULTIPLE -> Name.MULTIPLE;
        });
    }

    /** The style of a checklist change: percentage points for ratios, relative for money, a difference otherwise. */
    CellStyle change(Unit unit) {
        return get(switch (unit) {
            case RATIO -> Name.CHANGE_POINTS;
            case MONEY, MONEY_PER_DAY -> Name.CHANGE_PERCENT;
            case MULTIPLE -> Name.CHANGE_MULTIPLE;
            case DAYS, HOURS, YEARS, COUNT -> Name.CHANGE_NUMBER;
        });
    }

    CellStyle status(ChecklistStatus status) {
        return get(switch (status) {
            case ON_TRACK -> Name.ON_TRACK;
            case WATCH -> Name.WATCH;
            case OFF_TRACK -> Name.OFF_TRACK;
            case NOT_AVAILABLE -> Name.NOT_AVAILABLE;
        });
    }

    private CellStyle create(Name name) {
        return switch (name) {
            case TITLE -> {
                Font font = workbook.createFont();
                font.setBold(true);
                font.setFontHeightInPoints((short) 14);
                CellStyle style = workbook.createCellStyle();
                style.setFont(font);
                yield style;
            }
            case SUBTITLE -> {
                Font font = workbook.createFont();
                font.setItalic(true);
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
                CellStyle style = workbook.createCellStyle();
                style.setFont(font);
                yield style;
            }
            case HEADER -> {
                CellStyle style = cell();
                style.setFont(bold);
                fill(style, IndexedColors.GREY_25_PERCENT);
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
                yield style;
            }
            case TEXT -> cell();
            case WRAPPED_TEXT -> {
                CellStyle style = cell();
                style.setWrapText(true);
                yield style;
            }
            case NOT_AVAILABLE -> {
                Font font = workbook.createFont();
                font.setItalic(true);
                font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
                CellStyle style = cell();
                style.setFont(font);
                style.setAlignment(HorizontalAlignment.RIGHT);
                yield style;
            }
            case PERCENT -> numeric("0.0%");
            case MONEY -> numeric(money(""));
            case MONEY_PER_DAY -> numeric(money("\"/day\""));
            case DAYS -> numeric("0.0\" days\"");
            case HOURS -> numeric("#,##0.0");
            case YEARS -> numeric("0.00\" years\"");
            case COUNT -> numeric("#,##0");
            case MULTIPLE -> numeric("0.00\"x\"");
            case NUMBER -> numeric("#,##0.00");
            case CHANGE_POINTS -> numeric("+0.0\" pp\";-0.0\" pp\"");
            case CHANGE_PERCENT -> numeric("+0.0%;-0.0%");
            // a format with one section would show "-+0.50x" for a fall
            case CHANGE_MULTIPLE -> numeric("+0.00\"x\";-0.00\"x\"");
            case CHANGE_NUMBER -> numeric("+#,##0.0;-#,##0.0");
            case ON_TRACK -> filled(IndexedColors.LIGHT_GREEN);
            case WATCH -> filled(IndexedColors.LIGHT_YELLOW);
            case OFF_TRACK -> filled(IndexedColors.ROSE);
            case TOTAL_TEXT -> total(cell());
            case TOTAL_COUNT -> total(numeric("#,##0"));
            case TOTAL_PERCENT -> total(numeric("0.0%"));
        };
    }

    private String money(String suffix) {
        String amount = "#,##0.00" + suffix;
        return currency.isEmpty() ? amount : "\"" + currency + "\" " + amount;
    }

    /** Data cells align to the top: a wrapped definition makes its row tall. */
    private CellStyle cell() {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private CellStyle numeric(String format) {
        CellStyle style = cell();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private CellStyle filled(IndexedColors color) {
        CellStyle style = cell();
        fill(style, color);
        return style;
    }

    private CellStyle total(CellStyle style) {
        style.setFont(bold);
        style.setBorderTop(BorderStyle.THIN);
        return style;
    }

    private static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
