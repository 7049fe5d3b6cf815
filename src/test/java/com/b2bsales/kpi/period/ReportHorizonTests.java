package com.b2bsales.kpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportHorizonTests {

    @Test
    void shouldHoldTheReportedPeriodItsPreviousOnesAndOneMoreForTheirGrowth() {
        // given 2026-Q2 complete
        ReportContext reported = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-07-15"));

        // when two periods are reported
        ReportHorizon horizon = ReportHorizon.of(reported, 2);

        // then Q2, Q1 and Q4 2025 (the previous period of Q1)
        assertThat(horizon.size()).isEqualTo(3);
        assertThat(horizon.current()).isEqualTo(reported);
        assertThat(horizon.contexts()).extracting(c -> c.period().label())
                .containsExactly("2026-Q2", "2026-Q1", "2025-Q4");
        assertThat(horizon.from()).isEqualTo(LocalDate.parse("2025-10-01"));
        assertThat(horizon.to()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(horizon.periodsEnd()).isEqualTo(LocalDate.parse("2026-07-01"));
    }

    @Test
    void shouldEndAtTheCutoffButLetPeriodsReachTheirEndWhileInProgress() {
        // given 2026-Q2 as of 05-15
        ReportContext reported = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-05-15"));

        // when
        ReportHorizon horizon = ReportHorizon.of(reported, 1);

        // then no window reaches past C; quotas and forecasts of P still lie within P.end
        assertThat(horizon.to()).isEqualTo(LocalDate.parse("2026-05-16"));
        assertThat(horizon.periodsEnd()).isEqualTo(LocalDate.parse("2026-07-01"));
    }

    @Test
    void shouldRefuseAnEmptyHorizon() {
        // given / when / then
        assertThatThrownBy(() -> new ReportHorizon(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
