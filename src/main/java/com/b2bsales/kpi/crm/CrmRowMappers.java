package com.b2bsales.kpi.crm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps result rows to the row records. Written out rather than reflective: a reader maps millions
 * of rows, and DATETIME columns must be read as local date-times (never through
 * {@code java.sql.Timestamp}, which shifts them by the JVM's zone). Every column is read as
 * nullable, so that a null where the contract allows none is judged by the row's trust rules;
 * a value that cannot be read as its column's type fails with the table and column named.
 *
 * <p>A profile whose DATETIMEs are stored in UTC ({@link CrmTimes}) has them converted to the report zone here, and
 * may return extra columns after the contract's, declared in its profile.properties ({@code extra.<table>}), for
 * what SQL cannot say without the zone (profiles/suitecrm):
 * {@code <column>_is_local} = 1 when a DATETIME is already local; {@code <column>_utc}, the UTC DATETIME whose date
 * in the report zone a DATE column is; for a deal whose local {@code closed_at} is earlier than its
 * {@code date_entered}, {@code created_at} is {@code closed_at}; for a deal's starting stage
 * ({@code is_starting_stage} = 1) {@code entered_at} is the deal's {@code created_at}.
 */
final class CrmRowMappers {

    private final CrmTimes times;

    final RowMapper<OpportunityRow> opportunity;
    /** A stage-history row with its deal; when the deal left the stage comes from the next row (StageSpanReader). */
    final RowMapper<StageSpanRow> stageSpan;
    final RowMapper<LeadRow> lead;
    final RowMapper<ForecastRow> forecast;
    final RowMapper<ContractRow> contract;
    final RowMapper<ExpenseRow> expense;
    final RowMapper<SalesRepRow> salesRep;
    final RowMapper<QuotaRow> quota;
    final RowMapper<TimeEntryRow> timeEntry;

    CrmRowMappers(CrmTimes times) {
        this.times = times;
        opportunity = (rs, n) -> opportunity(columns(rs, CrmTable.OPPORTUNITY));
        stageSpan = (rs, n) -> {
            OpportunityRow deal = opportunity(columns(rs, CrmTable.OPPORTUNITY));
            Columns history = columns(rs, CrmTable.OPPORTUNITY_STAGE_HISTORY);
            LocalDateTime entered = history.flag("is_starting_stage") ? deal.createdAt()
                    : history.dateTime("entered_at");
            return new StageSpanRow(deal, history.text("stage"), entered, null);
        };
        lead = (rs, n) -> {
            Columns c = columns(rs, CrmTable.SALES_LEAD);
            return new LeadRow(c.id("id"), c.dateTime("created_at"), c.id("owner_rep_id"), c.id("account_id"),
                    c.dateTime("qualified_at"), c.dateTime("converted_at"));
        };
        forecast = (rs, n) -> {
            Columns c = columns(rs, CrmTable.FORECAST);
            return new ForecastRow(c.id("id"), c.text("team"), c.date("period_start"), c.date("period_end"),
                    c.decimal("amount"), c.dateTime("submitted_at"));
        };
        contract = (rs, n) -> {
            Columns c = columns(rs, CrmTable.CONTRACT);
            return new ContractRow(c.id("id"), c.id("account_id"), c.date("start_date"), c.date("end_date"),
                    c.decimal("annual_value"));
        };
        expense = (rs, n) -> {
            Columns c = columns(rs, CrmTable.EXPENSE);
            return new ExpenseRow(c.id("id"), c.date("incurred_on"), c.text("category"), c.decimal("amount"));
        };
        salesRep = (rs, n) -> {
            Columns c = columns(rs, CrmTable.SALES_REP);
            return new SalesRepRow(c.id("id"), c.text("name"), c.text("team"), c.date("hired_on"), c.date("left_on"));
        };
        quota = (rs, n) -> {
            Columns c = columns(rs, CrmTable.QUOTA);
            return new QuotaRow(c.id("rep_id"), c.date("period_start"), c.date("period_end"), c.decimal("amount"));
        };
        timeEntry = (rs, n) -> {
            Columns c = columns(rs, CrmTable.TIME_ENTRY);
            return new TimeEntryRow(c.id("rep_id"), c.date("work_date"), c.decimal("total_hours"),
                    c.decimal("selling_hours"));
        };
    }

    private Columns columns(ResultSet rs, CrmTable table) throws SQLException {
        return new Columns(rs, table, label(table, ""), times, times.storedInUtc() ? labels(rs) : Set.of(),
                read == null ? null : read.computeIfAbsent(table, t -> new HashSet<>()));
    }

    /**
     * The label a contract column of a table has in the job's queries: a stage-history row is read joined with its
     * deal, so its contract columns are labelled {@code span_<column>} ({@code stage} and {@code entered_at} would
     * otherwise be the deal's). Extra columns keep their names.
     */
    static String label(CrmTable table, String column) {
        return table == CrmTable.OPPORTUNITY_STAGE_HISTORY ? "span_" + column : column;
    }

    /**
     * Whether a column outside the contract is one the mappers read when a profile whose DATETIMEs are in UTC
     * declares it ({@code extra.<table>}): {@code <datetime column>_is_local}, {@code <date column>_utc}, a deal's
     * {@code date_entered} and a stage-history row's {@code is_starting_stage} (see {@link Columns}).
     */
    static boolean readsExtra(CrmTable table, String column) {
        return column.endsWith("_is_local") && table.columns().contains(column.substring(0, column.length() - 9))
                || column.endsWith("_utc") && table.columns().contains(column.substring(0, column.length() - 4))
                || table == CrmTable.OPPORTUNITY && column.equals("date_entered")
                || table == CrmTable.OPPORTUNITY_STAGE_HISTORY && column.equals("is_starting_stage");
    }

    /** The contract columns the mappers read, by table, noted while mapping (null when mapping for real). */
    private Map<CrmTable, Set<String>> read;

    private static final Map<CrmTable, List<String>> COLUMNS_READ = columnsRead();

    /**
     * The contract columns of a table the mappers read, in the contract's order: the job's queries select these (and
     * the profile's extra columns), no others. Found by mapping one row of nulls, so the mappers are the only list.
     */
    static List<String> columnsRead(CrmTable table) {
        return COLUMNS_READ.getOrDefault(table, List.of());
    }

    private static Map<CrmTable, List<String>> columnsRead() {
        CrmRowMappers mappers = new CrmRowMappers(CrmTimes.LOCAL);
        mappers.read = new EnumMap<>(CrmTable.class);
        ResultSet nulls = (ResultSet) Proxy.newProxyInstance(CrmRowMappers.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> null);
        try {
            for (RowMapper<?> mapper : List.of(mappers.opportunity, mappers.stageSpan, mappers.lead, mappers.forecast,
                    mappers.contract, mappers.expense, mappers.salesRep, mappers.quota, mappers.timeEntry)) {
                mapper.mapRow(nulls, 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<CrmTable, List<String>> columns = new EnumMap<>(CrmTable.class);
        mappers.read.forEach((table, names) -> {
            if (!table.columns().containsAll(names)) {
                throw new IllegalStateException("A row mapper reads columns outside the contract of " + table.sqlName()
                        + ": " + names);
            }
            columns.put(table, table.columns().stream().filter(names::contains).toList());
        });
        return Collections.unmodifiableMap(columns);
    }

    private ResultSet labelled;
    private Set<String> labels;

    /** The result's column labels, looked up once per result set (only for a profile with extra columns). */
    private Set<String> labels(ResultSet rs) throws SQLException {
        if (rs != labelled) {
            ResultSetMetaData meta = rs.getMetaData();
            Set<String> found = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                found.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            labels = found;
            labelled = rs;
        }
        return labels;
    }

    private static OpportunityRow opportunity(Columns c) throws SQLException {
        LocalDateTime closedAt = c.dateTime("closed_at");
        LocalDateTime createdAt = c.dateTime("created_at");
        if (c.flag("closed_at_is_local") && c.has("date_entered")) {
            // the query could only compare a local closed_at with a UTC date_entered: decide it here
            LocalDateTime entered = c.dateTime("date_entered");
            createdAt = entered != null && closedAt != null && closedAt.isBefore(entered) ? closedAt : entered;
        }
        return new OpportunityRow(c.id("id"), c.id("account_id"), c.id("owner_rep_id"), createdAt, c.text("stage"), c.text("status"), c.decimal("amount"),
                c.integer("units"), c.date("expected_close_date"), closedAt);
    }

    /** The columns of one table in the current result row, each read as its contract type or null. */
    private record Columns(ResultSet rs, CrmTable table, String prefix, CrmTimes times, Set<String> extras,
            Set<String> read) {

        /** The label of a contract column in the result, noting that it is read (when the mappers are listed). */
        private String contract(String column) {
            if (read != null) {
                read.add(column);
            }
            return prefix.isEmpty() ? column : prefix + column;
        }

        /** Ids are opaque (crm-schema.md): the native schema's BIGINT is read as its digits, SuiteCRM's UUID as it is. */
        String id(String column) {
            try {
                return rs.getString(contract(column));
            } catch (SQLException | RuntimeException e) {
                throw unreadable(column, "an id", e);
            }
        }

        Integer integer(String column) {
            return read(contract(column), Integer.class, "an integer (INT)");
        }

        LocalDateTime dateTime(String column) {
            LocalDateTime stored = read(contract(column), LocalDateTime.class, "a date and time (DATETIME)");
            // most profiles have no extra columns: no name is built per row for them
            return !extras.isEmpty() && flag(column + "_is_local") ? stored : times.local(stored);
        }

        LocalDate date(String column) {
            if (!extras.isEmpty() && has(column + "_utc")) {
                LocalDateTime utc = read(column + "_utc", LocalDateTime.class, "a date and time (DATETIME)");
                if (utc != null) {
                    return times.local(utc).toLocalDate();
                }
            }
            return read(contract(column), LocalDate.class, "a date (DATE)");
        }

        /** Read as it is: a view's DECIMAL(20,6) keeps its six decimals (the sums are exact). */
        BigDecimal decimal(String column) {
            try {
                return rs.getBigDecimal(contract(column));
            } catch (SQLException | RuntimeException e) {
                throw unreadable(column, "a decimal number (DECIMAL)", e);
            }
        }

        String text(String column) throws SQLException {
            return rs.getString(contract(column));
        }

        boolean has(String column) {
            return extras.contains(column);
        }

        /** An extra column of the profile that is 1; false when the profile returns no such column. */
        boolean flag(String column) {
            if (!has(column)) {
                return false;
            }
            Integer value = read(column, Integer.class, "0 or 1");
            return value != null && value == 1;
        }

        private <T> T read(String column, Class<T> type, String described) {
            try {
                return rs.getObject(column, type);
            } catch (SQLException | RuntimeException e) {
                throw unreadable(column, described, e);
            }
        }

        private UnreadableColumnException unreadable(String column, String type, Exception cause) {
            return new UnreadableColumnException(table, column, type, cause);
        }
    }
}
