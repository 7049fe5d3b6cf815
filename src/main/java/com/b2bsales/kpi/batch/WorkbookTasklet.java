package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.UntrustedDataException;
import com.b2bsales.kpi.run.TeamWorkbooksNotWrittenException;
import com.b2bsales.kpi.system.ReportProperties;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step: takes the results of the family steps, refuses data that breaks the trust rules
 * too often, computes every metric and writes the company's workbook, then the workbook of each
 * team of the roster, and records in the job's context where they are.
 */
@Component
public class WorkbookTasklet implements Tasklet {

    /** Keys in the job execution context. The path of the company workbook. */
    public static final String WORKBOOK = "workbook";
    /** Team name to the path of the team's workbook. */
    public static final String TEAM_WORKBOOKS = "teamWorkbooks";
    /** Why the data was rejected (the data-quality limit), when it was: such a run is never resumed. */
    public static final String REJECTED = "rejected";
    /** The job parameter of {@code --output}, not identifying: where a run writes its workbooks. */
    public static final String OUTPUT_DIR = "outputDir";

    private final ReportProperties properties;
    private final RunReports reports;
    private final RunWorkbooks workbooks;
    private final JobRepository jobRepository;

    WorkbookTasklet(ReportProperties properties, RunReports reports, RunWorkbooks workbooks,
            JobRepository jobRepository) {
        this.properties = properties;
        this.reports = reports;
        this.workbooks = workbooks;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ExecutionContext shared = job.getExecutionContext();
        FamilyResults results = FamilyResults.of(jobRepository, job);

        DataQualityReport quality = reports.quality(results);
        try {
            quality.requireWithinLimit();
        } catch (UntrustedDataException e) {
            // a verdict on the data, not an interruption: the next start must read the CRM again
            shared.putString(REJECTED, e.getMessage());
            jobRepository.updateExecutionContext(job);
            throw e;
        }

        Map<Optional<String>, KpiReport> all = reports.of(job, results, quality);
        RunWorkbooks.Written written = workbooks.write(all, outputDir(job));
        shared.putString(WORKBOOK, written.company().toString());
        shared.put(TEAM_WORKBOOKS, written.teams());
        if (!written.notWritten().isEmpty()) {
            throw new TeamWorkbooksNotWrittenException(written.company(), written.teams().keySet(),
                    written.notWritten());
        }
        return RepeatStatus.FINISHED;
    }

    private Path outputDir(JobExecution job) {
        String given = job.getJobParameters().getString(OUTPUT_DIR);
        return given != null ? Path.of(given) : properties.outputDir();
    }
}
