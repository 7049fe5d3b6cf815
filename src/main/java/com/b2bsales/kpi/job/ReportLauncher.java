package com.b2bsales.kpi.job;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.CrmUnavailableException;
import com.b2bsales.kpi.system.Databases;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Starts, resumes or declines a run, and says what happened in one line and an exit code: a period
 * that already completed is not recomputed (unless {@code --rerun}), a failed run is resumed from
 * its last committed chunk, and a run already in progress is left alone.
 *
 * <p>A run is in progress while a process, on this machine or another that shares the job metadata
 * database, holds its lock ({@link RunLocks}), mailing included. A run the job repository shows as
 * started while nobody holds its lock was left by a process that died (kill -9, power loss); it is
 * recovered (marked failed) and resumed like a failed one.
 */
@Component
public class ReportLauncher {

    private final JobOperator jobOperator;
    private final Job job;
    private final ReportRuns runs;
    private final RunLocks locks;
    private final CrmDatabase crm;
    private final ReportMailing mailing;
    private final PrintStream out;
    private final PrintStream err;

    ReportLauncher(JobOperator jobOperator, Job salesKpiReport, ReportRuns runs, RunLocks locks, CrmDatabase crm,
            ReportMailing mailing) {
        this.jobOperator = jobOperator;
        this.job = salesKpiReport;
        this.runs = runs;
        this.locks = locks;
        this.crm = crm;
        this.mailing = mailing;
        this.out = System.out;
        this.err = System.err;
    }

    /**
     * Runs the report for the context and, when {@code mail}, mails its workbooks. A period that
     * already completed is not recomputed: with {@code mail} its existing workbooks are mailed, since
     * that is what the user asked for.
     */
    public ExitCode run(ReportContext context, boolean rerun, Optional<Path> output, boolean mail) {
        RunParameters requested = new RunParameters(context, 0);
        Optional<RunLocks.RunLock> lock = locks.tryAcquire(context);
        if (lock.isEmpty()) {
            return declineInProgress(requested);
        }
        try (RunLocks.RunLock held = lock.get()) {
            return startOrResume(requested, recoverAbandoned(requested, runs.executionsOf(requested)), rerun, output,
                    mail);
        }
    }

    private ExitCode startOrResume(RunParameters requested, List<JobExecution> earlier, boolean rerun,
            Optional<Path> output, boolean mail) {
        Optional<JobExecution> latest = earlier.stream().findFirst();
        if (latest.isPresent() && latest.get().getStatus() == BatchStatus.COMPLETED && !rerun) {
            JobExecution done = latest.get();
            out.println("The run for " + requested + " completed at " + done.getEndTime() + "; its workbook is "
                    + ReportRuns.workbookOf(done).orElse("(not recorded)")
                    + ". Nothing was recomputed; use --rerun to run it again.");
            return mail ? mailing.mail(done) : ExitCode.WRITTEN;
        }
        try {
            crm.prepare();
        } catch (CrmUnavailableException e) {
            err.println(e.getMessage());
            return ExitCode.FAILED;
        }
        JobExecution execution = launch(requested, latest, rerun, output);
        ExitCode written = report(execution);
        return written == ExitCode.WRITTEN && mail ? mailing.mail(execution) : written;
    }

    private ExitCode declineInProgress(RunParameters requested) {
        List<String> about = new ArrayList<>();
        runs.executionsOf(requested).stream().filter(JobExecution::isRunning).findFirst()
                .ifPresent(e -> about.add("execution " + e.getId() + ", started "
                        + (e.getStartTime() == null ? "just now" : e.getStartTime().withNano(0))));
        locks.holder(requested.context()).ifPresent(about::add);
        err.println("A run for " + requested + " is already in progress"
                + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")") + "; nothing was done.");
        return ExitCode.ALREADY_RUNNING;
    }

    /**
     * Executions still shown as running although we hold the run's lock: their process died without
     * finishing them. {@link JobOperator#recover} marks them and their running steps failed, so that
     * Spring Batch restarts them from their last commit.
     */
    private List<JobExecution> recoverAbandoned(RunParameters requested, List<JobExecution> executions) {
        List<JobExecution> abandoned = executions.stream().filter(JobExecution::isRunning).toList();
        for (JobExecution execution : abandoned) {
            out.println("Execution " + execution.getId() + " of " + requested + " was left " + execution.getStatus()
                    + " by a process that ended without finishing it (killed or powered off); recovering it.");
            jobOperator.recover(runs.execution(execution.getId()));
        }
        return abandoned.isEmpty() ? executions : runs.executionsOf(requested);
    }

    private JobExecution launch(RunParameters requested, Optional<JobExecution> latest, boolean rerun,
            Optional<Path> output) {
        try {
            if (latest.isPresent() && latest.get().getStatus() != BatchStatus.COMPLETED) {
                RunParameters failed = RunParameters.of(latest.get().getJobParameters());
                out.println("Resuming the run for " + failed + " (execution " + latest.get().getId() + " ended "
                        + latest.get().getStatus() + ")");
                return jobOperator.start(job, parameters(failed, output));
            }
            long number = latest.map(e -> RunParameters.of(e.getJobParameters()).rerun() + 1).orElse(0L);
            return jobOperator.start(job, parameters(requested.withRerun(rerun ? number : 0), output));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the job: " + Databases.rootMessage(e), e);
        }
    }

    private static JobParameters parameters(RunParameters run, Optional<Path> output) {
        JobParametersBuilder builder = new JobParametersBuilder(run.toJobParameters());
        output.ifPresent(dir -> builder.addString(WorkbookTasklet.OUTPUT_DIR, dir.toString(), false));
        return builder.toJobParameters();
    }

    private ExitCode report(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("Workbook written: " + ReportRuns.workbookOf(execution).orElse("?"));
            return ExitCode.WRITTEN;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            err.println("The run was stopped before it finished, no workbook was written; "
                    + "the same command resumes it from its last commit.");
            return ExitCode.FAILED;
        }
        String why = firstFailure(execution).map(this::describe).orElse("status " + execution.getStatus());
        err.println("The run failed, no workbook was written: " + why);
        return ExitCode.FAILED;
    }

    /**
     * The family steps run side by side, and several may fail (a CRM without its tables fails them
     * all): the cause named is the one of the step that comes first in the job, whichever failed first.
     */
    static Optional<Throwable> firstFailure(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> !step.getFailureExceptions().isEmpty())
                .min(Comparator.comparingInt(step -> ReportJobConfiguration.position(step.getStepName())))
                .map(step -> step.getFailureExceptions().get(0))
                .or(() -> execution.getAllFailureExceptions().stream().findFirst());
    }

    private String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof org.springframework.dao.DataAccessException) {
                return "cannot read " + crm.description() + ": " + Databases.rootMessage(t);
            }
        }
        return Databases.rootMessage(failure);
    }
}
