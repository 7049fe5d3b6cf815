package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.quota;
import static com.b2bsales.kpi.crm.CrmRows.rep;
import static com.b2bsales.kpi.crm.CrmRows.timeEntry;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.metrics.MetricId.QUOTA_ATTAINMENT_RATE;
import static com.b2bsales.kpi.metrics.MetricId.REP_PRODUCTIVITY;
import static com.b2bsales.kpi.metrics.MetricId.TIME_SPENT_SELLING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.QuotaRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesTeamMetricsTests {

    private static final String Q2_START = "2026-04-01";
    private static final String Q2_END = "2026-07-01";

    /** 2026-Q2, complete: W = [04-01, 07-01). */
    private static KpiRun q2Complete() {
        return KpiRun.of("2026-Q2", "2026-07-15");
    }

    private long nextDealId = 10_000;

    /** A deal won in Q2 by the rep. */
    private OpportunityRow wonBy(long repId, long amount, String closedAt) {
        return deal(nextDealId++).owner(repId).createdAt("2026-04-01T09:00").status("WON").closedAt(closedAt)
                .amount(amount).build();
    }

    private OpportunityRow wonBy(long repId, long amount) {
        return wonBy(repId, amount, "2026-05-10T09:00");
    }

    @Test
    void shouldAttainSeventyFivePercentWhenFifteenOfTwentyRepsMeetTheirQuota() {
        // given the article's example: 20 reps with a quota of 100,000 each, 15 at or above it
        List<CrmRow> rows = new ArrayList<>();
        for (long rep = 1; rep <= 20; rep++) {
            rows.add(quota(rep, Q2_START, Q2_END, 100_000));
        }
        for (long rep = 1; rep <= 5; rep++) {
            rows.add(wonBy(rep, 60_000));
            rows.add(wonBy(rep, 40_000)); // exactly at quota: attained
        }
        for (long rep = 6; rep <= 15; rep++) {
            rows.add(wonBy(rep, 150_000));
        }
        for (long rep = 16; rep <= 19; rep++) {
            rows.add(wonBy(rep, 99_999)); // just below
        }
        // rep 20 won nothing

        // when
        KpiRun run = q2Complete().with(rows);

        // then 15 / 20 = 0.75
        assertThat(run.number(QUOTA_ATTAINMENT_RATE)).isCloseTo(0.75, within(1e-9));
        assertThat(run.input(QUOTA_ATTAINMENT_RATE, "Reps with a quota")).isEqualTo(20L);
    }

    @Test
    void shouldSumOverlappingQuotaRowsOfARep() {
        // given rep 1: a quarterly 300,000 and a monthly 100,000 for May; rep 2: 100,000
        KpiRun run = q2Complete().with(
                quota(1, Q2_START, Q2_END, 300_000),
                quota(1, "2026-05-01", "2026-06-01", 100_000),
                quota(2, Q2_START, Q2_END, 100_000),
                wonBy(1, 350_000),
                wonBy(2, 100_000));

        // when
        double attainment = run.number(QUOTA_ATTAINMENT_RATE);

        // then rep 1: 350,000 < 300,000 + 100,000; rep 2: 100,000 >= 100,000. 1 / 2
        assertThat(attainment).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldNotCountAQuarterlyQuotaInAMonthsReport() {
        // given rep 1 with an April quota of 100,000 and a Q2 quota of 300,000, 150,000 won in April
        KpiRun run = KpiRun.of("2026-04", "2026-05-10").with(
                quota(1, "2026-04-01", "2026-05-01", 100_000),
                quota(1, Q2_START, Q2_END, 300_000),
                wonBy(1, 150_000, "2026-04-20T09:00"));

        // when
        double attainment = run.number(QUOTA_ATTAINMENT_RATE);

        // then the quarterly row does not lie within April: 150,000 >= 100,000, 1 / 1
        assertThat(attainment).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldCountARepWithAQuotaButNoRevenueAsMissingIt() {
        // given rep 2 never won anything
        KpiRun run = q2Complete().with(
                quota(1, Q2_START, Q2_END, 100_000),
                quota(2, Q2_START, Q2_END, 100_000),
                wonBy(1, 120_000));

        // when
        double attainment = run.number(QUOTA_ATTAINMENT_RATE);

        // then 1 / 2
        assertThat(attainment).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldLeaveRepsWithoutAPositiveQuotaOutOfAttainment() {
        // given rep 2 has a zero quota and rep 3 only an untrusted negative one
        KpiRun run = q2Complete().with(
                quota(1, Q2_START, Q2_END, 100_000),
                wonBy(1, 90_000),
                quota(2, Q2_START, Q2_END, 0),
                wonBy(2, 50_000),
                new QuotaRow("3", day(Q2_START), day(Q2_END), new BigDecimal("-100000")),
                wonBy(3, 50_000));

        // when
        double attainment = run.number(QUOTA_ATTAINMENT_RATE);

        // then only rep 1 has a quota > 0, and missed it: 0 / 1
        assertThat(attainment).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldIgnoreAnUntrustedQuotaRowInARepsQuota() {
        // given rep 1: 100,000 and an untrusted -60,000 that would bring the quota down to 40,000
        KpiRun run = q2Complete().with(
                quota(1, Q2_START, Q2_END, 100_000),
                new QuotaRow("1", day("2026-05-01"), day("2026-06-01"), new BigDecimal("-60000")),
                wonBy(1, 50_000));

        // when
        double attainment = run.number(QUOTA_ATTAINMENT_RATE);

        // then 50,000 < 100,000
        assertThat(attainment).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldNotProrateTheQuotaOfAPeriodInProgress() {
        // given 2026-Q2 as of 05-15 (45 of 91 days), quota 300,000, 200,000 won so far
        KpiRun run = KpiRun.of("2026-Q2", "2026-05-15").with(
                quota(1, Q2_START, Q2_END, 300_000),
                wonBy(1, 200_000));

        // when
        double attainment = run.number(QUOTA_ATTAINMENT_RATE);

        // then 200,000 < 300,000 (prorated, 300,000 x 45 / 91 = 148,352 would have been met)
        assertThat(attainment).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldNotComputeAttainmentWithoutQuotas() {
        // given revenue only
        KpiRun run = q2Complete().with(wonBy(1, 200_000));

        // when
        MetricValue attainment = run.value(QUOTA_ATTAINMENT_RATE);

        // then
        assertThat(attainment.available()).isFalse();
        assertThat(attainment.naReason()).contains("quota");
    }

    @Test
    void shouldProduceFiftyThousandPerRepWhenTwentyRepsWonOneMillion() {
        // given the article's example: 1,000,000 in a quarter with 20 reps
        List<CrmRow> rows = new ArrayList<>();
        for (long rep = 1; rep <= 18; rep++) {
            rows.add(rep(rep, "2025-01-01", null));
        }
        rows.add(rep(19, "2024-01-01", "2026-04-02")); // left the day after P.start: counts
        rows.add(rep(20, "2026-06-30", null)); // hired on the last day: counts
        rows.add(rep(21, "2024-01-01", "2026-04-01")); // left on P.start: gone
        rows.add(rep(22, "2026-07-01", null)); // hired on C: not active
        rows.add(rep(23, "2024-01-01", "2025-12-31"));
        for (int i = 0; i < 4; i++) {
            rows.add(won(i, "2026-04-01T09:00", "2026-05-10T09:00", 250_000));
        }

        // when
        KpiRun run = q2Complete().with(rows);

        // then 1,000,000 / 20 = 50,000
        assertThat(run.input(REP_PRODUCTIVITY, "Active reps")).isEqualTo(20L);
        assertThat(run.number(REP_PRODUCTIVITY)).isCloseTo(50_000.0, within(1e-9));
    }

    @Test
    void shouldNotCountARepHiredOnTheCutoffDayOfAPeriodInProgress() {
        // given 2026-Q2 as of 05-15 (C = 05-16)
        KpiRun run = KpiRun.of("2026-Q2", "2026-05-15").with(
                rep(1, "2025-01-01", null),
                rep(2, "2026-05-15", null),
                rep(3, "2026-05-16", null),
                won(1, "2026-04-01T09:00", "2026-05-10T09:00", 100_000));

        // when
        double productivity = run.number(REP_PRODUCTIVITY);

        // then reps 1 and 2: 100,000 / 2 = 50,000
        assertThat(productivity).isCloseTo(50_000.0, within(1e-9));
    }

    @Test
    void shouldNotComputeProductivityWithoutActiveReps() {
        // given revenue but no rep
        KpiRun run = q2Complete().with(won(1, "2026-04-01T09:00", "2026-05-10T09:00", 100_000));

        // when
        MetricValue productivity = run.value(REP_PRODUCTIVITY);

        // then
        assertThat(productivity.available()).isFalse();
    }

    @Test
    void shouldSpendSeventyFivePercentSellingWhenThirtyOfFortyHoursAreSelling() {
        // given the article's example: 30 of 40 hours selling, over five days of the window
        KpiRun run = q2Complete().with(
                timeEntry(1, "2026-04-01", "8", "6"),
                timeEntry(1, "2026-04-02", "8", "6"),
                timeEntry(2, "2026-05-10", "8", "6"),
                timeEntry(2, "2026-06-15", "8", "6"),
                timeEntry(3, "2026-06-30", "8", "6"),
                timeEntry(1, "2026-03-31", "8", "0"), // before W
                timeEntry(1, "2026-07-01", "8", "0"), // at C
                timeEntry(1, "2026-05-01", "-1", "0"), // negative hours
                timeEntry(1, "2026-05-02", "4", "5")); // selling over total

        // when
        double selling = run.number(TIME_SPENT_SELLING);

        // then 5 x 6 / 5 x 8 = 30 / 40 = 0.75
        assertThat(selling).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void shouldNotComputeTimeSpentSellingWithoutHours() {
        // given no time entry in the window
        KpiRun run = q2Complete().with(timeEntry(1, "2026-03-31", "8", "6"));

        // when
        MetricValue selling = run.value(TIME_SPENT_SELLING);

        // then
        assertThat(selling.available()).isFalse();
    }
}
