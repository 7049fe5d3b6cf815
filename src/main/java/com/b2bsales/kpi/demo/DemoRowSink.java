package com.b2bsales.kpi.demo;

/**
 * Where the generator puts its rows, one at a time in the order it makes them (tables interleaved): JDBC batches
 * for the embedded demo ({@link DemoDataWriter}), bulk files for a MySQL/MariaDB server ({@link BulkDemoLoad}).
 */
interface DemoRowSink {

    <T> void add(DemoTable<T> table, T row);

    /** Puts {@code spoiled} in place of a row added before: the one with the key of {@code original}. */
    <T> void replace(DemoTable<T> table, T original, T spoiled);
}
