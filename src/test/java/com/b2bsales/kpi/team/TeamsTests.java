package com.b2bsales.kpi.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.delivery.MailSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which teams get a workbook (report.teams) and who gets each one's mail (report.mail.team-recipients). */
class TeamsTests {

    private static MailSettings mail(Map<String, List<String>> teamRecipients, Map<String, List<String>> oldTeams) {
        return new MailSettings(false, List.of(), null, List.of(), null, null, Duration.ofSeconds(10),
                new MailSettings.Retry(3, Duration.ofSeconds(2)), teamRecipients, oldTeams);
    }

    @Test
    void shouldGiveATeamWithoutRecipientsItsWorkbookButNoMail() {
        // given two teams, recipients for East only
        Teams teams = Teams.of(List.of("East", "West Coast"), mail(Map.of("East", List.of("east@example.com")), null));

        // then
        assertThat(teams.names()).containsExactly("East", "West Coast");
        assertThat(teams.recipients("East")).containsExactly("east@example.com");
        assertThat(teams.recipients("West Coast")).isEmpty();
        assertThat(teams.warning()).isEmpty();
    }

    @Test
    void shouldReadTheOldSettingAsTheTeamsAndTheirRecipientsWithAWarning() {
        // given report.mail.teams only, in the order of the config
        Map<String, List<String>> old = new LinkedHashMap<>();
        old.put("West Coast", List.of("west@example.com"));
        old.put("East", List.of());
        Teams teams = Teams.of(null, mail(null, old));

        // then
        assertThat(teams.names()).containsExactly("West Coast", "East");
        assertThat(teams.recipients("West Coast")).containsExactly("west@example.com");
        assertThat(teams.recipients("East")).isEmpty();
        assertThat(teams.warning()).hasValueSatisfying(warning -> assertThat(warning).contains("report.teams")
                .contains("report.mail.team-recipients"));
    }

    @Test
    void shouldRefuseRecipientsOfATeamNotInTheTeamsExactly() {
        assertThatThrownBy(() -> Teams.of(List.of("East"), mail(Map.of("east", List.of("e@example.com")), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("report.mail.team-recipients names team east, which is not in report.teams (East)");
        assertThatThrownBy(() -> Teams.of(null, mail(Map.of("East", List.of("e@example.com")), null)))
                .hasMessageContaining("not in report.teams (none)");
    }

    @Test
    void shouldRefuseTheOldSettingBesideTheNewOnes() {
        Map<String, List<String>> old = Map.of("East", List.of("e@example.com"));
        assertThatThrownBy(() -> Teams.of(List.of("East"), mail(null, old)))
                .hasMessageStartingWith("report.mail.teams is set beside report.teams");
        assertThatThrownBy(() -> Teams.of(null, mail(Map.of("East", List.of("e@example.com")), old)))
                .hasMessageStartingWith("report.mail.teams is set beside report.teams");
    }

    @Test
    void shouldRefuseABlankOrRepeatedTeam() {
        assertThatThrownBy(() -> Teams.of(List.of("East", " "), mail(null, null))).hasMessageContaining("blank team");
        assertThatThrownBy(() -> Teams.of(List.of("East", "East"), mail(null, null)))
                .hasMessage("report.teams names team East twice");
    }

    @Test
    void shouldReadNoRepWhenThereIsNoTeam() {
        // given no team
        Teams none = Teams.of(List.of(), mail(null, null));

        // then the reps are not read
        assertThat(none.roster(() -> {
            throw new AssertionError("reps read");
        }).teams()).isEmpty();
        Teams east = Teams.of(List.of("East"), mail(null, null));
        assertThat(east.roster(() -> List.of(new SalesRepRow("1", "Alice", " east ",
                LocalDate.parse("2025-01-01"), null))).reps("East")).containsExactly("1");
    }
}
