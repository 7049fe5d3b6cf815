package com.b2bsales.kpi.job;

import static com.b2bsales.kpi.job.FamilySteps.tallyKey;

import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.ConversionTally;
import com.b2bsales.kpi.metrics.CustomerTally;
import com.b2bsales.kpi.metrics.FamilyTallies;
import com.b2bsales.kpi.metrics.KpiCalculator;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.metrics.PipelineTally;
import com.b2bsales.kpi.metrics.RevenueTally;
import com.b2bsales.kpi.metrics.SalesTeamTally;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.DataQualityTally;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step: takes the family tallies the steps promoted to the job, refuses data that breaks
 * the trust rules too often, computes every metric and writes the workbook in one atomic move.
 */
@Component
class WorkbookTasklet implements Tasklet {

    static final String WORKBOOK = "workbook";
    /** Team name to the path of the team's workbook. */
    static final String TEAM_WORKBOOKS = "teamWorkbooks";
    static final String OUTPUT_DIR = "outputDir";

    private static final Logger log = LoggerFactory.getLogger(WorkbookTasklet.class);

    private final ReportProperties properties;
    private final KpiWorkbookWriter writer;

    WorkbookTasklet(ReportProperties properties, KpiWorkbookWriter writer) {
        this.properties = properties;
        this.writer = writer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ExecutionContext shared = job.getExecutionContext();
        RunParameters run = RunParameters.of(job.getJobParameters());

        DataQualityReport quality = DataQualityReport.of(quality(shared), properties.dataQuality().maxBadRatio());
        quality.requireWithinLimit();

        FamilyTallies tallies = new FamilyTallies(
                (RevenueTally) shared.get(tallyKey("revenue")),
                (ConversionTally) shared.get(tallyKey("conversion")),
                (PipelineTally) shared.get(tallyKey("pipeline")),
                (CustomerTally) shared.get(tallyKey("customers")),
                (SalesTeamTally) shared.get(tallyKey("salesTeam")));
        List<PeriodResults> periods = new KpiCalculator(run.horizon(properties.trendPeriods()), tallies).compute();
        KpiReport report = new KpiReport(periods,
                Checklist.of(periods.get(0), periods.get(1), properties.checklist().toTargets()), quality,
                new KpiReport.RunInfo(job.getId(), LocalDateTime.now(properties.timezone()),
                        properties.timezone().getId(), properties.companyName(), properties.currency()));

        Path file = writer.write(report, outputDir(job));
        shared.putString(WORKBOOK, file.toAbsolutePath().toString());
        log.info("Workbook written: {}", file.toAbsolutePath());
        return RepeatStatus.FINISHED;
    }

    private Path outputDir(JobExecution job) {
        String given = job.getJobParameters().getString(OUTPUT_DIR);
        return given != null ? Path.of(given) : properties.outputDir();
    }

    private static DataQualityTally quality(ExecutionContext shared) {
        DataQualityTally all = new DataQualityTally();
        for (String step : ReportJobConfiguration.FAMILY_STEPS) {
            all.addAll((DataQualityTally) shared.get(TrustFilter.keyFor(step)));
        }
        return all;
    }
}
