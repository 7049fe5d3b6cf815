package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.crm.CrmRow;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * One log line per step: rows read, rows left out as untrusted, time taken; and while a long step
 * runs, a progress line at most every {@code report.progress-interval}.
 */
class StepLog implements StepExecutionListener, ChunkListener<CrmRow, CrmRow> {

    private static final Logger log = LoggerFactory.getLogger(StepLog.class);

    private final long progressIntervalNanos;
    private StepExecution step;
    private long lastProgress;

    StepLog(Duration progressInterval) {
        this.progressIntervalNanos = progressInterval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution step) {
        this.step = step;
        this.lastProgress = System.nanoTime();
    }

    @Override
    public void beforeChunk(Chunk<CrmRow> rows) {
        long now = System.nanoTime();
        if (now - lastProgress >= progressIntervalNanos) {
            lastProgress = now;
            // The step's counts include the chunks before this one; this one has just been read.
            log.info("Step {}: {} rows read so far, {} s", step.getStepName(), step.getReadCount() + rows.size(),
                    elapsedMillis(step) / 1000);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        log.info("Step {}: {} rows read, {} untrusted rows left out, {} ms, {}", step.getStepName(),
                step.getReadCount(), step.getFilterCount(), elapsedMillis(step), step.getStatus());
        return step.getExitStatus();
    }

    private static long elapsedMillis(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        return start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
    }
}
