package com.b2bsales.kpi.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A step's queries are read one after the other with at most one open, and a restarted step reads exactly the
 * rows that were not committed, never opening a query that was finished.
 */
class SequentialReaderTests {

    private final Server server = new Server();

    @Test
    void shouldReadTheQueriesInOrderWithAtMostOneOpen() throws Exception {
        // given
        List<Query> queries = queries();
        SequentialReader<String> reader = new SequentialReader<>("step.queries", List.copyOf(queries));
        ExecutionContext context = new ExecutionContext();

        // when
        reader.open(context);
        boolean onlyFirstOpenedAtStart = queries.get(0).opens == 1 && queries.get(1).opens == 0;
        List<String> rows = readChunks(reader, context, 2, Integer.MAX_VALUE);
        reader.close();

        // then
        assertThat(onlyFirstOpenedAtStart).isTrue();
        assertThat(rows).containsExactly("a1", "a2", "a3", "b1", "b2", "b3", "b4", "c1", "c2");
        assertThat(server.mostOpenAtOnce).isEqualTo(1);
        assertThat(server.open).isZero();
        assertThat(queries).allSatisfy(query -> {
            assertThat(query.opens).isEqualTo(1);
            assertThat(query.closes).isEqualTo(1);
        });
        assertThat(context.getInt("step.queries.finished")).isEqualTo(3);
    }

    @Test
    void shouldCloseAQueryAsSoonAsItIsFinished() throws Exception {
        // given
        List<Query> queries = queries();
        SequentialReader<String> reader = new SequentialReader<>("step.queries", List.copyOf(queries));
        reader.open(new ExecutionContext());

        // when the first query's last row and the second's first are read
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(reader.read());
        }

        // then
        assertThat(rows).containsExactly("a1", "a2", "a3", "b1");
        assertThat(queries.get(0).closes).isEqualTo(1);
        assertThat(queries.get(1).isOpen()).isTrue();
        assertThat(queries.get(2).opens).isZero();
    }

    @Test
    void shouldGiveExactlyTheRemainingRowsWhenRestartedInTheMiddleOfTheSecondQuery() throws Exception {
        // given a step that committed a1 a2 | a3 b1, then failed after reading b2 b3
        ExecutionContext context = new ExecutionContext();
        SequentialReader<String> failed = new SequentialReader<>("step.queries", List.copyOf(queries()));
        failed.open(context);
        readChunks(failed, context, 2, 2);
        failed.read();
        failed.read();
        failed.close();
        // Spring Batch saves the context once more when the step fails: it is the live one

        // when
        List<Query> queries = queries();
        SequentialReader<String> restarted = new SequentialReader<>("step.queries", List.copyOf(queries));
        restarted.open(context);
        List<String> rows = readChunks(restarted, context, 2, Integer.MAX_VALUE);
        restarted.close();

        // then
        assertThat(rows).containsExactly("b2", "b3", "b4", "c1", "c2");
        assertThat(queries.get(0).opens).isZero();
        assertThat(queries.get(1).served).containsExactly("b2", "b3", "b4");
        assertThat(server.mostOpenAtOnce).isEqualTo(1);
    }

    @Test
    void shouldNotReopenAQueryFinishedBeforeTheRestart() throws Exception {
        // given a step that committed a1 a2 a3 | b1 b2 b3 (the first query found finished in the second chunk), then
        // failed after reading b4
        ExecutionContext context = new ExecutionContext();
        SequentialReader<String> failed = new SequentialReader<>("step.queries", List.copyOf(queries()));
        failed.open(context);
        readChunks(failed, context, 3, 2);
        failed.read();
        failed.close();

        // when
        List<Query> queries = queries();
        SequentialReader<String> restarted = new SequentialReader<>("step.queries", List.copyOf(queries));
        restarted.open(context);
        List<String> rows = readChunks(restarted, context, 3, Integer.MAX_VALUE);

        // then
        assertThat(rows).containsExactly("b4", "c1", "c2");
        assertThat(queries.get(0).opens).isZero();
        assertThat(context.getInt("a.position")).isEqualTo(3);
    }

    @Test
    void shouldServeNoRowAgainOfAQueryWhoseLastRowWasCommitted() throws Exception {
        // given a step that committed a1 a2 a3 (not yet known to be the first query's last), then failed after b1
        ExecutionContext context = new ExecutionContext();
        SequentialReader<String> failed = new SequentialReader<>("step.queries", List.copyOf(queries()));
        failed.open(context);
        readChunks(failed, context, 3, 1);
        failed.read();
        failed.close();

        // when
        List<Query> queries = queries();
        SequentialReader<String> restarted = new SequentialReader<>("step.queries", List.copyOf(queries));
        restarted.open(context);
        List<String> rows = readChunks(restarted, context, 3, Integer.MAX_VALUE);

        // then the first query is opened at its end, and closed
        assertThat(rows).containsExactly("b1", "b2", "b3", "b4", "c1", "c2");
        assertThat(queries.get(0).served).isEmpty();
        assertThat(queries.get(0).closes).isEqualTo(1);
    }

    @Test
    void shouldReadAgainTheEndOfAQueryFinishedInAChunkThatFailed() throws Exception {
        // given a step that committed a1 a2, then failed after reading a3 b1 (the first query finished uncommitted)
        ExecutionContext context = new ExecutionContext();
        SequentialReader<String> failed = new SequentialReader<>("step.queries", List.copyOf(queries()));
        failed.open(context);
        readChunks(failed, context, 2, 1);
        failed.read();
        failed.read();
        failed.close();

        // when
        SequentialReader<String> restarted = new SequentialReader<>("step.queries", List.copyOf(queries()));
        restarted.open(context);
        List<String> rows = readChunks(restarted, context, 2, Integer.MAX_VALUE);

        // then
        assertThat(rows).containsExactly("a3", "b1", "b2", "b3", "b4", "c1", "c2");
    }

    @Test
    void shouldResumeFromTheSavedPositionsOfQueriesOpenedAllAtOnce() throws Exception {
        // given the context of a step whose reader opened all its queries at the start and saved no finished count
        ExecutionContext context = new ExecutionContext();
        context.putInt("a.position", 3);
        context.putInt("b.position", 2);
        context.putInt("c.position", 0);

        // when a chunk is read
        List<Query> queries = queries();
        SequentialReader<String> restarted = new SequentialReader<>("step.queries", List.copyOf(queries));
        restarted.open(context);
        List<String> firstChunk = readChunks(restarted, context, 1, 1);

        // then the query not yet opened keeps its restored position, and the rest follows exactly
        assertThat(firstChunk).containsExactly("b3");
        assertThat(queries.get(0).served).isEmpty();
        assertThat(context.getInt("c.position")).isZero();
        assertThat(readChunks(restarted, context, 1, Integer.MAX_VALUE)).containsExactly("b4", "c1", "c2");
        assertThat(server.mostOpenAtOnce).isEqualTo(1);
    }

    @Test
    void shouldNotSaveAPositionForAQueryNotYetOpened() throws Exception {
        // given
        ExecutionContext context = new ExecutionContext();
        SequentialReader<String> reader = new SequentialReader<>("step.queries", List.copyOf(queries()));
        reader.open(context);

        // when a chunk ends in the second query
        readChunks(reader, context, 4, 1);

        // then
        assertThat(context.getInt("a.position")).isEqualTo(3);
        assertThat(context.getInt("b.position")).isEqualTo(1);
        assertThat(context.containsKey("c.position")).isFalse();
        assertThat(context.getInt("step.queries.finished")).isEqualTo(1);
    }

    @Test
    void shouldCloseTheQueryThatIsOpen() throws Exception {
        // given a reader in its second query
        List<Query> queries = queries();
        SequentialReader<String> reader = new SequentialReader<>("step.queries", List.copyOf(queries));
        reader.open(new ExecutionContext());
        for (int i = 0; i < 4; i++) {
            reader.read();
        }

        // when
        reader.close();

        // then
        assertThat(server.open).isZero();
        assertThat(queries.get(0).closes).isEqualTo(1);
        assertThat(queries.get(1).closes).isEqualTo(1);
        assertThat(queries.get(2).opens).isZero();
        assertThat(queries.get(2).closes).isZero();
    }

    /** Three queries: a1-a3, b1-b4, c1-c2. */
    private List<Query> queries() {
        return List.of(new Query("a", server, "a1", "a2", "a3"), new Query("b", server, "b1", "b2", "b3", "b4"),
                new Query("c", server, "c1", "c2"));
    }

    /** Reads chunks as a step does, saving the positions after each (a commit), until the end or {@code chunks}. */
    private static List<String> readChunks(SequentialReader<String> reader, ExecutionContext context, int chunkSize,
            int chunks) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int chunk = 0; chunk < chunks; chunk++) {
            boolean more = true;
            for (int i = 0; i < chunkSize && more; i++) {
                String row = reader.read();
                more = row != null;
                if (more) {
                    rows.add(row);
                }
            }
            reader.update(context);
            if (!more) {
                break;
            }
        }
        return rows;
    }

    /** How many queries hold a cursor on the server. */
    private static final class Server {
        private int open;
        private int mostOpenAtOnce;
    }

    /** A query whose position is the number of rows it handed out; it refuses to be read or saved while closed. */
    private static final class Query implements ItemStreamReader<String> {

        private final String name;
        private final Server server;
        private final List<String> rows;
        private final List<String> served = new ArrayList<>();
        private int position;
        private int opens;
        private int closes;
        private boolean open;

        Query(String name, Server server, String... rows) {
            this.name = name;
            this.server = server;
            this.rows = List.of(rows);
        }

        boolean isOpen() {
            return open;
        }

        @Override
        public void open(ExecutionContext context) {
            assertThat(open).as("%s opened twice", name).isFalse();
            open = true;
            opens++;
            server.open++;
            server.mostOpenAtOnce = Math.max(server.mostOpenAtOnce, server.open);
            position = context.getInt(name + ".position", 0);
        }

        @Override
        public String read() {
            assertThat(open).as("%s read while closed", name).isTrue();
            if (position == rows.size()) {
                return null;
            }
            String row = rows.get(position++);
            served.add(row);
            return row;
        }

        @Override
        public void update(ExecutionContext context) {
            assertThat(open).as("%s saved while closed", name).isTrue();
            context.putInt(name + ".position", position);
        }

        @Override
        public void close() {
            if (open) {
                server.open--;
            }
            open = false;
            closes++;
        }
    }
}
