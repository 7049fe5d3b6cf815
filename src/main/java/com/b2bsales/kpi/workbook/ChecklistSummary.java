package com.b2bsales.kpi.workbook;

import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.ChecklistRow;
import com.b2bsales.kpi.metrics.ChecklistStatus;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.MetricId;
import com.b2bsales.kpi.metrics.MetricValue;
import com.b2bsales.kpi.metrics.Unit;
import com.b2bsales.kpi.workbook.HouseStyle.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Checklist of a report as its sheet shows it: each cell as the text a reader sees, through the house style's
 * number formats, so a mail shows "33.3%" and "EUR 12,666.67" exactly as the workbook does. Built from the
 * computed report, never read back from the file; the Checklist sheet takes its subtitle, changes and notes from
 * here too.
 *
 * @param title           the sheet's title ("Your Company: Sales KPI report 2026-Q2, as of ...")
 * @param subtitle        what the columns mean, and what a team workbook keeps company-wide
 * @param previousCaption the heading of the previous period's column
 * @param lines           the seven checklist metrics in the workbook's order
 */
public record ChecklistSummary(String title, String subtitle, String previousCaption, List<Line> lines) {

    /** One checklist metric as displayed; {@code note} says why a cell is n/a, or is empty. */
    public record Line(String metric, String value, String previous, String change, String target,
            ChecklistStatus status, String note) {
    }

    public ChecklistSummary {
        lines = List.copyOf(lines);
    }

    /** The checklist of the report, restricted to the team when one is given, in the house style's formats. */
    public static ChecklistSummary of(KpiReport report, Optional<String> team, HouseStyle style) {
        Heading heading = new Heading(report, team);
        NumberFormats numbers = new NumberFormats(style, report.run().currency());
        List<Line> lines = new ArrayList<>();
        for (ChecklistRow row : report.checklist()) {
            Format value = NumberFormats.value(row.id().unit());
            MetricValue change = shownChange(row, numbers);
            lines.add(new Line(row.id().displayName().trim(), numbers.show(row.value(), value),
                    numbers.show(row.previous(), value), numbers.show(change, NumberFormats.change(row.id().unit())),
                    numbers.show(MetricValue.of(row.target()), value), row.status(),
                    note(row, change, heading, numbers).trim()));
        }
        return new ChecklistSummary(heading.title().trim(), subtitle(heading).trim(), heading.previousCaption().trim(),
                lines);
    }

    /** What the columns of the checklist mean, under its title. */
    static String subtitle(Heading heading) {
        String subtitle = "The metrics to track first: " + Heading.caption(heading.context()) + " against "
                + heading.previous().map(p -> Heading.caption(p.context())).orElse("the previous period")
                + ". Change between the values as shown: percentage points for rates, relative for money, the "
                + "difference for multiples.";
        if (heading.team().isPresent()) {
            subtitle += " Customer retention is company-wide.";
        }
        return subtitle;
    }

    /**
     * The change between the value and the previous one as the sheet shows them (rounded as displayed), so that
     * 44.8% against 44.8% reads 0.0 pp, never ▼ -0.1 pp; n/a as the checklist has it.
     */
    static MetricValue shownChange(ChecklistRow line, NumberFormats numbers) {
        if (!line.value().available() || !line.previous().available()) {
            return line.change();
        }
        Unit unit = line.id().unit();
        Format shown = NumberFormats.value(unit);
        MetricValue change = Checklist.change(unit, MetricValue.of(numbers.asShown(line.value().value(), shown)),
                MetricValue.of(numbers.asShown(line.previous().value(), shown)));
        return change.available()
                ? MetricValue.of(numbers.asShown(change.value(), NumberFormats.change(unit)))
                : change;
    }

    /**
     * What the line's figure is where its name could mislead (the quota attainment rate is not revenue against
     * quota), and why a cell of the line is n/a; empty when there is nothing to say.
     */
    static String note(ChecklistRow line, MetricValue change, Heading heading, NumberFormats numbers) {
        List<String> notes = new ArrayList<>();
        if (line.id() == MetricId.QUOTA_ATTAINMENT_RATE) {
            MetricValue ofTotal = heading.report().breakdown().company().revenueToQuota();
            notes.add("The share of reps with a quota who reached it, not revenue against quota"
                    + (ofTotal.available() ? ": all reps together reached "
                            + numbers.show(ofTotal.value(), Format.PERCENT)
                            + " of the total quota (" + BreakdownSheets.REPS + ", total line)." : "."));
        }
        if (!line.value().available()) {
            notes.add(line.value().naReason());
        } else if (!line.previous().available()) {
            notes.add("previous period: " + line.previous().naReason());
        } else if (!change.available()) {
            notes.add("change: " + change.naReason());
        }
        return String.join(" ", notes);
    }
}
