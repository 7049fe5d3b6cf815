package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.contract;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ContractRowTests {

    @Test
    void shouldDistrustAContractEndingOnItsStartDay() {
        // given end_date <= start_date
        ContractRow sameDay = contract(1, 1, "2026-04-01", "2026-04-01", 1_000);
        ContractRow before = contract(2, 1, "2026-04-01", "2026-03-01", 1_000);

        // when / then
        assertThat(sameDay.brokenRule()).contains(TrustRule.CONTRACT_ENDS_BEFORE_START);
        assertThat(before.brokenRule()).contains(TrustRule.CONTRACT_ENDS_BEFORE_START);
    }

    @Test
    void shouldTrustARunningContractAndOneOfOneDay() {
        // given
        ContractRow running = contract(1, 1, "2026-04-01", null, 1_000);
        ContractRow oneDay = contract(2, 1, "2026-04-01", "2026-04-02", 1_000);

        // when / then
        assertThat(running.brokenRule()).isEmpty();
        assertThat(oneDay.brokenRule()).isEmpty();
    }

    @Test
    void shouldDistrustANullOrNegativeAnnualValue() {
        // given
        ContractRow nullValue = new ContractRow("1", "1", day("2026-04-01"), null, null);
        ContractRow negative = new ContractRow("2", "1", day("2026-04-01"), null, new BigDecimal("-1"));
        ContractRow zero = new ContractRow("3", "1", day("2026-04-01"), null, BigDecimal.ZERO);

        // when / then
        assertThat(nullValue.brokenRule()).contains(TrustRule.CONTRACT_VALUE);
        assertThat(negative.brokenRule()).contains(TrustRule.CONTRACT_VALUE);
        assertThat(zero.brokenRule()).isEmpty();
    }

    @Test
    void shouldBeActiveFromItsStartDayUntilTheDayBeforeItsEndDay() {
        // given end_date is exclusive
        ContractRow contract = contract(1, 1, "2026-04-01", "2026-05-01", 1_000);

        // when / then start_date <= d and end_date > d
        assertThat(contract.activeOn(day("2026-03-31"))).isFalse();
        assertThat(contract.activeOn(day("2026-04-01"))).isTrue();
        assertThat(contract.activeOn(day("2026-04-30"))).isTrue();
        assertThat(contract.activeOn(day("2026-05-01"))).isFalse();
        assertThat(contract(2, 1, "2026-04-01", null, 1).activeOn(day("2099-01-01"))).isTrue();
    }

    @Test
    void shouldConcernThePeriodWhenItRunsDuringTheWindow() {
        // given 2026-Q2 as of 05-15: C = 05-16
        ReportContext q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), day("2026-05-15"));

        // when / then start_date < C and (end_date null or > P.start)
        assertThat(contract(1, 1, "2025-01-01", null, 1).concerns(q2)).isTrue();
        assertThat(contract(2, 1, "2025-01-01", "2026-04-02", 1).concerns(q2)).isTrue();
        assertThat(contract(3, 1, "2025-01-01", "2026-04-01", 1).concerns(q2)).isFalse();
        assertThat(contract(4, 1, "2026-05-15", null, 1).concerns(q2)).isTrue();
        assertThat(contract(5, 1, "2026-05-16", null, 1).concerns(q2)).isFalse();
    }
}
