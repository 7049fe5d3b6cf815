package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.ChecklistStatus;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.workbook.HouseStyle.Colour;
import com.b2bsales.kpi.workbook.HouseStyle.Format;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The named cell styles of one workbook, each created once from the {@link HouseStyle}: a workbook
 * holds at most 64,000 styles, and one style per cell would also bloat the file. Number formats per
 * unit, the checklist's status colours (as conditional formatting) and the logo live here too, so
 * that everything the house style decides is applied in one place.
 */
final class WorkbookStyles {

    /** Every style a sheet may ask for. */
    enum Name {
        BAND_TITLE, BAND, SUBTITLE, HEADER, HEADER_NUMBER, HEADER_CENTER, SECTION, TEXT, BOLD_TEXT, WRAPPED_TEXT,
        TEXT_RIGHT, LINK, NOT_AVAILABLE, STATUS,
        PERCENT, MONEY, MONEY_PER_DAY, DAYS, HOURS, YEARS, COUNT, MULTIPLE, NUMBER, MONEY_ROUNDED,
        MONEY_PER_DAY_ROUNDED,
        CHANGE_POINTS, CHANGE_PERCENT, CHANGE_MULTIPLE, CHANGE_NUMBER,
        TOTAL_TEXT, TOTAL_NOT_AVAILABLE, TOTAL_PERCENT, TOTAL_MONEY, TOTAL_HOURS, TOTAL_COUNT
    }

    private final XSSFWorkbook workbook;
    private final HouseStyle house;
    private final NumberFormats numbers;
    private final Map<Name, XSSFCellStyle> styles = new EnumMap<>(Name.class);
    /** The number format of each numeric style, to size the columns that hold it. */
    private final Map<CellStyle, Format> formats = new IdentityHashMap<>();
    private final int logoPicture;

    WorkbookStyles(XSSFWorkbook workbook, HouseStyle house, String currency) {
        this.workbook = workbook;
        this.house = house;
        this.numbers = new NumberFormats(house, currency);
        // the default font is also Excel's unit of column widths and what unstyled cells show
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(house.fontName());
        standard.setFontHeightInPoints((short) house.fontSize());
        for (Name name : Name.values()) {
            styles.put(name, create(name));
        }
        this.logoPicture = house.logo().map(logo -> workbook.addPicture(logo.image(), logo.pictureType())).orElse(-1);
    }

    CellStyle get(Name name) {
        return styles.get(name);
    }

    HouseStyle house() {
        return house;
    }

    /** The picture index of the logo in the workbook, when the house style has one. */
    int logoPicture() {
        return logoPicture;
    }

    /**
     * The width in characters of a column that shows the widest value of each of these styles in full,
     * so that no reader sees {@code ###}: see {@link #largest(Format)} for how wide a value can be.
     * Text styles need no width.
     */
    int width(CellStyle... holds) {
        double widest = 0;
        for (CellStyle style : holds) {
            Format format = formats.get(style);
            if (format == null) {
                continue;
            }
            boolean bold = ((XSSFCellStyle) style).getFont().getBold();
            for (double value : new double[] {largest(format), -largest(format)}) {
                widest = Math.max(widest, TextWidths.atMost(numbers.show(value, format), bold));
            }
        }
        return widest == 0 ? 0 : (int) Math.ceil(widest + SheetLayout.CELL_MARGINS_MOST + SheetLayout.GAP);
    }

    /** The formats of the numbers, and the texts they show. */
    NumberFormats numbers() {
        return numbers;
    }

    /**
     * The largest magnitude a cell of the format can hold and must show in full: money (also per day)
     * up to 999,999,999,999.99, counts, hours and days up to 999,999,999, rates up to 9,999.9% and
     * multiples and years up to 9,999.99; changes alike.
     */
    private static double largest(Format format) {
        return switch (format) {
            case MONEY, MONEY_PER_DAY, NUMBER, MONEY_ROUNDED, MONEY_PER_DAY_ROUNDED -> 999_999_999_999.99;
            case COUNT -> 999_999_999;
            case DAYS, HOURS, CHANGE_NUMBER -> 999_999_999.9;
            case PERCENT, CHANGE_PERCENT -> 99.999;
            case CHANGE_POINTS -> 9_999.9;
            case YEARS, MULTIPLE, CHANGE_MULTIPLE -> 9_999.99;
        };
    }

    /** The style of a metric's value (or an input, a target) in its unit. */
    CellStyle value(Unit unit) {
        return numeric(NumberFormats.value(unit));
    }

    /** As {@link #value(Unit)}, with money rounded to whole units: for wide tables (trends, breakdowns). */
    CellStyle rounded(Unit unit) {
        return switch (unit) {
            case MONEY -> get(Name.MONEY_ROUNDED);
            case MONEY_PER_DAY -> get(Name.MONEY_PER_DAY_ROUNDED);
            default -> value(unit);
        };
    }

    /** The style of a number on a total line: ratios, money (rounded), hours and counts. */
    CellStyle total(Unit unit) {
        return get(switch (unit) {
            case RATIO -> Name.TOTAL_PERCENT;
            case MONEY, MONEY_PER_DAY -> Name.TOTAL_MONEY;
            case HOURS -> Name.TOTAL_HOURS;
            case COUNT, DAYS, YEARS, MULTIPLE -> Name.TOTAL_COUNT;
        });
    }

    /** The style of a checklist change: percentage points for ratios, relative for money, a difference otherwise. */
    CellStyle change(Unit unit) {
        return numeric(NumberFormats.change(unit));
    }

    /** The plain style of a number format. */
    private CellStyle numeric(Format format) {
        return get(switch (format) {
            case PERCENT -> Name.PERCENT;
            case MONEY -> Name.MONEY;
            case MONEY_PER_DAY -> Name.MONEY_PER_DAY;
            case DAYS -> Name.DAYS;
            case HOURS -> Name.HOURS;
            case YEARS -> Name.YEARS;
            case COUNT -> Name.COUNT;
            case MULTIPLE -> Name.MULTIPLE;
            case NUMBER -> Name.NUMBER;
            case MONEY_ROUNDED -> Name.MONEY_ROUNDED;
            case MONEY_PER_DAY_ROUNDED -> Name.MONEY_PER_DAY_ROUNDED;
            case CHANGE_POINTS -> Name.CHANGE_POINTS;
            case CHANGE_PERCENT -> Name.CHANGE_PERCENT;
            case CHANGE_MULTIPLE -> Name.CHANGE_MULTIPLE;
            case CHANGE_NUMBER -> Name.CHANGE_NUMBER;
        });
    }

    /**
     * Colours the ranges by the checklist status in {@code statusColumn} of the same row, with
     * conditional formatting: the house style's on-track, watch and off-track colours. The first
     * range's first row is the row the formula is written for.
     */
    void statusColours(XSSFSheet sheet, int statusColumn, CellRangeAddress... ranges) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String status = "$" + CellReference.convertNumToColString(statusColumn) + (ranges[0].getFirstRow() + 1);
        List<XSSFConditionalFormattingRule> rules = new ArrayList<>();
        for (ChecklistStatus shown : ChecklistStatus.values()) {
            house.colours(shown).ifPresent(colours -> {
                XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                        status + "=\"" + shown.label() + "\"");
                rule.createPatternFormatting().setFillBackgroundColor(colour(colours.fill()));
                rule.createFontFormatting().setFontColor(colour(colours.text()));
                rules.add(rule);
            });
        }
        formatting.addConditionalFormatting(ranges, rules.toArray(XSSFConditionalFormattingRule[]::new));
    }

    private XSSFCellStyle create(Name name) {
        return switch (name) {
            case BAND_TITLE -> {
                XSSFCellStyle style = band();
                style.setFont(font(true, false, house.titleFontSize(), Colour.BAND_TEXT));
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setIndention((short) 1);
                yield style;
            }
            case BAND -> band();
            case SUBTITLE -> {
                XSSFCellStyle style = text();
                style.setFont(font(false, true, house.fontSize(), Colour.SUBTITLE_TEXT));
                style.setWrapText(true);
                yield style;
            }
            case HEADER -> header(HorizontalAlignment.LEFT);
            case HEADER_NUMBER -> header(HorizontalAlignment.RIGHT);
            case HEADER_CENTER -> header(HorizontalAlignment.CENTER);
            case SECTION -> {
                XSSFCellStyle style = text();
                style.setFont(font(true, false, house.fontSize() + 2, Colour.SECTION_TEXT));
                style.setVerticalAlignment(VerticalAlignment.BOTTOM);
                style.setBorderBottom(BorderStyle.MEDIUM);
                style.setBottomBorderColor(colour(Colour.SECTION_TEXT));
                yield style;
            }
            case TEXT -> text();
            case BOLD_TEXT -> {
                XSSFCellStyle style = text();
                style.setFont(font(true, false, house.fontSize(), null));
                yield style;
            }
            case WRAPPED_TEXT -> {
                XSSFCellStyle style = text();
                style.setWrapText(true);
                yield style;
            }
            case TEXT_RIGHT -> {
                XSSFCellStyle style = cell();
                style.setAlignment(HorizontalAlignment.RIGHT);
                yield style;
            }
            case LINK -> {
                XSSFCellStyle style = text();
                XSSFFont font = font(false, false, house.fontSize(), Colour.SECTION_TEXT);
                font.setUnderline(FontUnderline.SINGLE);
                style.setFont(font);
                yield style;
            }
            case NOT_AVAILABLE -> notAvailable(cell());
            case STATUS -> {
                XSSFCellStyle style = cell();
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFont(font(true, false, house.fontSize(), null));
                yield style;
            }
            case PERCENT -> withFormat(Format.PERCENT);
            case MONEY -> withFormat(Format.MONEY);
            case MONEY_PER_DAY -> withFormat(Format.MONEY_PER_DAY);
            case DAYS -> withFormat(Format.DAYS);
            case HOURS -> withFormat(Format.HOURS);
            case YEARS -> withFormat(Format.YEARS);
            case COUNT -> withFormat(Format.COUNT);
            case MULTIPLE -> withFormat(Format.MULTIPLE);
            case NUMBER -> withFormat(Format.NUMBER);
            case MONEY_ROUNDED -> withFormat(Format.MONEY_ROUNDED);
            case MONEY_PER_DAY_ROUNDED -> withFormat(Format.MONEY_PER_DAY_ROUNDED);
            case CHANGE_POINTS -> withFormat(Format.CHANGE_POINTS);
            case CHANGE_PERCENT -> withFormat(Format.CHANGE_PERCENT);
            case CHANGE_MULTIPLE -> withFormat(Format.CHANGE_MULTIPLE);
            case CHANGE_NUMBER -> withFormat(Format.CHANGE_NUMBER);
            case TOTAL_TEXT -> total(text());
            case TOTAL_NOT_AVAILABLE -> total(notAvailable(cell()));
            case TOTAL_PERCENT -> total(withFormat(Format.PERCENT));
            case TOTAL_MONEY -> total(withFormat(Format.MONEY_ROUNDED));
            case TOTAL_HOURS -> total(withFormat(Format.HOURS));
            case TOTAL_COUNT -> total(withFormat(Format.COUNT));
        };
    }

    /** Data cells align to the top: a wrapped note makes its row tall. */
    private XSSFCellStyle cell() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Text one character in from the left edge, apart from the number to its left. */
    private XSSFCellStyle text() {
        XSSFCellStyle style = cell();
        // an indent needs an explicit alignment: with "general" Excel and LibreOffice ignore it
        style.setAlignment(HorizontalAlignment.LEFT);
        style.setIndention((short) 1);
        return style;
    }

    private XSSFCellStyle band() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(style, Colour.BAND);
        return style;
    }

    private XSSFCellStyle header(HorizontalAlignment alignment) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font(true, false, house.fontSize(), Colour.HEADER_TEXT));
        fill(style, Colour.HEADER);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBottomBorderColor(colour(Colour.HEADER_TEXT));
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(alignment);
        if (alignment == HorizontalAlignment.LEFT) {
            style.setIndention((short) 1);
        }
        return style;
    }

    private XSSFCellStyle withFormat(Format format) {
        XSSFCellStyle style = cell();
        style.setDataFormat(workbook.createDataFormat().getFormat(numbers.code(format)));
        formats.put(style, format);
        return style;
    }

    private XSSFCellStyle notAvailable(XSSFCellStyle style) {
        style.setFont(font(false, true, house.fontSize(), Colour.NOT_AVAILABLE_TEXT));
        style.setAlignment(HorizontalAlignment.RIGHT);
        return style;
    }

    private XSSFCellStyle total(XSSFCellStyle style) {
        XSSFFont font = font(true, style.getFont().getItalic(), house.fontSize(), null);
        if (style.getFont().getItalic()) {
            font.setColor(colour(Colour.NOT_AVAILABLE_TEXT));
        }
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setTopBorderColor(colour(Colour.SECTION_TEXT));
        return style;
    }

    private XSSFFont font(boolean bold, boolean italic, int points, Colour colour) {
        XSSFFont font = workbook.createFont();
        font.setFontName(house.fontName());
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        if (colour != null) {
            font.setColor(colour(colour));
        }
        return font;
    }

    private void fill(XSSFCellStyle style, Colour colour) {
        style.setFillForegroundColor(colour(colour));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    XSSFColor colour(Colour colour) {
        return colour(house.colour(colour));
    }

    static XSSFColor colour(HouseStyle.Rgb rgb) {
        return new XSSFColor(rgb.bytes(), new DefaultIndexedColorMap());
    }
}
