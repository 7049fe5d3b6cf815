package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.system.ReportProperties;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the chunk-oriented step of a metric family: its CRM queries read one after the other,
 * untrusted rows filtered out and counted ({@link TrustFilter}), trusted rows added to the family's
 * tallies ({@link TallyWriter}: the company's and, for the teams that get a workbook, each team's).
 * The reader, the filter, the writer and the step's log are step-scoped ({@link ReportJobConfiguration}): each
 * execution of a step gets its own.
 */
@Component
class FamilySteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ReportProperties properties;
    private final SequentialReader<CrmRow> familyReader;
    private final TrustFilter familyFilter;
    private final TallyWriter familyTallies;
    private final StepLog familyStepLog;

    /** The reader, filter, tally writer and log given are step-scoped: each step that runs gets its own. */
    FamilySteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReportProperties properties, SequentialReader<CrmRow> familyReader, TrustFilter familyFilter,
            TallyWriter familyTallies, StepLog familyStepLog) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.properties = properties;
        this.familyReader = familyReader;
        this.familyFilter = familyFilter;
        this.familyTallies = familyTallies;
        this.familyStepLog = familyStepLog;
    }

    Step step(FamilyStep family) {
        return new StepBuilder(family.stepName(), jobRepository)
                .<CrmRow, CrmRow>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(new ResolvedAtOpen.Reader(familyReader))
                .processor(new ResolvedAtOpen.Processor<>(familyFilter))
                .writer(familyTallies)
                .listener(restartStateSavedAtStart())
                .listener(familyStepLog)
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
}
