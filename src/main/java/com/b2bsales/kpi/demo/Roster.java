package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Who can own a lead or a deal on a given day. */
final class Roster {

    private final List<SalesRep> reps;
    private final Map<LocalDate, List<SalesRep>> activeByDay = new HashMap<>();

    Roster(List<SalesRep> reps) {
        this.reps = reps;
    }

    SalesRep pickActiveOn(LocalDate day, RandomGenerator random) {
        return Randoms.pick(activeOn(day), random);
    }

    /** A successor for a deal whose owner left: someone of the same team if the team has anyone. */
    SalesRep pickActiveOn(LocalDate day, Team preferredTeam, RandomGenerator random) {
        List<SalesRep> sameTeam = activeOn(day).stream().filter(rep -> rep.team() == preferredTeam).toList();
        return sameTeam.isEmpty() ? pickActiveOn(day, random) : Randoms.pick(sameTeam, random);
    }

    private List<SalesRep> activeOn(LocalDate day) {
        return activeByDay.computeIfAbsent(day, d -> reps.stream().filter(rep -> rep.activeOn(d)).toList());
    }
}
