package com.b2bsales.kpi.team;

import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.delivery.MailSettings;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The teams that get a workbook of their own ({@code report.teams}, environment {@code REPORT_TEAMS}: names as in
 * {@code sales_rep.team}) and who gets each one's mail ({@code report.mail.team-recipients}, by the same names,
 * exactly). One setting per decision: a team without recipients gets its workbook and no mail.
 *
 * <p>The setting before these, {@code report.mail.teams} (team to recipients), still works and means both; it
 * cannot be combined with them.
 *
 * @param names      in the order of the setting
 * @param recipients of the teams that are mailed
 * @param deprecated whether the names and recipients come from {@code report.mail.teams}
 */
public record Teams(List<String> names, Map<String, List<String>> recipients, boolean deprecated) {

    private static final Logger log = LoggerFactory.getLogger(Teams.class);

    public Teams {
        names = List.copyOf(names);
        recipients = Collections.unmodifiableMap(new LinkedHashMap<>(recipients));
    }

    /**
     * @param teams {@code report.teams}, null when not set
     * @throws IllegalArgumentException naming the setting: a blank or repeated team, recipients of a team that is
     *                                  not in {@code report.teams}, or the old and the new settings both set
     */
    public static Teams of(List<String> teams, MailSettings mail) {
        List<String> names = teams == null ? List.of() : teams;
        boolean current = !names.isEmpty() || !mail.teamRecipients().isEmpty();
        if (!mail.teams().isEmpty()) {
            if (current) {
                throw new IllegalArgumentException("report.mail.teams is set beside report.teams and "
                        + "report.mail.team-recipients, which replace it: keep only report.teams (the teams) and "
                        + "report.mail.team-recipients (who gets each one's workbook)");
            }
            return new Teams(List.copyOf(mail.teams().keySet()), mailed(mail.teams()), true);
        }
        Set<String> seen = new HashSet<>();
        for (String team : names) {
            if (team == null || team.isBlank()) {
                throw new IllegalArgumentException("report.teams names a blank team: each is a team as in sales_rep.team");
            }
            if (!seen.add(team)) {
                throw new IllegalArgumentException("report.teams names team " + team + " twice");
            }
        }
        for (String team : mail.teamRecipients().keySet()) {
            if (!names.contains(team)) {
                throw new IllegalArgumentException("report.mail.team-recipients names team " + team
                        + ", which is not in report.teams (" + (names.isEmpty() ? "none" : String.join(", ", names))
                        + "): add it to report.teams, or remove its recipients");
            }
        }
        return new Teams(names, mailed(mail.teamRecipients()), false);
    }

    private static Map<String, List<String>> mailed(Map<String, List<String>> byTeam) {
        Map<String, List<String>> mailed = new LinkedHashMap<>();
        byTeam.forEach((team, recipients) -> {
            if (!recipients.isEmpty()) {
                mailed.put(team, recipients);
            }
        });
        return mailed;
    }

    /** The one line a run prints when it reads the old setting, naming the new ones. */
    public Optional<String> warning() {
        return deprecated ? Optional.of("report.mail.teams is read as before, but replaced: name the teams in "
                + "report.teams (REPORT_TEAMS) and their recipients in report.mail.team-recipients") : Optional.empty();
    }

    /** Who gets the team's workbook; empty when nobody does. */
    public List<String> recipients(String team) {
        return recipients.getOrDefault(team, List.of());
    }

    /**
     * The roster of these teams from the CRM's reps, read only when there are teams. A team without a rep is
     * logged: its workbook will be empty.
     */
    public TeamRoster roster(Supplier<List<SalesRepRow>> reps) {
        if (names.isEmpty()) {
            return TeamRoster.NONE;
        }
        TeamRoster roster = TeamRoster.of(names, reps.get());
        for (String team : roster.teams()) {
            if (roster.reps(team).isEmpty()) {
                log.warn("Team '{}' of report.teams has no rep in the CRM (sales_rep.team): its workbook will be empty",
                        team);
            }
        }
        return roster;
    }
}
