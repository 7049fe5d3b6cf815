package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * The CRM queries of the job, each a streaming cursor over one SQL file of this package, bounded by the horizon's
 * dates. A file names the contract tables it reads as {@code {opportunity}}: each becomes the profile's query for
 * the table as a derived table, {@code FROM (<profile query>) opportunity}, so the server still filters (and, for
 * the native profile, MariaDB merges the derived table and uses the table's indexes). The bounds are named
 * parameters, bound with the profile's settings. A table the profile has no query for has no rows. A file selects
 * {@code {opportunity.columns}}: the columns the row mappers read from the table (aliased by its name), then the extra
 * columns the profile declares for it, no others. It orders by {@code {opportunity.order}}: the column the profile
 * orders the table by, {@code id} unless it names another (a stored key the server reads in order, not sorting).
 *
 * <p>When the profile stores DATETIMEs in UTC, every bound is widened by a day on each side and the window is
 * tested exactly in Java, after the conversion to the report zone. A reader saves how many rows it has read, so a
 * restarted step skips exactly those.
 */
public final class CrmReaders {

    private static final Pattern TABLE = Pattern.compile("\\{(\\w+)}");
    private static final Pattern COLUMNS = Pattern.compile("\\{(\\w+)\\.columns}");
    private static final Pattern ORDER = Pattern.compile("\\{(\\w+)\\.order}");

    private final DataSource crm;
    private final int fetchSize;
    private final CrmProfile profile;
    private final CrmTimes times;

    /**
     * @param fetchSize rows per round trip; {@code Integer.MIN_VALUE} makes MySQL Connector/J stream
     *                  row by row instead of loading the whole result into memory
     */
    public CrmReaders(DataSource crm, int fetchSize, CrmProfile profile, CrmTimes times) {
        this.crm = crm;
        this.fetchSize = fetchSize;
        this.profile = profile;
        this.times = times;
    }

    public ItemStreamReader<OpportunityRow> dealsClosed(String name, ReportHorizon horizon) {
        LocalDateTime from = from(horizon);
        LocalDateTime to = to(horizon);
        return reader(name, "deals-closed.sql", m -> m.opportunity, window(from, to),
                deal -> within(deal.closedAt(), from, to));
    }

    public ItemStreamReader<OpportunityRow> dealsCreatedOrClosed(String name, ReportHorizon horizon) {
        LocalDateTime from = from(horizon);
        LocalDateTime to = to(horizon);
        return reader(name, "deals-created-or-closed.sql", m -> m.opportunity, window(from, to),
                deal -> deal.createdAt() == null || within(deal.createdAt(), from, to)
                        || within(deal.closedAt(), from, to));
    }

    public ItemStreamReader<OpportunityRow> openPipelineCandidates(String name, ReportHorizon horizon) {
        LocalDate earliestM = horizon.contexts().stream().map(ReportContext::coverageInstant)
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate latestM = horizon.contexts().stream().map(ReportContext::coverageInstant)
                .max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Object> bounds = new LinkedHashMap<>();
        bounds.put("earliest_m", earliestM);
        bounds.put("periods_end", horizon.periodsEnd());
        bounds.put("latest_m", latestM.atStartOfDay());
        return reader(name, "open-pipeline-candidates.sql", m -> m.opportunity, bounds,
                deal -> within(deal.expectedCloseDate(), earliestM, horizon.periodsEnd())
                        && deal.createdAt() != null && deal.createdAt().isBefore(latestM.atStartOfDay()));
    }

    public ItemStreamReader<StageSpanRow> stageSpans(String name, ReportHorizon horizon) {
        LocalDateTime from = from(horizon);
        LocalDateTime to = to(horizon);
        ItemStreamReader<StageSpanRow> entries = reader(name + ".entries", "stage-spans.sql", m -> m.stageSpan,
                window(from, to), span -> within(span.opportunity().closedAt(), from, to));
        if (entries instanceof JdbcCursorItemReader<StageSpanRow> cursor) {
            cursor.setSaveState(false);
        }
        return new StageSpanReader(name, entries);
    }

    public ItemStreamReader<LeadRow> leadsCreated(String name, ReportHorizon horizon) {
        LocalDateTime from = from(horizon);
        LocalDateTime to = to(horizon);
        return reader(name, "leads-created.sql", m -> m.lead, window(from, to),
                lead -> lead.createdAt() == null || within(lead.createdAt(), from, to));
    }

    public ItemStreamReader<ForecastRow> forecasts(String name, ReportHorizon horizon) {
        Predicate<ForecastRow> withinPeriods = forecast -> forecast.periodStart() == null
                || forecast.periodEnd() == null || !forecast.periodStart().isBefore(horizon.from())
                && !forecast.periodEnd().isAfter(horizon.periodsEnd());
        return profile.fileFor(CrmTable.FORECAST)
                .<ItemStreamReader<ForecastRow>>map(file -> new ListRowsReader<>(name,
                        SettingsFileRows.forecasts(file).stream().filter(withinPeriods).toList()))
                .orElseGet(() -> reader(name, "forecasts.sql", m -> m.forecast,
                        window(horizon.from(), horizon.periodsEnd()), withinPeriods));
    }

    public ItemStreamReader<ContractRow> contractsByAccount(String name) {
        return reader(name, "contracts-by-account.sql", m -> m.contract, Map.of(), contract -> true);
    }

    public ItemStreamReader<ExpenseRow> expenses(String name, ReportHorizon horizon) {
        return reader(name, "expenses.sql", m -> m.expense, window(horizon.from(), horizon.to()),
                expense -> expense.incurredOn() == null || within(expense.incurredOn(), horizon.from(), horizon.to()));
    }

    public ItemStreamReader<SalesRepRow> salesReps(String name) {
        return reader(name, "sales-reps.sql", m -> m.salesRep, Map.of(), rep -> true);
    }

    /** Every rep at once: they are few, and the teams step needs them before the family steps. */
    public List<SalesRepRow> allSalesReps() {
        if (profile.query(CrmTable.SALES_REP).isEmpty()) {
            return List.of();
        }
        Statement statement = statement("sales-reps.sql", Map.of());
        return new JdbcTemplate(crm).query(statement.sql(), new ArgumentPreparedStatementSetter(statement.arguments()),
                new CrmRowMappers(times).salesRep);
    }

    public ItemStreamReader<QuotaRow> quotas(String name, ReportHorizon horizon) {
        Predicate<QuotaRow> withinPeriods = quota -> quota.periodStart() == null || quota.periodEnd() == null
                || !quota.periodStart().isBefore(horizon.from()) && !quota.periodEnd().isAfter(horizon.periodsEnd());
        return profile.fileFor(CrmTable.QUOTA)
                .<ItemStreamReader<QuotaRow>>map(file -> new ListRowsReader<>(name,
                        SettingsFileRows.quotas(file, repIdsByUserName()).stream().filter(withinPeriods).toList()))
                .orElseGet(() -> reader(name, "quotas.sql", m -> m.quota,
                        window(horizon.from(), horizon.periodsEnd()), withinPeriods));
    }

    /**
     * The reps by the name they log in with, for quotas from a file: the {@code user_name} column the profile's
     * {@code sales_rep} query returns after the contract's (exact, as stored), else the rep's id.
     */
    private Map<String, String> repIdsByUserName() {
        if (profile.query(CrmTable.SALES_REP).isEmpty()) {
            return Map.of();
        }
        Statement statement = statement(profile, "SELECT * FROM {sales_rep} t", Map.of());
        Map<String, String> reps = new LinkedHashMap<>();
        new JdbcTemplate(crm).query(statement.sql(), new ArgumentPreparedStatementSetter(statement.arguments()),
                (RowCallbackHandler) rs -> {
                    boolean named = false;
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        named |= rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("user_name");
                    }
                    String id = rs.getString("id");
                    String key = named ? rs.getString("user_name") : id;
                    if (id != null && key != null) {
                        reps.putIfAbsent(key, id);
                    }
                });
        return reps;
    }

    public ItemStreamReader<TimeEntryRow> timeEntries(String name, ReportHorizon horizon) {
        return reader(name, "time-entries.sql", m -> m.timeEntry, window(horizon.from(), horizon.to()),
                entry -> true);
    }

    private static LocalDateTime from(ReportHorizon horizon) {
        return horizon.from().atStartOfDay();
    }

    private static LocalDateTime to(ReportHorizon horizon) {
        return horizon.to().atStartOfDay();
    }

    private static Map<String, Object> window(Object from, Object to) {
        Map<String, Object> bounds = new LinkedHashMap<>();
        bounds.put("from", from);
        bounds.put("to", to);
        return bounds;
    }

    private static <T extends Comparable<? super T>> boolean within(T value, T from, T to) {
        return value != null && value.compareTo(from) >= 0 && value.compareTo(to) < 0;
    }

    /**
     * @param exactly the SQL's test, made again in Java on the converted values (only for a profile whose
     *                DATETIMEs are in UTC, whose SQL bounds are a day wider)
     */
    private <T> ItemStreamReader<T> reader(String name, String sqlFile, Function<CrmRowMappers, RowMapper<T>> mapper,
            Map<String, Object> bounds, Predicate<? super T> exactly) {
        if (!TABLE.matcher(sql(sqlFile)).results().allMatch(table -> profile.query(table(table.group(1))).isPresent())) {
            return new ListRowsReader<>(name, List.of());
        }
        Statement statement = statement(sqlFile, times.storedInUtc() ? widened(bounds) : bounds);
        JdbcCursorItemReader<T> cursor = new JdbcCursorItemReaderBuilder<T>()
                .name(name)
                .dataSource(crm)
                .sql(statement.sql())
                .preparedStatementSetter(new ArgumentPreparedStatementSetter(statement.arguments()))
                .rowMapper(mapper.apply(new CrmRowMappers(times)))
                .fetchSize(fetchSize)
                .verifyCursorPosition(false)
                .build();
        return times.storedInUtc() ? new FilteringReader<>(cursor, exactly) : cursor;
    }

    /** Every bound a day wider: a UTC value is within a day of its local one. */
    private static Map<String, Object> widened(Map<String, Object> bounds) {
        Map<String, Object> wider = new LinkedHashMap<>();
        bounds.forEach((key, value) -> {
            int days = isLowerBound(key) ? -1 : 1;
            if (value instanceof LocalDateTime time) {
                wider.put(key, time.plusDays(days));
            } else if (value instanceof LocalDate date) {
                wider.put(key, date.plusDays(days));
            } else {
                wider.put(key, value);
            }
        });
        return wider;
    }

    private static boolean isLowerBound(String name) {
        return name.equals("from") || name.equals("earliest_m");
    }

    /** A job query with its tables replaced by the profile's queries and its named parameters by bound ones. */
    Statement statement(String sqlFile, Map<String, Object> bounds) {
        return statement(profile, sql(sqlFile), bounds);
    }

    public static Statement statement(CrmProfile profile, String sql, Map<String, Object> bounds) {
        Matcher tables = TABLE.matcher(orders(profile, columns(profile, sql)));
        StringBuilder expanded = new StringBuilder();
        while (tables.find()) {
            // on lines of their own: a profile query may end with a -- comment
            String query = profile.query(table(tables.group(1))).orElseThrow();
            tables.appendReplacement(expanded, Matcher.quoteReplacement("(\n" + query.strip() + "\n)"));
        }
        tables.appendTail(expanded);
        MapSqlParameterSource values = new MapSqlParameterSource(profile.settings());
        values.addValues(bounds);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(expanded.toString());
        String jdbcSql = NamedParameterUtils.substituteNamedParameters(parsed, values);
        List<Object> arguments = new ArrayList<>();
        for (Object value : NamedParameterUtils.buildValueArray(parsed, values, null)) {
            if (value instanceof Collection<?> list) {
                arguments.addAll(list);
            } else {
                arguments.add(value);
            }
        }
        return new Statement(jdbcSql, arguments.toArray());
    }

    /**
     * Each {@code {opportunity.columns}} replaced by the columns the job reads from the table aliased
     * {@code opportunity}: the contract columns the row mappers read, then the profile's extra columns.
     */
    private static String columns(CrmProfile profile, String sql) {
        Matcher lists = COLUMNS.matcher(sql);
        StringBuilder expanded = new StringBuilder();
        while (lists.find()) {
            CrmTable table = table(lists.group(1));
            List<String> selected = new ArrayList<>();
            for (String column : CrmRowMappers.columnsRead(table)) {
                String label = CrmRowMappers.label(table, column);
                selected.add(table.sqlName() + "." + column + (label.equals(column) ? "" : " AS " + label));
            }
            for (String column : profile.extraColumns(table)) {
                selected.add(table.sqlName() + "." + column);
            }
            lists.appendReplacement(expanded, Matcher.quoteReplacement(String.join(", ", selected)));
        }
        lists.appendTail(expanded);
        return expanded.toString();
    }

    /** Each {@code {opportunity.order}} replaced by {@code opportunity.<the profile's order column for the table>}. */
    private static String orders(CrmProfile profile, String sql) {
        return ORDER.matcher(sql).replaceAll(order -> Matcher.quoteReplacement(
                order.group(1) + "." + profile.orderColumn(table(order.group(1)))));
    }

    private static CrmTable table(String sqlName) {
        for (CrmTable table : CrmTable.values()) {
            if (table.sqlName().equals(sqlName)) {
                return table;
            }
        }
        throw new IllegalStateException("{" + sqlName + "} names no contract table");
    }

    /** A query ready for JDBC: positional parameters and their values. */
    public record Statement(String sql, Object[] arguments) {
    }

    static String sql(String file) {
        try {
            return new ClassPathResource(file, CrmReaders.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("SQL file " + file + " is missing from the application", e);
        }
    }
}
