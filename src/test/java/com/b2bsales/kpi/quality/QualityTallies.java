package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.period.ReportContext;
import java.util.EnumSet;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Runs rows through a trust filter and reads back what it counted, as a step's execution context would hold it. */
final class QualityTallies {

    private QualityTallies() {
    }

    static DataQualityTally countedBy(TrustFilter filter) {
        ExecutionContext saved = new ExecutionContext();
        filter.update(saved);
        return (DataQualityTally) saved.get(filter.key());
    }

    /** What a filter that answers for every table counts of these rows for the reported period. */
    static DataQualityTally tallyOf(ReportContext reported, List<? extends CrmRow> rows) {
        TrustFilter filter = new TrustFilter("test", reported, EnumSet.allOf(CrmTable.class));
        rows.forEach(filter::process);
        return countedBy(filter);
    }
}
