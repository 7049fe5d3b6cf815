package com.b2bsales.kpi.crm;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The CRM queries of the job, each a streaming cursor over one SQL file of this package, bounded
 * by the horizon's dates. A reader saves how many rows it has handed out, so a restarted step
 * skips exactly those.
 */
public final class CrmReaders {

    private final DataSource crm;
    private final int fetchSize;

    /**
     * @param fetchSize rows per round trip; {@code Integer.MIN_VALUE} makes MySQL Connector/J stream
     *                  row by row instead of loading the whole result into memory
     */
    public CrmReaders(DataSource crm, int fetchSize) {
        this.crm = crm;
        this.fetchSize = fetchSize;
    }

    public ItemStreamReader<OpportunityRow> dealsClosed(String name, ReportHorizon horizon) {
        return reader(name, "deals-closed.sql", CrmRowMappers.OPPORTUNITY, from(horizon), to(horizon));
    }

    public ItemStreamReader<OpportunityRow> dealsCreatedOrClosed(String name, ReportHorizon horizon) {
        return reader(name, "deals-created-or-closed.sql", CrmRowMappers.OPPORTUNITY,
                from(horizon), to(horizon), from(horizon), to(horizon));
    }

    public ItemStreamReader<OpportunityRow> openPipelineCandidates(String name, ReportHorizon horizon) {
        LocalDate earliestM = horizon.contexts().stream().map(ReportContext::coverageInstant)
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate latestM = horizon.contexts().stream().map(ReportContext::coverageInstant)
                .max(Comparator.naturalOrder()).orElseThrow();
        return reader(name, "open-pipeline-candidates.sql", CrmRowMappers.OPPORTUNITY,
                earliestM, horizon.periodsEnd(), latestM.atStartOfDay());
    }

    public ItemStreamReader<StageSpanRow> stageSpans(String name, ReportHorizon horizon) {
        JdbcCursorItemReader<StageSpanRow> entries = reader(name + ".entries", "stage-spans.sql",
                CrmRowMappers.STAGE_SPAN, from(horizon), to(horizon));
        entries.setSaveState(false);
        return new StageSpanReader(name, entries);
    }

    public ItemStreamReader<LeadRow> leadsCreated(String name, ReportHorizon horizon) {
        return reader(name, "leads-created.sql", CrmRowMappers.LEAD, from(horizon), to(horizon));
    }

    public ItemStreamReader<ForecastRow> forecasts(String name, ReportHorizon horizon) {
        return reader(name, "forecasts.sql", CrmRowMappers.FORECAST,
                horizon.from(), horizon.periodsEnd());
    }

    public ItemStreamReader<ContractRow> contractsByAccount(String name) {
        return reader(name, "contracts-by-account.sql", CrmRowMappers.CONTRACT);
    }

    public ItemStreamReader<ExpenseRow> expenses(String name, ReportHorizon horizon) {
        return reader(name, "expenses.sql", CrmRowMappers.EXPENSE, horizon.from(), horizon.to());
    }

    public ItemStreamReader<SalesRepRow> salesReps(String name) {
        return reader(name, "sales-reps.sql", CrmRowMappers.SALES_REP);
    }

    /** Every rep at once: they are few, and the teams step needs them before the family steps. */
    public List<SalesRepRow> allSalesReps() {
        return new JdbcTemplate(crm).query(sql("sales-reps.sql"), CrmRowMappers.SALES_REP);
    }

    public ItemStreamReader<QuotaRow> quotas(String name, ReportHorizon horizon) {
        return reader(name, "quotas.sql", CrmRowMappers.QUOTA, horizon.from(), horizon.periodsEnd());
    }

    public ItemStreamReader<TimeEntryRow> timeEntries(String name, ReportHorizon horizon) {
        return reader(name, "time-entries.sql", CrmRowMappers.TIME_ENTRY,
                horizon.from(), horizon.to());
    }

    private static LocalDateTime from(ReportHorizon horizon) {
        return horizon.from().atStartOfDay();
    }

    private static LocalDateTime to(ReportHorizon horizon) {
        return horizon.to().atStartOfDay();
    }

    private <T> JdbcCursorItemReader<T> reader(String name, String sqlFile, RowMapper<T> mapper, Object... parameters) {
        return new JdbcCursorItemReaderBuilder<T>()
                .name(name)
                .dataSource(crm)
                .sql(sql(sqlFile))
                .preparedStatementSetter(new ArgumentPreparedStatementSetter(parameters))
                .rowMapper(mapper)
                .fetchSize(fetchSize)
                .verifyCursorPosition(false)
                .build();
    }

    static String sql(String file) {
        try {
            return new ClassPathResource(file, CrmReaders.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("SQL file " + file + " is missing from the application", e);
        }
    }
}
