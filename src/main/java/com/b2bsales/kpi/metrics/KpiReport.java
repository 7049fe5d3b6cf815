package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.quality.DataQualityReport;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything one run found: the reported period's metrics, the periods before it (previous values
 * and trends), the checklist, data quality, the breakdown by team and rep and how the run was
 * made. The workbook and the mail are both written from this.
 */
public record KpiReport(List<PeriodResults> periods, List<ChecklistRow> checklist, DataQualityReport dataQuality,
        RunInfo run, SalesBreakdown breakdown) {

    public KpiReport {
        periods = List.copyOf(periods);
        checklist = List.copyOf(checklist);
    }

    public PeriodResults current() {
        return periods.get(0);
    }

    public PeriodResults previous() {
        return periods.get(1);
    }

    public ReportContext context() {
        return current().context();
    }

    /**
     * How and when the report was made; {@code watchBand} is the checklist's band below a target in
     * which a metric is on watch ({@code report.checklist.watch-band}); {@code source} the CRM data
     * the run read.
     */
    public record RunInfo(long jobExecutionId, LocalDateTime generatedAt, String timeZone, String companyName,
            String currency, double watchBand, CrmSource source) {

        /** Whether the figures are the embedded demo's rather than a CRM's: titles and subjects say so. */
        public boolean demo() {
            return source instanceof CrmSource.Demo;
        }
    }
}
