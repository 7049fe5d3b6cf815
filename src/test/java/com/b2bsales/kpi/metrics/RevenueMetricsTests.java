package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.lost;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.metrics.MetricId.AVERAGE_DEAL_SIZE;
import static com.b2bsales.kpi.metrics.MetricId.REVENUE_GROWTH;
import static com.b2bsales.kpi.metrics.MetricId.TOTAL_REVENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.OpportunityRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueMetricsTests {

    /** 2026-Q2, complete: W = [04-01, 07-01), W' = [01-01, 04-01). */
    private static KpiRun q2Complete() {
        return KpiRun.of("2026-Q2", "2026-07-15");
    }

    @Test
    void shouldSumOneHundredPackagesOfTenThousandToOneMillion() {
        // given the article's example: 100 service packages sold at 10k each in the period
        List<OpportunityRow> deals = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            deals.add(won(i, "2026-03-01T09:00", String.format("2026-04-%02dT10:00", 1 + i % 30), 10_000));
        }

        // when
        KpiRun run = q2Complete().with(deals);

        // then 100 x 10,000 = 1,000,000
        assertThat(run.number(TOTAL_REVENUE)).isCloseTo(1_000_000.0, within(1e-9));
        assertThat(run.input(TOTAL_REVENUE, "Deals won")).isEqualTo(100L);
    }

    @Test
    void shouldShowUnitsSoldAndThePricePerUnitOverDealsWithUnits() {
        // given three deals, one of them without units
        KpiRun run = q2Complete().with(
                deal(1).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-10T09:00").amount(10_000)
                        .units(4).build(),
                deal(2).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-05-10T09:00").amount(30_000)
                        .units(6).build(),
                deal(3).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-06-10T09:00").amount(20_000)
                        .units(null).build());

        // when
        double revenue = run.number(TOTAL_REVENUE);

        // then revenue 10k + 30k + 20k = 60k; units 4 + 6 = 10; price per unit (10k + 30k) / 10 = 4,000
        assertThat(revenue).isCloseTo(60_000.0, within(1e-9));
        assertThat(run.input(TOTAL_REVENUE, "Units sold")).isEqualTo(10L);
        assertThat((Double) run.input(TOTAL_REVENUE, "Average price per unit")).isCloseTo(4_000.0, within(1e-9));
    }

    @Test
    void shouldGrowTwentyFivePercentFromEightHundredThousandToOneMillion() {
        // given the article's example: 800,000 in Q1, 1 million in Q2
        List<OpportunityRow> deals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            deals.add(won(100 + i, "2026-01-02T09:00", "2026-02-1" + i + "T09:00", 100_000));
        }
        for (int i = 0; i < 10; i++) {
            deals.add(won(200 + i, "2026-04-02T09:00", "2026-05-1" + i + "T09:00", 100_000));
        }

        // when
        KpiRun run = q2Complete().with(deals);

        // then (1,000,000 - 800,000) / 800,000 = 0.25
        assertThat(run.number(REVENUE_GROWTH)).isCloseTo(0.25, within(1e-9));
        assertThat(run.previous().value(TOTAL_REVENUE).value()).isCloseTo(800_000.0, within(1e-9));
    }

    @Test
    void shouldShrinkWhenThePeriodSoldLessThanTheOneBefore() {
        // given 1,000,000 in Q1 and 750,000 in Q2
        KpiRun run = q2Complete().with(
                won(1, "2026-01-02T09:00", "2026-03-10T09:00", 1_000_000),
                won(2, "2026-04-02T09:00", "2026-06-10T09:00", 750_000));

        // when
        double growth = run.number(REVENUE_GROWTH);

        // then (750,000 - 1,000,000) / 1,000,000 = -0.25
        assertThat(growth).isCloseTo(-0.25, within(1e-9));
    }

    @Test
    void shouldNotComputeGrowthWithoutRevenueInThePreviousPeriod() {
        // given revenue in Q2 only
        KpiRun run = q2Complete().with(won(1, "2026-04-02T09:00", "2026-06-10T09:00", 500_000));

        // when
        MetricValue growth = run.value(REVENUE_GROWTH);

        // then R(W') = 0
        assertThat(growth.available()).isFalse();
        assertThat(growth.naReason()).contains("previous");
    }

    @Test
    void shouldCompareAPeriodInProgressWithTheSameElapsedDaysOfThePreviousOne() {
        // given 2026-Q2 as of 05-15: W = [04-01, 05-16), n = 45 days, so W' = [01-01, 02-15)
        KpiRun run = KpiRun.of("2026-Q2", "2026-05-15").with(
                won(1, "2026-03-20T09:00", "2026-04-10T09:00", 600_000),
                won(2, "2026-04-20T09:00", "2026-05-15T23:59:59", 400_000),
                won(3, "2026-04-20T09:00", "2026-05-16T00:00", 5_000_000), // at C: after the window
                won(4, "2026-01-02T09:00", "2026-01-20T09:00", 500_000),
                won(5, "2026-01-02T09:00", "2026-02-14T23:59:59", 300_000),
                won(6, "2026-01-02T09:00", "2026-02-15T00:00", 999_000), // day 46 of Q1: not like for like
                won(7, "2026-01-02T09:00", "2026-03-20T09:00", 2_000_000));

        // when
        double growth = run.number(REVENUE_GROWTH);

        // then R(W) = 600k + 400k = 1M, R(W') = 500k + 300k = 800k: (1M - 800k) / 800k = 0.25
        assertThat(run.number(TOTAL_REVENUE)).isCloseTo(1_000_000.0, within(1e-9));
        assertThat(run.previous().value(TOTAL_REVENUE).value()).isCloseTo(800_000.0, within(1e-9));
        assertThat(growth).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void shouldCountADealWonInThePreviousPeriodForThePreviousPeriodOnly() {
        // given deals won at the edges of Q2
        KpiRun run = q2Complete().with(
                won(1, "2026-03-01T09:00", "2026-03-31T23:59:59", 70_000), // Q1
                won(2, "2026-03-01T09:00", "2026-04-01T00:00", 30_000), // midnight of P.start: Q2
                won(3, "2026-04-01T09:00", "2026-07-01T00:00", 90_000)); // midnight of C: Q3

        // when
        double current = run.number(TOTAL_REVENUE);
        double previous = run.previous().value(TOTAL_REVENUE).value();

        // then
        assertThat(current).isCloseTo(30_000.0, within(1e-9));
        assertThat(previous).isCloseTo(70_000.0, within(1e-9));
    }

    @Test
    void shouldAverageFiftyDealsTotallingFiveHundredThousandToTenThousand() {
        // given the article's example: 50 deals worth 500,000 in a quarter, 25 of 4,000 and 25 of 16,000
        List<OpportunityRow> deals = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            deals.add(won(i, "2026-04-01T09:00", "2026-06-15T09:00", i % 2 == 0 ? 4_000 : 16_000));
        }

        // when
        KpiRun run = q2Complete().with(deals);

        // then 25 x 4,000 + 25 x 16,000 = 500,000; 500,000 / 50 = 10,000
        assertThat(run.number(TOTAL_REVENUE)).isCloseTo(500_000.0, within(1e-9));
        assertThat(run.number(AVERAGE_DEAL_SIZE)).isCloseTo(10_000.0, within(1e-9));
    }

    @Test
    void shouldNotAverageTheDealSizeWhenNoDealWasWon() {
        // given a lost deal only
        KpiRun run = q2Complete().with(lost(1, "2026-04-01T09:00", "2026-05-01T09:00", 9_000));

        // when
        MetricValue size = run.value(AVERAGE_DEAL_SIZE);

        // then
        assertThat(size.available()).isFalse();
        assertThat(size.naReason()).isNotBlank();
        assertThat(run.number(TOTAL_REVENUE)).isZero();
    }

    @Test
    void shouldLeaveUntrustedDealsOutOfRevenue() {
        // given one trusted deal and a deal breaking each opportunity rule, all "won" in Q2
        KpiRun run = q2Complete().with(
                won(1, "2026-04-01T09:00", "2026-04-20T09:00", 100_000),
                deal(2).createdAt("2026-04-01T09:00").status("won").closedAt("2026-04-20T09:00").amount(1_000_000).build(),
                deal(3).createdAt("2026-04-01T09:00").status("WON ").closedAt("2026-04-20T09:00").amount(1_000_000).build(),
                deal(4).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-20T09:00").amount((BigDecimal) null).build(),
                deal(5).createdAt("2026-04-01T09:00").status("WON").closedAt("2026-04-20T09:00").amount(-50_000).build(),
                deal(6).createdAt("2026-04-01T09:00").status("WON").amount(1_000_000).build(),
                won(7, "2026-04-20T09:00", "2026-04-10T09:00", 1_000_000)); // closed before created

        // when
        double revenue = run.number(TOTAL_REVENUE);

        // then only deal 1: 100,000, one deal won
        assertThat(revenue).isCloseTo(100_000.0, within(1e-9));
        assertThat(run.input(TOTAL_REVENUE, "Deals won")).isEqualTo(1L);
        assertThat(run.number(AVERAGE_DEAL_SIZE)).isCloseTo(100_000.0, within(1e-9));
    }
}
