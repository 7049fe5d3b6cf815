package com.b2bsales.kpi.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.MariaDbCrm;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The {@code suitecrm} profile on MariaDB with SuiteCRM 7.14.6's DDL and the hand-made dataset
 * ({@code src/test/resources/suitecrm}): each query returns exactly the rows worked out by hand
 * ({@code expected/<table>.csv}), and the job reads them as rows of the report zone (Europe/Berlin).
 */
class SuiteCrmProfileTests {

    private static String url;

    @BeforeAll
    static void loadSuiteCrm() {
        url = MariaDbCrm.freshDatabase("kpi_suitecrm_profile", "db/suitecrm/schema-mysql.sql", "suitecrm/hand-dataset.sql");
    }

    @ParameterizedTest
    @EnumSource(value = CrmTable.class, names = {"SALES_REP", "ACCOUNT", "SALES_LEAD", "OPPORTUNITY",
            "OPPORTUNITY_STAGE_HISTORY", "EXPENSE", "CONTRACT"})
    void shouldReturnTheRowsWorkedOutByHand(CrmTable table) throws Exception {
        assertThat(rowsOf(profile(false), table)).containsExactlyInAnyOrderElementsOf(expected(table.sqlName()));
    }

    @Test
    void shouldEndContractsADayLaterWhenSuiteCrmEndDatesAreInclusive() throws Exception {
        assertThat(rowsOf(profile(true), CrmTable.CONTRACT))
                .containsExactlyInAnyOrderElementsOf(expected("contract_end_inclusive"));
    }

    @Test
    void shouldHaveNoQueryForWhatSuiteCrmDoesNotRecord() {
        assertThat(profile(false).query(CrmTable.TIME_ENTRY)).isEmpty();
        assertThat(profile(false).query(CrmTable.QUOTA)).isEmpty();
        assertThat(profile(false).query(CrmTable.FORECAST)).isEmpty();
    }

    @Test
    void shouldTakeTheDateOfAUtcTimestampInTheReportZone() {
        // seed_sally_id left at 2026-03-31 23:30 UTC: 2026-04-01 in Berlin
        CrmReaders readers = new CrmReaders(new DriverManagerDataSource(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD),
                100, profile(false), new CrmTimes(ZoneId.of("Europe/Berlin"), true));
        Map<String, SalesRepRow> reps = new LinkedHashMap<>();
        readers.allSalesReps().forEach(rep -> reps.put(rep.id(), rep));

        assertThat(reps.get("seed_sally_id").leftOn()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(reps.get("1").hiredOn()).isEqualTo(LocalDate.parse("2024-01-01"));
        // hired 2026-01-10 23:59:59 UTC: 2026-01-11 in Berlin
        assertThat(reps.get("dddddddd-0000-4000-8000-000000000007").hiredOn()).isEqualTo(LocalDate.parse("2026-01-11"));
    }

    @Test
    void shouldReadTheRowsOfTheReportZone() {
        // given the rows the job reads, in Europe/Berlin (UTC+2 from 2026-03-29)
        CrmRowMappers berlin = new CrmRowMappers(new CrmTimes(ZoneId.of("Europe/Berlin"), true));
        JdbcTemplate sql = new JdbcTemplate(new DriverManagerDataSource(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD));
        Map<String, OpportunityRow> deals = new LinkedHashMap<>();
        query(sql, CrmTable.OPPORTUNITY, berlin.opportunity).forEach(deal -> deals.put(deal.id(), deal));
        Map<String, LeadRow> leads = new LinkedHashMap<>();
        query(sql, CrmTable.SALES_LEAD, berlin.lead).forEach(lead -> leads.put(lead.id(), lead));
        Map<String, ExpenseRow> expenses = new LinkedHashMap<>();
        query(sql, CrmTable.EXPENSE, berlin.expense).forEach(expense -> expenses.put(expense.id(), expense));

        // then o1: audit-based closed_at converted
        OpportunityRow o1 = deals.get("bbbbbbbb-0000-4000-8000-000000000001");
        assertThat(o1.createdAt()).isEqualTo(LocalDateTime.parse("2026-04-01T10:00"));
        assertThat(o1.closedAt()).isEqualTo(LocalDateTime.parse("2026-05-05T11:00"));
        // o2: no audit row, closed at date_closed 00:00 local (not converted); created at its UTC midnight + 2 h
        OpportunityRow o2 = deals.get("bbbbbbbb-0000-4000-8000-000000000002");
        assertThat(o2.closedAt()).isEqualTo(LocalDateTime.parse("2026-06-30T00:00"));
        assertThat(o2.createdAt()).isEqualTo(LocalDateTime.parse("2026-05-01T02:00"));
        // o3: imported after it closed: created when it closed
        OpportunityRow o3 = deals.get("bbbbbbbb-0000-4000-8000-000000000003");
        assertThat(o3.createdAt()).isEqualTo(LocalDateTime.parse("2026-02-15T00:00")).isEqualTo(o3.closedAt());
        // o6: won 2026-03-31 22:30 UTC, in Q2 in Berlin
        assertThat(deals.get("bbbbbbbb-0000-4000-8000-000000000006").closedAt())
                .isEqualTo(LocalDateTime.parse("2026-04-01T00:30"));
        // l6: entered 2026-06-30 22:30 UTC, in Q3 in Berlin
        assertThat(leads.get("cccccccc-0000-4000-8000-000000000006").createdAt())
                .isEqualTo(LocalDateTime.parse("2026-07-01T00:30"));
        // c5: no dates, the date of date_entered 2026-06-30 22:00 UTC in Berlin
        assertThat(expenses.get("ffffffff-0000-4000-8000-000000000005").incurredOn())
                .isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(expenses.get("ffffffff-0000-4000-8000-000000000004").incurredOn())
                .isEqualTo(LocalDate.parse("2026-06-30"));
    }

    @Test
    void shouldStartTheStageHistoryOfADealImportedAfterItClosedWhenItClosed() {
        CrmRowMappers berlin = new CrmRowMappers(new CrmTimes(ZoneId.of("Europe/Berlin"), true));
        JdbcTemplate sql = new JdbcTemplate(new DriverManagerDataSource(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD));
        CrmReaders.Statement spans = CrmReaders.statement(profile(false), CrmReaders.sql("stage-spans.sql"), Map.of(
                "from", LocalDateTime.parse("2026-01-01T00:00"), "to", LocalDateTime.parse("2026-03-01T00:00")));

        List<StageSpanRow> rows = sql.query(spans.sql(), berlin.stageSpan, spans.arguments());

        assertThat(rows).extracting(StageSpanRow::stage, StageSpanRow::enteredAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Closed Won", LocalDateTime.parse("2026-02-15T00:00")));
    }

    private <T> List<T> query(JdbcTemplate sql, CrmTable table, org.springframework.jdbc.core.RowMapper<T> mapper) {
        CrmReaders.Statement statement = CrmReaders.statement(profile(false), "SELECT * FROM {" + table.sqlName() + "} t",
                Map.of());
        return sql.query(statement.sql(), mapper, statement.arguments());
    }

    private static CrmProfile profile(boolean contractEndInclusive) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("won_stages", List.of("Closed Won"));
        settings.put("lost_stages", List.of("Closed Lost"));
        settings.put("qualified_statuses", List.of("In Process", "Converted"));
        settings.put("contract_end_inclusive", contractEndInclusive ? 1 : 0);
        return CrmProfile.load(CrmProfile.SUITECRM, settings);
    }

    /** The query's rows as CSV lines: NULL empty, values as the server prints them. */
    private static List<String> rowsOf(CrmProfile profile, CrmTable table) throws Exception {
        CrmReaders.Statement statement = CrmReaders.statement(profile, "SELECT * FROM {" + table.sqlName() + "} t",
                Map.of());
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD);
                PreparedStatement sql = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.arguments().length; i++) {
                sql.setObject(i + 1, statement.arguments()[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        String value = rows.getString(c);
                        values.add(value == null ? "" : value);
                    }
                    lines.add(String.join(",", values));
                }
            }
        }
        return lines;
    }

    private static List<String> expected(String file) throws Exception {
        String csv = new ClassPathResource("suitecrm/expected/" + file + ".csv").getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n")));
        lines.remove(0);
        lines.removeIf(String::isBlank);
        return lines;
    }
}
