package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.contract;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.expense;
import static com.b2bsales.kpi.metrics.MetricId.CHURN_RATE;
import static com.b2bsales.kpi.metrics.MetricId.CUSTOMER_ACQUISITION_COST;
import static com.b2bsales.kpi.metrics.MetricId.CUSTOMER_LIFETIME_VALUE;
import static com.b2bsales.kpi.metrics.MetricId.CUSTOMER_RETENTION_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.ContractRow;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.ExpenseRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer metrics for 2026-Q2 complete unless said otherwise: first = 04-01, last = 06-30. */
class CustomerMetricsTests {

    private static KpiRun q2Complete() {
        return KpiRun.of("2026-Q2", "2026-07-15");
    }

    @Test
    void shouldSpendTwoThousandPerCustomerWhenOneHundredThousandWonFiftyNewOnes() {
        // given the article's example: 100,000 of marketing and sales won 50 new customers
        List<CrmRow> rows = new ArrayList<>();
        for (int account = 1; account <= 50; account++) {
            rows.add(contract(account, account, day("2026-04-01").plusDays(account % 90).toString(), null, 1_000));
        }
        rows.add(expense(1, "2026-04-01", "MARKETING", 60_000));
        rows.add(expense(2, "2026-06-30", "SALES", 40_000));
        rows.add(expense(3, "2026-05-01", "OFFICE", 25_000)); // not an acquisition cost
        rows.add(expense(4, "2026-03-31", "MARKETING", 30_000)); // before W
        rows.add(expense(5, "2026-07-01", "SALES", 30_000)); // at C
        rows.add(new ExpenseRow("6", day("2026-05-01"), "SALES", new BigDecimal("-20000")));

        // when
        KpiRun run = q2Complete().with(rows);

        // then (60,000 + 40,000) / 50 = 2,000
        assertThat(run.number(CUSTOMER_ACQUISITION_COST)).isCloseTo(2_000.0, within(1e-9));
        assertThat(run.input(CUSTOMER_ACQUISITION_COST, "New customers")).isEqualTo(50L);
    }

    @Test
    void shouldNotCountAnAccountWhoseEarliestContractStartedBeforeTheWindowAsNew() {
        // given account 1 returning with a new contract, account 2 new, account 3 a customer throughout
        KpiRun run = q2Complete().with(
                contract(1, 1, "2024-01-01", "2025-01-01", 1_000),
                contract(2, 1, "2026-05-01", null, 1_000),
                contract(3, 2, "2026-04-15", null, 1_000),
                contract(4, 3, "2025-01-01", null, 1_000),
                expense(1, "2026-04-10", "SALES", 9_000));

        // when
        double cac = run.number(CUSTOMER_ACQUISITION_COST);

        // then one new customer (account 2): 9,000 / 1
        assertThat(cac).isCloseTo(9_000.0, within(1e-9));
        // active on first: account 3; on last: 1, 2, 3; new: 2. (3 - 1) / 1 = 2.0: above 100%, shown as it is
        assertThat(run.number(CUSTOMER_RETENTION_RATE)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void shouldNotComputeAcquisitionCostWithoutNewCustomers() {
        // given spending but no new account
        KpiRun run = q2Complete().with(contract(1, 1, "2025-01-01", null, 1_000), expense(1, "2026-04-10", "SALES", 9_000));

        // when
        MetricValue cac = run.value(CUSTOMER_ACQUISITION_COST);

        // then
        assertThat(cac.available()).isFalse();
        assertThat(cac.naReason()).contains("new customer");
    }

    @Test
    void shouldValueACustomerAtFiveThousandAYearForThreeYearsAtFifteenThousand() {
        // given the article's example: ARPA 5,000, average lifetime 3 years
        KpiRun run = q2Complete().with(
                // active on 06-30: account 1 with 3,000 + 3,000, account 2 with 4,000: 10,000 / 2 = 5,000
                contract(1, 1, "2025-01-01", null, 3_000),
                contract(2, 1, "2026-02-01", null, 3_000),
                contract(3, 2, "2025-06-01", "2027-06-01", 4_000),
                // churned accounts (every contract ended by 06-30), lifetimes in days:
                contract(10, 10, "2022-01-01", "2025-01-01", 1_000), // 365 + 365 + 366 = 1,096
                contract(11, 11, "2022-02-01", "2025-02-01", 1_000), // 365 + 365 + 366 = 1,096
                contract(12, 12, "2022-03-01", "2023-03-01", 1_000), // from the earliest start
                contract(13, 12, "2023-03-01", "2025-03-01", 1_000), // to the latest end: 365 + 366 + 365 = 1,096
                contract(14, 13, "2021-01-01", "2024-01-01", 1_000)); // 365 x 3 = 1,095

        // when
        double lifetimeValue = run.number(CUSTOMER_LIFETIME_VALUE);

        // then lifetime (1,096 x 3 + 1,095) / 4 / 365.25 = 4,383 / 1,461 = 3 years; 5,000 x 3 = 15,000
        assertThat((Double) run.input(CUSTOMER_LIFETIME_VALUE, "ARPA (annual)")).isCloseTo(5_000.0, within(1e-9));
        assertThat((Double) run.input(CUSTOMER_LIFETIME_VALUE, "Average lifetime (years)")).isCloseTo(3.0, within(1e-9));
        assertThat(lifetimeValue).isCloseTo(15_000.0, within(1e-9));
    }

    @Test
    void shouldMeasureAChurnedAccountsLifetimeFromItsFirstStartToItsLastEndInYearsOf365Point25Days() {
        // given account 1 churned during Q2 after two contracts with a gap; account 2 still a customer
        KpiRun run = q2Complete().with(
                contract(1, 1, "2024-01-01", "2025-01-01", 1_000),
                contract(2, 1, "2025-03-01", "2026-05-01", 1_000),
                contract(3, 2, "2026-01-01", null, 2_000));

        // when
        double lifetimeValue = run.number(CUSTOMER_LIFETIME_VALUE);

        // then 2024-01-01 to 2026-05-01 = 366 + 365 + 31 + 28 + 31 + 30 = 851 days = 851 / 365.25 years;
        // ARPA 2,000 (account 2 only is active on 06-30)
        double years = 851 / 365.25;
        assertThat((Double) run.input(CUSTOMER_LIFETIME_VALUE, "Average lifetime (years)")).isCloseTo(years, within(1e-9));
        assertThat(lifetimeValue).isCloseTo(2_000 * years, within(1e-9));
    }

    @Test
    void shouldCountAnAccountWhoseLastContractEndsOnTheLastDayAsChurned() {
        // given account 1's only contract ends on 06-30 (exclusive: not active that day)
        KpiRun run = q2Complete().with(
                contract(1, 1, "2025-06-30", "2026-06-30", 1_000),
                contract(2, 2, "2026-01-01", null, 2_000));

        // when
        double lifetimeValue = run.number(CUSTOMER_LIFETIME_VALUE);

        // then churned (end_date <= last): 2025-06-30 to 2026-06-30 = 365 days; ARPA 2,000 (account 2);
        // churn 1 of the 2 accounts active on 04-01
        assertThat(run.input(CUSTOMER_LIFETIME_VALUE, "Churned accounts")).isEqualTo(1L);
        assertThat(lifetimeValue).isCloseTo(2_000 * 365 / 365.25, within(1e-9));
        assertThat(run.number(CHURN_RATE)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldNotComputeLifetimeValueWithoutAChurnedAccountOrWithoutAnActiveOne() {
        // given
        KpiRun noneChurned = q2Complete().with(contract(1, 1, "2025-01-01", null, 1_000));
        KpiRun noneActive = q2Complete().with(contract(1, 1, "2025-01-01", "2026-05-01", 1_000));

        // when
        MetricValue withoutChurn = noneChurned.value(CUSTOMER_LIFETIME_VALUE);
        MetricValue withoutActive = noneActive.value(CUSTOMER_LIFETIME_VALUE);

        // then
        assertThat(withoutChurn.available()).isFalse();
        assertThat(withoutChurn.naReason()).contains("lifetime");
        assertThat(withoutActive.available()).isFalse();
        assertThat(withoutActive.naReason()).contains("ARPA");
    }

    /**
     * The article starts a month with 500 customers, loses 30, wins 20 new ones and reports 2%: it
     * nets the new ones out, (30 - 20) / 500. The spec counts the accounts lost: 30 / 500 = 6%.
     */
    @Test
    void shouldChurnSixPercentWhenThirtyOfFiveHundredLeaveNotTheArticlesTwoPercent() {
        // given 500 accounts active on 05-01, 30 of them ending on 05-20, and 20 new accounts
        List<CrmRow> rows = new ArrayList<>();
        for (int account = 1; account <= 500; account++) {
            rows.add(contract(account, account, "2025-01-01", account <= 30 ? "2026-05-20" : null, 1_000));
        }
        for (int account = 501; account <= 520; account++) {
            rows.add(contract(account, account, "2026-05-10", null, 1_000));
        }

        // when
        KpiRun run = KpiRun.of("2026-05", "2026-06-10").with(rows);

        // then churn 30 / 500 = 0.06; retention (490 active on last - 20 new) / 500 = 0.94
        assertThat(run.number(CHURN_RATE)).isCloseTo(0.06, within(1e-9));
        assertThat(run.number(CUSTOMER_RETENTION_RATE)).isCloseTo(0.94, within(1e-9));
    }

    @Test
    void shouldKeepAnAccountRenewedOnTheDayItsContractEnded() {
        // given a renewal starting on the previous contract's end date
        KpiRun run = q2Complete().with(
                contract(1, 1, "2025-05-01", "2026-05-01", 1_000),
                contract(2, 1, "2026-05-01", null, 1_200));

        // when
        double churn = run.number(CHURN_RATE);

        // then active on first and on last, not new, not churned: churn 0 / 1, retention (1 - 0) / 1
        assertThat(churn).isCloseTo(0.0, within(1e-9));
        assertThat(run.number(CUSTOMER_RETENTION_RATE)).isCloseTo(1.0, within(1e-9));
        assertThat(run.value(CUSTOMER_ACQUISITION_COST).available()).isFalse();
        assertThat(run.input(CUSTOMER_LIFETIME_VALUE, "Churned accounts")).isEqualTo(0L);
        // ARPA: only the renewal is active on 06-30
        assertThat((Double) run.input(CUSTOMER_LIFETIME_VALUE, "ARPA (annual)")).isCloseTo(1_200.0, within(1e-9));
    }

    @Test
    void shouldCountAContractEndingOnTheFirstDayAsNotActiveAndOneStartingOnTheLastDayAsActive() {
        // given end_date is exclusive
        KpiRun run = q2Complete().with(
                contract(1, 1, "2025-01-01", "2026-04-01", 1_000), // gone before first
                contract(2, 2, "2026-06-30", null, 1_000), // new on last
                contract(3, 3, "2025-01-01", null, 1_000));

        // when
        double retention = run.number(CUSTOMER_RETENTION_RATE);

        // then active on first: 3; on last: 2, 3; new: 2. Churn 0 / 1; retention (2 - 1) / 1 = 1.0
        assertThat(run.number(CHURN_RATE)).isCloseTo(0.0, within(1e-9));
        assertThat(retention).isCloseTo(1.0, within(1e-9));
    }

    /**
     * An account whose first contract starts on P.start is active on {@code first} and is a new
     * customer (its earliest start_date is in W): read literally, the retention formula counts it in
     * the denominator and subtracts it from the numerator.
     */
    @Test
    void shouldCountAnAccountStartingOnTheFirstDayAsActiveOnTheFirstDayAndAsNew() {
        // given an existing customer and one whose first contract starts on 04-01
        KpiRun run = q2Complete().with(
                contract(1, 1, "2025-01-01", null, 1_000),
                contract(2, 2, "2026-04-01", null, 1_000),
                expense(1, "2026-04-01", "SALES", 3_000));

        // when
        double retention = run.number(CUSTOMER_RETENTION_RATE);

        // then active on first: 1, 2; on last: 1, 2; new: 2. (2 - 1) / 2 = 0.5; CAC 3,000 / 1
        assertThat(retention).isCloseTo(0.5, within(1e-9));
        assertThat(run.number(CUSTOMER_ACQUISITION_COST)).isCloseTo(3_000.0, within(1e-9));
        assertThat(run.number(CHURN_RATE)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldShowARetentionBelowZeroWhenNewAccountsComeAndGoWithinThePeriod() {
        // given the only account of 04-01 leaves, and a new one comes and goes
        KpiRun run = q2Complete().with(
                contract(1, 1, "2025-01-01", "2026-05-01", 1_000),
                contract(2, 2, "2026-04-10", "2026-05-10", 1_000));

        // when
        double retention = run.number(CUSTOMER_RETENTION_RATE);

        // then (0 active on last - 1 new) / 1 active on first = -1.0, shown as it is; churn 1 / 1
        assertThat(retention).isCloseTo(-1.0, within(1e-9));
        assertThat(run.number(CHURN_RATE)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldJudgeCustomersOnTheLastDayBeforeTheCutoffWhileThePeriodIsInProgress() {
        // given 2026-Q2 as of 05-15: last = 05-15
        KpiRun run = KpiRun.of("2026-Q2", "2026-05-15").with(
                contract(1, 1, "2025-01-01", "2026-05-16", 1_000), // still active on 05-15
                contract(2, 2, "2025-01-01", "2026-05-15", 1_000)); // gone on 05-15

        // when
        double churn = run.number(CHURN_RATE);

        // then 1 / 2
        assertThat(churn).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shouldLeaveUntrustedContractsOutOfTheCustomerBase() {
        // given a trusted customer and new accounts whose only contract is untrusted
        KpiRun run = q2Complete().with(
                contract(1, 1, "2025-01-01", null, 1_000),
                contract(2, 2, "2026-05-01", "2026-05-01", 1_000), // ends on its start day
                new ContractRow("3", "3", day("2026-05-01"), null, null), // no annual value
                contract(4, 4, "2026-05-01", null, -1_000));

        // when
        MetricValue cac = run.value(CUSTOMER_ACQUISITION_COST);

        // then no new customer, retention (1 - 0) / 1
        assertThat(cac.available()).isFalse();
        assertThat(run.number(CUSTOMER_RETENTION_RATE)).isCloseTo(1.0, within(1e-9));
        assertThat((Double) run.input(CUSTOMER_LIFETIME_VALUE, "ARPA (annual)")).isCloseTo(1_000.0, within(1e-9));
    }

    @Test
    void shouldNotComputeChurnOrRetentionWithoutCustomersOnTheFirstDay() {
        // given a customer from May on only
        KpiRun run = q2Complete().with(contract(1, 1, "2026-05-01", null, 1_000));

        // when
        MetricValue churn = run.value(CHURN_RATE);

        // then
        assertThat(churn.available()).isFalse();
        assertThat(run.value(CUSTOMER_RETENTION_RATE).available()).isFalse();
    }
}
