package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.team.TeamTallies;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Adds each chunk of trusted rows to the family's tallies (the company's, and each team's for the
 * rows of its reps), and keeps them in the step's execution context ({@link SavedTallies}): they are
 * saved with every commit, so a restart resumes from the last one, and the workbook step takes them
 * from the context of the step's completed execution ({@link FamilyResults}).
 */
class TallyWriter implements ItemStreamWriter<CrmRow> {

    private final String key;
    private TeamTallies tallies;

    /** @param empty the tallies of a step that starts afresh; {@link #open} takes the saved ones of a resumed step */
    TallyWriter(String key, TeamTallies empty) {
        this.key = key;
        this.tallies = empty;
    }

    @Override
    public void write(Chunk<? extends CrmRow> rows) {
        for (CrmRow row : rows) {
            tallies.add(row);
        }
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(key)) {
            tallies = SavedTallies.get(context, key);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        SavedTallies.put(context, key, tallies);
    }
}
