package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmReaders;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.run.RunLog;
import com.b2bsales.kpi.run.RunParameters;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.team.TeamRoster;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job, top to bottom: the reps of the teams that get a workbook of their own, then one
 * chunk-oriented step per metric family ({@link FamilyStep}), each reading its CRM rows for the whole
 * horizon (the period and the ones before it) into the company's tally and each team's, then the step
 * that computes the metrics and writes the workbooks. The family steps are independent of each other,
 * so they run side by side ({@code report.parallel-steps} at a time), each on its own CRM
 * connections: while one waits for the database, another computes.
 *
 * <p>What a family step reads, filters and tallies depends on the run (its period and as-of date) and
 * on the family, so its reader, filter and writer are step-scoped beans made from the job parameters
 * and the step's name.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

    public static final String JOB_NAME = "salesKpiReport";
    private static final String TEAMS = "teams";
    private static final String WORKBOOK = "workbook";
    private static final String STEP_EXECUTION = "#{stepExecution}";

    /** A step's place in the job, top to bottom: teams, the family steps in their order, workbook. */
    public static int position(String stepName) {
        return TEAMS.equals(stepName) ? -1
                : FamilyStep.named(stepName).map(Enum::ordinal).orElse(FamilyStep.values().length);
    }

    @Bean
    Job salesKpiReport(JobRepository jobRepository, Step teamsStep, Step revenueStep, Step conversionStep,
            Step pipelineStep, Step customersStep, Step salesTeamStep, Step workbookStep,
            ReportProperties properties) {
        SimpleAsyncTaskExecutor familyThreads = new SimpleAsyncTaskExecutor("family-");
        familyThreads.setConcurrencyLimit(properties.parallelSteps());
        Flow families = new FlowBuilder<Flow>("families")
                .split(familyThreads)
                .add(flowOf(revenueStep), flowOf(conversionStep), flowOf(pipelineStep), flowOf(customersStep),
                        flowOf(salesTeamStep))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .flow(teamsStep)
                .next(families)
                .next(workbookStep)
                .end()
                .listener(new RunLog())
                .build();
    }

    private static Flow flowOf(Step step) {
        return new FlowBuilder<Flow>(step.getName()).start(step).build();
    }

    /** Which reps belong to the teams that get a workbook of their own, fixed for the run (and its resumption). */
    @Bean
    Step teamsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TeamRosterTasklet teamRosterTasklet) {
        return new StepBuilder(TEAMS, jobRepository)
                .tasklet(teamRosterTasklet, transactionManager)
                .build();
    }

    @Bean
    Step revenueStep(FamilySteps steps) {
        return steps.step(FamilyStep.REVENUE);
    }

    @Bean
    Step conversionStep(FamilySteps steps) {
        return steps.step(FamilyStep.CONVERSION);
    }

    @Bean
    Step pipelineStep(FamilySteps steps) {
        return steps.step(FamilyStep.PIPELINE);
    }

    @Bean
    Step customersStep(FamilySteps steps) {
        return steps.step(FamilyStep.CUSTOMERS);
    }

    @Bean
    Step salesTeamStep(FamilySteps steps) {
        return steps.step(FamilyStep.SALES_TEAM);
    }

    /**
     * The CRM queries of the family step that runs, over the run's horizon, read one after the other, each opened
     * when the one before it is finished. Each query is named for its step: its position is saved in the step's
     * context under that name, and how many of them are finished under {@code <step>.queries.finished}.
     */
    @Bean
    @StepScope
    SequentialReader<CrmRow> familyReader(CrmDatabase crm, ReportProperties properties,
            @Value(STEP_EXECUTION) StepExecution step) {
        FamilyStep family = familyOf(step);
        ReportHorizon horizon = horizon(step, properties);
        CrmReaders readers = crm.readers();
        String in = family.stepName() + ".";
        return new SequentialReader<>(in + "queries", switch (family) {
            case REVENUE -> List.of(readers.dealsClosed(in + "dealsClosed", horizon));
            case CONVERSION -> List.of(readers.leadsCreated(in + "leadsCreated", horizon),
                    readers.dealsCreatedOrClosed(in + "dealsCreatedOrClosed", horizon),
                    readers.stageSpans(in + "stageSpans", horizon));
            case PIPELINE -> List.of(readers.leadsCreated(in + "leadsCreated", horizon),
                    readers.openPipelineCandidates(in + "openPipelineCandidates", horizon),
                    readers.forecasts(in + "forecasts", horizon));
            case CUSTOMERS -> List.of(readers.contractsByAccount(in + "contracts"),
                    readers.expenses(in + "expenses", horizon));
            case SALES_TEAM -> List.of(readers.salesReps(in + "salesReps"),
                    readers.quotas(in + "quotas", horizon),
                    readers.timeEntries(in + "timeEntries", horizon));
        });
    }

    /** Leaves out and counts the untrusted rows of the family step that runs. */
    @Bean
    @StepScope
    TrustFilter familyFilter(ReportProperties properties, @Value(STEP_EXECUTION) StepExecution step) {
        FamilyStep family = familyOf(step);
        return new TrustFilter(family.stepName(), horizon(step, properties).current(), family.countedTables());
    }

    /** The tallies of the family step that runs, its teams those of the job's first step. */
    @Bean
    @StepScope
    TallyWriter familyTallies(ReportProperties properties, @Value(STEP_EXECUTION) StepExecution step) {
        FamilyStep family = familyOf(step);
        TeamRoster roster = TeamRosterTasklet.rosterOf(step.getJobExecution());
        return new TallyWriter(family.tallyKey(), family.newTallies(horizon(step, properties), roster));
    }

    /** The log lines of the family step that runs. */
    @Bean
    @StepScope
    StepLog familyStepLog(ReportProperties properties) {
        return new StepLog(properties.progressInterval());
    }

    private static FamilyStep familyOf(StepExecution step) {
        return FamilyStep.named(step.getStepName()).orElseThrow();
    }

    private static ReportHorizon horizon(StepExecution step, ReportProperties properties) {
        return RunParameters.of(step.getJobParameters()).horizon(properties.trendPeriods());
    }

    @Bean
    KpiWorkbookWriter kpiWorkbookWriter() {
        return new KpiWorkbookWriter();
    }

    @Bean
    Step workbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            WorkbookTasklet workbookTasklet) {
        return new StepBuilder(WORKBOOK, jobRepository)
                .tasklet(workbookTasklet, transactionManager)
                .build();
    }
}
