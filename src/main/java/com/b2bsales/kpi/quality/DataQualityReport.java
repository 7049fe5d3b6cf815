package com.b2bsales.kpi.quality;

import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Data Quality sheet: per table, rows that concern the period and untrusted rows by rule; and
 * the limit above which the data is too broken to be mailed to a sales leader.
 */
public record DataQualityReport(List<TableQuality> tables, double maxBadRatio) {

    public DataQualityReport {
        tables = List.copyOf(tables);
    }

    public static DataQualityReport of(DataQualityTally tally, double maxBadRatio) {
        List<TableQuality> tables = new ArrayList<>();
        for (CrmTable table : CrmTable.values()) {
            Map<TrustRule, Long> byRule = new EnumMap<>(TrustRule.class);
            for (TrustRule rule : TrustRule.values()) {
                if (rule.table() == table && (rule.listedWhenUnbroken() || tally.untrusted(rule) > 0)) {
                    byRule.put(rule, tally.untrusted(rule));
                }
            }
            if (tally.rows(table) > 0 || !byRule.isEmpty()) {
                tables.add(new TableQuality(table, tally.rows(table), byRule));
            }
        }
        return new DataQualityReport(tables, maxBadRatio);
    }

    /** The worst table over the limit, if any. */
    public Optional<TableQuality> worstOverLimit() {
        return tables.stream().filter(t -> t.untrustedShare() > maxBadRatio)
                .max(Comparator.comparingDouble(TableQuality::untrustedShare));
    }

    /** @throws UntrustedDataException naming the table and its most broken rule when a table is over the limit */
    public void requireWithinLimit() {
        worstOverLimit().ifPresent(table -> {
            // the rule most rows break; on a tie, the first declared
            TrustRule rule = table.untrustedByRule().entrySet().stream()
                    .max(Map.Entry.<TrustRule, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            throw new UntrustedDataException(String.format(
                    "Table %s: %d of %d rows (%.1f%%) are untrusted, above the limit of %.1f%% "
                            + "(report.data-quality.max-bad-ratio); most break the rule '%s' (%d rows)",
                    table.table().sqlName(), table.untrusted(), table.rows(), 100 * table.untrustedShare(),
                    100 * maxBadRatio, rule.description(), table.untrustedByRule().get(rule)));
        });
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableQuality::rows).sum();
    }

    public long totalUntrusted() {
        return tables.stream().mapToLong(TableQuality::untrusted).sum();
    }

    /** Untrusted rows / rows over every table. */
    public double totalUntrustedShare() {
        return TableQuality.share(totalUntrusted(), totalRows());
    }
}
