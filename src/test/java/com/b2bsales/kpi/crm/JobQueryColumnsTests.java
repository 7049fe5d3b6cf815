package com.b2bsales.kpi.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.H2Crm;
import com.b2bsales.kpi.MariaDbCrm;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every job query selects exactly the columns its row mapper reads: the contract columns the mapper uses and the
 * extra columns the profile declares, none that no mapper reads, and none missing.
 */
class JobQueryColumnsTests {

    /** Each job query and the mapper its reader maps its rows with (CrmReaders). */
    private static final Map<String, Function<CrmRowMappers, RowMapper<?>>> MAPPERS = Map.ofEntries(
            Map.entry("contracts-by-account.sql", m -> m.contract),
            Map.entry("deals-closed.sql", m -> m.opportunity),
            Map.entry("deals-created-or-closed.sql", m -> m.opportunity),
            Map.entry("expenses.sql", m -> m.expense),
            Map.entry("forecasts.sql", m -> m.forecast),
            Map.entry("leads-created.sql", m -> m.lead),
            Map.entry("open-pipeline-candidates.sql", m -> m.opportunity),
            Map.entry("quotas.sql", m -> m.quota),
            Map.entry("sales-reps.sql", m -> m.salesRep),
            Map.entry("stage-spans.sql", m -> m.stageSpan),
            Map.entry("time-entries.sql", m -> m.timeEntry));

    private static final Pattern TABLE = Pattern.compile("\\{(\\w+)}");

    @Test
    void shouldSelectExactlyTheColumnsTheMappersReadOfTheNativeProfile() throws Exception {
        assertSelectedColumnsAreRead(H2Crm.dataSource(H2Crm.create()), CrmProfile.nativeSchema(), CrmTimes.LOCAL);
    }

    @Test
    void shouldSelectExactlyTheColumnsTheMappersReadOfTheSuiteCrmProfile() throws Exception {
        String url = MariaDbCrm.freshDatabase("kpi_job_query_columns", "db/suitecrm/schema-mysql.sql",
                "suitecrm/hand-dataset.sql");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("won_stages", List.of("Closed Won"));
        settings.put("lost_stages", List.of("Closed Lost"));
        settings.put("qualified_statuses", List.of("In Process", "Converted"));
        settings.put("contract_end_inclusive", 0);
        assertSelectedColumnsAreRead(new DriverManagerDataSource(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD),
                CrmProfile.load(CrmProfile.SUITECRM, settings), new CrmTimes(ZoneId.of("Europe/Berlin"), true));
    }

    @Test
    void shouldKnowTheMapperOfEveryJobQuery() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:com/b2bsales/kpi/crm/*.sql");
        assertThat(Arrays.stream(files).map(Resource::getFilename))
                .containsExactlyInAnyOrderElementsOf(MAPPERS.keySet());
    }

    private static void assertSelectedColumnsAreRead(DataSource crm, CrmProfile profile, CrmTimes times)
            throws Exception {
        Map<String, Object> bounds = new LinkedHashMap<>();
        bounds.put("from", LocalDateTime.parse("2026-01-01T00:00"));
        bounds.put("to", LocalDateTime.parse("2027-01-01T00:00"));
        bounds.put("earliest_m", LocalDate.parse("2026-01-01"));
        bounds.put("periods_end", LocalDate.parse("2027-01-01"));
        bounds.put("latest_m", LocalDateTime.parse("2027-01-01T00:00"));
        int checked = 0;
        for (Map.Entry<String, Function<CrmRowMappers, RowMapper<?>>> query : MAPPERS.entrySet()) {
            String sql = CrmReaders.sql(query.getKey());
            Matcher tables = TABLE.matcher(sql);
            boolean answered = true;
            while (tables.find()) {
                answered &= Arrays.stream(CrmTable.values())
                        .anyMatch(t -> t.sqlName().equals(tables.group(1)) && profile.query(t).isPresent());
            }
            if (!answered) {
                continue;
            }
            CrmReaders.Statement statement = CrmReaders.statement(profile, sql, bounds);
            try (Connection connection = crm.getConnection();
                    PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.arguments().length; i++) {
                    prepared.setObject(i + 1, statement.arguments()[i]);
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    Set<String> selected = new TreeSet<>();
                    ResultSetMetaData meta = rows.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        selected.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                    }
                    // every path of the mapper: flags 0 and 1
                    Set<String> read = new TreeSet<>();
                    for (Integer flag : new Integer[] {null, 1}) {
                        query.getValue().apply(new CrmRowMappers(times)).mapRow(recording(rows, flag, read), 0);
                    }
                    assertThat(selected).as(query.getKey() + " of the profile " + profile).hasSameElementsAs(read);
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    /** The result's labels, with every value read noted by its label and answered null (an integer: flag). */
    private static ResultSet recording(ResultSet rows, Integer flag, Set<String> read) {
        return (ResultSet) Proxy.newProxyInstance(JobQueryColumnsTests.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return rows.getMetaData();
                    }
                    if (args != null && args.length > 0 && args[0] instanceof String label) {
                        read.add(label.toLowerCase(Locale.ROOT));
                        return args.length == 2 && args[1] == Integer.class ? flag : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
