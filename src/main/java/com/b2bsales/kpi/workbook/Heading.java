package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.period.ReportContext;
import java.util.Optional;

/** The report a workbook is written from, the team it may be restricted to, and how both read in titles. */
record Heading(KpiReport report, Optional<String> team) {

    /** Before the title of a workbook made from the embedded demo, so that no one takes it for the CRM's. */
    static final String DEMO = "Demo data · ";

    ReportContext context() {
        return report.context();
    }

    /** The previous period, when the report holds one. */
    Optional<PeriodResults> previous() {
        return report.periods().size() > 1 ? Optional.of(report.previous()) : Optional.empty();
    }

    /** "Acme GmbH: Sales KPI report 2026-Q2, as of 2026-06-30, complete", after "Demo data · " for the demo's. */
    String title() {
        return (report.run().demo() ? DEMO : "") + who() + ": Sales KPI report " + context().period().label()
                + ", as of " + context().asOf() + ", " + completeness(context());
    }

    /** "Acme GmbH, team East · Sales KPI report 2026-Q2 as of 2026-06-30": the footer of every printed page. */
    String footer() {
        return who() + " · Sales KPI report " + context().period().label() + " as of " + context().asOf();
    }

    /** "Sales KPIs 2026-Q2 as of 2026-06-30 (complete)": the workbook's subject. */
    String subject() {
        return "Sales KPIs " + context().period().label() + " as of " + context().asOf() + " ("
                + completeness(context()) + ")";
    }

    private String who() {
        return report.run().companyName() + team.map(t -> ", team " + t).orElse("");
    }

    static String completeness(ReportContext context) {
        return context.complete() ? "complete" : "in progress (to date)";
    }

    /** A period as compared: "2026-Q1", or "2026-Q1 to 2026-02-25" for the first days of one. */
    static String caption(ReportContext context) {
        return context.complete() ? context.period().label() : context.period().label() + " to " + context.asOf();
    }

    String previousCaption() {
        return previous().map(p -> "Previous period (" + caption(p.context()) + ")").orElse("Previous period");
    }
}
