package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** Rows that concern the reported period, per table, and how many of them broke each trust rule. */
public final class DataQualityTally implements Serializable {

    private final EnumMap<CrmTable, Long> rows = new EnumMap<>(CrmTable.class);
    private final EnumMap<TrustRule, Long> untrusted = new EnumMap<>(TrustRule.class);

    void countRow(CrmTable table) {
        rows.merge(table, 1L, Long::sum);
    }

    void countUntrusted(TrustRule rule) {
        untrusted.merge(rule, 1L, Long::sum);
    }

    /** Adds another step's counts to these. */
    public void addAll(DataQualityTally other) {
        other.rows.forEach((table, count) -> rows.merge(table, count, Long::sum));
        other.untrusted.forEach((rule, count) -> untrusted.merge(rule, count, Long::sum));
    }

    public long rows(CrmTable table) {
        return rows.getOrDefault(table, 0L);
    }

    public long untrusted(TrustRule rule) {
        return untrusted.getOrDefault(rule, 0L);
    }

    public long untrusted(CrmTable table) {
        return untrusted.entrySet().stream().filter(e -> e.getKey().table() == table)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public Map<CrmTable, Long> rowsPerTable() {
        return Map.copyOf(rows);
    }
}
