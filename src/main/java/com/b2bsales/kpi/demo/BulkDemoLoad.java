package com.b2bsales.kpi.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Loads the demo rows into empty MySQL/MariaDB tables in bulk, which takes minutes for size L where JDBC batches
 * take hours: each table's rows go to a tab-separated file in a temporary folder as they are generated, then
 * {@code LOAD DATA LOCAL INFILE} reads each file, with the table's secondary indexes dropped during the load and
 * built once afterwards. The few spoiled rows then replace their originals with plain statements. The files
 * are deleted at the end, also when the load fails.
 *
 * <p>The connection must allow local files from the folder (Connector/J's {@code allowLoadLocalInfileInPath})
 * and the server must have {@code local_infile} on.
 */
final class BulkDemoLoad implements DemoRowSink, AutoCloseable {

    private static final int FILE_BUFFER = 1 << 20;

    private final Path folder;
    private final Map<DemoTable<?>, BufferedWriter> files = new IdentityHashMap<>();
    private final List<Replacement<?>> replacements = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(256);

    /** @param folder an empty folder of its own, deleted by {@link #close()} */
    BulkDemoLoad(Path folder) {
        this.folder = folder;
    }

    @Override
    public <T> void add(DemoTable<T> table, T row) {
        try {
            BufferedWriter file = files.get(table);
            if (file == null) {
                file = new BufferedWriter(Files.newBufferedWriter(fileOf(table), StandardCharsets.UTF_8), FILE_BUFFER);
                files.put(table, file);
            }
            line.setLength(0);
            Object[] values = table.values().apply(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                appendField(line, values[i]);
            }
            line.append('\n');
            file.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo rows of " + table.name() + " to " + folder, e);
        }
    }

    @Override
    public <T> void replace(DemoTable<T> table, T original, T spoiled) {
        replacements.add(new Replacement<>(table, original, spoiled));
    }

    /** Loads every file, then puts the spoiled rows in place. */
    void load(DataSource dataSource) throws SQLException {
        closeFiles();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (DemoTable<?> table : DemoTable.ALL.stream().filter(files::containsKey).toList()) {
                List<String> indexes = secondaryIndexes(connection, table);
                for (String index : indexes) {
                    sql.execute("ALTER TABLE " + table.name() + " DROP INDEX " + index.substring(0, index.indexOf(' ')));
                }
                sql.execute("LOAD DATA LOCAL INFILE '" + quoted(fileOf(table)) + "' INTO TABLE " + table.name()
                        + " CHARACTER SET utf8mb4 (" + String.join(", ", table.columns()) + ")");
                if (!indexes.isEmpty()) {
                    sql.execute("ALTER TABLE " + table.name() + " ADD KEY "
                            + String.join(", ADD KEY ", indexes));
                }
                Files.deleteIfExists(fileOf(table));
            }
            for (Replacement<?> replacement : replacements) {
                replacement.apply(connection);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeFiles();
            try (Stream<Path> leftOver = Files.list(folder)) {
                for (Path file : leftOver.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the demo files in " + folder, e);
        }
    }

    private void closeFiles() {
        try {
            for (BufferedWriter file : files.values()) {
                file.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo files in " + folder, e);
        }
    }

    private Path fileOf(DemoTable<?> table) {
        return folder.resolve(table.name() + ".tsv");
    }

    /** Each secondary index as {@code name (column, ...)}, from the table as the reference DDL created it. */
    private static List<String> secondaryIndexes(Connection connection, DemoTable<?> table) throws SQLException {
        Map<String, List<String>> columnsByIndex = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT index_name, column_name FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> 'PRIMARY' AND non_unique = 1
                ORDER BY index_name, seq_in_index""")) {
            query.setString(1, table.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columnsByIndex.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        List<String> indexes = new ArrayList<>();
        columnsByIndex.forEach((name, columns) -> indexes.add(name + " (" + String.join(", ", columns) + ")"));
        return indexes;
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'");
    }

    /** LOAD DATA's default format: tab between fields, {@code \N} for NULL, backslash escapes. */
    private static void appendField(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof LocalDateTime time) {
            appendDate(line, time.toLocalDate());
            line.append(' ');
            appendTwoDigits(line, time.getHour());
            line.append(':');
            appendTwoDigits(line, time.getMinute());
            line.append(':');
            appendTwoDigits(line, time.getSecond());
        } else if (value instanceof LocalDate date) {
            appendDate(line, date);
        } else if (value instanceof BigDecimal number) {
            line.append(number.toPlainString());
        } else if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        } else {
            line.append(value);
        }
    }

    private static void appendDate(StringBuilder line, LocalDate date) {
        line.append(date.getYear()).append('-');
        appendTwoDigits(line, date.getMonthValue());
        line.append('-');
        appendTwoDigits(line, date.getDayOfMonth());
    }

    private static void appendTwoDigits(StringBuilder line, int value) {
        line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private record Replacement<T>(DemoTable<T> table, T original, T spoiled) {

        void apply(Connection connection) throws SQLException {
            Object[] key = table.values().apply(original);
            try (PreparedStatement delete = connection.prepareStatement(table.deleteByKeySql());
                    PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
                for (int i = 0; i < table.keyColumns(); i++) {
                    delete.setObject(i + 1, key[i]);
                }
                delete.executeUpdate();
                DemoDataWriter.bind(insert, table.values().apply(spoiled));
                insert.executeUpdate();
            }
        }
    }
}
