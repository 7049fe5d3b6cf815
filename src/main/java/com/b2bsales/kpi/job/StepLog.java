package com.b2bsales.kpi.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One log line per step: rows read, rows left out as untrusted, time taken. */
final class StepLog implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        log.info("Step {}: {} rows read, {} untrusted rows left out, {} ms, {}", step.getStepName(),
                step.getReadCount(), step.getFilterCount(), millis, step.getStatus());
        return step.getExitStatus();
    }
}
