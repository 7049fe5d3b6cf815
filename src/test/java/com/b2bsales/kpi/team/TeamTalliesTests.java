package com.b2bsales.kpi.team;

import static com.b2bsales.kpi.crm.CrmRows.contract;
import static com.b2bsales.kpi.crm.CrmRows.deal;
import static com.b2bsales.kpi.crm.CrmRows.forecast;
import static com.b2bsales.kpi.crm.CrmRows.quota;
import static com.b2bsales.kpi.crm.CrmRows.timeEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
import com.b2bsales.kpi.crm.SalesRepRow;
import com.b2bsales.kpi.metrics.PipelineTally;
import com.b2bsales.kpi.metrics.RevenueTally;
import com.b2bsales.kpi.metrics.Tally;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/** A family's tallies per team: which rows a team's tally gets, and that they survive a restart. */
class TeamTalliesTests {

    private static final ReportHorizon HORIZON = ReportHorizon.of(
            ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-07-15")), 2);

    /** Rep 1 in "East", rep 2 in " west coast " (case and spaces of the CRM), rep 3 in no team. */
    private static final TeamRoster ROSTER = TeamRoster.of(List.of("East", "West Coast"), List.of(
            new SalesRepRow("1", "Alice", "East", LocalDate.parse("2025-01-01"), null),
            new SalesRepRow("2", "Carol", " west coast ", LocalDate.parse("2025-01-01"), null),
            new SalesRepRow("3", "Erin", null, LocalDate.parse("2025-01-01"), null)));

    private static OpportunityRow wonBy(long id, long rep, long amount) {
        return deal(id).owner(rep).createdAt("2026-04-02T10:00").status(OpportunityRow.WON)
                .closedAt("2026-04-10T10:00").amount(amount).build();
    }

    @Test
    void shouldGiveATeamOnlyTheRowsOfItsRepsAndItsOwnForecast() {
        // given
        TeamRoster roster = ROSTER;

        // then deals, quotas and time entries go by rep; forecasts by team name; contracts to no team
        assertThat(roster.covers("East", wonBy(1, 1, 100))).isTrue();
        assertThat(roster.covers("East", wonBy(2, 2, 100))).isFalse();
        assertThat(roster.covers("West Coast", wonBy(2, 2, 100))).isTrue();
        assertThat(roster.covers("East", deal(3).owner(null).build())).isFalse();
        assertThat(roster.covers("East", quota(1, "2026-04-01", "2026-07-01", 10))).isTrue();
        assertThat(roster.covers("East", timeEntry(2, "2026-04-02", "8", "4"))).isFalse();
        assertThat(roster.covers("East", forecast(1, "east", "2026-04-01", "2026-07-01", 10, "2026-03-01T09:00")))
                .isTrue();
        assertThat(roster.covers("East", forecast(2, null, "2026-04-01", "2026-07-01", 10, "2026-03-01T09:00")))
                .isFalse();
        assertThat(roster.covers("East", contract(1, 1, "2025-01-01", null, 10))).isFalse();
        assertThat(roster.reps("West Coast")).containsExactly("2");
    }

    @Test
    void shouldKeepTheCompanyAndEachTeamApartAcrossARestart() {
        // given deals of both teams and of a rep in none, saved after the first two
        List<CrmRow> rows = List.of(wonBy(1, 1, 1_000), wonBy(2, 2, 2_000), wonBy(3, 3, 4_000), wonBy(4, 1, 8_000));
        TeamTallies beforeStop = new TeamTallies(ROSTER, team -> new RevenueTally(HORIZON));
        rows.subList(0, 2).forEach(beforeStop::add);

        // when the resumed step adds the rest to the saved tallies
        TeamTallies resumed = savedAndRestored(beforeStop);
        rows.subList(2, rows.size()).forEach(resumed::add);

        // then
        assertThat(revenue(resumed.company())).isCloseTo(15_000, within(1e-9));
        assertThat(revenue(resumed.team("East"))).isCloseTo(9_000, within(1e-9));
        assertThat(revenue(resumed.team("West Coast"))).isCloseTo(2_000, within(1e-9));
    }

    @Test
    void shouldMeasureATeamAgainstItsOwnForecast() {
        // given a company-wide forecast and East's
        TeamTallies pipeline = new TeamTallies(ROSTER, team -> new PipelineTally(HORIZON, team));
        pipeline.add(forecast(1, null, "2026-04-01", "2026-07-01", 50_000, "2026-03-01T09:00"));
        pipeline.add(forecast(2, "East", "2026-04-01", "2026-07-01", 10_000, "2026-03-01T09:00"));

        // then
        assertThat(chosenForecast(pipeline.company())).contains(50_000.0);
        assertThat(chosenForecast(pipeline.team("East"))).contains(10_000.0);
        assertThat(chosenForecast(pipeline.team("West Coast"))).isEmpty();
        assertThat(((PipelineTally) pipeline.team("West Coast")).forecastOf()).isEqualTo("team West Coast");
    }

    private static double revenue(Tally tally) {
        return ((RevenueTally) tally).totals(0).revenue().doubleValue();
    }

    private static Optional<Double> chosenForecast(Tally tally) {
        return ((PipelineTally) tally).totals(0).forecast().map(f -> f.amount().doubleValue());
    }

    /** Saved as a step's execution context is, and read back. */
    private static TeamTallies savedAndRestored(TeamTallies tallies) {
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        try {
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            serializer.serialize(Map.of("revenue.tally", tallies), saved);
            return (TeamTallies) serializer.deserialize(new ByteArrayInputStream(saved.toByteArray())).get("revenue.tally");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
