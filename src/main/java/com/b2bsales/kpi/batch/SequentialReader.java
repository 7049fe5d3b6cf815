package com.b2bsales.kpi.batch;

import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a step's queries one after the other, and saves the position of every one of them at each
 * commit. Spring Batch's {@code CompositeItemReader} saves only the position of the query it is
 * reading: when a chunk ends in the second query, the first query's last rows are not recorded as
 * read, and a restarted step reads and counts them again.
 */
class SequentialReader<T> implements ItemStreamReader<T> {

    private final List<ItemStreamReader<? extends T>> queries;
    private int current;

    SequentialReader(List<ItemStreamReader<? extends T>> queries) {
        this.queries = List.copyOf(queries);
    }

    @Override
    public void open(ExecutionContext context) {
        current = 0;
        for (ItemStreamReader<? extends T> query : queries) {
            query.open(context);
        }
    }

    @Override
    public T read() throws Exception {
        // A query that was finished before a restart returns no more rows at once.
        for (; current < queries.size(); current++) {
            T row = queries.get(current).read();
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        for (ItemStreamReader<? extends T> query : queries) {
            query.update(context);
        }
    }

    @Override
    public void close() {
        ItemStreamException failure = null;
        for (ItemStreamReader<? extends T> query : queries) {
            try {
                query.close();
            } catch (ItemStreamException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
