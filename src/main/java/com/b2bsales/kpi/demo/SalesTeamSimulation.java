package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.TimeEntry;
import com.b2bsales.kpi.demo.Randoms.Weighted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The people who sell: a team that starts with most of its reps, loses some (each replaced a few weeks later),
 * grows by a few, and books its working days.
 */
final class SalesTeamSimulation {

    private static final double GROWTH_HIRES = 0.10;
    private static final double DEPARTURES = 0.15;
    private static final double WITHOUT_EMAIL = 0.08;

    private static final List<Weighted<String>> REGIONS = List.of(
            new Weighted<>("EMEA", 0.4), new Weighted<>("Americas", 0.4), new Weighted<>("APAC", 0.2));

    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Ben", "Carla", "David", "Elena", "Felix", "Grace", "Hannah", "Ivan", "Julia", "Kenji", "Laura",
            "Marco", "Nina", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar", "Vera", "William",
            "Xenia", "Yusuf", "Zoe", "Lukas", "Mia", "Noah", "Emma", "Jonas", "Sofia", "Aiko", "Mateo", "Leila",
            "Tom", "Clara", "Diego", "Ingrid", "Rahul");

    private static final List<String> LAST_NAMES = List.of(
            "Schmidt", "Johnson", "Garcia", "Müller", "Nakamura", "Rossi", "Dubois", "Kowalski", "Andersen",
            "Okafor", "Silva", "Chen", "Novak", "Fischer", "Patel", "Lindqvist", "Moreau", "Tanaka", "Hughes",
            "Costa", "Weber", "Brennan", "Ivanova", "Haddad", "Jensen", "Kim", "Lopez", "Meyer", "O'Brien",
            "Petrov", "Sato", "Becker", "Nguyen", "Russo", "Wagner", "Singh", "Fernandes", "Hoffmann", "Berg",
            "Clarke");

    private final DemoCalendar calendar;
    private final RandomGenerator random;

    SalesTeamSimulation(DemoCalendar calendar, RandomGenerator random) {
        this.calendar = calendar;
        this.random = random;
    }

    /** {@code headcount} reps, ids in order of hiring. */
    List<SalesRep> hire(int headcount) {
        int growthHires = (int) Math.round(headcount * GROWTH_HIRES);
        int departures = (int) Math.round(headcount * DEPARTURES);
        int seats = headcount - growthHires - departures;

        List<Hire> hires = new ArrayList<>();
        for (int seat = 0; seat < seats; seat++) {
            Team team = Team.values()[seat % Team.values().length];
            hires.add(new Hire(team, calendar.firstDay().minusDays(random.nextInt(30, 2_500)), null));
        }
        for (int seat : shuffledIndexes(seats).subList(0, departures)) {
            Hire leaver = hires.get(seat);
            LocalDate leftOn = DemoCalendar.nextWorkday(calendar.dayBetween(
                    calendar.firstDay().plusDays(90), calendar.lastDay().minusDays(150), random));
            hires.set(seat, new Hire(leaver.team(), leaver.hiredOn(), leftOn));
            LocalDate successorStarts = DemoCalendar.nextWorkday(leftOn.plusDays(random.nextInt(14, 61)));
            hires.add(new Hire(leaver.team(), successorStarts, null));
        }
        for (int i = 0; i < growthHires; i++) {
            Team team = Randoms.pick(List.of(Team.values()), random);
            LocalDate hiredOn = DemoCalendar.nextWorkday(calendar.dayBetween(
                    calendar.firstDay().plusDays(60), calendar.lastDay().minusDays(60), random));
            hires.add(new Hire(team, hiredOn, null));
        }
        hires.sort(Comparator.comparing(Hire::hiredOn));

        Set<String> names = new HashSet<>();
        List<SalesRep> reps = new ArrayList<>();
        for (Hire hire : hires) {
            String first;
            String last;
            do {
                first = Randoms.pick(FIRST_NAMES, random);
                last = Randoms.pick(LAST_NAMES, random);
            } while (!names.add(first + " " + last) && names.size() < FIRST_NAMES.size() * LAST_NAMES.size());
            String email = random.nextDouble() < WITHOUT_EMAIL ? null : email(first, last);
            reps.add(new SalesRep(reps.size() + 1, first + " " + last, email, hire.team(),
                    Randoms.pickWeighted(REGIONS, random), hire.hiredOn(), hire.leftOn()));
        }
        return reps;
    }

    /** Adds every active rep's every weekday: 7 to 10 hours, 30% to 60% of them selling, in quarter hours. */
    void timeEntries(List<SalesRep> reps, DemoRowSink rows) {
        for (LocalDate day : calendar.workdays()) {
            for (SalesRep rep : reps) {
                if (rep.activeOn(day)) {
                    int totalQuarterHours = random.nextInt(28, 41);
                    int sellingQuarterHours = (int) Math.round(totalQuarterHours * random.nextDouble(0.30, 0.60));
                    rows.add(DemoTable.TIME_ENTRY, new TimeEntry(rep.id(), day, quarterHours(totalQuarterHours),
                            quarterHours(sellingQuarterHours)));
                }
            }
        }
    }

    private static BigDecimal quarterHours(int quarterHours) {
        return BigDecimal.valueOf(quarterHours * 25L, 2);
    }

    private static String email(String first, String last) {
        String local = (first + "." + last).toLowerCase(Locale.ROOT)
                .replace("ü", "ue").replace("'", "");
        return local + "@b2bsales.example";
    }

    private List<Integer> shuffledIndexes(int size) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            indexes.set(i, indexes.set(j, indexes.get(i)));
        }
        return indexes;
    }

    private record Hire(Team team, LocalDate hiredOn, LocalDate leftOn) {
    }
}
