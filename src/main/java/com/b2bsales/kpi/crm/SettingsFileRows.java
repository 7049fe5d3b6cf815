package com.b2bsales.kpi.crm;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quotas and forecasts from CSV files, for a CRM that has none (sources/suitecrm.md): {@code config/quotas.csv},
 * {@code user_name,period_start,period_end,amount}, and {@code config/forecasts.csv},
 * {@code team,period_start,period_end,amount,submitted_at}, each with that header line. Dates are ISO, a
 * forecast's {@code submitted_at} a local date-time of the report zone ({@code 2026-03-15 09:00:00}); an empty
 * field is null (the row's trust rules judge it); a field may be quoted ("EMEA, North"). A value that cannot be
 * read fails the run naming the file and line, as text in a CRM's amount column does.
 */
final class SettingsFileRows {

    private static final String QUOTA_HEADER = "user_name,period_start,period_end,amount";
    private static final String FORECAST_HEADER = "team,period_start,period_end,amount,submitted_at";
    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SettingsFileRows() {
    }

    /**
     * @param repIdsByUserName the reps of the CRM by their exact user name; a row of another user name is left out
     */
    static List<QuotaRow> quotas(Path file, Map<String, String> repIdsByUserName) {
        List<QuotaRow> rows = new ArrayList<>();
        List<List<String>> lines = read(file, QUOTA_HEADER);
        for (int i = 0; i < lines.size(); i++) {
            List<String> fields = lines.get(i);
            String rep = fields.get(0) == null ? null : repIdsByUserName.get(fields.get(0));
            if (fields.get(0) != null && rep == null) {
                continue;
            }
            int line = i + 2;
            rows.add(new QuotaRow(rep, date(file, line, fields.get(1)), date(file, line, fields.get(2)),
                    amount(file, line, fields.get(3))));
        }
        return rows;
    }

    static List<ForecastRow> forecasts(Path file) {
        List<ForecastRow> rows = new ArrayList<>();
        List<List<String>> lines = read(file, FORECAST_HEADER);
        for (int i = 0; i < lines.size(); i++) {
            List<String> fields = lines.get(i);
            int line = i + 2;
            LocalDateTime submitted;
            try {
                submitted = fields.get(4) == null ? null : LocalDateTime.parse(fields.get(4), SUBMITTED);
            } catch (DateTimeParseException e) {
                throw unreadable(file, line, "submitted_at '" + fields.get(4) + "' is not a date and time like "
                        + "2026-03-15 09:00:00");
            }
            rows.add(new ForecastRow(String.valueOf(i + 1), fields.get(0), date(file, line, fields.get(1)),
                    date(file, line, fields.get(2)), amount(file, line, fields.get(3)), submitted));
        }
        return rows;
    }

    private static List<List<String>> read(Path file, String header) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(header)) {
            throw new IllegalArgumentException(file + " must start with the line " + header);
        }
        int columns = header.split(",").length;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = fields(lines.get(i));
            if (fields.size() != columns) {
                throw unreadable(file, i + 1, "it has " + fields.size() + " fields, not " + columns + " (" + header + ")");
            }
            rows.add(fields);
        }
        return rows;
    }

    /** The fields of a CSV line, "" read as null; a quoted field may hold commas and doubled quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.isEmpty() ? null : field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.isEmpty() ? null : field.toString());
        return fields;
    }

    private static LocalDate date(Path file, int line, String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw unreadable(file, line, "'" + value + "' is not a date like 2026-04-01");
        }
    }

    private static BigDecimal amount(Path file, int line, String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw unreadable(file, line, "amount '" + value + "' is not a number like 25000.00");
        }
    }

    private static IllegalArgumentException unreadable(Path file, int line, String why) {
        return new IllegalArgumentException("Cannot read line " + line + " of " + file + ": " + why);
    }
}
