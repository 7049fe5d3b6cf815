package com.b2bsales.kpi.crm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Stays of deals in stages: reads a deal's stage-history rows (which come together, in any order), puts them in
 * the order the deal entered the stages and gives each stay the time the deal entered its next stage (none for
 * its last stage). Its position is the number of stays handed out; as the stays of a deal are in a fixed order
 * whatever order the rows came in, a restarted step reads the rows again and skips exactly those.
 */
final class StageSpanReader extends AbstractItemCountingItemStreamItemReader<StageSpanRow> {

    private static final Comparator<StageSpanRow> ENTERED = Comparator.comparing(StageSpanRow::enteredAt)
            .thenComparing(StageSpanRow::stage);

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
        long deal = row.opportunity().id();
        while (row != null && row.opportunity().id() == deal) {
            rows.add(row);
            row = entries.read();
        }
        nextDealsFirstRow = row;
        rows.sort(ENTERED);
        // every row carries the same deal: its stays share one copy of it, a chunk holds thousands
        OpportunityRow sameDeal = rows.get(0).opportunity();
        for (int i = 0; i < rows.size(); i++) {
            StageSpanRow stay = rows.get(i);
            dealStays.add(new StageSpanRow(sameDeal, stay.stage(), stay.enteredAt(),
                    i + 1 < rows.size() ? rows.get(i + 1).enteredAt() : null));
        }
    }

    @Override
    protected void doClose() throws Exception {
        dealStays.clear();
        entries.close();
    }
}
