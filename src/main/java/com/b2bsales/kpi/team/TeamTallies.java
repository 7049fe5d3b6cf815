package com.b2bsales.kpi.team;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.metrics.Tally;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * A family's tally for the whole company and, for each team of the roster, one that gets only the
 * rows the roster says are the team's. The rows are read once; each team's workbook is computed
 * from its own tallies. Saved with the roster it was built with, so a resumed step routes the rest
 * of the rows as the first part was.
 */
public final class TeamTallies implements Serializable {

    private final Tally company;
    private final TeamRoster roster;
    private final LinkedHashMap<String, Tally> teams = new LinkedHashMap<>();

    /**
     * @param tallyFor a new, empty tally for the company (no team) or for the given team
     */
    public TeamTallies(TeamRoster roster, Function<Optional<String>, Tally> tallyFor) {
        this.company = tallyFor.apply(Optional.empty());
        this.roster = roster;
        for (String team : roster.teams()) {
            teams.put(team, tallyFor.apply(Optional.of(team)));
        }
    }

    public void add(CrmRow row) {
        company.add(row);
        teams.forEach((team, tally) -> {
            if (roster.covers(team, row)) {
                tally.add(row);
            }
        });
    }

    public Tally company() {
        return company;
    }

    /** The team's tally; the company's when this family is not restricted to teams (the customer metrics). */
    public Tally team(String team) {
        return teams.getOrDefault(team, company);
    }
}
