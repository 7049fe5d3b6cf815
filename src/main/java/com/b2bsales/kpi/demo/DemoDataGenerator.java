package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.demo.DemoRows.Account;
import com.b2bsales.kpi.demo.DemoRows.Opportunity;
import com.b2bsales.kpi.demo.DemoRows.SalesRep;
import com.b2bsales.kpi.demo.PipelineSimulation.Pipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills an empty CRM schema (db/crm/schema-*.sql) with three years of a B2B sales team's data, up to the end of
 * the day before {@code today}, including a few rows the job must not trust.
 *
 * <p>Deterministic: the same seed, scale and today give the same rows, whatever the clock says. At scale 1 the
 * company has about 40 reps, 1,500 accounts, 20,000 leads and 6,000 opportunities; the scale multiplies the
 * accounts, leads and opportunities, and the reps by its square root (at least 8).
 */
public final class DemoDataGenerator {

    private static final int REPS_AT_SCALE_ONE = 40;
    private static final int MIN_REPS = 8;
    private static final int ACCOUNTS_AT_SCALE_ONE = 1_500;
    private static final int LEADS_AT_SCALE_ONE = 20_000;
    /** Opportunities that start without a lead (expansions, direct contacts); about 4,000 more come from leads. */
    private static final int DEALS_WITHOUT_LEAD_AT_SCALE_ONE = 2_000;

    private final long seed;
    private final double scale;
    private final LocalDate today;

    public DemoDataGenerator(long seed, double scale, LocalDate today) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("The demo data scale must be a number greater than 0, not " + scale);
        }
        this.seed = seed;
        this.scale = scale;
        this.today = Objects.requireNonNull(today, "today");
    }

    /** Inserts the demo rows into the empty CRM tables of {@code dataSource}, committing every 1,000 rows. */
    public DemoDataSummary fill(DataSource dataSource) {
        return new DemoDataWriter(dataSource).write(generate());
    }

    private DemoDataset generate() {
        // One independent stream per simulation, split in a fixed order, so the seed alone decides every row.
        SplittableRandom seeds = new SplittableRandom(seed);
        DemoCalendar calendar = new DemoCalendar(today);

        SalesTeamSimulation salesTeam = new SalesTeamSimulation(calendar, seeds.split());
        List<SalesRep> reps = salesTeam.hire(Math.max(MIN_REPS, scaled(REPS_AT_SCALE_ONE * Math.sqrt(scale))));
        List<Account> accounts = new AccountSimulation(calendar, seeds.split())
                .accounts(Math.max(10, scaled(ACCOUNTS_AT_SCALE_ONE * scale)));
        Pipeline pipeline = new PipelineSimulation(calendar, seeds.split(), reps, accounts)
                .simulate(Math.max(50, scaled(LEADS_AT_SCALE_ONE * scale)),
                        Math.max(5, scaled(DEALS_WITHOUT_LEAD_AT_SCALE_ONE * scale)));
        List<Opportunity> opportunities = pipeline.opportunities();
        TargetSimulation targets = new TargetSimulation(calendar, seeds.split(), reps, opportunities);

        DemoDataset data = new DemoDataset(
                new ArrayList<>(reps),
                new ArrayList<>(accounts),
                new ArrayList<>(pipeline.leads()),
                new ArrayList<>(opportunities),
                new ArrayList<>(pipeline.stageHistory()),
                new ArrayList<>(targets.quotas()),
                new ArrayList<>(targets.forecasts()),
                new ArrayList<>(new ExpenseSimulation(calendar, seeds.split(), scale).expenses()),
                new ArrayList<>(salesTeam.timeEntries(reps)),
                new ArrayList<>(new ContractSimulation(calendar, seeds.split()).contracts(opportunities)));
        new UntrustedRows(calendar, seeds.split()).spoil(data);
        return data;
    }

    private static int scaled(double count) {
        return (int) Math.round(count);
    }
}
