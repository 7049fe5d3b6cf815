package com.b2bsales.kpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

class DemoDataGeneratorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate FIRST_DAY = TODAY.minusYears(3);
    private static final long SEED = 42;
    private static final double SMALL_SCALE = 0.05;

    private static final List<String> TABLES = List.of("sales_rep", "account", "sales_lead", "opportunity",
            "opportunity_stage_history", "quota", "forecast", "expense", "time_entry", "contract");

    /** metrics.md, "Rows the job does not trust", per table. */
    private static final Map<String, String> UNTRUSTED = Map.of(
            "opportunity", """
                    amount IS NULL OR amount < 0 OR status NOT IN ('OPEN', 'WON', 'LOST')
                    OR (status IN ('WON', 'LOST') AND closed_at IS NULL) OR closed_at < created_at""",
            "sales_lead", "qualified_at < created_at OR converted_at < created_at",
            "contract", "end_date <= start_date OR annual_value IS NULL OR annual_value < 0",
            "time_entry", "total_hours < 0 OR selling_hours < 0 OR selling_hours > total_hours",
            "expense", "amount IS NULL OR amount < 0",
            "quota", "amount IS NULL OR amount < 0",
            "forecast", "amount IS NULL OR amount < 0");

    /** metrics.md: the rows that concern a report period P with window W = [:start, :cutoff). */
    private static final Map<String, String> CONCERNING_THE_PERIOD = Map.of(
            "opportunity", """
                    (created_at >= :start AND created_at < :cutoff) OR (closed_at >= :start AND closed_at < :cutoff)""",
            "sales_lead", "created_at >= :start AND created_at < :cutoff",
            "contract", "start_date < :cutoff AND (end_date IS NULL OR end_date > :start)",
            "time_entry", "work_date >= :start AND work_date < :cutoff",
            "expense", "incurred_on >= :start AND incurred_on < :cutoff",
            "quota", "period_start >= :start AND period_end <= :periodEnd",
            "forecast", "period_start >= :start AND period_end <= :periodEnd");

    private static final AtomicInteger databases = new AtomicInteger();

    private static JdbcTemplate smallDemo;
    private static JdbcTemplate fullDemo;

    @BeforeAll
    static void fillDemos() {
        smallDemo = filledCrm(SEED, SMALL_SCALE);
        fullDemo = filledCrm(SEED, 1.0);
    }

    @Test
    void shouldProduceIdenticalRowsForTheSameSeed() {
        // given
        JdbcTemplate again = emptyCrm();

        // when
        new DemoDataGenerator(SEED, SMALL_SCALE, TODAY).fill(again.getDataSource());

        // then
        assertThat(fingerprints(again)).isEqualTo(fingerprints(smallDemo));
    }

    @Test
    void shouldProduceDifferentRowsForADifferentSeed() {
        // given
        JdbcTemplate other = emptyCrm();

        // when
        new DemoDataGenerator(SEED + 1, SMALL_SCALE, TODAY).fill(other.getDataSource());

        // then
        Map<String, String> expected = fingerprints(smallDemo);
        Map<String, String> actual = fingerprints(other);
        for (String table : List.of("sales_rep", "account", "sales_lead", "opportunity", "time_entry", "expense")) {
            assertThat(actual.get(table)).as(table).isNotEqualTo(expected.get(table));
        }
    }

    @Test
    void shouldFillEveryTableAndCountWhatItInserted() {
        // given
        JdbcTemplate crm = emptyCrm();

        // when
        DemoDataSummary summary = new DemoDataGenerator(SEED, SMALL_SCALE, TODAY).fill(crm.getDataSource());

        // then
        assertThat(summary.rowsPerTable().keySet()).containsExactlyElementsOf(TABLES);
        for (String table : TABLES) {
            assertThat(summary.rows(table)).as(table)
                    .isPositive()
                    .isEqualTo(count(crm, "SELECT COUNT(*) FROM " + table));
        }
        assertThat(summary.total()).isEqualTo(summary.rowsPerTable().values().stream().mapToLong(n -> n).sum());
    }

    @Test
    void shouldScaleTheCompanyWithTheScale() {
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM sales_rep")).isEqualTo(40);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM account")).isEqualTo(1_500);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM sales_lead")).isEqualTo(20_000);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM opportunity")).isBetween(5_500L, 6_500L);

        // round(40 * sqrt(0.05)) = 9
        assertThat(count(smallDemo, "SELECT COUNT(*) FROM sales_rep")).isEqualTo(9);
        assertThat(count(smallDemo, "SELECT COUNT(*) FROM account")).isEqualTo(75);
        assertThat(count(smallDemo, "SELECT COUNT(*) FROM sales_lead")).isEqualTo(1_000);
    }

    @Test
    void shouldCreateNothingAfterTheEndOfYesterday() {
        String latestActivity = """
                SELECT MAX(t) FROM (
                    SELECT MAX(created_at) AS t FROM account
                    UNION ALL SELECT MAX(GREATEST(created_at, COALESCE(qualified_at, created_at),
                        COALESCE(converted_at, created_at), COALESCE(disqualified_at, created_at))) FROM sales_lead
                    UNION ALL SELECT MAX(GREATEST(created_at, COALESCE(closed_at, created_at))) FROM opportunity
                    UNION ALL SELECT MAX(entered_at) FROM opportunity_stage_history
                    UNION ALL SELECT MAX(submitted_at) FROM forecast
                    UNION ALL SELECT MAX(CAST(incurred_on AS TIMESTAMP)) FROM expense
                    UNION ALL SELECT MAX(CAST(work_date AS TIMESTAMP)) FROM time_entry
                    UNION ALL SELECT MAX(CAST(start_date AS TIMESTAMP)) FROM contract
                    UNION ALL SELECT MAX(CAST(GREATEST(hired_on, COALESCE(left_on, hired_on)) AS TIMESTAMP))
                        FROM sales_rep) AS activity""";
        for (JdbcTemplate crm : List.of(smallDemo, fullDemo)) {
            assertThat(crm.queryForObject(latestActivity, LocalDateTime.class))
                    .isBefore(TODAY.atStartOfDay())
                    .isAfterOrEqualTo(TODAY.minusDays(1).atStartOfDay());
            assertThat(crm.queryForObject("SELECT MIN(created_at) FROM sales_lead", LocalDateTime.class))
                    .isAfterOrEqualTo(FIRST_DAY.atStartOfDay());
        }
    }

    @Test
    void shouldSetClosedAtForWonAndLostDealsOnly() {
        for (JdbcTemplate crm : List.of(smallDemo, fullDemo)) {
            assertThat(count(crm, "SELECT COUNT(*) FROM opportunity WHERE status = 'OPEN' AND closed_at IS NOT NULL"))
                    .isZero();
            assertThat(count(crm, "SELECT COUNT(*) FROM opportunity WHERE status = 'LOST' AND closed_at IS NULL"))
                    .isZero();
        }
        // but for the one deliberately untrusted deal
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM opportunity WHERE status = 'WON' AND closed_at IS NULL"))
                .isOne();
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM opportunity WHERE status = 'OPEN'")).isPositive();
    }

    @Test
    void shouldKeepDeliberatelyUntrustedRowsBelowTwoPercentOfEveryTable() {
        for (JdbcTemplate crm : List.of(smallDemo, fullDemo)) {
            UNTRUSTED.forEach((table, rule) -> {
                long rows = count(crm, "SELECT COUNT(*) FROM " + table);
                long untrusted = count(crm, "SELECT COUNT(*) FROM " + table + " WHERE " + rule);
                assertThat((double) untrusted / rows).as(table).isLessThan(0.02);
            });
        }
    }

    @Test
    void shouldIncludeEveryKindOfUntrustedRowAtScaleOne() {
        List<String> oneOfEachKind = List.of(
                "SELECT COUNT(*) FROM opportunity WHERE amount IS NULL",
                "SELECT COUNT(*) FROM opportunity WHERE status = 'won'",
                "SELECT COUNT(*) FROM opportunity WHERE status = 'WON '",
                "SELECT COUNT(*) FROM opportunity WHERE status = 'WON' AND closed_at IS NULL",
                "SELECT COUNT(*) FROM opportunity WHERE closed_at < created_at",
                "SELECT COUNT(*) FROM sales_lead WHERE converted_at < created_at",
                "SELECT COUNT(*) FROM sales_lead WHERE qualified_at < created_at",
                "SELECT COUNT(*) FROM contract WHERE end_date <= start_date",
                "SELECT COUNT(*) FROM contract WHERE annual_value IS NULL",
                "SELECT COUNT(*) FROM time_entry WHERE selling_hours > total_hours",
                "SELECT COUNT(*) FROM expense WHERE amount < 0",
                "SELECT COUNT(*) FROM quota WHERE amount IS NULL");
        for (String query : oneOfEachKind) {
            assertThat(count(fullDemo, query)).as(query).isOne();
        }
    }

    @Test
    void shouldKeepEveryReportPeriodBelowTheJobsBadRowLimit() {
        for (JdbcTemplate crm : List.of(smallDemo, fullDemo)) {
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(crm);
            for (Period period : reportPeriods()) {
                MapSqlParameterSource window = new MapSqlParameterSource()
                        .addValue("start", period.start())
                        .addValue("cutoff", period.end().isAfter(TODAY) ? TODAY : period.end())
                        .addValue("periodEnd", period.end());
                CONCERNING_THE_PERIOD.forEach((table, concerning) -> {
                    Map<String, Object> counts = named.queryForMap("SELECT COUNT(*) AS rows_, COALESCE(SUM(CASE WHEN "
                            + UNTRUSTED.get(table) + " THEN 1 ELSE 0 END), 0) AS untrusted FROM " + table
                            + " WHERE " + concerning, window);
                    long rows = ((Number) counts.get("ROWS_")).longValue();
                    long untrusted = ((Number) counts.get("UNTRUSTED")).longValue();
                    assertThat(untrusted).as("%s rows in %s", table, period).isLessThanOrEqualTo(rows / 20);
                });
            }
        }
    }

    @Test
    void shouldEnterStagesInOrderStartingWithDiscoveryAtCreation() {
        List<String> stages = List.of("Discovery", "Qualification", "Proposal", "Negotiation");
        for (JdbcTemplate crm : List.of(smallDemo, fullDemo)) {
            Map<Long, List<StageEntered>> historyByDeal = new LinkedHashMap<>();
            crm.query("""
                    SELECT h.opportunity_id, h.stage, h.entered_at, o.created_at, o.stage AS current_stage
                    FROM opportunity_stage_history h JOIN opportunity o ON o.id = h.opportunity_id""",
                    (ResultSet row) -> {
                        historyByDeal.computeIfAbsent(row.getLong("opportunity_id"), id -> new ArrayList<>())
                                .add(new StageEntered(row.getString("stage"),
                                        row.getObject("entered_at", LocalDateTime.class),
                                        row.getObject("created_at", LocalDateTime.class),
                                        row.getString("current_stage")));
                    });

            assertThat(historyByDeal).hasSize((int) count(crm, "SELECT COUNT(*) FROM opportunity"));
            historyByDeal.forEach((deal, history) -> {
                history.sort((a, b) -> stages.indexOf(a.stage()) - stages.indexOf(b.stage()));
                assertThat(history).extracting(StageEntered::stage).as("deal %d", deal)
                        .containsExactlyElementsOf(stages.subList(0, history.size()));
                assertThat(history.get(0).enteredAt()).as("deal %d", deal).isEqualTo(history.get(0).createdAt());
                assertThat(history).extracting(StageEntered::enteredAt).as("deal %d", deal).isSorted();
                assertThat(history.get(history.size() - 1).stage()).isEqualTo(history.get(0).currentStage());
            });
        }
    }

    @Test
    void shouldNeverLetARepLeaveBeforeJoining() {
        for (JdbcTemplate crm : List.of(smallDemo, fullDemo)) {
            assertThat(count(crm, "SELECT COUNT(*) FROM sales_rep WHERE left_on < hired_on")).isZero();
            assertThat(count(crm, "SELECT COUNT(*) FROM sales_rep WHERE left_on IS NOT NULL")).isPositive();
            assertThat(count(crm, "SELECT COUNT(*) FROM sales_rep WHERE hired_on > ?", FIRST_DAY)).isPositive();
        }
    }

    @Test
    void shouldLookLikeTheSalesTeamTheSpecDescribesAtScaleOne() {
        assertThat(fullDemo.queryForList("SELECT DISTINCT team FROM sales_rep", String.class))
                .containsExactlyInAnyOrder("Enterprise", "Mid-Market", "SMB", "Public Sector");
        assertThat(fullDemo.queryForList("SELECT DISTINCT region FROM sales_rep", String.class))
                .containsExactlyInAnyOrder("EMEA", "Americas", "APAC");

        double leads = count(fullDemo, "SELECT COUNT(*) FROM sales_lead");
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM sales_lead WHERE qualified_at IS NOT NULL") / leads)
                .isBetween(0.30, 0.40);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM sales_lead WHERE converted_at IS NOT NULL") / leads)
                .isBetween(0.17, 0.23);

        double won = count(fullDemo, "SELECT COUNT(*) FROM opportunity WHERE status = 'WON'");
        double lost = count(fullDemo, "SELECT COUNT(*) FROM opportunity WHERE status = 'LOST'");
        assertThat(won / (won + lost)).isBetween(0.38, 0.48);
        assertThat((double) count(fullDemo, "SELECT COUNT(*) FROM opportunity WHERE units IS NOT NULL")
                / count(fullDemo, "SELECT COUNT(*) FROM opportunity")).isBetween(0.65, 0.75);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM opportunity WHERE MOD(amount, units) <> 0")).isZero();

        assertThat(quotaAttainment(fullDemo)).isBetween(0.50, 0.70);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM time_entry WHERE ISO_DAY_OF_WEEK(work_date) > 5")).isZero();
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM forecast WHERE team IS NULL"))
                .isGreaterThanOrEqualTo(12);
        assertThat(count(fullDemo, "SELECT COUNT(*) FROM contract WHERE end_date IS NULL")).isPositive();
        assertThat(count(fullDemo, """
                SELECT COUNT(*) FROM contract renewal JOIN contract previous
                  ON previous.account_id = renewal.account_id AND previous.end_date = renewal.start_date"""))
                .isPositive();
    }

    /** The share of reps with a quota who won at least that much, over the finished quarters after the first. */
    private static double quotaAttainment(JdbcTemplate crm) {
        long reps = 0;
        long attained = 0;
        for (Period quarter : reportPeriods()) {
            boolean finishedQuarter = quarter.end().equals(quarter.start().plusMonths(3))
                    && !quarter.end().isAfter(TODAY);
            if (finishedQuarter && quarter.start().isAfter(FIRST_DAY)) {
                Map<String, Object> counts = crm.queryForMap("""
                        SELECT COUNT(*) AS reps, COALESCE(SUM(CASE WHEN won >= target THEN 1 ELSE 0 END), 0) AS attained
                        FROM (SELECT q.rep_id, SUM(q.amount) AS target,
                                     (SELECT COALESCE(SUM(o.amount), 0) FROM opportunity o
                                      WHERE o.owner_rep_id = q.rep_id AND o.status = 'WON'
                                        AND o.closed_at >= ? AND o.closed_at < ?) AS won
                              FROM quota q WHERE q.period_start >= ? AND q.period_end <= ?
                              GROUP BY q.rep_id HAVING SUM(q.amount) > 0) AS per_rep""",
                        quarter.start(), quarter.end(), quarter.start(), quarter.end());
                reps += ((Number) counts.get("REPS")).longValue();
                attained += ((Number) counts.get("ATTAINED")).longValue();
            }
        }
        return (double) attained / reps;
    }

    /** Every month, quarter and year the demo data touches, as the job would report them. */
    private static List<Period> reportPeriods() {
        List<Period> periods = new ArrayList<>();
        for (LocalDate month = FIRST_DAY.withDayOfMonth(1); month.isBefore(TODAY); month = month.plusMonths(1)) {
            periods.add(new Period(month, month.plusMonths(1)));
            if ((month.getMonthValue() - 1) % 3 == 0) {
                periods.add(new Period(month, month.plusMonths(3)));
            }
            if (month.getMonthValue() == 1) {
                periods.add(new Period(month, month.plusYears(1)));
            }
        }
        return periods;
    }

    private static JdbcTemplate filledCrm(long seed, double scale) {
        JdbcTemplate crm = emptyCrm();
        new DemoDataGenerator(seed, scale, TODAY).fill(crm.getDataSource());
        return crm;
    }

    private static JdbcTemplate emptyCrm() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:demo-crm-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/crm/schema-h2.sql")).execute(dataSource);
        return new JdbcTemplate(dataSource);
    }

    private static long count(JdbcTemplate crm, String query, Object... arguments) {
        return crm.queryForObject(query, Long.class, arguments);
    }

    /** A SHA-256 per table over its rows, in a fixed order whatever order the database returns them in. */
    private static Map<String, String> fingerprints(JdbcTemplate crm) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<String> rows = crm.query("SELECT * FROM " + table, (row, number) -> asText(row));
            rows.sort(null);
            fingerprints.put(table, sha256(String.join("\n", rows)));
        }
        return fingerprints;
    }

    private static String asText(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
            text.append(row.getString(column)).append('|');
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Period(LocalDate start, LocalDate end) {
    }

    private record StageEntered(String stage, LocalDateTime enteredAt, LocalDateTime createdAt, String currentStage) {
    }
}
