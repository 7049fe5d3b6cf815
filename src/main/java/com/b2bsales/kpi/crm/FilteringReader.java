package com.b2bsales.kpi.crm;

import java.util.function.Predicate;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The rows of a reader that pass a test made in Java: for a CRM whose DATETIMEs are stored in UTC, the SQL bounds
 * are widened by a day and the window is tested here, after conversion to the report zone. The delegate keeps the
 * position (rows read, passed or not), so a restarted step skips exactly the rows it read before.
 */
final class FilteringReader<T> implements ItemStreamReader<T> {

    private final ItemStreamReader<T> rows;
    private final Predicate<? super T> test;

    FilteringReader(ItemStreamReader<T> rows, Predicate<? super T> test) {
        this.rows = rows;
        this.test = test;
    }

    @Override
    public T read() throws Exception {
        T row = rows.read();
        while (row != null && !test.test(row)) {
            row = rows.read();
        }
        return row;
    }

    @Override
    public void open(ExecutionContext context) {
        rows.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        rows.update(context);
    }

    @Override
    public void close() {
        rows.close();
    }
}
