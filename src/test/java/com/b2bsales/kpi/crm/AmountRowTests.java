package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.at;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.expense;
import static com.b2bsales.kpi.crm.CrmRows.forecast;
import static com.b2bsales.kpi.crm.CrmRows.quota;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Expense, quota and forecast rows: trusted unless their amount is null or negative. */
class AmountRowTests {

    private static final BigDecimal NEGATIVE = new BigDecimal("-100.00");

    /** 2026-Q2 as of 05-15: W = [04-01, 05-16), P = [04-01, 07-01). */
    private static final ReportContext Q2_TO_DATE = ReportContext.of(ReportPeriod.quarter(2026, 2), day("2026-05-15"));

    @Test
    void shouldDistrustAnExpenseWithANullOrNegativeAmount() {
        // given
        ExpenseRow nullAmount = new ExpenseRow("1", day("2026-04-01"), "MARKETING", null);
        ExpenseRow negative = new ExpenseRow("2", day("2026-04-01"), "MARKETING", NEGATIVE);

        // when / then
        assertThat(nullAmount.brokenRule()).contains(TrustRule.EXPENSE_AMOUNT);
        assertThat(negative.brokenRule()).contains(TrustRule.EXPENSE_AMOUNT);
        assertThat(expense(3, "2026-04-01", "MARKETING", 0).brokenRule()).isEmpty();
    }

    @Test
    void shouldDistrustAQuotaWithANullOrNegativeAmount() {
        // given
        QuotaRow nullAmount = new QuotaRow("1", day("2026-04-01"), day("2026-07-01"), null);
        QuotaRow negative = new QuotaRow("1", day("2026-04-01"), day("2026-07-01"), NEGATIVE);

        // when / then
        assertThat(nullAmount.brokenRule()).contains(TrustRule.QUOTA_AMOUNT);
        assertThat(negative.brokenRule()).contains(TrustRule.QUOTA_AMOUNT);
        assertThat(quota(1, "2026-04-01", "2026-07-01", 0).brokenRule()).isEmpty();
    }

    @Test
    void shouldDistrustAForecastWithANullOrNegativeAmount() {
        // given
        ForecastRow nullAmount = new ForecastRow("1", null, day("2026-04-01"), day("2026-07-01"), null,
                at("2026-03-01T09:00"));
        ForecastRow negative = new ForecastRow("2", null, day("2026-04-01"), day("2026-07-01"), NEGATIVE,
                at("2026-03-01T09:00"));

        // when / then
        assertThat(nullAmount.brokenRule()).contains(TrustRule.FORECAST_AMOUNT);
        assertThat(negative.brokenRule()).contains(TrustRule.FORECAST_AMOUNT);
        assertThat(forecast(3, null, "2026-04-01", "2026-07-01", 0, "2026-03-01T09:00").brokenRule()).isEmpty();
    }

    @Test
    void shouldConcernThePeriodWhenAnExpenseIsDatedInTheWindow() {
        // given / when / then
        assertThat(expense(1, "2026-04-01", "SALES", 1).concerns(Q2_TO_DATE)).isTrue();
        assertThat(expense(2, "2026-05-16", "SALES", 1).concerns(Q2_TO_DATE)).isFalse();
        assertThat(expense(3, "2026-03-31", "SALES", 1).concerns(Q2_TO_DATE)).isFalse();
    }

    @Test
    void shouldConcernThePeriodWhenAQuotaOrForecastPeriodLiesWithinIt() {
        // given quotas and forecasts whose period lies within P, even past the cut-off

        // when / then
        assertThat(quota(1, "2026-04-01", "2026-07-01", 1).concerns(Q2_TO_DATE)).isTrue();
        assertThat(quota(1, "2026-06-01", "2026-07-01", 1).concerns(Q2_TO_DATE)).isTrue();
        assertThat(quota(1, "2026-01-01", "2027-01-01", 1).concerns(Q2_TO_DATE)).isFalse();
        assertThat(forecast(1, null, "2026-04-01", "2026-07-01", 1, "2026-03-01T09:00").concerns(Q2_TO_DATE)).isTrue();
        assertThat(forecast(2, null, "2026-07-01", "2026-10-01", 1, "2026-03-01T09:00").concerns(Q2_TO_DATE)).isFalse();
    }

    @Test
    void shouldTakeOnlyACompanyWideForecastForExactlyThePeriod() {
        // given
        ForecastRow company = forecast(1, null, "2026-04-01", "2026-07-01", 1, "2026-03-01T09:00");
        ForecastRow team = forecast(2, "EMEA", "2026-04-01", "2026-07-01", 1, "2026-03-01T09:00");
        ForecastRow month = forecast(3, null, "2026-04-01", "2026-05-01", 1, "2026-03-01T09:00");

        // when / then team IS NULL, period_start = P.start, period_end = P.end
        assertThat(company.companyForecastFor(Q2_TO_DATE)).isTrue();
        assertThat(team.companyForecastFor(Q2_TO_DATE)).isFalse();
        assertThat(month.companyForecastFor(Q2_TO_DATE)).isFalse();
    }

    @Test
    void shouldCountOnlyMarketingAndSalesAsAcquisitionCost() {
        // given / when / then
        assertThat(expense(1, "2026-04-01", "MARKETING", 1).acquisitionCost()).isTrue();
        assertThat(expense(2, "2026-04-01", "SALES", 1).acquisitionCost()).isTrue();
        assertThat(expense(3, "2026-04-01", "OFFICE", 1).acquisitionCost()).isFalse();
    }
}
