package com.b2bsales.kpi.job;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** Earlier runs of the report, from the job repository. */
@Component
public class ReportRuns {

    private final JobRepository jobRepository;

    ReportRuns(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Every execution of every run with the same period and as-of date, newest first. */
    public List<JobExecution> executionsOf(RunParameters run) {
        return jobRepository.findJobInstances(ReportJobConfiguration.JOB_NAME).stream()
                .flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
                .filter(execution -> RunParameters.of(execution.getJobParameters()).sameRunAs(run))
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .toList();
    }

    /** One execution as the repository has it now, with its step executions. */
    public JobExecution execution(long id) {
        return jobRepository.getJobExecution(id);
    }

    /**
     * Asks the running executions of a run to stop at their next commit; they end STOPPED and the
     * same command resumes them. Like {@code JobOperator.stop}, which cannot be used here: it also
     * looks up the job's steps, which are job-scoped, and fails outside the running job.
     */
    public void requestStop(RunParameters run) {
        for (JobExecution listed : executionsOf(run)) {
            JobExecution execution = execution(listed.getId());
            if (execution.isRunning()) {
                execution.setStatus(BatchStatus.STOPPING);
                // the running step sees the status at its next commit
                jobRepository.update(execution);
            }
        }
    }

    /** The most recent executions of any run, newest first. */
    public List<JobExecution> recent(int count) {
        List<JobInstance> instances = jobRepository.getJobInstances(ReportJobConfiguration.JOB_NAME, 0, count);
        return instances.stream()
                .flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(count)
                .toList();
    }

    static Optional<String> workbookOf(JobExecution execution) {
        return Optional.ofNullable(execution.getExecutionContext().getString(WorkbookTasklet.WORKBOOK, null));
    }

    /** The workbooks restricted to one team that the execution wrote, by team. */
    @SuppressWarnings("unchecked")
    static Map<String, String> teamWorkbooksOf(JobExecution execution) {
        Object teams = execution.getExecutionContext().get(WorkbookTasklet.TEAM_WORKBOOKS);
        return teams == null ? Map.of() : (Map<String, String>) teams;
    }

    /** Whether the execution's workbooks were mailed: "sent 2026-11-27 06:00", "failed ...", or empty. */
    static Optional<String> mailedOf(JobExecution execution) {
        return Optional.ofNullable(execution.getExecutionContext().getString(ReportMailing.MAILED, null));
    }
}
