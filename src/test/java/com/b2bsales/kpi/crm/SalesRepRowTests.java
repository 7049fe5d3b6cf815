package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.rep;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SalesRepRowTests {

    /** 2026-Q2 as of 05-15: P.start = 04-01, C = 05-16. */
    private static final ReportContext Q2_TO_DATE =
            ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-05-15"));

    @Test
    void shouldBeGoneFromTheDayTheRepLeft() {
        // given left_on = P.start: gone for the whole period
        SalesRepRow leftOnStart = rep(1, "2024-01-01", "2026-04-01");
        SalesRepRow leftDayAfter = rep(2, "2024-01-01", "2026-04-02");

        // when / then left_on > P.start
        assertThat(leftOnStart.activeIn(Q2_TO_DATE)).isFalse();
        assertThat(leftDayAfter.activeIn(Q2_TO_DATE)).isTrue();
    }

    @Test
    void shouldNotCountARepHiredOnTheCutoffDay() {
        // given
        SalesRepRow hiredOnCutoff = rep(1, "2026-05-16", null);
        SalesRepRow hiredTheDayBefore = rep(2, "2026-05-15", null);

        // when / then hired_on < C
        assertThat(hiredOnCutoff.activeIn(Q2_TO_DATE)).isFalse();
        assertThat(hiredTheDayBefore.activeIn(Q2_TO_DATE)).isTrue();
    }

    @Test
    void shouldAlwaysBeTrusted() {
        // given no trust rule for sales reps

        // when / then
        assertThat(rep(1, "2026-05-16", "2020-01-01").brokenRule()).isEmpty();
    }
}
