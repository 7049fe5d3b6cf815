package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Forecast;
import com.b2bsales.kpi.demo.DemoRows.Quota;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.WonDeal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * What the company aimed for: quotas per rep (quarterly, monthly for teams that work that way) and revenue
 * forecasts per quarter.
 *
 * <p>Targets are drawn around what was really won, so that the numbers look plausible: in a finished period
 * about 60% of the reps with deals reach their quota and forecasts land within 15% of the revenue.
 */
final class TargetSimulation {

    private static final long QUOTA_STEP = 1_000;
    private static final long FORECAST_STEP = 1_000;
    private static final double REVISED_FORECAST = 0.25;
    private static final int QUARTERS_WITH_TEAM_FORECASTS = 4;

    private final DemoCalendar calendar;
    private final RandomGenerator random;
    private final List<SalesRep> reps;
    private final List<WonDeal> wonDeals;
    private final Map<Long, List<WonDeal>> wonDealsByRep;
    private final Map<Long, Team> teamByRep;
    private final Map<Team, Double> revenuePerRepDay = new EnumMap<>(Team.class);

    TargetSimulation(DemoCalendar calendar, RandomGenerator random, List<SalesRep> reps, List<WonDeal> wonDeals) {
        this.calendar = calendar;
        this.random = random;
        this.reps = reps;
        this.wonDeals = wonDeals;
        this.wonDealsByRep = wonDeals.stream().collect(Collectors.groupingBy(WonDeal::ownerRepId));
        this.teamByRep = reps.stream().collect(Collectors.toMap(SalesRep::id, SalesRep::team));
        LocalDate today = calendar.lastDay().plusDays(1);
        for (Team team : Team.values()) {
            long repDays = reps.stream().filter(rep -> rep.team() == team)
                    .mapToLong(rep -> rep.activeDaysIn(calendar.firstDay(), today)).sum();
            double revenue = wonRevenue(wonDeals, deal -> teamOf(deal) == team, calendar.firstDay(), today);
            revenuePerRepDay.put(team, repDays == 0 ? 0 : revenue / repDays);
        }
    }

    /** A quota row per active rep and period, from the first quarter of the data to the next quarter. */
    List<Quota> quotas() {
        List<Quota> quotas = new ArrayList<>();
        for (LocalDate quarter : quartersUpToTheNext()) {
            for (SalesRep rep : reps) {
                if (rep.team().monthlyQuota()) {
                    for (int month = 0; month < 3; month++) {
                        addQuota(quotas, rep, quarter.plusMonths(month), quarter.plusMonths(month + 1));
                    }
                } else {
                    addQuota(quotas, rep, quarter, quarter.plusMonths(3));
                }
            }
        }
        return quotas;
    }

    private void addQuota(List<Quota> quotas, SalesRep rep, LocalDate start, LocalDate end) {
        long activeDays = rep.activeDaysIn(start, end);
        if (activeDays == 0) {
            return;
        }
        double won = wonRevenue(wonDealsByRep.getOrDefault(rep.id(), List.of()), deal -> true, start, end);
        double target = isFinished(end) && won > 0
                ? won * random.nextDouble(0.75, 1.15)
                : revenuePerRepDay.get(rep.team()) * activeDays * random.nextDouble(0.9, 1.15);
        quotas.add(new Quota(rep.id(), start, end, Randoms.roundedMoney(Math.max(target, QUOTA_STEP), QUOTA_STEP)));
    }

    /**
     * A company-wide forecast for every quarter, submitted one to ten days before it starts, sometimes revised
     * (before or after the start); team forecasts for the last few quarters. Ids in order of submission.
     */
    List<Forecast> forecasts() {
        List<Forecast> forecasts = new ArrayList<>();
        LocalDate firstTeamQuarter = DemoCalendar.quarterStart(calendar.lastDay())
                .minusMonths(3L * (QUARTERS_WITH_TEAM_FORECASTS - 1));
        for (LocalDate quarter : quartersUpToTheNext()) {
            Forecast companyWide = forecast(null, quarter, deal -> true);
            if (companyWide != null) {
                forecasts.add(companyWide);
                Forecast revised = random.nextDouble() < REVISED_FORECAST ? revision(companyWide) : null;
                if (revised != null) {
                    forecasts.add(revised);
                }
            }
            if (!quarter.isBefore(firstTeamQuarter)) {
                for (Team team : Team.values()) {
                    Forecast teamForecast = forecast(team.label(), quarter,
                            deal -> teamOf(deal) == team);
                    if (teamForecast != null) {
                        forecasts.add(teamForecast);
                    }
                }
            }
        }
        forecasts.sort(Comparator.comparing(Forecast::submittedAt));
        for (int i = 0; i < forecasts.size(); i++) {
            forecasts.set(i, forecasts.get(i).withId(i + 1));
        }
        return forecasts;
    }

    /** Null when it would be submitted before the data starts or after yesterday. */
    private Forecast forecast(String team, LocalDate quarter, Predicate<WonDeal> counted) {
        LocalDateTime submittedAt = calendar.timestampOn(quarter.minusDays(random.nextInt(1, 11)), random);
        if (submittedAt.toLocalDate().isBefore(calendar.firstDay()) || !calendar.hasHappened(submittedAt)) {
            return null;
        }
        LocalDate end = quarter.plusMonths(3);
        double expected = isFinished(end)
                ? wonRevenue(wonDeals, counted, quarter, end) * random.nextDouble(0.85, 1.15)
                : recentQuarterlyRevenue(counted, quarter) * random.nextDouble(1.0, 1.1);
        return new Forecast(0, team, quarter, end, Randoms.roundedMoney(expected, FORECAST_STEP), submittedAt);
    }

    /** A second submission, half the time still before the quarter starts, otherwise some weeks into it. */
    private Forecast revision(Forecast first) {
        long daysBeforeStart = ChronoUnit.DAYS.between(first.submittedAt().toLocalDate(), first.periodStart());
        LocalDateTime submittedAt = daysBeforeStart > 1 && random.nextBoolean()
                ? calendar.later(first.submittedAt(), 1, (int) daysBeforeStart - 1, random)
                : calendar.timestampOn(first.periodStart().plusDays(random.nextInt(7, 41)), random);
        if (!calendar.hasHappened(submittedAt)) {
            return null;
        }
        double amount = first.amount().doubleValue() * random.nextDouble(0.92, 1.08);
        return new Forecast(0, first.team(), first.periodStart(), first.periodEnd(),
                Randoms.roundedMoney(amount, FORECAST_STEP), submittedAt);
    }

    /** The mean revenue of the last two finished quarters before {@code quarter}. */
    private double recentQuarterlyRevenue(Predicate<WonDeal> counted, LocalDate quarter) {
        LocalDate currentQuarter = DemoCalendar.quarterStart(calendar.lastDay().plusDays(1));
        LocalDate end = currentQuarter.isBefore(quarter) ? currentQuarter : quarter;
        return wonRevenue(wonDeals, counted, end.minusMonths(6), end) / 2;
    }

    private List<LocalDate> quartersUpToTheNext() {
        List<LocalDate> quarters = new ArrayList<>();
        LocalDate next = DemoCalendar.quarterStart(calendar.lastDay()).plusMonths(3);
        for (LocalDate quarter = DemoCalendar.quarterStart(calendar.firstDay()); !quarter.isAfter(next);
                quarter = quarter.plusMonths(3)) {
            quarters.add(quarter);
        }
        return quarters;
    }

    private boolean isFinished(LocalDate periodEnd) {
        return !periodEnd.isAfter(calendar.lastDay().plusDays(1));
    }

    private static double wonRevenue(List<WonDeal> deals, Predicate<WonDeal> counted, LocalDate start,
            LocalDate end) {
        return deals.stream()
                .filter(deal -> !deal.closedAt().toLocalDate().isBefore(start)
                        && deal.closedAt().toLocalDate().isBefore(end))
                .filter(counted)
                .mapToDouble(deal -> deal.amount().doubleValue())
                .sum();
    }

    private Team teamOf(WonDeal deal) {
        return teamByRep.get(deal.ownerRepId());
    }
}
