package com.b2bsales.kpi.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which periods a nightly run reports, around quarter boundaries. */
class NightlyPeriodsTests {

    private final NightlyPeriods nightly = new NightlyPeriods(5);

    @Test
    void shouldReportTheQuarterToDateAsOfYesterdayInTheMiddleOfAQuarter() {
        assertThat(nightly.dueOn(LocalDate.parse("2026-05-20")))
                .containsExactly(ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-05-19")));
    }

    @Test
    void shouldReportTheWholeQuarterJustEndedOnTheFirstDayOfTheNextOnce() {
        // 1 April: yesterday is the last day of Q1, so the quarter to date is the complete Q1
        List<ReportContext> due = nightly.dueOn(LocalDate.parse("2026-04-01"));

        assertThat(due).containsExactly(ReportContext.of(ReportPeriod.quarter(2026, 1), LocalDate.parse("2026-03-31")));
        assertThat(due.get(0).complete()).isTrue();
    }

    @Test
    void shouldAlsoReportTheQuarterJustCompletedFirstDuringTheFirstDaysOfAQuarter() {
        ReportContext q1 = ReportContext.of(ReportPeriod.quarter(2026, 1), LocalDate.parse("2026-03-31"));

        assertThat(nightly.dueOn(LocalDate.parse("2026-04-02")))
                .containsExactly(q1, ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-04-01")));
        // the fifth day is the last of the five
        assertThat(nightly.dueOn(LocalDate.parse("2026-04-05")))
                .containsExactly(q1, ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-04-04")));
        assertThat(nightly.dueOn(LocalDate.parse("2026-04-06")))
                .containsExactly(ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-04-05")));
    }

    @Test
    void shouldCrossTheYearOnTheFirstDaysOfJanuary() {
        ReportContext q4 = ReportContext.of(ReportPeriod.quarter(2026, 4), LocalDate.parse("2026-12-31"));

        assertThat(nightly.dueOn(LocalDate.parse("2027-01-01"))).containsExactly(q4);
        assertThat(nightly.dueOn(LocalDate.parse("2027-01-02")))
                .containsExactly(q4, ReportContext.of(ReportPeriod.quarter(2027, 1), LocalDate.parse("2027-01-01")));
    }

    @Test
    void shouldReportOnlyTheQuarterToDateWhenNoExtraDaysAreConfigured() {
        assertThat(new NightlyPeriods(0).dueOn(LocalDate.parse("2026-07-02")))
                .containsExactly(ReportContext.of(ReportPeriod.quarter(2026, 3), LocalDate.parse("2026-07-01")));
    }
}
