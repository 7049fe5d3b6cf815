package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.lead;
import static com.b2bsales.kpi.crm.CrmRows.lost;
import static com.b2bsales.kpi.crm.CrmRows.open;
import static com.b2bsales.kpi.crm.CrmRows.span;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.metrics.MetricId.LEAD_CONVERSION_RATE;
import static com.b2bsales.kpi.metrics.MetricId.OPPORTUNITY_CONVERSION_RATE;
import static com.b2bsales.kpi.metrics.MetricId.SALES_CYCLE_LENGTH;
import static com.b2bsales.kpi.metrics.MetricId.WIN_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionMetricsTests {

    /** 2026-05, complete: W = [05-01, 06-01). */
    private static KpiRun mayComplete() {
        return KpiRun.of("2026-05", "2026-06-10");
    }

    /** 2026-Q2, complete: W = [04-01, 07-01). */
    private static KpiRun q2Complete() {
        return KpiRun.of("2026-Q2", "2026-07-15");
    }

    private static String may(int day, String time) {
        return String.format("2026-05-%02dT%s", day, time);
    }

    @Test
    void shouldConvertTwoHundredOfAThousandLeadsAtTwentyPercent() {
        // given the article's example: 1,000 leads in a month, 200 of them turned into opportunities
        List<CrmRow> leads = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int day = 1 + i % 28;
            leads.add(lead(i, may(day, "09:00"), null, i < 200 ? may(day + 3, "10:00") : null));
        }

        // when
        KpiRun run = mayComplete().with(leads);

        // then 200 / 1,000 = 0.20
        assertThat(run.number(LEAD_CONVERSION_RATE)).isCloseTo(0.20, within(1e-9));
        assertThat(run.input(LEAD_CONVERSION_RATE, "Leads created")).isEqualTo(1_000L);
    }

    @Test
    void shouldCountLeadConvertedExactlyAtCutoffAsNotConverted() {
        // given four leads created in May and two created outside it
        KpiRun run = mayComplete().with(
                lead(1, "2026-05-01T00:00", null, "2026-05-20T09:00"), // converted
                lead(2, "2026-05-10T09:00", null, "2026-05-31T23:59:59"), // converted, last second of W
                lead(3, "2026-05-10T09:00", null, "2026-06-01T00:00"), // converted at C: not converted
                lead(4, "2026-05-31T23:59", null, null),
                lead(5, "2026-04-30T23:59", null, "2026-05-02T09:00"), // created before W
                lead(6, "2026-06-01T00:00", null, "2026-06-01T09:00")); // created at C

        // when
        double rate = run.number(LEAD_CONVERSION_RATE);

        // then leads 1..4 created in W, 1 and 2 converted before C: 2 / 4 = 0.5
        assertThat(rate).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldCountLeadConvertedAfterTheCutoffOfAPeriodInProgressAsNotConverted() {
        // given 2026-Q2 as of 05-15 (C = 05-16), a lead converted on 05-20 already recorded
        KpiRun run = KpiRun.of("2026-Q2", "2026-05-15").with(
                lead(1, "2026-05-01T09:00", null, "2026-05-20T09:00"),
                lead(2, "2026-05-01T09:00", null, "2026-05-15T09:00"),
                lead(3, "2026-05-15T09:00", null, null),
                lead(4, "2026-05-16T09:00", null, null));

        // when
        double rate = run.number(LEAD_CONVERSION_RATE);

        // then leads 1..3 created in W, only 2 converted before C: 1 / 3
        assertThat(rate).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void shouldLeaveUntrustedLeadsOutOfTheConversionRate() {
        // given two trusted leads (one converted) and two converted or qualified before they were created
        KpiRun run = mayComplete().with(
                lead(1, "2026-05-05T09:00", null, "2026-05-06T09:00"),
                lead(2, "2026-05-05T09:00", null, null),
                lead(3, "2026-05-05T09:00", null, "2026-05-04T09:00"),
                lead(4, "2026-05-05T09:00", "2026-05-05T08:59", "2026-05-06T09:00"));

        // when
        double rate = run.number(LEAD_CONVERSION_RATE);

        // then 1 / 2 (with leads 3 and 4 it would be 3 / 4)
        assertThat(rate).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldNotComputeLeadConversionWithoutLeads() {
        // given no lead created in May
        KpiRun run = mayComplete().with(lead(1, "2026-04-05T09:00", null, "2026-05-06T09:00"));

        // when
        MetricValue rate = run.value(LEAD_CONVERSION_RATE);

        // then
        assertThat(rate.available()).isFalse();
        assertThat(rate.naReason()).isNotBlank();
    }

    @Test
    void shouldConvertTwentyFiveOfAHundredOpportunitiesAtTwentyFivePercent() {
        // given the article's example: 100 opportunities in a quarter, 25 closed as deals (30 lost, 45 open)
        List<CrmRow> deals = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String created = String.format("2026-04-%02dT09:00", 1 + i % 30);
            if (i < 25) {
                deals.add(won(i, created, "2026-06-20T09:00", 10_000));
            } else if (i < 55) {
                deals.add(lost(i, created, "2026-06-20T09:00", 10_000));
            } else {
                deals.add(open(i, created, "2026-08-01", 10_000));
            }
        }

        // when
        KpiRun run = q2Complete().with(deals);

        // then 25 / 100 = 0.25
        assertThat(run.number(OPPORTUNITY_CONVERSION_RATE)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void shouldConvertOnlyOpportunitiesCreatedInTheWindowAndWonBeforeTheCutoff() {
        // given 2026-Q2 as of 05-15 (C = 05-16)
        KpiRun run = KpiRun.of("2026-Q2", "2026-05-15").with(
                won(1, "2026-04-01T00:00", "2026-05-15T23:59", 1_000), // created and won in W
                won(2, "2026-04-10T09:00", "2026-05-16T00:00", 1_000), // won at C: not yet
                won(3, "2026-03-31T23:59", "2026-04-10T09:00", 1_000), // created before W
                lost(4, "2026-04-10T09:00", "2026-04-20T09:00", 1_000),
                open(5, "2026-05-15T09:00", "2026-06-30", 1_000),
                open(6, "2026-05-16T00:00", "2026-06-30", 1_000)); // created at C

        // when
        double rate = run.number(OPPORTUNITY_CONVERSION_RATE);

        // then created in W: 1, 2, 4, 5; won before C: 1. 1 / 4 = 0.25
        assertThat(rate).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void shouldLeaveAnUntrustedOpportunityOutOfTheConversionDenominator() {
        // given a WON deal without closed_at, created in the window
        KpiRun run = q2Complete().with(
                won(1, "2026-04-10T09:00", "2026-04-20T09:00", 1_000),
                open(2, "2026-04-10T09:00", "2026-06-30", 1_000),
                deal(3).createdAt("2026-04-10T09:00").status("WON").amount(1_000).build(),
                deal(4).createdAt("2026-04-10T09:00").status("Open").amount(1_000).build());

        // when
        double rate = run.number(OPPORTUNITY_CONVERSION_RATE);

        // then 1 / 2 (with the untrusted ones: 1 / 4)
        assertThat(rate).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldAverageTenDealsThatTookTwoHundredDaysToTwentyDays() {
        // given the article's example: 10 deals closed in a month, 200 days in total (5 of 10 days, 5 of 30)
        List<CrmRow> deals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDateTime closed = LocalDateTime.of(2026, 5, 10 + i, 15, 0);
            LocalDateTime created = closed.minusDays(i < 5 ? 10 : 30).withHour(9);
            deals.add(won(i, created.toString(), closed.toString(), 10_000));
        }

        // when
        KpiRun run = mayComplete().with(deals);

        // then (5 x 10 + 5 x 30) / 10 = 200 / 10 = 20 days
        assertThat(run.number(SALES_CYCLE_LENGTH)).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void shouldCountTheCycleInCalendarDaysAcrossMidnight() {
        // given the spec's example: created 04-01 23:00, closed 04-02 01:00
        KpiRun run = q2Complete().with(won(1, "2026-04-01T23:00", "2026-04-02T01:00", 10_000));

        // when
        double cycle = run.number(SALES_CYCLE_LENGTH);

        // then two hours, but one calendar day
        assertThat(cycle).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldAverageTheCycleOverDealsWonInTheWindowWhereverTheyWereCreated() {
        // given deals won in Q2 created in Q1, a lost one and one won in Q1
        KpiRun run = q2Complete().with(
                won(1, "2026-01-01T09:00", "2026-04-01T08:00", 10_000), // 90 days
                won(2, "2026-04-20T09:00", "2026-04-30T09:00", 10_000), // 10 days
                lost(3, "2026-01-01T09:00", "2026-04-20T09:00", 10_000),
                won(4, "2026-01-01T09:00", "2026-03-31T09:00", 10_000)); // Q1

        // when
        double cycle = run.number(SALES_CYCLE_LENGTH);

        // then (90 + 10) / 2 = 50 days; Q1: 01-01 to 03-31 = 89 days
        assertThat(cycle).isCloseTo(50.0, within(1e-9));
        assertThat(run.previous().value(SALES_CYCLE_LENGTH).value()).isCloseTo(89.0, within(1e-9));
    }

    @Test
    void shouldShowTheMeanDaysInEachStageOfTheDealsWon() {
        // given two deals won in Q2, and one won in Q1 with a long stay in Qualify
        OpportunityRow first = won(1, "2026-04-01T10:00", "2026-04-06T10:00", 10_000);
        OpportunityRow second = won(2, "2026-04-10T08:00", "2026-04-15T08:00", 10_000);
        OpportunityRow earlier = won(3, "2026-03-01T08:00", "2026-03-20T08:00", 10_000);
        KpiRun run = q2Complete().with(
                span(first, "Qualify", "2026-04-01T10:00", "2026-04-03T10:00"), // 2 days
                span(first, "Propose", "2026-04-03T10:00", null), // until closed 04-06 10:00: 3 days
                span(second, "Qualify", "2026-04-10T08:00", "2026-04-11T08:00"), // 1 day
                span(second, "Propose", "2026-04-11T08:00", null), // until closed 04-15 08:00: 4 days
                span(earlier, "Qualify", "2026-03-01T08:00", "2026-03-11T08:00")); // 10 days, Q1

        // when
        Object qualify = run.input(SALES_CYCLE_LENGTH, "Mean days in Qualify");
        Object propose = run.input(SALES_CYCLE_LENGTH, "Mean days in Propose");

        // then Qualify (2 + 1) / 2 = 1.5; Propose (3 + 4) / 2 = 3.5
        assertThat((Double) qualify).isCloseTo(1.5, within(1e-9));
        assertThat((Double) propose).isCloseTo(3.5, within(1e-9));
    }

    @Test
    void shouldWinThreeOfFourDealsDecidedInTheWindow() {
        // given
        KpiRun run = q2Complete().with(
                won(1, "2026-03-01T09:00", "2026-04-01T00:00", 1_000),
                won(2, "2026-04-10T09:00", "2026-05-10T09:00", 1_000),
                won(3, "2026-04-10T09:00", "2026-06-30T23:59", 1_000),
                lost(4, "2026-04-10T09:00", "2026-05-10T09:00", 1_000),
                lost(5, "2026-01-10T09:00", "2026-03-31T23:59", 1_000), // lost in Q1
                won(6, "2026-04-10T09:00", "2026-07-01T00:00", 1_000), // won in Q3
                open(7, "2026-04-10T09:00", "2026-06-30", 1_000));

        // when
        double winRate = run.number(WIN_RATE);

        // then won 1, 2, 3 / decided 1, 2, 3, 4 = 3 / 4; Q1: 0 won / 1 decided
        assertThat(winRate).isCloseTo(0.75, within(1e-9));
        assertThat(run.previous().value(WIN_RATE).value()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldNotComputeAWinRateWhenNoDealWasDecided() {
        // given open deals only
        KpiRun run = q2Complete().with(open(1, "2026-04-10T09:00", "2026-06-30", 1_000));

        // when
        MetricValue winRate = run.value(WIN_RATE);

        // then
        assertThat(winRate.available()).isFalse();
        assertThat(run.value(SALES_CYCLE_LENGTH).available()).isFalse();
        assertThat(run.number(OPPORTUNITY_CONVERSION_RATE)).isCloseTo(0.0, within(1e-9));
    }
}
