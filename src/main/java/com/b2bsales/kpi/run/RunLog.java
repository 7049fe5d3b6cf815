package com.b2bsales.kpi.run;

import com.b2bsales.kpi.system.Databases;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The last log line of a run: how it ended, how long it took, rows read (and from which source) and
 * left out, the workbook or the cause.
 */
public final class RunLog implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunLog.class);

    @Override
    public void afterJob(JobExecution job) {
        long read = job.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
        long untrusted = job.getStepExecutions().stream().mapToLong(StepExecution::getFilterCount).sum();
        LocalDateTime start = job.getStartTime();
        double seconds = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
        RunParameters run = RunParameters.of(job.getJobParameters());
        log.info("Run {} (execution {}): {} in {} s, {} rows read from {}, {} untrusted rows left out; {}", run,
                job.getId(), job.getStatus(), seconds, read, run.source().id(), untrusted, outcome(job));
    }

    private static String outcome(JobExecution job) {
        if (job.getStatus() == BatchStatus.COMPLETED) {
            return "workbook " + ReportRuns.workbookOf(job).orElse("?");
        }
        if (job.getStatus() == BatchStatus.STOPPED) {
            return "stopped on request, no workbook; the same command resumes it";
        }
        return ReportLauncher.firstFailure(job)
                .map(failure -> failure instanceof TeamWorkbooksNotWrittenException ? failure.getMessage()
                        : "no workbook; " + Databases.describe(failure))
                .orElse("no workbook; no cause recorded");
    }
}
