package com.b2bsales.kpi.metrics;

import com.b2bsales.kpi.crm.CrmIds;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.period.ReportContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reported period's sales figures by team and by rep, from the same tallies as the company
 * metrics, so that the lines add up to them: revenue, deals won, deals won or lost, quota, reps
 * with a quota and at or above it, active reps, hours. Deals, quotas and time entries of an owner
 * who is not a known rep (or of no owner) go to the {@value #UNASSIGNED} line. A rep belongs to
 * the team {@code sales_rep.team} names now.
 */
public record SalesBreakdown(List<Line> teams, List<Line> reps, Line company) {

    public static final String UNASSIGNED = "(unassigned)";
    public static final String NO_TEAM = "(no team)";

    public SalesBreakdown {
        teams = List.copyOf(teams);
        reps = List.copyOf(reps);
    }

    /**
     * One line: a rep, a team, the unassigned rest or the company. For a rep, {@code activeReps},
     * {@code repsWithQuota} and {@code repsAtQuota} are 0 or 1, so that lines add up.
     */
    public record Line(String name, String team, long activeReps, BigDecimal revenue, long dealsWon, long dealsDecided,
            BigDecimal quota, long repsWithQuota, long repsAtQuota, BigDecimal sellingHours, BigDecimal totalHours)
            implements Inputs {

        static Line empty(String name, String team) {
            return new Line(name, team, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO,
                    BigDecimal.ZERO);
        }

        Line plus(Line other, String name, String team) {
            return new Line(name, team, activeReps + other.activeReps, revenue.add(other.revenue),
                    dealsWon + other.dealsWon, dealsDecided + other.dealsDecided, quota.add(other.quota),
                    repsWithQuota + other.repsWithQuota, repsAtQuota + other.repsAtQuota,
                    sellingHours.add(other.sellingHours), totalHours.add(other.totalHours));
        }

        /** The same figures under another name and team. */
        public Line named(String name, String team) {
            return new Line(name, team, activeReps, revenue, dealsWon, dealsDecided, quota, repsWithQuota,
                    repsAtQuota, sellingHours, totalHours);
        }

        /** True when the line holds nothing at all (an inactive rep without deals, quota or hours). */
        boolean isEmpty() {
            return activeReps == 0 && revenue.signum() == 0 && dealsWon == 0 && dealsDecided == 0 && quota.signum() == 0
                    && sellingHours.signum() == 0 && totalHours.signum() == 0;
        }

        @Override
        public Number get(Input input) {
            return switch (input) {
                case REVENUE -> revenue;
                case DEALS_WON, DECIDED_WON -> dealsWon;
                case DEALS_DECIDED -> dealsDecided;
                case QUOTA -> quota;
                case REPS_WITH_QUOTA -> repsWithQuota;
                case REPS_AT_QUOTA -> repsAtQuota;
                case ACTIVE_REPS -> activeReps;
                case SELLING_HOURS -> sellingHours;
                case TOTAL_HOURS -> totalHours;
                default -> throw new IllegalArgumentException("a line of the breakdown has no " + input);
            };
        }

        public MetricValue averageDealSize() {
            return MetricId.AVERAGE_DEAL_SIZE.value(this);
        }

        public MetricValue winRate() {
            return MetricId.WIN_RATE.value(this);
        }

        /** Revenue won against quota (1.0 = quota reached): a rep's attainment. */
        public MetricValue revenueToQuota() {
            return quota.signum() > 0 ? MetricValue.ratio(revenue, quota, "no quota") : MetricValue.na("no quota");
        }

        /** Of the reps with a quota, the share at or above it: {@code quota_attainment_rate} for the line. */
        public MetricValue quotaAttainmentRate() {
            return MetricId.QUOTA_ATTAINMENT_RATE.value(this);
        }

        /** Revenue per active rep: {@code rep_productivity} for the line. */
        public MetricValue repProductivity() {
            return MetricId.REP_PRODUCTIVITY.value(this);
        }

        public MetricValue timeSpentSelling() {
            return MetricId.TIME_SPENT_SELLING.value(this);
        }
    }

    /**
     * The breakdown of one context from the totals the family tallies kept for it.
     *
     * @throws IllegalStateException when the per-rep figures add up to more than the company's
     */
    static SalesBreakdown of(ReportContext context, Map<String, SalesRepRow> knownReps, RevenueTally.Totals won,
            ConversionTally.Totals funnel, SalesTeamTally.Totals team) {
        Map<String, BigDecimal> revenue = won.revenueByRep();
        Map<String, Long> dealsWon = won.dealsWonByRep();
        Map<String, Long> decided = funnel.dealsDecidedByRep();
        Map<String, BigDecimal> quota = team.quotaByRep();
        Map<String, BigDecimal> selling = team.sellingHoursByRep();
        Map<String, BigDecimal> total = team.totalHoursByRep();

        Set<String> ids = new TreeSet<>(CrmIds.ORDER);
        ids.addAll(knownReps.keySet());
        List.of(revenue.keySet(), dealsWon.keySet(), decided.keySet(), quota.keySet(), selling.keySet(), total.keySet())
                .forEach(ids::addAll);

        List<Line> reps = new ArrayList<>();
        // deals without an owner: what the company has beyond the deals of owners
        Line unassigned = new Line(UNASSIGNED, UNASSIGNED, 0,
                rest(won.revenue(), sum(revenue)), rest(won.dealsWon(), dealsWon), rest(funnel.dealsDecided(), decided),
                BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        for (String id : ids) {
            SalesRepRow rep = knownReps.get(id);
            BigDecimal repQuota = quota.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal repRevenue = revenue.getOrDefault(id, BigDecimal.ZERO);
            QuotaAttainment attainment = QuotaAttainment.of(repQuota, repRevenue);
            Line line = new Line(rep == null ? UNASSIGNED : name(rep), rep == null ? UNASSIGNED : team(rep),
                    rep != null && rep.activeIn(context) ? 1 : 0, repRevenue, dealsWon.getOrDefault(id, 0L),
                    decided.getOrDefault(id, 0L), repQuota, attainment.withQuota(), attainment.atQuota(),
                    selling.getOrDefault(id, BigDecimal.ZERO), total.getOrDefault(id, BigDecimal.ZERO));
            if (rep == null) {
                unassigned = unassigned.plus(line, UNASSIGNED, UNASSIGNED);
            } else if (!line.isEmpty()) {
                reps.add(line);
            }
        }
        Comparator<Line> byRevenueThenName = Comparator.comparing(Line::revenue).reversed().thenComparing(Line::name);
        reps.sort(byRevenueThenName);

        Map<String, Line> byTeam = new LinkedHashMap<>();
        for (Line rep : reps) {
            byTeam.merge(rep.team(), rep, (a, b) -> a.plus(b, a.team(), a.team()));
        }
        List<Line> teams = new ArrayList<>(byTeam.values().stream()
                .map(t -> t.named(t.team(), t.team()))
                .sorted(byRevenueThenName).toList());
        if (!unassigned.isEmpty()) {
            reps.add(unassigned);
            teams.add(unassigned);
        }
        Line company = teams.stream().reduce(Line.empty("All teams", ""), (a, b) -> a.plus(b, a.name(), a.team()));
        return new SalesBreakdown(teams, reps, company);
    }

    private static String name(SalesRepRow rep) {
        return rep.name() == null || rep.name().isBlank() ? "Rep " + rep.id() : rep.name();
    }

    private static String team(SalesRepRow rep) {
        return rep.team() == null || rep.team().isBlank() ? NO_TEAM : rep.team();
    }

    private static BigDecimal sum(Map<String, BigDecimal> byRep) {
        return byRep.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal rest(BigDecimal company, BigDecimal owners) {
        BigDecimal rest = company.subtract(owners);
        if (rest.signum() < 0) {
            throw new IllegalStateException("per-rep figures exceed the company's: " + owners + " > " + company);
        }
        return rest;
    }

    private static long rest(long company, Map<String, Long> byRep) {
        return rest(BigDecimal.valueOf(company), BigDecimal.valueOf(byRep.values().stream().mapToLong(Long::longValue)
                .sum())).longValueExact();
    }
}
