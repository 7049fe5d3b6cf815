package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.crm.CrmProfile;
import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.TrustRule;
import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.ChecklistTargets;
import com.b2bsales.kpi.metrics.Figure;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.KpiReport.RunInfo;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricResult;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.metrics.SalesBreakdown;
import com.b2bsales.kpi.metrics.SalesBreakdown.Line;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.TableQuality;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A report whose every figure is as large as the workbook promises to show in full: money
 * EUR 999,999,999,999.99 (also per day), counts 999,999,999, hours and days 999,999,999.9, rates
 * 9,999.9%, multiples and years 9,999.99; the previous period at half of it.
 */
public final class LargestReport {

    public static final BigDecimal MONEY = new BigDecimal("999999999999.99");
    public static final long COUNT = 999_999_999L;

    private LargestReport() {
    }

    public static KpiReport of(ReportContext context) {
        List<PeriodResults> periods = new ArrayList<>();
        ReportContext period = context;
        for (int i = 0; i < 8; i++) {
            periods.add(results(period, i == 0 ? 1 : 0.5));
            period = period.previous();
        }
        Line line = new Line("Maximilian Alexander Montgomery", "Enterprise Accounts", COUNT, MONEY, COUNT, COUNT,
                new BigDecimal("10101010101.01"), COUNT, COUNT, new BigDecimal("999999999.9"),
                new BigDecimal("999999999.9"));
        SalesBreakdown breakdown = new SalesBreakdown(List.of(line), List.of(line), line);
        DataQualityReport quality = new DataQualityReport(List.of(new TableQuality(CrmTable.OPPORTUNITY, COUNT,
                Map.of(TrustRule.OPPORTUNITY_AMOUNT, COUNT))), 0.05);
        return new KpiReport(periods, Checklist.of(periods.get(0), periods.get(1), new ChecklistTargets(Map.of(), 0.1)),
                quality, new RunInfo(1, LocalDateTime.of(2026, 7, 1, 2, 0), "UTC", "Acme GmbH", "EUR", 0.1,
                        new CrmSource.Crm(CrmProfile.NATIVE, "db.example.com:3306/crm")), breakdown);
    }

    /** The largest value of a unit, as a metric's value or an input. */
    public static double largest(Unit unit) {
        return switch (unit) {
            case MONEY, MONEY_PER_DAY -> MONEY.doubleValue();
            case COUNT -> COUNT;
            case DAYS, HOURS -> 999_999_999.9;
            case RATIO -> 99.999;
            case YEARS, MULTIPLE -> 9_999.99;
        };
    }

    private static PeriodResults results(ReportContext context, double scale) {
        Map<MetricId, MetricResult> metrics = new EnumMap<>(MetricId.class);
        for (MetricId id : MetricId.values()) {
            List<Figure> inputs = new ArrayList<>();
            for (Unit unit : Unit.values()) {
                inputs.add(Figure.number(unit.name(), largest(unit), unit));
            }
            metrics.put(id, new MetricResult(id, MetricValue.of(scale * largest(id.unit())), inputs));
        }
        return new PeriodResults(context, metrics);
    }
}
