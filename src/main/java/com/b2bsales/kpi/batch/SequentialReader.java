package com.b2bsales.kpi.batch;

import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a step's queries one after the other, with at most one of them open: a query is opened when the one
 * before it is finished and closed as soon as it is finished. An open query holds a CRM connection and, on
 * MySQL/MariaDB, a cursor the server streams row by row; a query opened early and left idle while another one
 * was slow to send its first row was dropped by the server (Connector/J sets {@code net_write_timeout} to 600 s
 * for streamed results).
 *
 * <p>At each commit it saves the position of every query and how many of them are finished. Spring Batch's
 * {@code CompositeItemReader} saves only the position of the query it is reading: when a chunk ends in the second
 * query, the first query's last rows are not recorded as read, and a restarted step reads and counts them again.
 * Here a finished query keeps the position it had when it finished, saved at the commit that follows; a query not
 * yet opened keeps the position restored from the last commit of the execution the step resumes, untouched, and
 * is opened with the step's context, so it starts there. A restarted step starts with the first query that was
 * not finished and never opens the finished ones again. Nothing is written to the step's context between commits:
 * Spring Batch saves it once more when a step fails, and it must then hold the last commit's positions.
 */
class SequentialReader<T> implements ItemStreamReader<T> {

    private final String finishedKey;
    private final List<ItemStreamReader<? extends T>> queries;
    /** The step's context, given to each query when it is opened. */
    private ExecutionContext context;
    /** The query being read, or the number of queries when all are finished. */
    private int current;
    /** Whether the current query is open: it is opened late, and closed as soon as it is finished. */
    private boolean open;
    /** The final positions of the queries that finished since the last commit, saved at the next. */
    private ExecutionContext finishedPositions = new ExecutionContext();

    /** @param name where in the step's context it saves how many queries are finished ({@code name.finished}) */
    SequentialReader(String name, List<ItemStreamReader<? extends T>> queries) {
        this.finishedKey = name + ".finished";
        this.queries = List.copyOf(queries);
    }

    @Override
    public void open(ExecutionContext context) {
        this.context = context;
        current = Math.min(context.getInt(finishedKey, 0), queries.size());
        finishedPositions = new ExecutionContext();
        openCurrent();
    }

    @Override
    public T read() throws Exception {
        while (current < queries.size()) {
            T row = queries.get(current).read();
            if (row != null) {
                return row;
            }
            ItemStreamReader<? extends T> finished = queries.get(current);
            finished.update(finishedPositions);
            open = false;
            finished.close();
            current++;
            openCurrent();
        }
        return null;
    }

    private void openCurrent() {
        if (current < queries.size()) {
            // marked open first: close() then closes a query whose opening failed halfway
            open = true;
            queries.get(current).open(context);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        finishedPositions.entrySet().forEach(position -> context.put(position.getKey(), position.getValue()));
        finishedPositions = new ExecutionContext();
        if (open) {
            queries.get(current).update(context);
        }
        context.putInt(finishedKey, current);
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            queries.get(current).close();
        }
    }
}
