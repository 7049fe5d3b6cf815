package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.workbook.HouseStyle.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * How a number reads in the workbook: the house style's number format of each unit, in the report's currency, and
 * the text a cell of that format shows ({@code 33.3%}, {@code EUR 12,666.67}). The workbook's cell styles and the
 * mail's checklist both take their formats and texts from here, so that they read alike.
 */
final class NumberFormats {

    /** Values as a reader sees them; separators follow the reader's locale, and are as wide in every one. */
    private final DataFormatter shown = new DataFormatter(Locale.US);

    private final HouseStyle house;
    private final String currency;

    NumberFormats(HouseStyle house, String currency) {
        this.house = house;
        this.currency = currency == null ? "" : currency.replaceAll("[\"\\\\]", "").trim();
    }

    /** The format of a metric's value (or an input, a target) in its unit; a plain number without one. */
    static Format value(Unit unit) {
        if (unit == null) {
            return Format.NUMBER;
        }
        return switch (unit) {
            case RATIO -> Format.PERCENT;
            case MONEY -> Format.MONEY;
            case MONEY_PER_DAY -> Format.MONEY_PER_DAY;
            case DAYS -> Format.DAYS;
            case HOURS -> Format.HOURS;
            case YEARS -> Format.YEARS;
            case COUNT -> Format.COUNT;
            case MULTIPLE -> Format.MULTIPLE;
        };
    }

    /** The format of a checklist change: percentage points for ratios, relative for money, a difference otherwise. */
    static Format change(Unit unit) {
        return switch (unit) {
            case RATIO -> Format.CHANGE_POINTS;
            case MONEY, MONEY_PER_DAY -> Format.CHANGE_PERCENT;
            case MULTIPLE -> Format.CHANGE_MULTIPLE;
            case DAYS, HOURS, YEARS, COUNT -> Format.CHANGE_NUMBER;
        };
    }

    /** The Excel format code, with the currency in quotes where the house style says {@code {currency}}. */
    String code(Format format) {
        String code = house.format(format);
        return currency.isEmpty() ? code.replace("{currency}", "").trim()
                : code.replace("{currency}", "\"" + currency + "\"");
    }

    /** The number as a cell of the format shows it: {@code EUR 1,234.50}, {@code 44.8%}. */
    String show(double value, Format format) {
        return shown.formatRawCellContents(value, -1, code(format));
    }

    /** A metric's value as a cell of the format shows it, or {@code n/a}. */
    String show(MetricValue value, Format format) {
        return value.available() ? show(value.value(), format).trim() : "n/a";
    }

    /**
     * The number rounded to the decimals a cell of the format shows: 0.44843 in {@code 0.0%} is 0.448. Rounds half
     * away from zero, as Excel does.
     */
    double asShown(double value, Format format) {
        // the first section of the format, without its quoted texts: "▲ "+0.0" pp" is +0.0
        String section = code(format).replaceAll("\"[^\"]*\"|\\\\.", "").split(";")[0];
        int decimals = 0;
        int point = section.indexOf('.');
        while (point >= 0 && point + 1 + decimals < section.length()
                && "0#?".indexOf(section.charAt(point + 1 + decimals)) >= 0) {
            decimals++;
        }
        if (section.contains("%")) {
            decimals += 2;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
