package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.ChecklistStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look of the workbook a company can change without code: fonts, colours, logo and number
 * formats, read from {@code house-style.properties} in the templates folder
 * ({@code report.templates-dir}). Keys left out keep the built-in defaults of {@link #DEFAULTS};
 * without the folder the workbook is made in the defaults, without a logo.
 */
public record HouseStyle(String fontName, int fontSize, int titleFontSize, Map<Colour, Rgb> colours,
        List<Rgb> chartColours, Optional<Logo> logo, Map<Format, String> formats, String source) {

    public static final String FILE_NAME = "house-style.properties";

    /** The colours a sheet uses, by their key in the file ({@code color.band}, ...). */
    public enum Colour {
        BAND("1F3864"), BAND_TEXT("FFFFFF"), SUBTITLE_TEXT("595959"), HEADER("D9E1F2"), HEADER_TEXT("1F3864"),
        SECTION_TEXT("1F3864"), NOT_AVAILABLE_TEXT("808080"),
        ON_TRACK("C6EFCE"), ON_TRACK_TEXT("006100"), WATCH("FFEB9C"), WATCH_TEXT("9C5700"),
        OFF_TRACK("FFC7CE"), OFF_TRACK_TEXT("9C0006");

        private final String builtIn;

        Colour(String builtIn) {
            this.builtIn = builtIn;
        }

        String key() {
            return "color." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The number formats, by their key in the file ({@code format.money}, ...). */
    public enum Format {
        MONEY("{currency} #,##0.00"),
        MONEY_PER_DAY("{currency} #,##0.00\"/day\""),
        PERCENT("0.0%"),
        COUNT("#,##0"),
        DAYS("#,##0.0\" days\""),
        HOURS("#,##0.0"),
        YEARS("0.00\" years\""),
        MULTIPLE("0.00\"x\""),
        NUMBER("#,##0.00"),
        /** Money in the wide tables (trends, breakdowns, totals): whole units, the cell keeps the cents. */
        MONEY_ROUNDED("{currency} #,##0"),
        MONEY_PER_DAY_ROUNDED("{currency} #,##0\"/day\""),
        CHANGE_POINTS("\"▲ \"+0.0\" pp\";\"▼ \"-0.0\" pp\";0.0\" pp\""),
        CHANGE_PERCENT("\"▲ \"+0.0%;\"▼ \"-0.0%;0.0%"),
        CHANGE_MULTIPLE("\"▲ \"+0.00\"x\";\"▼ \"-0.00\"x\";0.00\"x\""),
        CHANGE_NUMBER("\"▲ \"+#,##0.0;\"▼ \"-#,##0.0;0.0");

        private final String builtIn;

        Format(String builtIn) {
            this.builtIn = builtIn;
        }

        String key() {
            return "format." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A colour as red, green and blue. */
    public record Rgb(int red, int green, int blue) {

        private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{6}");

        static Rgb parse(String key, String hex) {
            if (!HEX.matcher(hex).matches()) {
                throw new IllegalArgumentException(key + " = '" + hex + "' is not a colour of six hex digits like 1F3864");
            }
            int value = Integer.parseInt(hex, 16);
            return new Rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
        }

        byte[] bytes() {
            return new byte[] {(byte) red, (byte) green, (byte) blue};
        }

        /** "#C6EFCE", as HTML writes it. */
        public String html() {
            return String.format("#%02X%02X%02X", red, green, blue);
        }
    }

    /** The logo image, with its size in pixels. */
    public record Logo(String fileName, byte[] image, int pictureType, int width, int height) {
    }

    /** Every key of the file with its built-in value. */
    public static final Map<String, String> DEFAULTS = defaults();

    private static final String CHART = "color.chart";
    private static final String LOGO = "logo";

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("font.name", "Arial");
        defaults.put("font.size", "10");
        defaults.put("font.title-size", "15");
        for (Colour colour : Colour.values()) {
            defaults.put(colour.key(), colour.builtIn);
        }
        defaults.put(CHART, "1F3864, 5B9BD5, ED7D31, 70AD47, A5A5A5");
        defaults.put(LOGO, "");
        for (Format format : Format.values()) {
            defaults.put(format.key(), format.builtIn);
        }
        return Map.copyOf(defaults);
    }

    /** The built-in style: no templates folder, no logo. */
    public static HouseStyle builtIn() {
        return of(DEFAULTS, null, "built-in defaults");
    }

    /**
     * The style of {@code house-style.properties} in the folder, the built-in one when the folder
     * or the file is missing.
     *
     * @throws IllegalArgumentException naming the file and the key, when a key is unknown or a value
     *         is not what it should be
     * @throws UncheckedIOException when the file or the logo cannot be read
     */
    public static HouseStyle load(Path templatesDir) {
        Path file = templatesDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return builtIn();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the house style " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (String key : properties.stringPropertyNames()) {
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "'; the keys are "
                        + DEFAULTS.keySet().stream().sorted().toList());
            }
            values.put(key, properties.getProperty(key).trim());
        }
        try {
            return of(values, templatesDir, file.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static HouseStyle of(Map<String, String> values, Path templatesDir, String source) {
        Map<Colour, Rgb> colours = new LinkedHashMap<>();
        for (Colour colour : Colour.values()) {
            colours.put(colour, Rgb.parse(colour.key(), values.get(colour.key())));
        }
        List<Rgb> chart = Arrays.stream(values.get(CHART).split(",")).map(String::trim)
                .map(hex -> Rgb.parse(CHART, hex)).toList();
        Map<Format, String> formats = new LinkedHashMap<>();
        for (Format format : Format.values()) {
            String code = values.get(format.key());
            if (code.isBlank()) {
                throw new IllegalArgumentException(format.key() + " is empty: give an Excel number format like "
                        + format.builtIn);
            }
            formats.put(format, code);
        }
        String logo = values.get(LOGO);
        return new HouseStyle(values.get("font.name"), size("font.size", values), size("font.title-size", values),
                colours, chart, logo.isEmpty() ? Optional.empty() : Optional.of(logo(templatesDir, logo)), formats,
                source);
    }

    private static int size(String key, Map<String, String> values) {
        String value = values.get(key);
        try {
            int points = Integer.parseInt(value);
            if (points >= 6 && points <= 48) {
                return points;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " = '" + value + "' is not a font size in points from 6 to 48");
    }

    private static Logo logo(Path templatesDir, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int type = lower.endsWith(".png") ? Workbook.PICTURE_TYPE_PNG
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? Workbook.PICTURE_TYPE_JPEG : -1;
        if (type < 0) {
            throw new IllegalArgumentException(LOGO + " = '" + name + "' is not a .png, .jpg or .jpeg file");
        }
        Path file = templatesDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(LOGO + " = '" + name + "': there is no file " + file);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException(LOGO + " = '" + name + "' is not an image");
            }
            return new Logo(name, bytes, type, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the logo " + file + ": " + e.getMessage(), e);
        }
    }

    public Rgb colour(Colour colour) {
        return colours.get(colour);
    }

    /** The fill and text colours of a checklist status; none for n/a, which keeps the plain cell. */
    public Optional<StatusColours> colours(ChecklistStatus status) {
        return switch (status) {
            case ON_TRACK -> Optional.of(new StatusColours(colour(Colour.ON_TRACK), colour(Colour.ON_TRACK_TEXT)));
            case WATCH -> Optional.of(new StatusColours(colour(Colour.WATCH), colour(Colour.WATCH_TEXT)));
            case OFF_TRACK -> Optional.of(new StatusColours(colour(Colour.OFF_TRACK), colour(Colour.OFF_TRACK_TEXT)));
            case NOT_AVAILABLE -> Optional.empty();
        };
    }

    /** How a checklist status is coloured, in the workbook and in the mail. */
    public record StatusColours(Rgb fill, Rgb text) {
    }

    public String format(Format format) {
        return formats.get(format);
    }
}
