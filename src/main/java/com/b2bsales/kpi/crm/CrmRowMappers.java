package com.b2bsales.kpi.crm;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps result rows to the row records. Written out rather than reflective: a reader maps millions
 * of rows, and DATETIME columns must be read as local date-times (never through
 * {@code java.sql.Timestamp}, which shifts them by the JVM's zone). Every column is read as
 * nullable, so that a null where the contract allows none is judged by the row's trust rules;
 * a value that cannot be read as its column's type fails with the table and column named.
 */
final class CrmRowMappers {

    static final RowMapper<OpportunityRow> OPPORTUNITY = (rs, n) -> opportunity(new Columns(rs, CrmTable.OPPORTUNITY));

    /** A stage-history row with its deal; when the deal left the stage comes from the next row (StageSpanReader). */
    static final RowMapper<StageSpanRow> STAGE_SPAN = (rs, n) -> {
        Columns history = new Columns(rs, CrmTable.OPPORTUNITY_STAGE_HISTORY);
        return new StageSpanRow(opportunity(new Columns(rs, CrmTable.OPPORTUNITY)), history.text("span_stage"),
                history.dateTime("entered_at"), null);
    };

    static final RowMapper<LeadRow> LEAD = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.SALES_LEAD);
        return new LeadRow(c.id("id"), c.dateTime("created_at"), c.text("source"), c.id("owner_rep_id"),
                c.id("account_id"), c.dateTime("qualified_at"), c.dateTime("converted_at"),
                c.dateTime("disqualified_at"));
    };

    static final RowMapper<ForecastRow> FORECAST = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.FORECAST);
        return new ForecastRow(c.id("id"), c.text("team"), c.date("period_start"), c.date("period_end"),
                c.decimal("amount"), c.dateTime("submitted_at"));
    };

    static final RowMapper<ContractRow> CONTRACT = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.CONTRACT);
        return new ContractRow(c.id("id"), c.id("account_id"), c.date("start_date"), c.date("end_date"),
                c.decimal("annual_value"));
    };

    static final RowMapper<ExpenseRow> EXPENSE = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.EXPENSE);
        return new ExpenseRow(c.id("id"), c.date("incurred_on"), c.text("category"), c.decimal("amount"));
    };

    static final RowMapper<SalesRepRow> SALES_REP = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.SALES_REP);
        return new SalesRepRow(c.id("id"), c.text("name"), c.text("team"), c.text("region"), c.date("hired_on"),
                c.date("left_on"));
    };

    static final RowMapper<QuotaRow> QUOTA = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.QUOTA);
        return new QuotaRow(c.id("rep_id"), c.date("period_start"), c.date("period_end"), c.decimal("amount"));
    };

    static final RowMapper<TimeEntryRow> TIME_ENTRY = (rs, n) -> {
        Columns c = new Columns(rs, CrmTable.TIME_ENTRY);
        return new TimeEntryRow(c.id("rep_id"), c.date("work_date"), c.decimal("total_hours"),
                c.decimal("selling_hours"));
    };

    private CrmRowMappers() {
    }

    private static OpportunityRow opportunity(Columns c) throws SQLException {
        return new OpportunityRow(c.id("id"), c.id("account_id"), c.id("owner_rep_id"), c.id("lead_id"),
                c.dateTime("created_at"), c.text("stage"), c.text("status"), c.decimal("amount"),
                c.integer("units"), c.date("expected_close_date"), c.dateTime("closed_at"));
    }

    /** The columns of one table in the current result row, each read as its contract type or null. */
    private record Columns(ResultSet rs, CrmTable table) {

        /** Ids are opaque (crm-schema.md): the native schema's BIGINT is read as its digits, SuiteCRM's UUID as it is. */
        String id(String column) {
            try {
                return rs.getString(column);
            } catch (SQLException | RuntimeException e) {
                throw unreadable(column, "an id", e);
            }
        }

        Integer integer(String column) {
            return read(column, Integer.class, "an integer (INT)");
        }

        LocalDateTime dateTime(String column) {
            return read(column, LocalDateTime.class, "a date and time (DATETIME)");
        }

        LocalDate date(String column) {
            return read(column, LocalDate.class, "a date (DATE)");
        }

        /** Read as it is: a view's DECIMAL(20,6) keeps its six decimals (the sums are exact). */
        BigDecimal decimal(String column) {
            try {
                return rs.getBigDecimal(column);
            } catch (SQLException | RuntimeException e) {
                throw unreadable(column, "a decimal number (DECIMAL)", e);
            }
        }

        String text(String column) throws SQLException {
            return rs.getString(column);
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
