package com.b2bsales.kpi.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Inserts the demo rows with JDBC batches (the embedded H2 demo), one prepared statement per table, committing
 * every {@value #BATCH_SIZE} rows so that a big demo never needs one huge transaction. Dates and timestamps go
 * in as {@code LocalDate} and {@code LocalDateTime}, so no time zone shifts them.
 */
final class DemoDataWriter implements DemoRowSink, AutoCloseable {

    private static final int BATCH_SIZE = 1_000;

    private final Connection connection;
    private final boolean autoCommit;
    private final Map<DemoTable<?>, PreparedStatement> inserts = new IdentityHashMap<>();
    private int pending;

    DemoDataWriter(DataSource dataSource) {
        try {
            this.connection = dataSource.getConnection();
            this.autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("connect", e);
        }
    }

    @Override
    public <T> void add(DemoTable<T> table, T row) {
        try {
            PreparedStatement insert = inserts.get(table);
            if (insert == null) {
                insert = connection.prepareStatement(table.insertSql());
                inserts.put(table, insert);
            }
            bind(insert, table.values().apply(row));
            insert.addBatch();
            if (++pending == BATCH_SIZE) {
                flush();
            }
        } catch (SQLException e) {
            throw failure(table.name(), e);
        }
    }

    @Override
    public <T> void replace(DemoTable<T> table, T original, T spoiled) {
        try {
            flush();
            try (PreparedStatement delete = connection.prepareStatement(table.deleteByKeySql())) {
                Object[] key = table.values().apply(original);
                for (int i = 0; i < table.keyColumns(); i++) {
                    delete.setObject(i + 1, key[i]);
                }
                delete.executeUpdate();
            }
            add(table, spoiled);
            flush();
        } catch (SQLException e) {
            throw failure(table.name(), e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            connection.setAutoCommit(autoCommit);
            connection.close();
        } catch (SQLException e) {
            throw failure("commit", e);
        }
    }

    private void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            // In the order of crm-schema.md, whatever order the rows came in.
            for (DemoTable<?> table : DemoTable.ALL) {
                PreparedStatement insert = inserts.get(table);
                if (insert != null) {
                    insert.executeBatch();
                }
            }
            connection.commit();
            pending = 0;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Could not insert the demo data (" + what + "): " + e.getMessage(), e);
    }
}
