package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.timeEntry;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeEntryRowTests {

    @Test
    void shouldDistrustNegativeHours() {
        // given
        TimeEntryRow negativeTotal = timeEntry(1, "2026-04-01", "-1", "0");
        TimeEntryRow negativeSelling = timeEntry(1, "2026-04-01", "8", "-0.5");

        // when / then
        assertThat(negativeTotal.brokenRule()).contains(TrustRule.TIME_ENTRY_NEGATIVE_HOURS);
        assertThat(negativeSelling.brokenRule()).contains(TrustRule.TIME_ENTRY_NEGATIVE_HOURS);
    }

    @Test
    void shouldDistrustMoreSellingHoursThanHoursWorked() {
        // given
        TimeEntryRow entry = timeEntry(1, "2026-04-01", "8", "8.25");

        // when / then
        assertThat(entry.brokenRule()).contains(TrustRule.TIME_ENTRY_SELLING_OVER_TOTAL);
    }

    @Test
    void shouldTrustADaySpentSellingEntirely() {
        // given selling_hours = total_hours
        TimeEntryRow entry = timeEntry(1, "2026-04-01", "8", "8.00");

        // when / then
        assertThat(entry.brokenRule()).isEmpty();
    }

    @Test
    void shouldConcernThePeriodWhenDatedInTheWindow() {
        // given 2026-Q2 as of 05-15: W = [04-01, 05-16)
        ReportContext q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-05-15"));

        // when / then
        assertThat(timeEntry(1, "2026-04-01", "8", "4").concerns(q2)).isTrue();
        assertThat(timeEntry(1, "2026-05-15", "8", "4").concerns(q2)).isTrue();
        assertThat(timeEntry(1, "2026-05-16", "8", "4").concerns(q2)).isFalse();
        assertThat(timeEntry(1, "2026-03-31", "8", "4").concerns(q2)).isFalse();
    }
}
