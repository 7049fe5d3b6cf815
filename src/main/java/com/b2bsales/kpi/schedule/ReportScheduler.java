package com.b2bsales.kpi.schedule;

import com.b2bsales.kpi.run.ExitCode;
import com.b2bsales.kpi.delivery.MailPolicy;
import com.b2bsales.kpi.run.ReportLauncher;
import com.b2bsales.kpi.run.ReportRuns;
import com.b2bsales.kpi.run.RunParameters;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.Databases;
import com.b2bsales.kpi.system.ReportProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * {@code --schedule}: stays running and, on {@code report.schedule.cron} in the report time zone,
 * runs the {@link NightlyPeriods} through the same launcher as a run by hand, so a period already
 * running elsewhere is declined, a completed one is not recomputed and a failed or killed one is
 * resumed. One failing run never stops the scheduler. On SIGTERM (or Ctrl+C) it stops taking ticks,
 * asks a running job to stop at its next commit (the same command resumes it later) and waits up to
 * {@code report.schedule.stop-timeout} for it.
 */
@Component
public class ReportScheduler implements DisposableBean {

    /** "2026-12-01T02:30:00+01:00": to the second, seconds always written, like the run's other times. */
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportLauncher launcher;
    private final ReportRuns runs;
    private final CrmDatabase crm;
    private final ReportProperties.Schedule schedule;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<ReportContext> running = new AtomicReference<>();
    private ThreadPoolTaskScheduler tasks;
    private ScheduledFuture<?> ticks;
    private volatile boolean stopping;

    ReportScheduler(ReportLauncher launcher, ReportRuns runs, CrmDatabase crm, ReportProperties properties) {
        this.launcher = launcher;
        this.runs = runs;
        this.crm = crm;
        this.schedule = properties.schedule();
    }

    /**
     * Runs the nightly reports until the process is stopped (SIGTERM, Ctrl+C) or this thread is
     * interrupted.
     *
     * @param clock today's date, in the report time zone (the zone of the cron expression too)
     * @param mail  whether each run mails the workbooks it writes ({@code --email}, or the configured
     *              default); a tick that finds its period completed mails nothing, whichever
     */
    public ExitCode run(Clock clock, Optional<Path> output, boolean mail) {
        NightlyPeriods nightly = new NightlyPeriods(schedule.previousQuarterDays());
        synchronized (this) {
            tasks = new ThreadPoolTaskScheduler();
            tasks.setThreadNamePrefix("nightly-report-");
            tasks.setWaitForTasksToCompleteOnShutdown(true);
            tasks.setAwaitTerminationMillis(schedule.stopTimeout().toMillis());
            tasks.initialize();
            ticks = tasks.schedule(() -> {
                runDue(nightly.dueOn(LocalDate.now(clock)), output, mail);
                log.info("Next scheduled run at {}", nextTick(clock));
            }, new CronTrigger(schedule.cron(), clock.getZone()));
        }
        log.info("Scheduler started: cron '{}' in {}, next run at {}; stop it with SIGTERM or Ctrl+C", schedule.cron(),
                clock.getZone().getId(), nextTick(clock));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // An interrupt of this thread is a request to stop, handled here: the flag is not kept, so
            // that closing the databases afterwards is not interrupted.
            log.info("Interrupted: stopping the scheduler");
        }
        stop();
        return ExitCode.WRITTEN;
    }

    private void runDue(List<ReportContext> due, Optional<Path> output, boolean mail) {
        for (ReportContext context : due) {
            if (stopping) {
                return;
            }
            RunParameters run = new RunParameters(context, crm.source());
            log.info("Scheduled run for {}", run);
            running.set(context);
            try {
                ExitCode code = launcher.run(context, false, output, mail ? MailPolicy.WRITTEN : MailPolicy.NONE);
                log.info("Scheduled run for {} ended with exit code {}", run, code.code());
            } catch (RuntimeException e) {
                log.error("Scheduled run for {} could not run: {}", run, Databases.describe(e));
            } finally {
                running.set(null);
            }
        }
    }

    private String nextTick(Clock clock) {
        ZonedDateTime next = CronExpression.parse(schedule.cron()).next(ZonedDateTime.now(clock.getZone()));
        return next == null ? "never" : next.format(TO_THE_SECOND);
    }

    /** Called when the application closes: on SIGTERM, Ctrl+C or the end of {@link #run}. */
    @Override
    public void destroy() {
        stop();
    }

    private void stop() {
        ThreadPoolTaskScheduler stoppingTasks;
        synchronized (this) {
            stoppingTasks = tasks;
            tasks = null;
            if (stoppingTasks == null) {
                return;
            }
            stopping = true;
            ticks.cancel(false);
        }
        ReportContext current = running.get();
        if (current != null) {
            requestStop(current);
        }
        stoppingTasks.shutdown();
        stopped.countDown();
        log.info("Scheduler stopped");
    }

    private void requestStop(ReportContext current) {
        RunParameters run = new RunParameters(current, crm.source());
        log.info("Stopping: asking the run for {} to stop at its next commit", run);
        try {
            runs.requestStop(run);
        } catch (RuntimeException e) {
            // The job metadata store failed (the message names it): the run ends where it is.
            log.warn("Could not ask the run for {} to stop ({}); the next start resumes it from its last commit",
                    run, Databases.describe(e));
        }
    }
}
