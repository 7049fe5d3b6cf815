package com.b2bsales.kpi.crm;

import static com.b2bsales.kpi.crm.CrmRows.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.H2Crm;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stays in stages are read from plain stage-history rows, in any physical order, and resume exactly. */
class StageSpanReaderTests {

    private static final ReportHorizon Q2 = ReportHorizon.of(
            ReportContext.of(ReportPeriod.parse("2026-Q2"), LocalDate.parse("2026-06-30")), 2);

    private DataSource crm;

    @BeforeEach
    void twoWonDealsWithTheirStagesStoredOutOfOrder() {
        crm = H2Crm.dataSource(H2Crm.create());
        JdbcTemplate sql = new JdbcTemplate(crm);
        sql.update("""
                INSERT INTO opportunity (id, account_id, owner_rep_id, created_at, stage, status, amount, closed_at)
                VALUES (1, 1, 1, TIMESTAMP '2026-04-01 09:00:00', 'Proposal', 'WON', 1000, TIMESTAMP '2026-04-20 09:00:00'),
                       (2, 1, 1, TIMESTAMP '2026-04-02 09:00:00', 'Qualification', 'WON', 500, TIMESTAMP '2026-04-09 09:00:00')""");
        sql.update("""
                INSERT INTO opportunity_stage_history (opportunity_id, stage, entered_at)
                VALUES (2, 'Qualification', TIMESTAMP '2026-04-05 09:00:00'),
                       (1, 'Proposal', TIMESTAMP '2026-04-10 09:00:00'),
                       (1, 'Discovery', TIMESTAMP '2026-04-01 09:00:00'),
                       (2, 'Discovery', TIMESTAMP '2026-04-02 09:00:00'),
                       (1, 'Qualification', TIMESTAMP '2026-04-03 09:00:00')""");
    }

    @Test
    void shouldGiveEachStayTheTimeTheDealEnteredItsNextStage() throws Exception {
        // when
        List<StageSpanRow> stays = readAll(reader(), new ExecutionContext(), Integer.MAX_VALUE);

        // then deal by deal, in the order each entered its stages; the last stay lasts until the deal closed
        assertThat(stays).extracting(stay -> stay.opportunity().id() + " " + stay.stage() + " "
                + stay.enteredAt() + " " + stay.leftAt()).containsExactly(
                "1 Discovery 2026-04-01T09:00 2026-04-03T09:00",
                "1 Qualification 2026-04-03T09:00 2026-04-10T09:00",
                "1 Proposal 2026-04-10T09:00 null",
                "2 Discovery 2026-04-02T09:00 2026-04-05T09:00",
                "2 Qualification 2026-04-05T09:00 null");
        assertThat(stays.get(2).days()).isEqualTo(10.0);
        assertThat(stays.get(1).leftAt()).isEqualTo(at("2026-04-10T09:00"));
    }

    @Test
    void shouldReadTheStaysOfADealWhoseIdIsDuplicatedOnceAndLeaveARowWithoutEnteredAtOutOfThePath() throws Exception {
        // given a view-like CRM: deal 1 stored twice (its stage rows join once per copy), a stage row without entered_at
        JdbcTemplate sql = new JdbcTemplate(crm);
        sql.execute("ALTER TABLE opportunity DROP PRIMARY KEY");
        sql.execute("ALTER TABLE opportunity_stage_history ALTER COLUMN entered_at SET NULL");
        sql.update("""
                INSERT INTO opportunity (id, account_id, owner_rep_id, created_at, stage, status, amount, closed_at)
                VALUES (1, 1, 1, TIMESTAMP '2026-04-01 09:00:00', 'Proposal', 'WON', 1000, TIMESTAMP '2026-04-20 09:00:00')""");
        sql.update("INSERT INTO opportunity_stage_history (opportunity_id, stage, entered_at) VALUES (2, 'Demo', NULL)");

        // when
        List<StageSpanRow> stays = readAll(reader(), new ExecutionContext(), Integer.MAX_VALUE);

        // then deal 1's stays once each; the row without entered_at is handed out (to be counted) but no stay ends at it
        assertThat(stays).extracting(stay -> stay.opportunity().id() + " " + stay.stage() + " "
                + stay.enteredAt() + " " + stay.leftAt()).containsExactly(
                "1 Discovery 2026-04-01T09:00 2026-04-03T09:00",
                "1 Qualification 2026-04-03T09:00 2026-04-10T09:00",
                "1 Proposal 2026-04-10T09:00 null",
                "2 Demo null null",
                "2 Discovery 2026-04-02T09:00 2026-04-05T09:00",
                "2 Qualification 2026-04-05T09:00 null");
        assertThat(stays.get(3).brokenRule()).contains(TrustRule.STAGE_HISTORY_MISSING_ENTERED_AT);
    }

    @Test
    void shouldResumeWithTheStayAfterTheLastOneHandedOut() throws Exception {
        // given a first run that handed out two stays, in the middle of the first deal, and saved its position
        List<StageSpanRow> uninterrupted = readAll(reader(), new ExecutionContext(), Integer.MAX_VALUE);
        ExecutionContext saved = new ExecutionContext();
        List<StageSpanRow> firstRun = readAll(reader(), saved, 2);

        // when a restarted step opens a new reader with the saved position
        List<StageSpanRow> secondRun = readAll(reader(), saved, Integer.MAX_VALUE);

        // then together they handed out every stay once, as an uninterrupted run does
        List<StageSpanRow> both = new ArrayList<>(firstRun);
        both.addAll(secondRun);
        assertThat(firstRun).hasSize(2);
        assertThat(both).isEqualTo(uninterrupted);
    }

    private ItemStreamReader<StageSpanRow> reader() {
        return new CrmReaders(crm, 100, CrmProfile.nativeSchema(), CrmTimes.LOCAL).stageSpans("conversion.stageSpans", Q2);
    }

    /** Opens with {@code context}, reads at most {@code limit} stays, saves the position in it and closes. */
    private static List<StageSpanRow> readAll(ItemStreamReader<StageSpanRow> reader, ExecutionContext context,
            int limit) throws Exception {
        List<StageSpanRow> stays = new ArrayList<>();
        reader.open(context);
        StageSpanRow stay;
        while (stays.size() < limit && (stay = reader.read()) != null) {
            stays.add(stay);
        }
        reader.update(context);
        reader.close();
        return stays;
    }
}
