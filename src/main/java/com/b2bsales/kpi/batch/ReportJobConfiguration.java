package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.run.RunLog;
import static com.b2bsales.kpi.crm.CrmTable.*;

import com.b2bsales.kpi.crm.CrmReaders;
import com.b2bsales.kpi.metrics.ConversionTally;
import com.b2bsales.kpi.metrics.CustomerTally;
import com.b2bsales.kpi.metrics.PipelineTally;
import com.b2bsales.kpi.metrics.RevenueTally;
import com.b2bsales.kpi.metrics.SalesTeamTally;
import com.b2bsales.kpi.period.ReportHorizon;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job, top to bottom: the reps of the teams that get a workbook of their own, then one
 * chunk-oriented step per metric family, each reading its CRM rows for the whole horizon (the
 * period and the ones before it) into the company's tally and each team's, then the step that
 * computes the metrics and writes the workbooks. The family steps are independent of each other,
 * so they run side by side ({@code report.parallel-steps} at a time), each on its own CRM
 * connections: while one waits for the database, another computes.
 *
 * <p>Each CRM table's rows are counted for the Data Quality sheet by exactly one step: the one
 * whose queries cover the rows that concern the period (opportunities and leads by the conversion
 * step, forecasts by the pipeline step, and so on).
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

    public static final String JOB_NAME = "salesKpiReport";
    static final String PERIOD = "#{jobParameters['period']}";
    static final String AS_OF = "#{jobParameters['asOf']}";

    static final List<String> FAMILY_STEPS = List.of("revenue", "conversion", "pipeline", "customers", "salesTeam");

    /** A step's place in the job, top to bottom: teams, the family steps in the order above, workbook. */
    public static int position(String stepName) {
        int family = FAMILY_STEPS.indexOf(stepName);
        return "teams".equals(stepName) ? -1 : family >= 0 ? family : FAMILY_STEPS.size();
    }

    @Bean
    Job salesKpiReport(JobRepository jobRepository, Step teamsStep, Step revenueStep, Step conversionStep,
            Step pipelineStep, Step customersStep, Step salesTeamStep, Step workbookStep,
            ReportProperties properties) {
        Flow families = new FlowBuilder<Flow>("families")
                .split(familyExecutor(properties.parallelSteps()))
                .add(flowOf("revenue", revenueStep), flowOf("conversion", conversionStep),
                        flowOf("pipeline", pipelineStep), flowOf("customers", customersStep),
                        flowOf("salesTeam", salesTeamStep))
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .flow(teamsStep)
                .next(families)
                .next(workbookStep)
                .end()
                .listener(new RunLog())
                .build();
    }

    /**
     * A flow of one job-scoped step. A flow asks its step for its name when it is built, before any job
     * scope exists, so the flow gets a step that knows its name and hands everything else to the real one.
     */
    private static Flow flowOf(String name, Step jobScopedStep) {
        Step named = new Step() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isAllowStartIfComplete() {
                return jobScopedStep.isAllowStartIfComplete();
            }

            @Override
            public int getStartLimit() {
                return jobScopedStep.getStartLimit();
            }

            @Override
            public void execute(StepExecution execution) throws JobInterruptedException {
                jobScopedStep.execute(execution);
            }
        };
        return new FlowBuilder<Flow>(name).start(named).build();
    }

    /** Threads for the family steps, each in the scope of the job that started it (the step beans live there). */
    private static TaskExecutor familyExecutor(int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("family-");
        executor.setConcurrencyLimit(threads);
        executor.setTaskDecorator(task -> {
            JobExecution job = JobSynchronizationManager.getContext().getJobExecution();
            return () -> {
                JobSynchronizationManager.register(job);
                try {
                    task.run();
                } finally {
                    JobSynchronizationManager.release();
                }
            };
        });
        return executor;
    }

    /** Which reps belong to the teams that get a workbook of their own, fixed for the run (and its resumption). */
    @Bean
    Step teamsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TeamRosterTasklet teamRosterTasklet) {
        return new StepBuilder("teams", jobRepository)
                .tasklet(teamRosterTasklet, transactionManager)
                .build();
    }

    @Bean
    @JobScope
    Step revenueStep(FamilySteps steps, @Value(PERIOD) String period, @Value(AS_OF) String asOf) {
        ReportHorizon horizon = steps.horizon(period, asOf);
        CrmReaders crm = steps.readers();
        return steps.step("revenue", horizon, team -> new RevenueTally(horizon), Set.of(),
                List.of(crm.dealsClosed("revenue.dealsClosed", horizon)));
    }

    @Bean
    @JobScope
    Step conversionStep(FamilySteps steps, @Value(PERIOD) String period, @Value(AS_OF) String asOf) {
        ReportHorizon horizon = steps.horizon(period, asOf);
        CrmReaders crm = steps.readers();
        return steps.step("conversion", horizon, team -> new ConversionTally(horizon),
                Set.of(SALES_LEAD, OPPORTUNITY, OPPORTUNITY_STAGE_HISTORY),
                List.of(crm.leadsCreated("conversion.leadsCreated", horizon),
                        crm.dealsCreatedOrClosed("conversion.dealsCreatedOrClosed", horizon),
                        crm.stageSpans("conversion.stageSpans", horizon)));
    }

    @Bean
    @JobScope
    Step pipelineStep(FamilySteps steps, @Value(PERIOD) String period, @Value(AS_OF) String asOf) {
        ReportHorizon horizon = steps.horizon(period, asOf);
        CrmReaders crm = steps.readers();
        return steps.step("pipeline", horizon, team -> new PipelineTally(horizon, team), Set.of(FORECAST),
                List.of(crm.leadsCreated("pipeline.leadsCreated", horizon),
                        crm.openPipelineCandidates("pipeline.openPipelineCandidates", horizon),
                        crm.forecasts("pipeline.forecasts", horizon)));
    }

    @Bean
    @JobScope
    Step customersStep(FamilySteps steps, @Value(PERIOD) String period, @Value(AS_OF) String asOf) {
        ReportHorizon horizon = steps.horizon(period, asOf);
        CrmReaders crm = steps.readers();
        return steps.companyWideStep("customers", horizon, new CustomerTally(horizon), Set.of(CONTRACT, EXPENSE),
                List.of(crm.contractsByAccount("customers.contracts"),
                        crm.expenses("customers.expenses", horizon)));
    }

    @Bean
    @JobScope
    Step salesTeamStep(FamilySteps steps, @Value(PERIOD) String period, @Value(AS_OF) String asOf) {
        ReportHorizon horizon = steps.horizon(period, asOf);
        CrmReaders crm = steps.readers();
        return steps.step("salesTeam", horizon, team -> new SalesTeamTally(horizon), Set.of(SALES_REP, QUOTA, TIME_ENTRY),
                List.of(crm.salesReps("salesTeam.salesReps"),
                        crm.quotas("salesTeam.quotas", horizon),
                        crm.timeEntries("salesTeam.timeEntries", horizon)));
    }

    @Bean
    KpiWorkbookWriter kpiWorkbookWriter() {
        return new KpiWorkbookWriter();
    }

    @Bean
    Step workbookStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            WorkbookTasklet workbookTasklet) {
        return new StepBuilder("workbook", jobRepository)
                .tasklet(workbookTasklet, transactionManager)
                .build();
    }
}
