package com.b2bsales.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.QuotaRow;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.crm.TimeEntryRow;
import com.b2bsales.kpi.metrics.SalesBreakdown.Line;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The breakdown by team and rep of 2026-Q2: every line from the same rows as the company metrics,
 * deals of no owner and of an owner the CRM does not know on the unassigned line, and the lines
 * adding up to the company's figures.
 */
class SalesBreakdownTests {

    private static final ReportHorizon HORIZON = ReportHorizon.of(
            ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-07-15")), 2);
    private static final long UNKNOWN_REP = 99;

    private static final List<CrmRow> ROWS = List.of(
            rep(1, "Alice", "East", "2025-01-01", null),
            rep(2, "Bob", "East", "2025-06-01", "2026-04-01"), // gone from the first day of Q2
            rep(3, "Carol", "West", "2026-05-10", null),
            rep(4, "Dan", null, "2026-01-01", null),            // no team, no deals
            rep(5, "Eve", "East", "2026-08-01", null),          // hired after Q2: not listed
            deal(1, "1", "WON", 10_000, "2026-04-10T10:00"),
            deal(2, "1", "WON", 20_000, "2026-05-10T10:00"),
            deal(3, "3", "LOST", 5_000, "2026-06-01T10:00"),
            deal(4, "3", "WON", 8_000, "2026-04-20T10:00"),
            deal(5, null, "WON", 4_000, "2026-05-05T10:00"),
            deal(6, String.valueOf(UNKNOWN_REP), "WON", 6_000, "2026-05-06T10:00"),
            deal(7, String.valueOf(UNKNOWN_REP), "LOST", 1_000, "2026-05-07T10:00"),
            deal(8, "1", "WON", 50_000, "2026-07-02T10:00"),      // Q3
            quota(1, 25_000), quota(2, 20_000), quota(3, 10_000), quota(UNKNOWN_REP, 5_000),
            hours(1, "2026-04-02", "8", "4"), hours(3, "2026-06-30", "10", "6"),
            hours(98, "2026-05-01", "5", "1"));

    @Test
    void shouldPutEachRepsSalesOnItsLineAndTheRestOnTheUnassignedLine() {
        // given the rows of every family step
        KpiCalculator calculator = calculator();

        // when
        SalesBreakdown breakdown = calculator.breakdown();

        // then reps by revenue (then name), the unassigned line last
        assertThat(breakdown.reps()).extracting(Line::name).containsExactly("Alice", "Carol", "Bob", "Dan",
                SalesBreakdown.UNASSIGNED);
        Line alice = breakdown.reps().get(0);
        assertThat(alice.team()).isEqualTo("East");
        assertThat(alice.activeReps()).isEqualTo(1);
        assertThat(alice.revenue()).isEqualByComparingTo("30000");
        assertThat(alice.dealsWon()).isEqualTo(2);
        assertThat(alice.dealsDecided()).isEqualTo(2);
        assertThat(alice.revenueToQuota().value()).isEqualTo(1.2);
        assertThat(alice.repsAtQuota()).isEqualTo(1);
        assertThat(alice.timeSpentSelling().value()).isEqualTo(0.5);
        Line carol = breakdown.reps().get(1);
        assertThat(carol.winRate().value()).isEqualTo(0.5);
        assertThat(carol.repsAtQuota()).isZero();
        Line bob = breakdown.reps().get(2);
        assertThat(bob.activeReps()).isZero();
        assertThat(bob.quota()).isEqualByComparingTo("20000");
        assertThat(bob.averageDealSize().available()).isFalse();
        assertThat(breakdown.reps().get(3).team()).isEqualTo(SalesBreakdown.NO_TEAM);
        // deal 5 (no owner), deals 6 and 7, quota and hours of reps 98 and 99 whom the CRM does not know
        Line unassigned = breakdown.reps().get(4);
        assertThat(unassigned.revenue()).isEqualByComparingTo("10000");
        assertThat(unassigned.dealsWon()).isEqualTo(2);
        assertThat(unassigned.dealsDecided()).isEqualTo(3);
        assertThat(unassigned.quota()).isEqualByComparingTo("5000");
        assertThat(unassigned.repsWithQuota()).isEqualTo(1);
        assertThat(unassigned.repsAtQuota()).isEqualTo(1);
        assertThat(unassigned.totalHours()).isEqualByComparingTo("5");
        assertThat(unassigned.activeReps()).isZero();
    }

    @Test
    void shouldGroupRepsByTeamWithoutLosingAnything() {
        SalesBreakdown breakdown = calculator().breakdown();

        assertThat(breakdown.teams()).extracting(Line::name).containsExactly("East", "West", SalesBreakdown.NO_TEAM,
                SalesBreakdown.UNASSIGNED);
        Line east = breakdown.teams().get(0);
        assertThat(east.revenue()).isEqualByComparingTo("30000");
        assertThat(east.quota()).isEqualByComparingTo("45000");
        assertThat(east.repsWithQuota()).isEqualTo(2);
        assertThat(east.quotaAttainmentRate().value()).isEqualTo(0.5);
        assertThat(east.repProductivity().value()).isEqualTo(30_000);
        for (Function<Line, Object> figure : List.<Function<Line, Object>>of(Line::revenue, Line::dealsWon,
                Line::dealsDecided, Line::quota, Line::repsWithQuota, Line::repsAtQuota, Line::activeReps,
                Line::sellingHours, Line::totalHours)) {
            assertThat(sum(breakdown.teams(), figure)).isEqualByComparingTo(number(figure.apply(breakdown.company())));
            assertThat(sum(breakdown.reps(), figure)).isEqualByComparingTo(number(figure.apply(breakdown.company())));
        }
    }

    @Test
    void shouldAddUpToTheCompanyMetrics() {
        // given
        KpiCalculator calculator = calculator();
        PeriodResults q2 = calculator.compute().get(0);

        // when
        Line company = calculator.breakdown().company();

        // then
        assertThat(company.revenue().doubleValue()).isEqualTo(q2.value(MetricId.TOTAL_REVENUE).value());
        assertThat(company.revenue()).isEqualByComparingTo("48000");
        assertThat(company.averageDealSize()).isEqualTo(q2.value(MetricId.AVERAGE_DEAL_SIZE));
        assertThat(company.winRate()).isEqualTo(q2.value(MetricId.WIN_RATE));
        assertThat(company.quotaAttainmentRate()).isEqualTo(q2.value(MetricId.QUOTA_ATTAINMENT_RATE));
        assertThat(company.quotaAttainmentRate().value()).isEqualTo(0.5);
        assertThat(company.repProductivity()).isEqualTo(q2.value(MetricId.REP_PRODUCTIVITY));
        assertThat(company.activeReps()).isEqualTo(3);
        assertThat(company.timeSpentSelling()).isEqualTo(q2.value(MetricId.TIME_SPENT_SELLING));
    }

    @Test
    void shouldKeepPerRepFiguresOfEarlierPeriodsOnlyWhereQuotaAttainmentNeedsThem() {
        // given Q1, the period before Q2 in the horizon: Alice won 12,000 against a quota of 10,000
        RevenueTally revenue = new RevenueTally(HORIZON);
        ConversionTally funnel = new ConversionTally(HORIZON);
        SalesTeamTally team = new SalesTeamTally(HORIZON);
        for (CrmRow row : List.of(deal(11, "1", "WON", 12_000, "2026-02-10T10:00"),
                new QuotaRow("1", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-01"), new BigDecimal("10000")),
                hours(1, "2026-02-11", "8", "2"))) {
            revenue.add(row);
            funnel.add(row);
            team.add(row);
        }

        // then Q1 keeps revenue and quota per rep, and its quota attainment counts Alice
        assertThat(revenue.totals(1).revenueOf("1")).isEqualByComparingTo("12000");
        assertThat(team.totals(1).quotaByRep()).containsOnlyKeys("1");
        assertThat(new KpiCalculator(HORIZON, new FamilyTallies(revenue, funnel, new PipelineTally(HORIZON),
                new CustomerTally(HORIZON), team)).compute().get(1).value(MetricId.QUOTA_ATTAINMENT_RATE).value())
                .isEqualTo(1.0);
        // but the breakdown's other figures per rep are the reported period's only
        assertThat(team.totals(1).sellingHours()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> revenue.totals(1).dealsWonByRep()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> funnel.totals(1).dealsDecidedByRep()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> team.totals(1).sellingHoursByRep()).isInstanceOf(IllegalStateException.class);
        assertThat(revenue.totals(0).dealsWonByRep()).isEmpty();
    }

    private static KpiCalculator calculator() {
        FamilyTallies tallies = new FamilyTallies(new RevenueTally(HORIZON), new ConversionTally(HORIZON),
                new PipelineTally(HORIZON), new CustomerTally(HORIZON), new SalesTeamTally(HORIZON));
        for (CrmRow row : ROWS) {
            for (Tally tally : List.of(tallies.revenue(), tallies.conversion(), tallies.pipeline(), tallies.customers(),
                    tallies.salesTeam())) {
                tally.add(row);
            }
        }
        return new KpiCalculator(HORIZON, tallies);
    }

    private static BigDecimal sum(List<Line> lines, Function<Line, Object> figure) {
        return lines.stream().map(figure).map(SalesBreakdownTests::number).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal number(Object figure) {
        return figure instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) figure).longValue());
    }

    private static SalesRepRow rep(long id, String name, String team, String hiredOn, String leftOn) {
        return new SalesRepRow(String.valueOf(id), name, team, LocalDate.parse(hiredOn), leftOn == null ? null : LocalDate.parse(leftOn));
    }

    private static OpportunityRow deal(long id, String owner, String status, long amount, String closedAt) {
        LocalDateTime closed = LocalDateTime.parse(closedAt);
        return new OpportunityRow(String.valueOf(id), "1", owner, closed.minusDays(30), "Closed", status, BigDecimal.valueOf(amount),
                null, closed.toLocalDate(), closed);
    }

    private static QuotaRow quota(long rep, long amount) {
        return new QuotaRow(String.valueOf(rep), LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-01"), BigDecimal.valueOf(amount));
    }

    private static TimeEntryRow hours(long rep, String day, String total, String selling) {
        return new TimeEntryRow(String.valueOf(rep), LocalDate.parse(day), new BigDecimal(total), new BigDecimal(selling));
    }
}
