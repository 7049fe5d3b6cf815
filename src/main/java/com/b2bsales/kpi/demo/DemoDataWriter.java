package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Account;
import com.b2bsales.kpi.demo.DemoRows.Contract;
import com.b2bsales.kpi.demo.DemoRows.Expense;
import com.b2bsales.kpi.demo.DemoRows.Forecast;
import com.b2bsales.kpi.demo.DemoRows.Lead;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.Quota;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.StageEntry;
import com.b2bsales.kpi.demo.DemoRows.TimeEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Inserts the demo rows with JDBC batches, committing every {@value #BATCH_SIZE} rows so that a big demo never
 * needs one huge transaction. Dates and timestamps go in as {@code LocalDate} and {@code LocalDateTime}, so no
 * time zone shifts them.
 */
final class DemoDataWriter {

    private static final int BATCH_SIZE = 1_000;

    private static final TableInsert<SalesRep> SALES_REP = new TableInsert<>(
            "sales_rep", DemoDataset::salesReps, """
            INSERT INTO sales_rep (id, name, email, team, region, hired_on, left_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)""", (insert, rep) -> {
                insert.setLong(1, rep.id());
                insert.setString(2, rep.name());
                setNullable(insert, 3, rep.email(), Types.VARCHAR);
                insert.setString(4, rep.team().label());
                insert.setString(5, rep.region());
                insert.setObject(6, rep.hiredOn());
                setNullable(insert, 7, rep.leftOn(), Types.DATE);
            });

    private static final TableInsert<Account> ACCOUNT = new TableInsert<>(
            "account", DemoDataset::accounts, """
            INSERT INTO account (id, name, industry, created_at)
            VALUES (?, ?, ?, ?)""", (insert, account) -> {
                insert.setLong(1, account.id());
                insert.setString(2, account.name());
                setNullable(insert, 3, account.industry(), Types.VARCHAR);
                insert.setObject(4, account.createdAt());
            });

    private static final TableInsert<Lead> SALES_LEAD = new TableInsert<>(
            "sales_lead", DemoDataset::leads, """
            INSERT INTO sales_lead (id, created_at, source, owner_rep_id, account_id, qualified_at, converted_at,
                                    disqualified_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", (insert, lead) -> {
                insert.setLong(1, lead.id());
                insert.setObject(2, lead.createdAt());
                setNullable(insert, 3, lead.source(), Types.VARCHAR);
                setNullable(insert, 4, lead.ownerRepId(), Types.BIGINT);
                setNullable(insert, 5, lead.accountId(), Types.BIGINT);
                setNullable(insert, 6, lead.qualifiedAt(), Types.TIMESTAMP);
                setNullable(insert, 7, lead.convertedAt(), Types.TIMESTAMP);
                setNullable(insert, 8, lead.disqualifiedAt(), Types.TIMESTAMP);
            });

    private static final TableInsert<Opportunity> OPPORTUNITY = new TableInsert<>(
            "opportunity", DemoDataset::opportunities, """
            INSERT INTO opportunity (id, account_id, owner_rep_id, lead_id, created_at, stage, status, amount, units,
                                     expected_close_date, closed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (insert, deal) -> {
                insert.setLong(1, deal.id());
                insert.setLong(2, deal.accountId());
                insert.setLong(3, deal.ownerRepId());
                setNullable(insert, 4, deal.leadId(), Types.BIGINT);
                insert.setObject(5, deal.createdAt());
                insert.setString(6, deal.stage());
                insert.setString(7, deal.status());
                setNullable(insert, 8, deal.amount(), Types.DECIMAL);
                setNullable(insert, 9, deal.units(), Types.INTEGER);
                setNullable(insert, 10, deal.expectedCloseDate(), Types.DATE);
                setNullable(insert, 11, deal.closedAt(), Types.TIMESTAMP);
            });

    private static final TableInsert<StageEntry> STAGE_HISTORY = new TableInsert<>(
            "opportunity_stage_history", DemoDataset::stageHistory, """
            INSERT INTO opportunity_stage_history (opportunity_id, stage, entered_at)
            VALUES (?, ?, ?)""", (insert, entry) -> {
                insert.setLong(1, entry.opportunityId());
                insert.setString(2, entry.stage());
                insert.setObject(3, entry.enteredAt());
            });

    private static final TableInsert<Quota> QUOTA = new TableInsert<>(
            "quota", DemoDataset::quotas, """
            INSERT INTO quota (rep_id, period_start, period_end, amount)
            VALUES (?, ?, ?, ?)""", (insert, quota) -> {
                insert.setLong(1, quota.repId());
                insert.setObject(2, quota.periodStart());
                insert.setObject(3, quota.periodEnd());
                setNullable(insert, 4, quota.amount(), Types.DECIMAL);
            });

    private static final TableInsert<Forecast> FORECAST = new TableInsert<>(
            "forecast", DemoDataset::forecasts, """
            INSERT INTO forecast (id, team, period_start, period_end, amount, submitted_at)
            VALUES (?, ?, ?, ?, ?, ?)""", (insert, forecast) -> {
                insert.setLong(1, forecast.id());
                setNullable(insert, 2, forecast.team(), Types.VARCHAR);
                insert.setObject(3, forecast.periodStart());
                insert.setObject(4, forecast.periodEnd());
                setNullable(insert, 5, forecast.amount(), Types.DECIMAL);
                insert.setObject(6, forecast.submittedAt());
            });

    private static final TableInsert<Expense> EXPENSE = new TableInsert<>(
            "expense", DemoDataset::expenses, """
            INSERT INTO expense (id, incurred_on, category, amount)
            VALUES (?, ?, ?, ?)""", (insert, expense) -> {
                insert.setLong(1, expense.id());
                insert.setObject(2, expense.incurredOn());
                insert.setString(3, expense.category());
                setNullable(insert, 4, expense.amount(), Types.DECIMAL);
            });

    private static final TableInsert<TimeEntry> TIME_ENTRY = new TableInsert<>(
            "time_entry", DemoDataset::timeEntries, """
            INSERT INTO time_entry (rep_id, work_date, total_hours, selling_hours)
            VALUES (?, ?, ?, ?)""", (insert, entry) -> {
                insert.setLong(1, entry.repId());
                insert.setObject(2, entry.workDate());
                insert.setBigDecimal(3, entry.totalHours());
                insert.setBigDecimal(4, entry.sellingHours());
            });

    private static final TableInsert<Contract> CONTRACT = new TableInsert<>(
            "contract", DemoDataset::contracts, """
            INSERT INTO contract (id, account_id, start_date, end_date, annual_value)
            VALUES (?, ?, ?, ?, ?)""", (insert, contract) -> {
                insert.setLong(1, contract.id());
                insert.setLong(2, contract.accountId());
                insert.setObject(3, contract.startDate());
                setNullable(insert, 4, contract.endDate(), Types.DATE);
                setNullable(insert, 5, contract.annualValue(), Types.DECIMAL);
            });

    /** In the order of crm-schema.md. */
    private static final List<TableInsert<?>> INSERTS = List.of(SALES_REP, ACCOUNT, SALES_LEAD, OPPORTUNITY,
            STAGE_HISTORY, QUOTA, FORECAST, EXPENSE, TIME_ENTRY, CONTRACT);

    /** The ten CRM tables, in the order of crm-schema.md. */
    static final List<String> TABLES = INSERTS.stream().map(TableInsert::name).toList();

    private final DataSource dataSource;

    DemoDataWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DemoDataSummary write(DemoDataset data) {
        Map<String, Long> rowsPerTable = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (TableInsert<?> table : INSERTS) {
                    rowsPerTable.put(table.name(), insert(connection, table, data));
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert the demo data: " + e.getMessage(), e);
        }
        return new DemoDataSummary(rowsPerTable);
    }

    /** @return the number of rows inserted */
    private static <T> long insert(Connection connection, TableInsert<T> table, DemoDataset data)
            throws SQLException {
        List<T> rows = table.rows().apply(data);
        try (PreparedStatement insert = connection.prepareStatement(table.sql())) {
            int pending = 0;
            for (T row : rows) {
                table.binder().bind(insert, row);
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException(table.name() + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
        return rows.size();
    }

    private static void setNullable(PreparedStatement insert, int index, Object value, int sqlType)
            throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
        } else {
            insert.setObject(index, value);
        }
    }

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private record TableInsert<T>(String name, Function<DemoDataset, List<T>> rows, String sql,
            RowBinder<T> binder) {
    }
}
