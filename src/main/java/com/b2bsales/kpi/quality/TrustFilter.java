package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.period.ReportContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.util.SerializationUtils;

/**
 * Leaves untrusted rows out of the step (they never reach a tally) and, for the tables this step
 * answers for on the Data Quality sheet, counts the rows that concern the reported period and the
 * rules they break. Each table is counted by exactly one step, so no row is counted twice.
 */
public final class TrustFilter implements ItemProcessor<CrmRow, CrmRow>, ItemStream {

    private final String key;
    private final ReportContext reported;
    private final Set<CrmTable> countedTables;
    private DataQualityTally tally = new DataQualityTally();

    public TrustFilter(String stepName, ReportContext reported, Set<CrmTable> countedTables) {
        this.key = keyFor(stepName);
        this.reported = reported;
        this.countedTables = countedTables.isEmpty() ? Set.of() : EnumSet.copyOf(countedTables);
    }

    @Override
    public CrmRow process(CrmRow row) {
        Optional<TrustRule> broken = row.brokenRule();
        if (countedTables.contains(row.table()) && row.concerns(reported)) {
            tally.countRow(row.table());
            // A stage row of an untrusted deal is dropped with it, but the deal is what gets counted.
            broken.filter(rule -> rule.table() == row.table()).ifPresent(tally::countUntrusted);
        }
        return broken.isPresent() ? null : row;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(key)) {
            tally = SerializationUtils.clone((DataQualityTally) context.get(key));
        }
    }

    /**
     * Saves a copy of the counts: Spring Batch saves the context once more when the step fails, and
     * it must then hold the counts of the last commit, not those of the chunk that was rolled back.
     */
    @Override
    public void update(ExecutionContext context) {
        context.put(key, SerializationUtils.clone(tally));
    }

    /** Where a step's counts are kept in its execution context, and in the job's once promoted. */
    public static String keyFor(String stepName) {
        return stepName + ".quality";
    }

    public String key() {
        return key;
    }
}
