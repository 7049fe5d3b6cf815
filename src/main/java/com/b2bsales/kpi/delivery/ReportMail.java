package com.b2bsales.kpi.delivery;

import com.b2bsales.kpi.metrics.ChecklistStatus;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.workbook.ChecklistSummary;
import com.b2bsales.kpi.workbook.HouseStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One mail of a report: a subject with the period and as-of date, the seven-metric checklist as
 * plain text and as an HTML table (readable without opening the attachment), and the workbook
 * attached. The figures are the report's, shown as the workbook's Checklist sheet displays them
 * ({@link ChecklistSummary}).
 */
public record ReportMail(Envelope envelope, String subject, String text, String html, Path workbook) {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Who sends, who receives, who is copied, where replies go. */
    public record Envelope(String from, List<String> to, List<String> cc, Optional<String> replyTo) {

        public Envelope {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
        }
    }

    private static final List<String> HEADINGS = List.of("Metric", "Value", "Previous", "Change", "Target", "Status");

    /** The mail of the report and its written workbook, restricted to the team when one is given. */
    public static ReportMail of(Envelope envelope, KpiReport report, Optional<String> team, Path workbook,
            HouseStyle style, List<String> notes) {
        ChecklistSummary checklist = ChecklistSummary.of(report, team, style);
        return new ReportMail(envelope, subject(report.context(), team, report.run().demo()),
                text(checklist, workbook, notes), html(checklist, workbook, style, notes), workbook);
    }

    /**
     * "Sales KPIs 2026-Q2 (complete)", "Sales KPIs 2026-Q4 as of 2026-11-26", ", team East" for a team,
     * after "Demo data · " for the demo's.
     */
    static String subject(ReportContext context, Optional<String> team, boolean demo) {
        String when = context.complete() ? " (complete)" : " as of " + context.asOf();
        return (demo ? "Demo data · " : "") + "Sales KPIs " + context.period().label() + when
                + team.map(t -> ", team " + t).orElse("");
    }

    String attachmentName() {
        return workbook.getFileName().toString();
    }

    private static String text(ChecklistSummary checklist, Path workbook, List<String> notes) {
        List<List<String>> table = new ArrayList<>();
        table.add(headings(checklist));
        for (ChecklistSummary.Line line : checklist.lines()) {
            table.add(List.of(line.metric(), line.value(), line.previous(), line.change(), line.target(),
                    line.status().label()));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : table) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder(checklist.title()).append("\n\n");
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = row.get(c);
                // the metric name reads left-aligned, the figures right-aligned as in the workbook
                line.append(c == 0 ? pad(cell, widths[c]) : "  " + padLeft(cell, widths[c]));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        List<String> reasons = checklist.lines().stream().filter(l -> !l.note().isEmpty())
                .map(l -> l.metric() + ": " + l.note()).toList();
        if (!reasons.isEmpty()) {
            text.append("\nNotes:\n");
            reasons.forEach(reason -> text.append("- ").append(reason).append('\n'));
        }
        notes.forEach(note -> text.append('\n').append(note).append('\n'));
        text.append('\n').append(checklist.subtitle()).append('\n');
        text.append("\nThe full report, every metric with its inputs, is attached: ")
                .append(workbook.getFileName()).append('\n');
        return text.toString();
    }

    private static String html(ChecklistSummary checklist, Path workbook, HouseStyle style, List<String> notes) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html><head><meta charset="UTF-8"></head>
                <body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
                """);
        html.append("<p style=\"font-size: 16px;\"><strong>").append(escape(checklist.title())).append("</strong></p>\n");
        html.append("<table style=\"border-collapse: collapse;\" cellpadding=\"6\">\n<tr style=\"background: #d9d9d9;\">");
        List<String> headings = headings(checklist);
        for (int c = 0; c < headings.size(); c++) {
            html.append("<th style=\"text-align: ").append(c == 0 || c == 5 ? "left" : "right").append(";\">")
                    .append(escape(headings.get(c))).append("</th>");
        }
        html.append("<th style=\"text-align: left;\">Note</th></tr>\n");
        for (ChecklistSummary.Line line : checklist.lines()) {
            html.append("<tr style=\"border-bottom: 1px solid #e0e0e0;\">")
                    .append(cell(line.metric(), "left"))
                    .append(cell(line.value(), "right"))
                    .append(cell(line.previous(), "right"))
                    .append(cell(line.change(), "right"))
                    .append(cell(line.target(), "right"))
                    .append("<td style=\"").append(statusStyle(line.status(), style)).append("\">")
                    .append(escape(line.status().label())).append("</td>")
                    .append(cell(line.note(), "left"))
                    .append("</tr>\n");
        }
        html.append("</table>\n<p style=\"color: #666;\">").append(escape(checklist.subtitle())).append("</p>\n");
        notes.forEach(note -> html.append("<p>").append(escape(note)).append("</p>\n"));
        html.append("<p>The full report, every metric with its inputs, is attached: <strong>")
                .append(escape(workbook.getFileName().toString())).append("</strong></p>\n</body></html>\n");
        return html.toString();
    }

    private static List<String> headings(ChecklistSummary checklist) {
        List<String> headings = new ArrayList<>(HEADINGS);
        headings.set(2, checklist.previousCaption());
        return headings;
    }

    private static String cell(String text, String align) {
        return "<td style=\"text-align: " + align + ";\">" + escape(text) + "</td>";
    }

    /** The status cell as the workbook's: the house style's fill and text colour for the status. */
    private static String statusStyle(ChecklistStatus status, HouseStyle style) {
        return style.colours(status).map(colours -> "background: " + colours.fill().html() + "; color: "
                + colours.text().html() + ";").orElse("");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
