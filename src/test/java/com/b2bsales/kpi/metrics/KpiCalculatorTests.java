package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.metrics.MetricId.QUALIFIED_LEADS;
import static com.b2bsales.kpi.metrics.MetricId.TOTAL_REVENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiCalculatorTests {

    @Test
    void shouldGiveEveryMetricOfAnEmptyPeriodAsNotAvailableWithAReasonExceptRevenueAndQualifiedLeads() {
        // given a period without a single row
        KpiRun run = KpiRun.of("2026-Q2", "2026-07-15");

        // when
        PeriodResults results = run.current();

        // then total_revenue and qualified_leads are counts of nothing: 0; the other 16 have a zero
        // denominator or a missing input
        assertThat(results.value(TOTAL_REVENUE).value()).isZero();
        assertThat(results.value(QUALIFIED_LEADS).value()).isZero();
        List<MetricId> others = Arrays.stream(MetricId.values())
                .filter(id -> id != TOTAL_REVENUE && id != QUALIFIED_LEADS).toList();
        assertThat(others).hasSize(16).allSatisfy(id -> {
            MetricValue value = results.value(id);
            assertThat(value.available()).as(id.id()).isFalse();
            assertThat(value.naReason()).as(id.id()).isNotBlank();
        });
    }

    @Test
    void shouldComputeEveryReportedPeriodButNotTheLastContextOfTheHorizon() {
        // given 2026-Q2 with revenue in each of Q2, Q1 and Q4 2025
        KpiRun run = KpiRun.of("2026-Q2", "2026-07-15").with(
                won(1, "2026-04-01T09:00", "2026-05-01T09:00", 300_000),
                won(2, "2026-01-01T09:00", "2026-02-01T09:00", 200_000),
                won(3, "2025-10-01T09:00", "2025-11-01T09:00", 100_000));

        // when
        List<PeriodResults> periods = run.results();

        // then Q2 and Q1; Q4 only serves as Q1's previous period.
        // Q2 growth (300k - 200k) / 200k = 0.5, Q1 growth (200k - 100k) / 100k = 1.0
        assertThat(periods).extracting(p -> p.context().period().label()).containsExactly("2026-Q2", "2026-Q1");
        assertThat(periods.get(0).value(MetricId.REVENUE_GROWTH).value()).isCloseTo(0.5, within(1e-9));
        assertThat(periods.get(1).value(MetricId.REVENUE_GROWTH).value()).isCloseTo(1.0, within(1e-9));
        assertThat(periods).allSatisfy(p -> assertThat(p.metrics()).hasSize(18));
    }

    @Test
    void shouldNeverHoldAnInfiniteOrNaNValue() {
        // given / when / then a metric value is a finite number or n/a
        assertThatThrownBy(() -> MetricValue.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MetricValue.of(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
