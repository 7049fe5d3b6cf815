package com.b2bsales.kpi.run;

import com.b2bsales.kpi.batch.ReportJobConfiguration;
import com.b2bsales.kpi.batch.SavedState;
import com.b2bsales.kpi.batch.WorkbookTasklet;
import com.b2bsales.kpi.delivery.ReportMailing;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Earlier runs of the report, from the job repository. */
@Component
public class ReportRuns {

    private static final String ABANDONED = "recovered: its process ended without finishing it";

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
     * same command resumes them. What {@code JobOperator.stop} does first (the status STOPPING in the
     * repository), for every running execution of the run, found by its parameters.
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

    /**
     * Whether an execution, or one of its steps, was left unfinished: still shown as running, or in
     * the UNKNOWN state Spring Batch gives a step whose end it could not save. Spring Batch
     * restarts neither ("A job execution for this job is already running", "Cannot restart step
     * from UNKNOWN status").
     */
    static boolean unfinished(JobExecution execution) {
        return unfinished(execution.getStatus())
                || execution.getStepExecutions().stream().anyMatch(step -> unfinished(step.getStatus()));
    }

    static boolean unfinished(BatchStatus status) {
        return status.isRunning() || status == BatchStatus.UNKNOWN;
    }

    /**
     * Marks an execution whose process is gone, and its unfinished steps, FAILED, so that Spring
     * Batch restarts it from the last commit of each step that did not complete. Like
     * {@code JobOperator.recover}, which leaves UNKNOWN steps and executions as they are. A step's
     * restart state is the one of its last commit, whatever became of the step afterwards.
     */
    public void recover(long executionId) {
        JobExecution execution = execution(executionId);
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (unfinished(step.getStatus())) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(ABANDONED));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        if (unfinished(execution.getStatus())) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(ABANDONED));
            execution.setEndTime(now);
            jobRepository.update(execution);
        }
    }

    /**
     * Why this release cannot resume the run of the execution, if it cannot: the state it saved (team
     * roster, tallies) names classes an earlier release had and this one moved or changed.
     */
    public Optional<String> unresumable(JobExecution execution) {
        return SavedState.unreadable(jobRepository, execution);
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

    public static Optional<String> workbookOf(JobExecution execution) {
        return Optional.ofNullable(execution.getExecutionContext().getString(WorkbookTasklet.WORKBOOK, null));
    }

    /** The workbooks restricted to one team that the execution wrote, by team. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> teamWorkbooksOf(JobExecution execution) {
        Object teams = execution.getExecutionContext().get(WorkbookTasklet.TEAM_WORKBOOKS);
        return teams == null ? Map.of() : (Map<String, String>) teams;
    }

    /** Whether the execution's workbooks were mailed: "sent 2026-11-27 06:00", "failed ...", or empty. */
    public static Optional<String> mailedOf(JobExecution execution) {
        return Optional.ofNullable(execution.getExecutionContext().getString(ReportMailing.MAILED, null));
    }
}
