package com.b2bsales.kpi.schedule;

import com.b2bsales.kpi.period.PeriodType;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a nightly run reports on a given day: the quarter to date as of yesterday (on the first day
 * of a quarter that is the whole quarter just ended), and during the first
 * {@code previousQuarterDays} days of a quarter also the quarter just completed, first. Running a
 * completed quarter again recomputes nothing, so the extra days only matter when the first night's
 * run failed or the machine was off.
 */
public record NightlyPeriods(int previousQuarterDays) {

    public List<ReportContext> dueOn(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        ReportContext toDate = ReportContext.of(ReportPeriod.containing(PeriodType.QUARTER, yesterday), yesterday);
        List<ReportContext> due = new ArrayList<>();
        ReportPeriod quarter = ReportPeriod.containing(PeriodType.QUARTER, today);
        if (ChronoUnit.DAYS.between(quarter.start(), today) < previousQuarterDays) {
            ReportPeriod justCompleted = quarter.previous();
            ReportContext complete = ReportContext.of(justCompleted, justCompleted.end().minusDays(1));
            if (!complete.equals(toDate)) {
                due.add(complete);
            }
        }
        due.add(toDate);
        return due;
    }
}
