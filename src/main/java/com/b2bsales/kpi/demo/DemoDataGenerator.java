package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.DemoRows.WonDeal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills an empty CRM schema (db/crm/schema-*.sql) with three years of a B2B sales team's data, up to the end of
 * the day before {@code today}, including a few rows the job must not trust.
 *
 * <p>Deterministic: the same seed, size and today give the same rows, whatever the clock says. At scale 1 the
 * company has about 40 reps, 1,500 accounts, 20,000 leads and 6,000 opportunities; {@link DemoSize} has the
 * other sizes, up to L with five million leads.
 *
 * <p>Rows stream from the simulations to a {@link DemoRowSink} as they are made; what the generator keeps in
 * memory is small per row (see {@link PipelineSimulation}), so size L needs a few hundred megabytes of heap.
 */
public final class DemoDataGenerator {

    private final long seed;
    private final DemoSize size;
    private final LocalDate today;

    public DemoDataGenerator(long seed, double scale, LocalDate today) {
        this(seed, DemoSize.ofScale(scale), today);
    }

    DemoDataGenerator(long seed, DemoSize size, LocalDate today) {
        this.seed = seed;
        this.size = Objects.requireNonNull(size, "size");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** Inserts the demo rows into the empty CRM tables of {@code dataSource}, committing every 1,000 rows. */
    public DemoDataSummary fill(DataSource dataSource) {
        try (DemoDataWriter writer = new DemoDataWriter(dataSource)) {
            return generate(writer);
        }
    }

    /** Hands every row to {@code sink}, then the few spoiled rows that replace some of them. */
    DemoDataSummary generate(DemoRowSink sink) {
        // One independent stream per simulation, split in a fixed order, so the seed alone decides every row.
        SplittableRandom seeds = new SplittableRandom(seed);
        SplittableRandom salesTeamRandom = seeds.split();
        SplittableRandom accountRandom = seeds.split();
        SplittableRandom pipelineRandom = seeds.split();
        SplittableRandom targetRandom = seeds.split();
        SplittableRandom expenseRandom = seeds.split();
        SplittableRandom contractRandom = seeds.split();
        DemoCalendar calendar = new DemoCalendar(today);
        UntrustedRows untrusted = new UntrustedRows(calendar, seeds.split());
        CountingSink rows = new CountingSink(sink, untrusted);

        SalesTeamSimulation salesTeam = new SalesTeamSimulation(calendar, salesTeamRandom);
        List<SalesRep> reps = salesTeam.hire(size.reps());
        reps.forEach(rep -> rows.add(DemoTable.SALES_REP, rep));
        List<LocalDateTime> accountsCreated = new AccountSimulation(calendar, accountRandom)
                .accounts(size.accounts(), rows);
        List<WonDeal> won = new PipelineSimulation(calendar, pipelineRandom, reps, accountsCreated, size.stages(), rows)
                .simulate(size.leads(), size.dealsWithoutLead());
        TargetSimulation targets = new TargetSimulation(calendar, targetRandom, reps, won);
        targets.quotas().forEach(quota -> rows.add(DemoTable.QUOTA, quota));
        targets.forecasts().forEach(forecast -> rows.add(DemoTable.FORECAST, forecast));
        new ExpenseSimulation(calendar, expenseRandom, size.spendScale()).expenses(rows);
        salesTeam.timeEntries(reps, rows);
        new ContractSimulation(calendar, contractRandom).contracts(won)
                .forEach(contract -> rows.add(DemoTable.CONTRACT, contract));

        untrusted.spoil(sink);
        return rows.summary();
    }

    /** Passes rows on, counting them per table and showing them to {@link UntrustedRows}. */
    private static final class CountingSink implements DemoRowSink {
        private final DemoRowSink sink;
        private final UntrustedRows untrusted;
        private final Map<DemoTable<?>, long[]> counts = new IdentityHashMap<>();

        CountingSink(DemoRowSink sink, UntrustedRows untrusted) {
            this.sink = sink;
            this.untrusted = untrusted;
            DemoTable.ALL.forEach(table -> counts.put(table, new long[1]));
        }

        @Override
        public <T> void add(DemoTable<T> table, T row) {
            counts.get(table)[0]++;
            untrusted.observe(table, row);
            sink.add(table, row);
        }

        @Override
        public <T> void replace(DemoTable<T> table, T original, T spoiled) {
            sink.replace(table, original, spoiled);
        }

        DemoDataSummary summary() {
            Map<String, Long> rowsPerTable = new LinkedHashMap<>();
            DemoTable.ALL.forEach(table -> rowsPerTable.put(table.name(), counts.get(table)[0]));
            return new DemoDataSummary(rowsPerTable);
        }
    }
}
