package com.b2bsales.kpi.team;

import com.b2bsales.kpi.crm.CrmIds;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.ForecastRow;
import com.b2bsales.kpi.crm.LeadRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.QuotaRow;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.crm.StageSpanRow;
import com.b2bsales.kpi.crm.TeamName;
import com.b2bsales.kpi.crm.TimeEntryRow;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The teams that get a workbook of their own ({@code report.teams}) and their reps (by {@code sales_rep.team},
 * as {@link TeamName} matches it), and the rule of workbook.md for which rows are a team's: deals,
 * leads, stage stays, quotas, time entries and reps of the team's reps, and the team's own
 * forecast. Contracts and expenses are no team's: the customer metrics stay company-wide.
 */
public final class TeamRoster implements Serializable {

    /** No team workbooks. */
    public static final TeamRoster NONE = new TeamRoster(new LinkedHashMap<>());

    private final LinkedHashMap<String, TreeSet<String>> repsByTeam;

    private TeamRoster(LinkedHashMap<String, TreeSet<String>> repsByTeam) {
        this.repsByTeam = repsByTeam;
    }

    /** The given teams, in their order and spelling, each with the reps whose team it is. */
    public static TeamRoster of(Collection<String> teams, List<SalesRepRow> reps) {
        LinkedHashMap<String, TreeSet<String>> repsByTeam = new LinkedHashMap<>();
        for (String team : teams) {
            TreeSet<String> ids = new TreeSet<>(CrmIds.ORDER);
            reps.stream().filter(rep -> rep.id() != null && TeamName.same(team, rep.team())).forEach(rep -> ids.add(rep.id()));
            repsByTeam.put(team, ids);
        }
        return new TeamRoster(repsByTeam);
    }

    public Set<String> teams() {
        return Collections.unmodifiableSet(repsByTeam.keySet());
    }

    public Set<String> reps(String team) {
        return Collections.unmodifiableSet(repsByTeam.get(team));
    }

    /** Whether the row counts in the team's workbook. */
    public boolean covers(String team, CrmRow row) {
        Set<String> reps = repsByTeam.get(team);
        if (reps == null) {
            return false;
        }
        if (row instanceof OpportunityRow deal) {
            return deal.ownerRepId() != null && reps.contains(deal.ownerRepId());
        }
        if (row instanceof StageSpanRow span) {
            return covers(team, span.opportunity());
        }
        if (row instanceof LeadRow lead) {
            return lead.ownerRepId() != null && reps.contains(lead.ownerRepId());
        }
        if (row instanceof QuotaRow quota) {
            return reps.contains(quota.repId());
        }
        if (row instanceof TimeEntryRow entry) {
            return reps.contains(entry.repId());
        }
        if (row instanceof SalesRepRow rep) {
            return reps.contains(rep.id());
        }
        if (row instanceof ForecastRow forecast) {
            return TeamName.same(team, forecast.team());
        }
        return false;
    }

    @Override
    public String toString() {
        Map<String, TreeSet<String>> view = repsByTeam;
        return "TeamRoster" + view;
    }
}
