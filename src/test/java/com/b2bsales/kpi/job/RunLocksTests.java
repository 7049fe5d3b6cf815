package com.b2bsales.kpi.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import com.b2bsales.kpi.system.ReportProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The lock that tells a live run from a dead one (between processes: RestartFunctionalTests). */
class RunLocksTests {

    private static final ReportContext Q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-06-30"));
    private static final ReportContext Q3 = ReportContext.of(ReportPeriod.quarter(2026, 3), LocalDate.parse("2026-09-30"));

    @TempDir
    Path locks;

    @Test
    void shouldLetOnlyOneHolderRunAPeriodAtATime() {
        RunLocks runLocks = new RunLocks(properties());

        Optional<RunLocks.RunLock> first = runLocks.tryAcquire(Q2);
        assertThat(first).isPresent();
        assertThat(runLocks.tryAcquire(Q2)).isEmpty();
        assertThat(runLocks.holder(Q2)).contains("pid " + ProcessHandle.current().pid());
        // another period is another lock
        try (RunLocks.RunLock other = runLocks.tryAcquire(Q3).orElseThrow()) {
            assertThat(locks.resolve("2026-Q3_asof-2026-09-30.lock")).exists();
        }

        first.get().close();
        try (RunLocks.RunLock again = runLocks.tryAcquire(Q2).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    private ReportProperties properties() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("report.lock-dir", locks.toString());
        return new Binder(source).bindOrCreate("report", Bindable.of(ReportProperties.class));
    }
}
