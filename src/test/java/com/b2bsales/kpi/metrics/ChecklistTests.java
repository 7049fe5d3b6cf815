package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.lead;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.metrics.MetricId.AVERAGE_DEAL_SIZE;
import static com.b2bsales.kpi.metrics.MetricId.LEAD_CONVERSION_RATE;
import static com.b2bsales.kpi.metrics.MetricId.PIPELINE_COVERAGE;
import static com.b2bsales.kpi.metrics.MetricId.QUOTA_ATTAINMENT_RATE;
import static com.b2bsales.kpi.metrics.MetricId.REVENUE_GROWTH;
import static com.b2bsales.kpi.metrics.MetricId.WIN_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistTests {

    private static final ChecklistTargets DEFAULT_TARGETS = new ChecklistTargets(Map.of(), 0.10);

    /**
     * Q2: 4 leads, 1 converted (0.25); 2 deals won for 24,000 (12,000 each). Q1: 5 leads, 1
     * converted (0.20); 1 deal won for 10,000.
     */
    private static KpiRun twoQuarters() {
        return KpiRun.of("2026-Q2", "2026-07-15").with(
                lead(1, "2026-04-02T09:00", null, "2026-04-03T09:00"),
                lead(2, "2026-04-02T09:00", null, null),
                lead(3, "2026-04-02T09:00", null, null),
                lead(4, "2026-04-02T09:00", null, null),
                lead(5, "2026-01-02T09:00", null, "2026-01-03T09:00"),
                lead(6, "2026-01-02T09:00", null, null),
                lead(7, "2026-01-02T09:00", null, null),
                lead(8, "2026-01-02T09:00", null, null),
                lead(9, "2026-01-02T09:00", null, null),
                won(1, "2026-04-02T09:00", "2026-05-02T09:00", 10_000),
                won(2, "2026-04-02T09:00", "2026-05-02T09:00", 14_000),
                won(3, "2026-01-02T09:00", "2026-02-02T09:00", 10_000));
    }

    @Test
    void shouldListTheArticlesSevenMetricsInItsOrder() {
        // given
        KpiRun run = twoQuarters();

        // when
        List<ChecklistRow> checklist = Checklist.of(run.current(), run.previous(), DEFAULT_TARGETS);

        // then
        assertThat(checklist).extracting(ChecklistRow::id).containsExactly(LEAD_CONVERSION_RATE, AVERAGE_DEAL_SIZE,
                WIN_RATE, QUOTA_ATTAINMENT_RATE, REVENUE_GROWTH, PIPELINE_COVERAGE, MetricId.CUSTOMER_RETENTION_RATE);
    }

    @Test
    void shouldExpressTheChangeOfARatioInPercentagePoints() {
        // given lead conversion 0.25 in Q2 and 0.20 in Q1
        KpiRun run = twoQuarters();

        // when
        ChecklistRow row = Checklist.of(run.current(), run.previous(), DEFAULT_TARGETS).get(0);

        // then (0.25 - 0.20) x 100 = 5 percentage points, against a target of 0.20: on track
        assertThat(row.value().value()).isCloseTo(0.25, within(1e-9));
        assertThat(row.previous().value()).isCloseTo(0.20, within(1e-9));
        assertThat(row.change().value()).isCloseTo(5.0, within(1e-9));
        assertThat(row.target()).isEqualTo(0.20);
        assertThat(row.status()).isEqualTo(ChecklistStatus.ON_TRACK);
    }

    @Test
    void shouldExpressTheChangeOfMoneyRelatively() {
        // given average deal size 12,000 in Q2 and 10,000 in Q1
        KpiRun run = twoQuarters();

        // when
        ChecklistRow row = Checklist.of(run.current(), run.previous(), DEFAULT_TARGETS).get(1);

        // then (12,000 - 10,000) / 10,000 = +0.20
        assertThat(row.id()).isEqualTo(AVERAGE_DEAL_SIZE);
        assertThat(row.change().value()).isCloseTo(0.20, within(1e-9));
        assertThat(row.status()).isEqualTo(ChecklistStatus.ON_TRACK);
    }

    @Test
    void shouldNotCompareOrJudgeAMetricThatIsNotAvailable() {
        // given no quota; Q1 has no revenue growth (no revenue in Q4 2025)
        KpiRun run = twoQuarters();

        // when
        List<ChecklistRow> checklist = Checklist.of(run.current(), run.previous(), DEFAULT_TARGETS);

        // then
        ChecklistRow quota = checklist.get(3);
        assertThat(quota.value().available()).isFalse();
        assertThat(quota.change().available()).isFalse();
        assertThat(quota.status()).isEqualTo(ChecklistStatus.NOT_AVAILABLE);
        ChecklistRow growth = checklist.get(4);
        // (24,000 - 10,000) / 10,000 = 1.4, on track; no previous value to compare with
        assertThat(growth.value().value()).isCloseTo(1.4, within(1e-9));
        assertThat(growth.previous().available()).isFalse();
        assertThat(growth.change().available()).isFalse();
        assertThat(growth.status()).isEqualTo(ChecklistStatus.ON_TRACK);
    }

    @Test
    void shouldExpressTheChangeOfAMultipleAsThePlainDifference() {
        // given coverage 3.0x now, 2.5x before

        // when
        MetricValue change = Checklist.change(Unit.MULTIPLE, MetricValue.of(3.0), MetricValue.of(2.5));

        // then 3.0 - 2.5 = 0.5
        assertThat(change.value()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldNotExpressARelativeChangeFromZeroMoney() {
        // given

        // when
        MetricValue change = Checklist.change(Unit.MONEY, MetricValue.of(5_000), MetricValue.of(0));

        // then
        assertThat(change.available()).isFalse();
    }

    @Test
    void shouldBeOnTrackAtOrAboveTheTarget() {
        // given the default target of 10,000 for the average deal size

        // when / then
        assertThat(DEFAULT_TARGETS.status(AVERAGE_DEAL_SIZE, MetricValue.of(10_000))).isEqualTo(ChecklistStatus.ON_TRACK);
        assertThat(DEFAULT_TARGETS.status(AVERAGE_DEAL_SIZE, MetricValue.of(12_000))).isEqualTo(ChecklistStatus.ON_TRACK);
    }

    @Test
    void shouldWatchAMetricWithinTheBandBelowItsTarget() {
        // given a band of 10% of 10,000: watch down to 9,000

        // when / then
        assertThat(DEFAULT_TARGETS.status(AVERAGE_DEAL_SIZE, MetricValue.of(9_999.99))).isEqualTo(ChecklistStatus.WATCH);
        assertThat(DEFAULT_TARGETS.status(AVERAGE_DEAL_SIZE, MetricValue.of(9_000))).isEqualTo(ChecklistStatus.WATCH);
        assertThat(DEFAULT_TARGETS.status(AVERAGE_DEAL_SIZE, MetricValue.of(8_999.99))).isEqualTo(ChecklistStatus.OFF_TRACK);
    }

    @Test
    void shouldTakeTargetsAndBandFromConfiguration() {
        // given win rate target 0.30 and a band of 20% of it: watch from 0.24 up to 0.30
        ChecklistTargets targets = new ChecklistTargets(Map.of(WIN_RATE, 0.30), 0.20);

        // when / then
        assertThat(targets.target(WIN_RATE)).isEqualTo(0.30);
        assertThat(targets.target(LEAD_CONVERSION_RATE)).isEqualTo(0.20);
        assertThat(targets.status(WIN_RATE, MetricValue.of(0.30))).isEqualTo(ChecklistStatus.ON_TRACK);
        assertThat(targets.status(WIN_RATE, MetricValue.of(0.25))).isEqualTo(ChecklistStatus.WATCH);
        assertThat(targets.status(WIN_RATE, MetricValue.of(0.23))).isEqualTo(ChecklistStatus.OFF_TRACK);
        assertThat(targets.status(WIN_RATE, MetricValue.na("no deal"))).isEqualTo(ChecklistStatus.NOT_AVAILABLE);
    }
}
