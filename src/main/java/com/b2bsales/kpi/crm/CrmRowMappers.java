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
 * {@code java.sql.Timestamp}, which shifts them by the JVM's zone).
 */
final class CrmRowMappers {

    static final RowMapper<OpportunityRow> OPPORTUNITY = (rs, n) -> new OpportunityRow(rs.getLong("id"),
            nullableLong(rs, "account_id"), nullableLong(rs, "owner_rep_id"), nullableLong(rs, "lead_id"),
            dateTime(rs, "created_at"), rs.getString("stage"), rs.getString("status"), money(rs, "amount"),
            rs.getObject("units", Integer.class), date(rs, "expected_close_date"), dateTime(rs, "closed_at"));

    /** A stage-history row with its deal; when the deal left the stage comes from the next row (StageSpanReader). */
    static final RowMapper<StageSpanRow> STAGE_SPAN = (rs, n) -> new StageSpanRow(OPPORTUNITY.mapRow(rs, n),
            rs.getString("span_stage"), dateTime(rs, "entered_at"), null);

    static final RowMapper<LeadRow> LEAD = (rs, n) -> new LeadRow(rs.getLong("id"), dateTime(rs, "created_at"),
            rs.getString("source"), nullableLong(rs, "owner_rep_id"), nullableLong(rs, "account_id"),
            dateTime(rs, "qualified_at"), dateTime(rs, "converted_at"), dateTime(rs, "disqualified_at"));

    static final RowMapper<ForecastRow> FORECAST = (rs, n) -> new ForecastRow(rs.getLong("id"), rs.getString("team"),
            date(rs, "period_start"), date(rs, "period_end"), money(rs, "amount"), dateTime(rs, "submitted_at"));

    static final RowMapper<ContractRow> CONTRACT = (rs, n) -> new ContractRow(rs.getLong("id"),
            rs.getLong("account_id"), date(rs, "start_date"), date(rs, "end_date"), money(rs, "annual_value"));

    static final RowMapper<ExpenseRow> EXPENSE = (rs, n) -> new ExpenseRow(rs.getLong("id"), date(rs, "incurred_on"),
            rs.getString("category"), money(rs, "amount"));

    static final RowMapper<SalesRepRow> SALES_REP = (rs, n) -> new SalesRepRow(rs.getLong("id"), rs.getString("name"),
            rs.getString("team"), rs.getString("region"), date(rs, "hired_on"), date(rs, "left_on"));

    static final RowMapper<QuotaRow> QUOTA = (rs, n) -> new QuotaRow(rs.getLong("rep_id"), date(rs, "period_start"),
            date(rs, "period_end"), money(rs, "amount"));

    static final RowMapper<TimeEntryRow> TIME_ENTRY = (rs, n) -> new TimeEntryRow(rs.getLong("rep_id"),
            date(rs, "work_date"), money(rs, "total_hours"), money(rs, "selling_hours"));

    private CrmRowMappers() {
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
