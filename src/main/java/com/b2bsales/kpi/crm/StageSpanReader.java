package com.b2bsales.kpi.crm;

import java.util.ArrayDeque;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Stays of deals in stages: reads a deal's stage-history rows (which come together, in any order), puts them in
 * the order the deal entered the stages and gives each stay the time the deal entered its next stage (none for
 * its last stage). Its position is the number of stays handed out; as the stays of a deal are in a fixed order
 * whatever order the rows came in, a restarted step reads the rows again and skips exactly those.
 *
 * <p>A row without {@code stage} or {@code entered_at} is handed out to be left out and counted, but is no step in
 * the deal's path: the stay before it lasts until the next complete row. A row repeated exactly (same stage, same
 * time) is one stay: a deal whose id is duplicated in a view joins every one of its rows once per copy, and a deal
 * cannot enter one stage twice at the same instant.
 */
final class StageSpanReader extends AbstractItemCountingItemStreamItemReader<StageSpanRow> {

    private static final Comparator<StageSpanRow> ENTERED = Comparator
            .comparing(StageSpanRow::enteredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StageSpanRow::stage, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ItemStreamReader<StageSpanRow> entries;
    private final Deque<StageSpanRow> dealStays = new ArrayDeque<>();
    private StageSpanRow nextDealsFirstRow;

    /** @param entries the stage-history rows, without {@code leftAt}, grouped by deal; keeps no state */
    StageSpanReader(String name, ItemStreamReader<StageSpanRow> entries) {
        this.entries = entries;
        setName(name);
    }

    @Override
    protected void doOpen() throws Exception {
        entries.open(new ExecutionContext());
        nextDealsFirstRow = entries.read();
    }

    @Override
    protected StageSpanRow doRead() throws Exception {
        if (dealStays.isEmpty() && nextDealsFirstRow != null) {
            readNextDeal();
        }
        return dealStays.poll();
    }

    private void readNextDeal() throws Exception {
        List<StageSpanRow> rows = new ArrayList<>();
        StageSpanRow row = nextDealsFirstRow;
        String deal = row.opportunity().id();
        while (row != null && Objects.equals(row.opportunity().id(), deal)) {
            rows.add(row);
            row = entries.read();
        }
        nextDealsFirstRow = row;
        rows.sort(ENTERED);
        // every row carries the same deal: its stays share one copy of it, a chunk holds thousands
        OpportunityRow sameDeal = rows.get(0).opportunity();
        StageSpanRow previous = null;
        for (int i = 0; i < rows.size(); i++) {
            StageSpanRow stay = rows.get(i);
            if (previous != null && ENTERED.compare(previous, stay) == 0) {
                continue;
            }
            previous = stay;
            dealStays.add(new StageSpanRow(sameDeal, stay.stage(), stay.enteredAt(),
                    complete(stay) ? nextEntered(rows, i) : null));
        }
    }

    /** When the deal entered its next stage after the i-th row, from the next complete row. */
    private static LocalDateTime nextEntered(List<StageSpanRow> rows, int i) {
        for (int next = i + 1; next < rows.size(); next++) {
            StageSpanRow candidate = rows.get(next);
            if (complete(candidate) && ENTERED.compare(candidate, rows.get(i)) != 0) {
                return candidate.enteredAt();
            }
        }
        return null;
    }

    private static boolean complete(StageSpanRow row) {
        return row.stage() != null && row.enteredAt() != null;
    }

    @Override
    protected void doClose() throws Exception {
        dealStays.clear();
        entries.close();
    }
}
