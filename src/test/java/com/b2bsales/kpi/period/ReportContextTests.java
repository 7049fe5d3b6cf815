package com.b2bsales.kpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContextTests {

    private static final ReportPeriod Q2 = ReportPeriod.quarter(2026, 2);

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void shouldCutOffAtTheDayAfterTheAsOfDateWhileThePeriodRuns() {
        // given data up to the end of 2026-05-15

        // when
        ReportContext context = ReportContext.of(Q2, day("2026-05-15"));

        // then C = min(P.end, D + 1 day) = min(07-01, 05-16) = 05-16: in progress
        assertThat(context.cutoff()).isEqualTo(day("2026-05-16"));
        assertThat(context.complete()).isFalse();
        assertThat(context.asOf()).isEqualTo(day("2026-05-15"));
    }

    @Test
    void shouldCutOffAtThePeriodEndAndNormalizeTheAsOfDateWhenThePeriodIsOver() {
        // given 2025-Q3 run on two different later days

        // when
        ReportContext earlyRun = ReportContext.of(ReportPeriod.quarter(2025, 3), day("2025-10-05"));
        ReportContext laterRun = ReportContext.of(ReportPeriod.quarter(2025, 3), day("2026-02-01"));

        // then C = P.end, D normalized to P.end - 1 day: both runs are the same run
        assertThat(earlyRun.cutoff()).isEqualTo(day("2025-10-01"));
        assertThat(earlyRun.complete()).isTrue();
        assertThat(earlyRun.asOf()).isEqualTo(day("2025-09-30"));
        assertThat(laterRun).isEqualTo(earlyRun);
    }

    @Test
    void shouldReportTheWholeFirstQuarterOnTheFirstOfApril() {
        // given the default as-of date of a run on 1 April: yesterday, 31 March
        LocalDate asOf = day("2026-03-31");

        // when no period is given: the quarter that contains D
        ReportContext context = ReportContext.of(ReportPeriod.containing(PeriodType.QUARTER, asOf), asOf);

        // then 2026-Q1, complete: C = min(04-01, 03-31 + 1) = 04-01
        assertThat(context.period().label()).isEqualTo("2026-Q1");
        assertThat(context.complete()).isTrue();
        assertThat(context.cutoff()).isEqualTo(day("2026-04-01"));
    }

    @Test
    void shouldBeInProgressOnTheDayBeforeTheLastDayOfTheQuarter() {
        // given 2026-Q1 with data up to 2026-03-30

        // when
        ReportContext context = ReportContext.of(ReportPeriod.quarter(2026, 1), day("2026-03-30"));

        // then C = 03-31 < P.end = 04-01
        assertThat(context.complete()).isFalse();
        assertThat(context.cutoff()).isEqualTo(day("2026-03-31"));
    }

    @Test
    void shouldRejectAPeriodThatHasNotStartedByTheAsOfDate() {
        // given D = 2026-03-31: C = min(07-01, 04-01) = 04-01 = P.start, so C <= P.start

        // when / then
        assertThatThrownBy(() -> ReportContext.of(Q2, day("2026-03-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-Q2");
        assertThatThrownBy(() -> ReportContext.of(Q2, day("2026-01-15")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportContext(Q2, day("2026-04-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAcceptThePeriodsFirstDayAsTheAsOfDate() {
        // given D = P.start: C = P.start + 1 day > P.start

        // when
        ReportContext context = ReportContext.of(Q2, day("2026-04-01"));

        // then a one-day window
        assertThat(context.cutoff()).isEqualTo(day("2026-04-02"));
        assertThat(context.elapsedDays()).isEqualTo(1);
    }

    @Test
    void shouldCountMidnightOfThePeriodStartInAndMidnightOfTheCutoffOut() {
        // given W = [2026-04-01 00:00, 2026-05-16 00:00)
        ReportContext context = ReportContext.of(Q2, day("2026-05-15"));

        // when / then
        assertThat(context.inWindow(LocalDateTime.parse("2026-04-01T00:00"))).isTrue();
        assertThat(context.inWindow(LocalDateTime.parse("2026-03-31T23:59:59.999999999"))).isFalse();
        assertThat(context.inWindow(LocalDateTime.parse("2026-05-15T23:59:59.999999999"))).isTrue();
        assertThat(context.inWindow(LocalDateTime.parse("2026-05-16T00:00"))).isFalse();
        assertThat(context.inWindow((LocalDateTime) null)).isFalse();
    }

    @Test
    void shouldCountADateColumnInTheWindowFromThePeriodStartToTheDayBeforeTheCutoff() {
        // given W = [2026-04-01, 2026-05-16)
        ReportContext context = ReportContext.of(Q2, day("2026-05-15"));

        // when / then P.start <= d < C
        assertThat(context.inWindow(day("2026-04-01"))).isTrue();
        assertThat(context.inWindow(day("2026-05-15"))).isTrue();
        assertThat(context.inWindow(day("2026-05-16"))).isFalse();
        assertThat(context.inWindow(day("2026-03-31"))).isFalse();
        assertThat(context.firstDay()).isEqualTo(day("2026-04-01"));
        assertThat(context.lastDay()).isEqualTo(day("2026-05-15"));
    }

    @Test
    void shouldCompareACompletePeriodWithTheWholePreviousPeriod() {
        // given 2026-05 complete: 31 days, after a 30-day April
        ReportContext may = ReportContext.of(ReportPeriod.month(2026, 5), day("2026-06-10"));

        // when
        ReportContext previous = may.previous();

        // then W' = [P'.start, P'.end) = [04-01, 05-01), all 30 days of April
        assertThat(previous.period().label()).isEqualTo("2026-04");
        assertThat(previous.cutoff()).isEqualTo(day("2026-05-01"));
        assertThat(previous.complete()).isTrue();
    }

    @Test
    void shouldCompareAQuarterInProgressWithTheSameNumberOfDaysOfThePreviousQuarter() {
        // given 2026-Q2 as of 05-15: n = days from 04-01 to 05-16 = 30 (April) + 15 = 45
        ReportContext context = ReportContext.of(Q2, day("2026-05-15"));

        // when
        ReportContext previous = context.previous();

        // then W' = [01-01, 01-01 + 45 days) = [01-01, 02-15): January's 31 days and 14 of February
        assertThat(context.elapsedDays()).isEqualTo(45);
        assertThat(previous.period().label()).isEqualTo("2026-Q1");
        assertThat(previous.cutoff()).isEqualTo(day("2026-02-15"));
        assertThat(previous.complete()).isFalse();
    }

    @Test
    void shouldCompareTheFirstQuarterInProgressWithTheSameDaysOfTheFourthQuarterOfTheYearBefore() {
        // given 2026-Q1 as of 03-30: n = 31 + 28 + 30 = 89
        ReportContext context = ReportContext.of(ReportPeriod.quarter(2026, 1), day("2026-03-30"));

        // when
        ReportContext previous = context.previous();

        // then 2025-10-01 + 89 days = 10-01 + 31 (Oct) + 30 (Nov) + 28 = 2025-12-29
        assertThat(context.elapsedDays()).isEqualTo(89);
        assertThat(previous.period().label()).isEqualTo("2025-Q4");
        assertThat(previous.cutoff()).isEqualTo(day("2025-12-29"));
    }

    @Test
    void shouldClipTheLikeForLikeWindowAtTheEndOfAShorterPreviousMonth() {
        // given March 2026 as of 03-30: n = 30, but February 2026 has only 28 days
        ReportContext march = ReportContext.of(ReportPeriod.month(2026, 3), day("2026-03-30"));

        // when
        ReportContext february = march.previous();

        // then W' = [02-01, min(03-01, 02-01 + 30 = 03-03)) = [02-01, 03-01): February complete
        assertThat(february.period().label()).isEqualTo("2026-02");
        assertThat(february.cutoff()).isEqualTo(day("2026-03-01"));
        assertThat(february.complete()).isTrue();
    }

    @Test
    void shouldTakeTheWholePreviousMonthWhenTheElapsedDaysEqualItsLength() {
        // given July 2026 as of 07-30: n = 30, June has 30 days
        ReportContext july = ReportContext.of(ReportPeriod.month(2026, 7), day("2026-07-30"));

        // when
        ReportContext june = july.previous();

        // then 06-01 + 30 days = 07-01 = P'.end: the whole of June, and July itself still in progress
        assertThat(july.complete()).isFalse();
        assertThat(june.cutoff()).isEqualTo(day("2026-07-01"));
        assertThat(june.complete()).isTrue();
    }

    @Test
    void shouldStopTheLikeForLikeWindowInsideALongerPreviousMonth() {
        // given March 2026 as of 03-27: n = 27
        ReportContext march = ReportContext.of(ReportPeriod.month(2026, 3), day("2026-03-27"));

        // when
        ReportContext february = march.previous();

        // then 02-01 + 27 days = 02-28: February's last day is not in W'
        assertThat(february.cutoff()).isEqualTo(day("2026-02-28"));
        assertThat(february.complete()).isFalse();
    }

    @Test
    void shouldMeasureCoverageAtThePeriodStartWhenCompleteAndAtTheCutoffWhileInProgress() {
        // given the same quarter, complete and in progress
        ReportContext complete = ReportContext.of(Q2, day("2026-07-15"));
        ReportContext inProgress = ReportContext.of(Q2, day("2026-05-15"));

        // when / then M = P.start, M = C
        assertThat(complete.coverageInstant()).isEqualTo(day("2026-04-01"));
        assertThat(inProgress.coverageInstant()).isEqualTo(day("2026-05-16"));
    }

    @Test
    void shouldChainEachPreviousPeriodAsTheRunForItWouldSeeIt() {
        // given 2026-Q2 as of 05-15 (45 days)
        ReportContext context = ReportContext.of(Q2, day("2026-05-15"));

        // when
        List<ReportContext> history = context.history(3);

        // then each the like-for-like previous of the one before: 45 days each
        assertThat(history).extracting(c -> c.period().label()).containsExactly("2026-Q2", "2026-Q1", "2025-Q4");
        // 2025-10-01 + 45 days = 10-01 + 31 (Oct) + 14 = 11-15
        assertThat(history).extracting(ReportContext::cutoff)
                .containsExactly(day("2026-05-16"), day("2026-02-15"), day("2025-11-15"));
    }

    @Test
    void shouldTellWhetherARowsPeriodLiesWithinThePeriod() {
        // given 2026-04 as a month
        ReportContext april = ReportContext.of(ReportPeriod.month(2026, 4), day("2026-04-30"));

        // when / then period_start >= P.start and period_end <= P.end
        assertThat(april.periodWithin(day("2026-04-01"), day("2026-05-01"))).isTrue();
        assertThat(april.periodWithin(day("2026-04-10"), day("2026-04-20"))).isTrue();
        assertThat(april.periodWithin(day("2026-04-01"), day("2026-07-01"))).isFalse();
        assertThat(april.periodWithin(day("2026-03-01"), day("2026-05-01"))).isFalse();
    }
}
