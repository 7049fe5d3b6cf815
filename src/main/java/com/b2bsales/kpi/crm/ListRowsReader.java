package com.b2bsales.kpi.crm;

import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** Rows that do not come from the CRM database (none, or a settings file), with a restartable position. */
final class ListRowsReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

    private final List<T> rows;

    ListRowsReader(String name, List<T> rows) {
        this.rows = List.copyOf(rows);
        setName(name);
    }

    @Override
    protected T doRead() {
        int next = getCurrentItemCount() - 1;
        return next < rows.size() ? rows.get(next) : null;
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }
}
