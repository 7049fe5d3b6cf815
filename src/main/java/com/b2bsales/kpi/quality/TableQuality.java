package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import java.util.Map;

/** One table's rows that concern the reported period, and the untrusted ones among them by rule. */
public record TableQuality(CrmTable table, long rows, Map<TrustRule, Long> untrustedByRule) {

    public TableQuality {
        untrustedByRule = Map.copyOf(untrustedByRule);
    }

    public long untrusted() {
        return untrustedByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Untrusted rows / rows; 0 when the table has no row for the period. */
    public double untrustedShare() {
        return rows == 0 ? 0 : (double) untrusted() / rows;
    }
}
