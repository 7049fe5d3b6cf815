package com.b2bsales.kpi.metrics;

import static com.b2bsales.kpi.crm.CrmRows.contract;
import static com.b2bsales.kpi.crm.CrmRows.forecast;
import static com.b2bsales.kpi.crm.CrmRows.lead;
import static com.b2bsales.kpi.crm.CrmRows.open;
import static com.b2bsales.kpi.crm.CrmRows.quota;
import static com.b2bsales.kpi.crm.CrmRows.rep;
import static com.b2bsales.kpi.crm.CrmRows.span;
import static com.b2bsales.kpi.crm.CrmRows.timeEntry;
import static com.b2bsales.kpi.crm.CrmRows.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.OpportunityRow;
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
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * A tally is saved in its step's execution context at every commit and read back when a failed
 * run is resumed. These tests save and restore tallies the way Spring Batch's default
 * execution-context serializer does, in the middle of the rows, and expect the same numbers as an
 * uninterrupted run.
 */
class TallyRestartTests {

    private static final ReportHorizon HORIZON = ReportHorizon.of(
            ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-07-15")), 2);

    private static final OpportunityRow DEAL = won(1, "2026-04-01T10:00", "2026-04-06T10:00", 1_000_000);

    /** Rows of every family, in the order their readers deliver them (contracts by account). */
    private static final List<CrmRow> ROWS = List.of(
            DEAL,
            open(2, "2026-03-01T10:00", "2026-05-01", 3_000_000),
            lead(1, "2026-04-02T10:00", "2026-04-03T10:00", "2026-04-04T10:00"),
            span(DEAL, "Qualify", "2026-04-01T10:00", null),
            forecast(1, null, "2026-04-01", "2026-07-01", 900_000, "2026-03-01T09:00"),
            contract(1, 1, "2025-01-01", "2026-05-01", 1_000),
            contract(2, 1, "2026-05-01", null, 1_200),
            contract(3, 2, "2026-04-10", null, 2_000),
            rep(1, "2025-01-01", null),
            quota(1, "2026-04-01", "2026-07-01", 1_000_000),
            timeEntry(1, "2026-04-02", "8", "6"));

    private static FamilyTallies newTallies() {
        return new FamilyTallies(new RevenueTally(HORIZON), new ConversionTally(HORIZON), new PipelineTally(HORIZON),
                new CustomerTally(HORIZON), new SalesTeamTally(HORIZON));
    }

    private static void add(FamilyTallies tallies, List<CrmRow> rows) {
        for (CrmRow row : rows) {
            for (Tally tally : List.of(tallies.revenue(), tallies.conversion(), tallies.pipeline(), tallies.customers(),
                    tallies.salesTeam())) {
                tally.add(row);
            }
        }
    }

    /** Saves the tallies as a step's execution context and reads them back. */
    @SuppressWarnings("unchecked")
    private static FamilyTallies savedAndRestored(FamilyTallies tallies) {
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        Map<String, Object> context = Map.of("revenue", tallies.revenue(), "conversion", tallies.conversion(),
                "pipeline", tallies.pipeline(), "customers", tallies.customers(), "salesTeam", tallies.salesTeam());
        try {
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            serializer.serialize(context, saved);
            Map<String, Object> restored = serializer.deserialize(new ByteArrayInputStream(saved.toByteArray()));
            return new FamilyTallies((RevenueTally) restored.get("revenue"), (ConversionTally) restored.get("conversion"),
                    (PipelineTally) restored.get("pipeline"), (CustomerTally) restored.get("customers"),
                    (SalesTeamTally) restored.get("salesTeam"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldGiveTheSameNumbersWhenResumedAfterACommitInsideAnAccount() {
        // given an uninterrupted run, and one saved after the first contract of account 1
        FamilyTallies uninterrupted = newTallies();
        add(uninterrupted, ROWS);
        FamilyTallies beforeStop = newTallies();
        add(beforeStop, ROWS.subList(0, 6));

        // when the resumed run reads the remaining rows
        FamilyTallies resumed = savedAndRestored(beforeStop);
        add(resumed, ROWS.subList(6, ROWS.size()));

        // then every metric of both periods is the same
        List<PeriodResults> expected = new KpiCalculator(HORIZON, uninterrupted).compute();
        List<PeriodResults> actual = new KpiCalculator(HORIZON, resumed).compute();
        for (int i = 0; i < expected.size(); i++) {
            for (MetricId id : MetricId.values()) {
                assertThat(actual.get(i).value(id)).as(id.id()).isEqualTo(expected.get(i).value(id));
            }
        }
        // and they are the right ones: the renewed account 1 was active on 04-01 and stays; account 2 is new
        // (retention (2 - 1) / 1 = 1.0), forecast 900,000 against 1,000,000 won (0.9)
        assertThat(actual.get(0).value(MetricId.CUSTOMER_RETENTION_RATE).value()).isCloseTo(1.0, within(1e-9));
        assertThat(actual.get(0).value(MetricId.FORECAST_ACCURACY).value()).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void shouldSaveEveryTallyAfterAllItsRows() {
        // given every row read
        FamilyTallies tallies = newTallies();
        add(tallies, ROWS);

        // when saved at the last commit and restored for the workbook
        FamilyTallies restored = savedAndRestored(tallies);

        // then 1,000,000 won, the forecast chosen, two customers on the last day
        PeriodResults q2 = new KpiCalculator(HORIZON, restored).compute().get(0);
        assertThat(q2.value(MetricId.TOTAL_REVENUE).value()).isCloseTo(1_000_000.0, within(1e-9));
        assertThat(q2.value(MetricId.FORECAST_ACCURACY).value()).isCloseTo(0.9, within(1e-9));
        assertThat(q2.result(MetricId.CUSTOMER_RETENTION_RATE).inputs().get(0).value()).isEqualTo(2L);
    }
}
