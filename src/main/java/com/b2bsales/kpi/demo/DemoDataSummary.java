package com.b2bsales.kpi.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many rows the demo generator inserted, per CRM table, in the table order of crm-schema.md.
 */
public record DemoDataSummary(Map<String, Long> rowsPerTable) {

    public DemoDataSummary {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerTable));
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public long total() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
