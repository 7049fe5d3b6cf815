package com.b2bsales.kpi.run;

import com.b2bsales.kpi.batch.ReportJobConfiguration;
import com.b2bsales.kpi.batch.RunWorkbooks;
import com.b2bsales.kpi.batch.UnreadableSavedStateException;
import com.b2bsales.kpi.batch.WorkbookTasklet;
import com.b2bsales.kpi.crm.UnreadableColumnException;
import com.b2bsales.kpi.delivery.MailPolicy;
import com.b2bsales.kpi.delivery.ReportMailing;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.CrmUnavailableException;
import com.b2bsales.kpi.system.Databases;
import com.b2bsales.kpi.system.JobStoreException;
import com.b2bsales.kpi.system.LogFile;
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
 * that already completed is not recomputed (unless {@code --rerun}; a workbook of it that is gone is
 * written again from its saved tallies), an interrupted or failed run is resumed from its last
 * committed chunk, a run whose data was rejected is started afresh, and a run already in progress is
 * left alone. A run is that of a period, as-of date and CRM source ({@link RunParameters}).
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
    private final RunWorkbooks workbooks;
    private final PrintStream out;
    private final PrintStream err;

    ReportLauncher(JobOperator jobOperator, Job salesKpiReport, ReportRuns runs, RunLocks locks, CrmDatabase crm,
            ReportMailing mailing, RunWorkbooks workbooks) {
        this.jobOperator = jobOperator;
        this.job = salesKpiReport;
        this.runs = runs;
        this.locks = locks;
        this.crm = crm;
        this.mailing = mailing;
        this.workbooks = workbooks;
        this.out = System.out;
        this.err = System.err;
    }

    /**
     * Runs the report for the context on the CRM and mails its workbooks as {@code mail} says. A
     * period that already completed is not recomputed; its existing workbooks are mailed only when
     * {@code --email} asked for them ({@link MailPolicy#ALSO_COMPLETED}).
     */
    public ExitCode run(ReportContext context, boolean rerun, Optional<Path> output, MailPolicy mail) {
        RunParameters requested = new RunParameters(context, crm.source());
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
            Optional<Path> output, MailPolicy mail) {
        Optional<JobExecution> latest = earlier.stream().findFirst();
        if (latest.isPresent() && latest.get().getStatus() == BatchStatus.COMPLETED && !rerun) {
            return completed(requested, latest.get(), mail);
        }
        try {
            crm.prepare();
        } catch (CrmUnavailableException e) {
            err.println(e.getMessage());
            return ExitCode.FAILED;
        }
        JobExecution execution = launch(requested, latest, rerun, output);
        ExitCode written = report(execution);
        return written == ExitCode.WRITTEN && mail.mails() ? mailing.mail(execution, true) : written;
    }

    /**
     * A period that completed: nothing is recomputed. A workbook of it that is no longer there is
     * written again from the tallies the run saved, so with the run's numbers.
     */
    private ExitCode completed(RunParameters requested, JobExecution done, MailPolicy mail) {
        out.println("The run for " + requested + " completed at " + Timestamps.toTheSecond(done.getEndTime())
                + "; its workbook is "
                + ReportRuns.workbookOf(done).orElse("(not recorded)")
                + ". Nothing was recomputed; use --rerun to run it again.");
        try {
            for (Path file : workbooks.rewriteMissing(done)) {
                out.println("Workbook written again: " + file + " was no longer there; written from the saved results"
                        + " of execution " + done.getId() + ", with its numbers.");
            }
        } catch (UnreadableSavedStateException e) {
            out.println("A workbook of it is no longer there and is not written again: " + e.getMessage()
                    + "; --rerun computes the period again.");
        }
        if (mail == MailPolicy.WRITTEN) {
            out.println("Not mailed again: a run's workbooks are mailed once (" + ReportRuns.mailedOf(done)
                    .orElse("this one was not mailed") + "); --email or --resend mails them again.");
        }
        return mail == MailPolicy.ALSO_COMPLETED ? mailing.mail(done, false) : ExitCode.WRITTEN;
    }

    private ExitCode declineInProgress(RunParameters requested) {
        List<String> about = new ArrayList<>();
        runs.executionsOf(requested).stream().filter(JobExecution::isRunning).findFirst()
                .ifPresent(e -> about.add("execution " + e.getId() + ", started "
                        + (e.getStartTime() == null ? "just now" : Timestamps.toTheSecond(e.getStartTime()))));
        locks.holder(requested.context()).ifPresent(about::add);
        err.println("A run for " + requested + " is already in progress"
                + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")") + "; nothing was done.");
        return ExitCode.ALREADY_RUNNING;
    }

    /**
     * Executions left unfinished although we hold the run's lock: their process died (killed,
     * powered off, its job metadata store failed under it) before it could record their end. They
     * are marked failed ({@link ReportRuns#recover}), so that Spring Batch restarts them from their
     * last commit.
     */
    private List<JobExecution> recoverAbandoned(RunParameters requested, List<JobExecution> executions) {
        List<JobExecution> abandoned = executions.stream().filter(ReportRuns::unfinished).toList();
        for (JobExecution execution : abandoned) {
            out.println("Execution " + execution.getId() + " of " + requested + " was left " + stateOf(execution)
                    + " by a process that ended without finishing it (killed or powered off); recovering it.");
            runs.recover(execution.getId());
        }
        return abandoned.isEmpty() ? executions : runs.executionsOf(requested);
    }

    /** "STARTED", or "FAILED with step conversion STARTED" when only a step was left unfinished. */
    private static String stateOf(JobExecution execution) {
        List<String> steps = execution.getStepExecutions().stream()
                .filter(step -> ReportRuns.unfinished(step.getStatus()))
                .map(step -> "step " + step.getStepName() + " " + step.getStatus()).toList();
        return execution.getStatus() + (execution.getStatus().isRunning() || steps.isEmpty() ? ""
                : " with " + String.join(", ", steps));
    }

    /**
     * Resumes the latest run when it was interrupted or failed, from its last commit; otherwise starts
     * a fresh run under the next run number. A run whose data was rejected is not resumed: its saved
     * tallies hold the rejected rows, and the data may have been fixed since. Nor is a run whose
     * saved state this release cannot read (left by an earlier release, {@link ReportRuns#unresumable}):
     * resuming it would fail at every start.
     */
    private JobExecution launch(RunParameters requested, Optional<JobExecution> latest, boolean rerun,
            Optional<Path> output) {
        try {
            Optional<JobExecution> unfinished = latest.filter(e -> e.getStatus() != BatchStatus.COMPLETED && !rerun);
            Optional<String> rejected = unfinished.flatMap(ReportLauncher::rejection);
            Optional<String> unreadable = unfinished.filter(e -> rejected.isEmpty()).flatMap(runs::unresumable);
            if (unfinished.isPresent() && rejected.isEmpty() && unreadable.isEmpty()) {
                RunParameters failed = RunParameters.of(latest.get().getJobParameters());
                out.println("Resuming the run for " + failed + " (execution " + latest.get().getId() + " ended "
                        + latest.get().getStatus() + ")");
                return jobOperator.start(job, parameters(failed, output));
            }
            if (rejected.isPresent()) {
                out.println("The last run for " + requested + " (execution " + latest.get().getId()
                        + ") failed on its data (" + rejected.get() + "); reading " + crm.description() + " again.");
            }
            if (unreadable.isPresent()) {
                out.println("The last run for " + requested + " (execution " + latest.get().getId()
                        + ") cannot be resumed by this release (" + unreadable.get() + "; an earlier release saved it);"
                        + " reading " + crm.description() + " again.");
            }
            long number = latest.map(e -> RunParameters.of(e.getJobParameters()).rerun() + 1).orElse(0L);
            return jobOperator.start(job, parameters(requested.withRerun(number), output));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the job: " + Databases.describe(e), e);
        }
    }

    /** Why the execution's data was rejected, when that is how it ended. */
    private static Optional<String> rejection(JobExecution execution) {
        return execution.getStatus() == BatchStatus.COMPLETED ? Optional.empty()
                : Optional.ofNullable(execution.getExecutionContext().getString(WorkbookTasklet.REJECTED, null));
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
        Optional<Throwable> failure = firstFailure(execution);
        if (failure.isPresent() && failure.get() instanceof TeamWorkbooksNotWrittenException partly) {
            err.println("The run failed: " + partly.getMessage() + ". Nothing was mailed; the same command writes them again"
                    + LogFile.detailsHint() + ".");
            return ExitCode.FAILED;
        }
        String why = failure.map(this::describe).orElse("status " + execution.getStatus());
        err.println("The run failed, no workbook was written: " + why + LogFile.detailsHint());
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

    /**
     * The job metadata store's failures come from its own connections, which name it; any other
     * database failure of the job is the CRM's, the only other database it uses.
     */
    private String describe(Throwable failure) {
        if (JobStoreException.in(failure).isPresent()) {
            return Databases.describe(failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnreadableColumnException unreadable) {
                return "cannot read " + crm.description() + ": " + unreadable.getMessage();
            }
            if (t instanceof java.sql.SQLException || t instanceof org.springframework.dao.DataAccessException) {
                return "cannot read " + crm.description() + ": " + Databases.rootMessage(t);
            }
            if (t instanceof java.io.UncheckedIOException) {
                return t.getMessage();
            }
        }
        return Databases.rootMessage(failure);
    }
}
