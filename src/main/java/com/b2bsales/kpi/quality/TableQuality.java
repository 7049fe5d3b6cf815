package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One table's rows that concern the reported period, and the untrusted ones among them by rule, in
 * the order the rules are declared (so sheets and messages list them the same way every run).
 */
public record TableQuality(CrmTable table, long rows, Map<TrustRule, Long> untrustedByRule) {

    public TableQuality {
        EnumMap<TrustRule, Long> inRuleOrder = new EnumMap<>(TrustRule.class);
        inRuleOrder.putAll(untrustedByRule);
        untrustedByRule = Collections.unmodifiableMap(inRuleOrder);
    }

    public long untrusted() {
        return untrustedByRule.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Untrusted rows / rows; 0 when the table has no row for the period. */
    public double untrustedShare() {
        return share(untrusted(), rows);
    }

    /** Untrusted / rows, 0 when no row concerns the period. */
    public static double share(long untrusted, long rows) {
        return rows == 0 ? 0 : (double) untrusted / rows;
    }
}
