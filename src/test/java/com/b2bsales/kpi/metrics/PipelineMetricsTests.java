package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.at;
import static com.b2bsales.kpi.crm.CrmRows.day;
import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.forecast;
import static com.b2bsales.kpi.crm.CrmRows.lead;
import static com.b2bsales.kpi.crm.CrmRows.lost;
import static com.b2bsales.kpi.crm.CrmRows.open;
import static com.b2bsales.kpi.crm.CrmRows.quota;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static com.b2bsales.kpi.metrics.MetricId.FORECAST_ACCURACY;
import static com.b2bsales.kpi.metrics.MetricId.PIPELINE_COVERAGE;
import static com.b2bsales.kpi.metrics.MetricId.PIPELINE_VELOCITY;
import static com.b2bsales.kpi.metrics.MetricId.QUALIFIED_LEADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.ForecastRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineMetricsTests {

    private static final String Q2_START = "2026-04-01";
    private static final String Q2_END = "2026-07-01";

    /** 2026-Q2, complete: W = [04-01, 07-01). */
    private static KpiRun q2Complete() {
        return KpiRun.of("2026-Q2", "2026-07-15");
    }

    /** 2026-Q2 as of 05-15: W = [04-01, 05-16). */
    private static KpiRun q2ToDate() {
        return KpiRun.of("2026-Q2", "2026-05-15");
    }

    /** One million won in Q2 (deal id 1). */
    private static CrmRow oneMillionWon() {
        return won(1, "2026-04-02T09:00", "2026-05-10T09:00", 1_000_000);
    }

    private static ForecastRow companyForecast(long id, long amount, String submittedAt) {
        return forecast(id, null, Q2_START, Q2_END, amount, submittedAt);
    }

    @Test
    void shouldCountOneHundredFiftyOfFiveHundredLeadsAsQualified() {
        // given the article's example: 500 leads in a month, 150 met the criteria
        List<CrmRow> leads = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String created = String.format("2026-05-%02dT09:00", 1 + i % 28);
            leads.add(lead(i, created, i < 150 ? created.replace("09:00", "17:00") : null, null));
        }

        // when
        KpiRun run = KpiRun.of("2026-05", "2026-06-10").with(leads);

        // then
        assertThat(run.number(QUALIFIED_LEADS)).isCloseTo(150.0, within(1e-9));
    }

    @Test
    void shouldCountOnlyLeadsCreatedInTheWindowAndQualifiedBeforeTheCutoff() {
        // given 2026-Q2 as of 05-15 (C = 05-16)
        KpiRun run = q2ToDate().with(
                lead(1, "2026-04-01T00:00", "2026-04-01T00:00", null),
                lead(2, "2026-05-15T09:00", "2026-05-15T23:59:59", null),
                lead(3, "2026-05-01T09:00", "2026-05-16T00:00", null), // qualified at C
                lead(4, "2026-03-31T23:59", "2026-04-02T09:00", null), // created before W
                lead(5, "2026-05-01T09:00", "2026-04-30T09:00", null), // qualified before created: untrusted
                lead(6, "2026-05-01T09:00", null, null));

        // when
        double qualified = run.number(QUALIFIED_LEADS);

        // then leads 1 and 2
        assertThat(qualified).isCloseTo(2.0, within(1e-9));
    }

    /**
     * The article computes 200 leads x 0.25 x 10,000 / 25 days and prints "200"; the product is
     * 500,000 / 25 = 20,000 per day. The spec's formula stands: 20,000.
     */
    @Test
    void shouldMoveTwentyThousandPerDayThroughThePipelineNotTheArticlesTwoHundred() {
        // given 200 qualified leads, 4 deals won of 16 decided (win rate 0.25), each worth 10,000
        // and each taking 25 days
        List<CrmRow> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(lead(i, "2026-04-10T09:00", "2026-04-11T09:00", null));
        }
        for (int i = 0; i < 4; i++) {
            rows.add(won(1_000 + i, "2026-04-06T10:00", "2026-05-01T10:00", 10_000)); // 04-06 to 05-01: 25 days
        }
        for (int i = 0; i < 12; i++) {
            rows.add(lost(2_000 + i, "2026-04-06T10:00", "2026-05-01T10:00", 10_000));
        }

        // when
        KpiRun run = q2Complete().with(rows);

        // then 200 x 0.25 x 10,000 / 25 = 20,000 money per day
        assertThat(run.number(QUALIFIED_LEADS)).isCloseTo(200.0, within(1e-9));
        assertThat(run.number(MetricId.WIN_RATE)).isCloseTo(0.25, within(1e-9));
        assertThat(run.number(MetricId.AVERAGE_DEAL_SIZE)).isCloseTo(10_000.0, within(1e-9));
        assertThat(run.number(MetricId.SALES_CYCLE_LENGTH)).isCloseTo(25.0, within(1e-9));
        assertThat(run.number(PIPELINE_VELOCITY)).isCloseTo(20_000.0, within(1e-9));
    }

    @Test
    void shouldNotComputeVelocityWhenEveryDealWasWonTheDayItWasCreated() {
        // given a sales cycle of 0 days
        KpiRun run = q2Complete().with(
                lead(1, "2026-04-10T09:00", "2026-04-11T09:00", null),
                won(2, "2026-04-10T09:00", "2026-04-10T17:00", 10_000));

        // when
        MetricValue velocity = run.value(PIPELINE_VELOCITY);

        // then
        assertThat(run.number(MetricId.SALES_CYCLE_LENGTH)).isZero();
        assertThat(velocity.available()).isFalse();
        assertThat(velocity.naReason()).contains("0 days");
    }

    @Test
    void shouldNotComputeVelocityWhenAnInputIsNotAvailable() {
        // given qualified leads but no deal decided: win rate, deal size and cycle are n/a
        KpiRun run = q2Complete().with(lead(1, "2026-04-10T09:00", "2026-04-11T09:00", null));

        // when
        MetricValue velocity = run.value(PIPELINE_VELOCITY);

        // then
        assertThat(velocity.available()).isFalse();
        assertThat(velocity.naReason()).isNotBlank();
    }

    @Test
    void shouldMoveNothingThroughAPipelineWithoutQualifiedLeads() {
        // given a won deal of 10 days but no qualified lead
        KpiRun run = q2Complete().with(won(1, "2026-04-10T09:00", "2026-04-20T09:00", 10_000));

        // when
        double velocity = run.number(PIPELINE_VELOCITY);

        // then 0 x 1.0 x 10,000 / 10 = 0: every input is a number
        assertThat(velocity).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void shouldForecastNinetyPercentAccuratelyWhenNineHundredThousandWereForecastAndOneMillionWon() {
        // given the article's example: forecast 900,000, actual 1,000,000
        KpiRun run = q2Complete().with(oneMillionWon(), companyForecast(10, 900_000, "2026-03-25T12:00"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then 1 - |1,000,000 - 900,000| / 1,000,000 = 0.9; F and its submitted_at are shown beside it
        assertThat(accuracy).isCloseTo(0.9, within(1e-9));
        assertThat(run.input(FORECAST_ACCURACY, "Forecast")).isEqualTo(new BigDecimal(900_000));
        assertThat(run.input(FORECAST_ACCURACY, "Forecast submitted at")).isEqualTo("2026-03-25 12:00");
    }

    @Test
    void shouldTakeTheLatestForecastSubmittedAtOrBeforeThePeriodStart() {
        // given forecasts before, exactly at and after 04-01 00:00
        KpiRun run = q2Complete().with(oneMillionWon(),
                companyForecast(10, 800_000, "2026-03-01T09:00"),
                companyForecast(11, 950_000, "2026-04-01T00:00"), // at P.start: the latest one that counts
                companyForecast(12, 1_000_000, "2026-04-01T00:00:01"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then forecast 11: 1 - 50,000 / 1,000,000 = 0.95
        assertThat(accuracy).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void shouldBreakATieBeforeThePeriodStartByTheHighestId() {
        // given two forecasts submitted at the same instant before P.start, in any order
        KpiRun run = q2Complete().with(oneMillionWon(),
                companyForecast(9, 700_000, "2026-03-15T10:00"),
                companyForecast(5, 600_000, "2026-03-15T10:00"),
                companyForecast(7, 800_000, "2026-03-15T10:00"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then id 9: 1 - 300,000 / 1,000,000 = 0.7
        assertThat(accuracy).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void shouldTakeTheEarliestForecastWhenNoneWasSubmittedBeforeThePeriodStart() {
        // given forecasts submitted during the period only; the earliest instant has two, ids 7 and 3
        KpiRun run = q2Complete().with(oneMillionWon(),
                companyForecast(8, 1_000_000, "2026-04-20T09:00"),
                companyForecast(7, 1_200_000, "2026-04-05T09:00"),
                companyForecast(3, 1_050_000, "2026-04-05T09:00"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then id 3 (lowest id of the earliest): 1 - 50,000 / 1,000,000 = 0.95
        assertThat(accuracy).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void shouldIgnoreTeamForecastsAndForecastsOfOtherPeriods() {
        // given a company forecast and later ones for a team, for April only and for the year
        KpiRun run = q2Complete().with(oneMillionWon(),
                companyForecast(1, 900_000, "2026-02-01T09:00"),
                forecast(2, "EMEA", Q2_START, Q2_END, 1_000_000, "2026-03-01T09:00"),
                forecast(3, null, Q2_START, "2026-05-01", 1_000_000, "2026-03-01T09:00"),
                forecast(4, null, "2026-01-01", "2027-01-01", 1_000_000, "2026-03-01T09:00"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then forecast 1: 0.9
        assertThat(accuracy).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void shouldIgnoreUntrustedForecasts() {
        // given later forecasts with a null and a negative amount
        KpiRun run = q2Complete().with(oneMillionWon(),
                companyForecast(1, 900_000, "2026-02-01T09:00"),
                new ForecastRow("2", null, day(Q2_START), day(Q2_END), null, at("2026-03-01T09:00")),
                companyForecast(3, -1_000_000, "2026-03-15T09:00"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then forecast 1: 0.9
        assertThat(accuracy).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void shouldShowANegativeAccuracyAsItIs() {
        // given forecast 2,500,000, actual 1,000,000
        KpiRun run = q2Complete().with(oneMillionWon(), companyForecast(1, 2_500_000, "2026-03-01T09:00"));

        // when
        double accuracy = run.number(FORECAST_ACCURACY);

        // then 1 - 1,500,000 / 1,000,000 = -0.5
        assertThat(accuracy).isCloseTo(-0.5, within(1e-9));
    }

    @Test
    void shouldNotComputeForecastAccuracyWhileThePeriodIsInProgress() {
        // given a forecast and revenue in a period in progress
        KpiRun run = q2ToDate().with(oneMillionWon(), companyForecast(1, 900_000, "2026-03-01T09:00"));

        // when
        MetricValue accuracy = run.value(FORECAST_ACCURACY);

        // then
        assertThat(accuracy.available()).isFalse();
        assertThat(accuracy.naReason()).contains("in progress");
    }

    @Test
    void shouldNotComputeForecastAccuracyWithoutAForecastOrWithoutRevenue() {
        // given
        KpiRun noForecast = q2Complete().with(oneMillionWon());
        KpiRun noRevenue = q2Complete().with(companyForecast(1, 900_000, "2026-03-01T09:00"));

        // when
        MetricValue withoutForecast = noForecast.value(FORECAST_ACCURACY);
        MetricValue withoutRevenue = noRevenue.value(FORECAST_ACCURACY);

        // then
        assertThat(withoutForecast.available()).isFalse();
        assertThat(withoutForecast.naReason()).contains("forecast");
        assertThat(withoutRevenue.available()).isFalse();
        assertThat(withoutRevenue.naReason()).contains("revenue");
    }

    /** Quotas of 500,000 for Q2 and deals around the coverage instants 04-01 and 05-16. */
    private static List<CrmRow> pipelineRows() {
        return List.of(
                quota(1, Q2_START, Q2_END, 300_000),
                quota(2, Q2_START, Q2_END, 200_000),
                open(1, "2026-03-10T09:00", "2026-05-20", 600_000), // A
                deal(2).createdAt("2026-03-15T09:00").status("WON").closedAt("2026-04-10T10:00")
                        .expectedClose("2026-04-10").amount(400_000).build(), // B
                open(3, "2026-04-01T00:00", "2026-06-01", 1_000_000), // C
                deal(4).createdAt("2026-02-01T09:00").status("LOST").closedAt("2026-03-31T23:59")
                        .expectedClose("2026-04-15").amount(700_000).build(), // D
                open(5, "2026-02-01T09:00", "2026-03-31", 800_000), // E
                open(6, "2026-02-01T09:00", Q2_END, 900_000), // F
                open(7, "2026-02-01T09:00", Q2_START, 500_000), // G
                open(8, "2026-05-16T00:00", "2026-06-15", 2_000_000), // H
                deal(9).createdAt("2026-04-20T09:00").status("WON").closedAt("2026-05-16T00:00")
                        .expectedClose("2026-05-30").amount(50_000).build()); // I
    }

    @Test
    void shouldMeasureTheCoverageACompletePeriodStartedWith() {
        // given M = P.start = 04-01 00:00
        KpiRun run = q2Complete().with(pipelineRows());

        // when
        double coverage = run.number(PIPELINE_COVERAGE);

        // then open at M: A (open, expected 05-20), B (closed after M), G (expected on date(M));
        // not C (created at M), D (closed before M), E (expected before M), F (expected on P.end),
        // H and I (created after M): 600k + 400k + 500k = 1.5M.
        // Remaining quota: 300k + 200k - revenue won in [04-01, 04-01) = 500k. 1.5M / 500k = 3.0
        assertThat(coverage).isCloseTo(3.0, within(1e-9));
        assertThat(run.input(PIPELINE_COVERAGE, "Measured at")).isEqualTo("2026-04-01");
    }

    @Test
    void shouldMeasureTheCoverageOfAPeriodInProgressAtTheCutoff() {
        // given M = C = 05-16 00:00
        KpiRun run = q2ToDate().with(pipelineRows());

        // when
        double coverage = run.number(PIPELINE_COVERAGE);

        // then open at M: A (expected 05-20), C (created 04-01, expected 06-01), I (closed at M);
        // not B (closed 04-10), G (expected 04-01 < date(M)), H (created at M): 600k + 1M + 50k = 1.65M.
        // Remaining quota: 500k - revenue won in [04-01, 05-16) (B: 400k) = 100k. 1.65M / 100k = 16.5
        assertThat(coverage).isCloseTo(16.5, within(1e-9));
        assertThat(run.input(PIPELINE_COVERAGE, "Measured at")).isEqualTo("2026-05-16");
    }

    @Test
    void shouldNotComputeCoverageWhenNoQuotaRemains() {
        // given a quota of 400,000 met by 04-10, and no quota at all
        List<CrmRow> rows = List.of(
                quota(1, Q2_START, Q2_END, 400_000),
                won(2, "2026-03-15T09:00", "2026-04-10T10:00", 400_000),
                open(3, "2026-04-01T09:00", "2026-06-01", 1_000_000));
        KpiRun quotaMet = q2ToDate().with(rows);
        KpiRun noQuota = q2Complete().with(open(3, "2026-03-01T09:00", "2026-06-01", 1_000_000));

        // when
        MetricValue metCoverage = quotaMet.value(PIPELINE_COVERAGE);
        MetricValue noQuotaCoverage = noQuota.value(PIPELINE_COVERAGE);

        // then remaining 400k - 400k = 0, and 0 - 0 = 0: both <= 0
        assertThat(metCoverage.available()).isFalse();
        assertThat(metCoverage.naReason()).contains("quota");
        assertThat(noQuotaCoverage.available()).isFalse();
    }
}
