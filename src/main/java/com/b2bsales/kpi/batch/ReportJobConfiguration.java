package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmReaders;
import com.b2bsales.kpi.crm.CrmRow;
import com.b2bsales.kpi.crm.TeamRoster;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.run.RunLog;
import com.b2bsales.kpi.run.RunParameters;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.ReportProperties;
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
 * <p>What a family step reads, filters and tallies depends on the run (its period and as-of date), so
 * its reader, filter and writer are step-scoped beans made from the job parameters.
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
    Step revenueStep(FamilySteps steps, SequentialReader<CrmRow> revenueReader) {
        return steps.step(FamilyStep.REVENUE, revenueReader);
    }

    @Bean
    Step conversionStep(FamilySteps steps, SequentialReader<CrmRow> conversionReader) {
        return steps.step(FamilyStep.CONVERSION, conversionReader);
    }

    @Bean
    Step pipelineStep(FamilySteps steps, SequentialReader<CrmRow> pipelineReader) {
        return steps.step(FamilyStep.PIPELINE, pipelineReader);
    }

    @Bean
    Step customersStep(FamilySteps steps, SequentialReader<CrmRow> customersReader) {
        return steps.step(FamilyStep.CUSTOMERS, customersReader);
    }

    @Bean
    Step salesTeamStep(FamilySteps steps, SequentialReader<CrmRow> salesTeamReader) {
        return steps.step(FamilyStep.SALES_TEAM, salesTeamReader);
    }

    @Bean
    @StepScope
    SequentialReader<CrmRow> revenueReader(CrmDatabase crm, ReportProperties properties,
            @Value(STEP_EXECUTION) StepExecution step) {
        ReportHorizon horizon = horizon(step, properties);
        return new SequentialReader<>(List.of(crm.readers().dealsClosed("revenue.dealsClosed", horizon)));
    }

    @Bean
    @StepScope
    SequentialReader<CrmRow> conversionReader(CrmDatabase crm, ReportProperties properties,
            @Value(STEP_EXECUTION) StepExecution step) {
        ReportHorizon horizon = horizon(step, properties);
        CrmReaders readers = crm.readers();
        return new SequentialReader<>(List.of(readers.leadsCreated("conversion.leadsCreated", horizon),
                readers.dealsCreatedOrClosed("conversion.dealsCreatedOrClosed", horizon),
                readers.stageSpans("conversion.stageSpans", horizon)));
    }

    @Bean
    @StepScope
    SequentialReader<CrmRow> pipelineReader(CrmDatabase crm, ReportProperties properties,
            @Value(STEP_EXECUTION) StepExecution step) {
        ReportHorizon horizon = horizon(step, properties);
        CrmReaders readers = crm.readers();
        return new SequentialReader<>(List.of(readers.leadsCreated("pipeline.leadsCreated", horizon),
                readers.openPipelineCandidates("pipeline.openPipelineCandidates", horizon),
                readers.forecasts("pipeline.forecasts", horizon)));
    }

    @Bean
    @StepScope
    SequentialReader<CrmRow> customersReader(CrmDatabase crm, ReportProperties properties,
            @Value(STEP_EXECUTION) StepExecution step) {
        ReportHorizon horizon = horizon(step, properties);
        CrmReaders readers = crm.readers();
        return new SequentialReader<>(List.of(readers.contractsByAccount("customers.contracts"),
                readers.expenses("customers.expenses", horizon)));
    }

    @Bean
    @StepScope
    SequentialReader<CrmRow> salesTeamReader(CrmDatabase crm, ReportProperties properties,
            @Value(STEP_EXECUTION) StepExecution step) {
        ReportHorizon horizon = horizon(step, properties);
        CrmReaders readers = crm.readers();
        return new SequentialReader<>(List.of(readers.salesReps("salesTeam.salesReps"),
                readers.quotas("salesTeam.quotas", horizon),
                readers.timeEntries("salesTeam.timeEntries", horizon)));
    }

    /** Leaves out and counts the untrusted rows of the family step that runs. */
    @Bean
    @StepScope
    TrustFilter familyFilter(ReportProperties properties, @Value(STEP_EXECUTION) StepExecution step) {
        FamilyStep family = FamilyStep.named(step.getStepName()).orElseThrow();
        return new TrustFilter(family.stepName(), horizon(step, properties).current(), family.countedTables());
    }

    /** The tallies of the family step that runs, its teams those of the job's first step. */
    @Bean
    @StepScope
    TallyWriter familyTallies(ReportProperties properties, @Value(STEP_EXECUTION) StepExecution step) {
        FamilyStep family = FamilyStep.named(step.getStepName()).orElseThrow();
        TeamRoster roster = TeamRosterTasklet.rosterOf(step.getJobExecution());
        return new TallyWriter(family.tallyKey(), family.newTallies(horizon(step, properties), roster));
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
