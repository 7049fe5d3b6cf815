package com.b2bsales.kpi.crm;

import java.util.Locale;

/**
 * How a team named in the settings ({@code report.teams}) finds its rows: {@code sales_rep.team} and
 * {@code forecast.team} name it, ignoring case and surrounding spaces (CRMs are typed in by hand).
 */
public final class TeamName {

    private TeamName() {
    }

    /** Whether the CRM's {@code crmTeam} (null: no team) names the configured {@code team}. */
    public static boolean same(String team, String crmTeam) {
        return crmTeam != null && normalized(crmTeam).equals(normalized(team));
    }

    private static String normalized(String team) {
        return team.trim().toLowerCase(Locale.ROOT);
    }
}
