package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmReaders;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.metrics.Tally;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.period.ReportPeriod;
import java.time.LocalDate;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.ReportProperties;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk-oriented step of a metric family: its CRM queries read one after the other,
 * untrusted rows filtered out and counted, trusted rows added to the family's tallies (the
 * company's and, for the teams that get a workbook, each team's). When the step completes, its
 * tallies and counts are promoted to the job, where the workbook step finds them.
 */
@Component
class FamilySteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final CrmDatabase crm;
    private final ReportProperties properties;

    FamilySteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, CrmDatabase crm,
            ReportProperties properties) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.crm = crm;
        this.properties = properties;
    }

    ReportHorizon horizon(String period, String asOf) {
        return ReportHorizon.of(ReportContext.of(ReportPeriod.parse(period), LocalDate.parse(asOf)),
                properties.trendPeriods());
    }

    CrmReaders readers() {
        return crm.readers();
    }

    /**
     * A family whose metrics a team's workbook restricts to the team: its rows go to the company's
     * tally and to the tally of the team they belong to.
     *
     * @param tallyFor a new tally for the company (no team) or for one team
     */
    Step step(String name, ReportHorizon horizon, Function<Optional<String>, Tally> tallyFor,
            Set<CrmTable> countedTables, List<ItemStreamReader<? extends CrmRow>> sources) {
        return step(name, horizon, new TallyWriter(tallyKey(name), tallyFor, true), countedTables, sources);
    }

    /** A family whose metrics stay company-wide in a team's workbook (workbook.md: the customer metrics). */
    Step companyWideStep(String name, ReportHorizon horizon, Tally tally, Set<CrmTable> countedTables,
            List<ItemStreamReader<? extends CrmRow>> sources) {
        return step(name, horizon, new TallyWriter(tallyKey(name), team -> tally, false), countedTables, sources);
    }

    private Step step(String name, ReportHorizon horizon, TallyWriter writer, Set<CrmTable> countedTables,
            List<ItemStreamReader<? extends CrmRow>> sources) {
        TrustFilter filter = new TrustFilter(name, horizon.current(), countedTables);
        return new StepBuilder(name, jobRepository)
                .<CrmRow, CrmRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(new SequentialReader<>(sources))
                .processor(filter)
                .writer(writer)
                .listener(restartStateSavedAtStart())
                .listener(promotion(writer.key(), filter.key()))
                .listener(new StepLog(properties.progressInterval()))
                .build();
    }

    /**
     * Saves a step's restart state (its readers' positions and tallies, which a resumed step takes
     * over from the execution it resumes) as soon as it starts. Spring Batch saves a chunk-oriented
     * step's context only with each commit, and creates the step's execution with an empty one: a
     * resumed step killed before its first commit left that empty context as the last word, and the
     * next start read the whole step again.
     */
    private StepExecutionListener restartStateSavedAtStart() {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                jobRepository.updateExecutionContext(step);
            }
        };
    }

    static String tallyKey(String stepName) {
        return stepName + ".tally";
    }

    private static ExecutionContextPromotionListener promotion(String... keys) {
        ExecutionContextPromotionListener listener = new ExecutionContextPromotionListener();
        listener.setKeys(keys);
        listener.setStrict(true);
        return listener;
    }
}
