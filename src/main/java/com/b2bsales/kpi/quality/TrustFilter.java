package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.KeyedRow;
import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.period.ReportContext;
import java.util.EnumMap;
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
 *
 * <p>A row whose id is the id of the row read just before it in its table breaks the rule "duplicate id" (the
 * first copy counts). The queries are ordered by id (contracts by account, then id), so a copy comes right after
 * the row it repeats and the filter keeps only the last id read per table, not every id: a step reads each table
 * through one query. Two copies of a contract under different accounts are not next to each other: each counts as
 * a contract of its account. The last ids are saved with the counts at every commit, so a restarted step that
 * resumes after its last commit still knows the id read just before.
 */
public class TrustFilter implements ItemProcessor<CrmRow, CrmRow>, ItemStream {

    private final String key;
    private final String lastIdsKey;
    private final ReportContext reported;
    private final Set<CrmTable> countedTables;
    private DataQualityTally tally = new DataQualityTally();
    private EnumMap<CrmTable, String> lastIds = new EnumMap<>(CrmTable.class);

    public TrustFilter(String stepName, ReportContext reported, Set<CrmTable> countedTables) {
        this.key = keyFor(stepName);
        this.lastIdsKey = stepName + ".lastIds";
        this.reported = reported;
        this.countedTables = countedTables.isEmpty() ? Set.of() : EnumSet.copyOf(countedTables);
    }

    @Override
    public CrmRow process(CrmRow row) {
        Optional<TrustRule> broken = repeatsLastId(row) ? TrustRule.duplicateId(row.table()) : row.brokenRule();
        if (countedTables.contains(row.table()) && row.concerns(reported)) {
            tally.countRow(row.table());
            // A stage row of an untrusted deal is dropped with it, but the deal is what gets counted.
            broken.filter(rule -> rule.table() == row.table()).ifPresent(tally::countUntrusted);
        }
        return broken.isPresent() ? null : row;
    }

    private boolean repeatsLastId(CrmRow row) {
        if (row instanceof KeyedRow keyed && keyed.id() != null) {
            return keyed.id().equals(lastIds.put(row.table(), keyed.id()));
        }
        return false;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(key)) {
            tally = SerializationUtils.clone((DataQualityTally) context.get(key));
        }
        if (context.containsKey(lastIdsKey)) {
            @SuppressWarnings("unchecked")
            EnumMap<CrmTable, String> saved = (EnumMap<CrmTable, String>) context.get(lastIdsKey);
            lastIds = new EnumMap<>(saved);
        }
    }

    /**
     * Saves a copy of the counts and last ids: Spring Batch saves the context once more when the step fails, and
     * it must then hold the counts of the last commit, not those of the chunk that was rolled back.
     */
    @Override
    public void update(ExecutionContext context) {
        context.put(key, SerializationUtils.clone(tally));
        context.put(lastIdsKey, new EnumMap<>(lastIds));
    }

    /** Where a step's counts are kept in its execution context. */
    public static String keyFor(String stepName) {
        return stepName + ".quality";
    }

    public String key() {
        return key;
    }
}
