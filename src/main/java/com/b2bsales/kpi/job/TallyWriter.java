package com.b2bsales.kpi.job;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.metrics.Tally;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Adds each chunk of trusted rows to the family's tally, and keeps the tally in the step's
 * execution context: it is saved with every commit, so a restart resumes from the last one.
 */
final class TallyWriter implements ItemStreamWriter<CrmRow> {

    private final String key;
    private Tally tally;

    TallyWriter(String key, Tally tally) {
        this.key = key;
        this.tally = tally;
    }

    @Override
    public void write(Chunk<? extends CrmRow> rows) {
        for (CrmRow row : rows) {
            tally.add(row);
        }
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(key)) {
            tally = (Tally) context.get(key);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.put(key, tally);
    }

    String key() {
        return key;
    }
}
