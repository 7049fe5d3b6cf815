package com.b2bsales.kpi.run;

import java.io.PrintStream;
import java.time.Duration;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * {@code --history}: recent runs with their period, as-of date, status, duration, rows read, whether
 * their workbooks were mailed, the CRM source they read, and file.
 */
@Component
public class RunHistory {

    private final ReportRuns runs;

    RunHistory(ReportRuns runs) {
        this.runs = runs;
    }

    public void print(PrintStream out, int count) {
        out.printf("%-9s %-10s %-10s %-5s %-10s %-19s %9s %11s  %-23s %-40s %s%n", "execution", "period", "as-of",
                "rerun", "status", "started", "duration", "rows read", "mailed", "source", "workbook");
        for (JobExecution execution : runs.recent(count)) {
            RunParameters run = RunParameters.of(execution.getJobParameters());
            long rowsRead = execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
            String duration = execution.getStartTime() == null || execution.getEndTime() == null ? "-"
                    : Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis() / 1000.0 + " s";
            out.printf("%-9d %-10s %-10s %-5d %-10s %-19s %9s %11d  %-23s %-40s %s%n", execution.getId(),
                    run.context().period().label(), run.context().asOf(), run.rerun(), execution.getStatus(),
                    execution.getStartTime() == null ? "-" : Timestamps.toTheSecond(execution.getStartTime()),
                    duration, rowsRead, ReportRuns.mailedOf(execution).orElse("-"), run.source().id(),
                    ReportRuns.workbookOf(execution).orElse("-"));
        }
    }
}
