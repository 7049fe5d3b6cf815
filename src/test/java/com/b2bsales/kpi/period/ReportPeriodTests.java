package com.b2bsales.kpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTests {

    @ParameterizedTest
    @CsvSource({
            "2026-Q2, QUARTER, 2026-04-01, 2026-07-01",
            "2026-Q4, QUARTER, 2026-10-01, 2027-01-01",
            "2026-05, MONTH, 2026-05-01, 2026-06-01",
            "2026-12, MONTH, 2026-12-01, 2027-01-01",
            "2026, YEAR, 2026-01-01, 2027-01-01"})
    void shouldParseEachLabelIntoItsHalfOpenDateRange(String label, PeriodType type, LocalDate start, LocalDate end) {
        // given a label of metrics.md's three forms

        // when
        ReportPeriod period = ReportPeriod.parse(label);

        // then [start, end) as in "Quarter 2026-Q2 is [2026-04-01, 2026-07-01)"
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "26-Q1", "Q2-2026", ""})
    void shouldRejectALabelThatIsNoPeriod(String label) {
        // given a label no period has

        // when / then
        assertThatThrownBy(() -> ReportPeriod.parse(label)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + label + "'");
    }

    @Test
    void shouldRejectAQuarterLabelWhenAQuarterIsExpected() {
        // given
        String label = "2026-05";

        // when / then
        assertThatThrownBy(() -> ReportPeriod.parse(PeriodType.QUARTER, label))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quarter");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-Q2, 2026-Q1",
            "2026-Q1, 2025-Q4",
            "2026-03, 2026-02",
            "2026-01, 2025-12",
            "2026, 2025"})
    void shouldTakeThePreviousPeriodOfTheSameLengthType(String label, String previousLabel) {
        // given
        ReportPeriod period = ReportPeriod.parse(label);

        // when
        ReportPeriod previous = period.previous();

        // then
        assertThat(previous).isEqualTo(ReportPeriod.parse(previousLabel));
        assertThat(previous.end()).isEqualTo(period.start());
    }

    @Test
    void shouldFindTheQuarterThatContainsADate() {
        // given the last day of Q1 and the first day of Q2

        // when
        ReportPeriod lastDayOfQ1 = ReportPeriod.containing(PeriodType.QUARTER, LocalDate.of(2026, 3, 31));
        ReportPeriod firstDayOfQ2 = ReportPeriod.containing(PeriodType.QUARTER, LocalDate.of(2026, 4, 1));

        // then
        assertThat(lastDayOfQ1.label()).isEqualTo("2026-Q1");
        assertThat(firstDayOfQ2.label()).isEqualTo("2026-Q2");
    }

    @Test
    void shouldContainItsStartButNotItsEnd() {
        // given
        ReportPeriod q2 = ReportPeriod.quarter(2026, 2);

        // when / then
        assertThat(q2.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(q2.contains(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(q2.contains(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(q2.contains(LocalDate.of(2026, 3, 31))).isFalse();
    }
}
