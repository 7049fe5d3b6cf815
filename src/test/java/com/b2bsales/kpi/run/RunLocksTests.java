package com.b2bsales.kpi.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import com.b2bsales.kpi.system.ReportProperties;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The lock that tells a live run from a dead one, in the job metadata database (between processes
 * and machines: ConcurrentRunFunctionalTests, RestartFunctionalTests, TwoMachinesFunctionalTests).
 */
class RunLocksTests {

    private static final ReportContext Q2 = ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.parse("2026-06-30"));
    private static final ReportContext Q3 = ReportContext.of(ReportPeriod.quarter(2026, 3), LocalDate.parse("2026-09-30"));
    private static final String Q2_LOCK = "2026-Q2_asof-2026-06-30";

    private DriverManagerDataSource store;
    private JdbcTemplate sql;
    private RunLocks runLocks;

    @BeforeEach
    void createStore() {
        store = new DriverManagerDataSource("jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        // the job store as the application creates it: Spring Batch's schema as it ships, then ours
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-h2.sql"),
                new ClassPathResource("db/batch/report-h2.sql")).execute(store);
        sql = new JdbcTemplate(store);
        runLocks = runLocks(Map.of("report.lock.host", "machine-a"));
    }

    @AfterEach
    void stopRenewals() {
        runLocks.destroy();
    }

    @Test
    void shouldLetOnlyOneHolderRunAPeriodAtATimeAndNameIt() {
        Optional<RunLocks.RunLock> first = runLocks.tryAcquire(Q2);
        assertThat(first).isPresent();
        assertThat(runLocks.tryAcquire(Q2)).isEmpty();
        assertThat(runLocks.holder(Q2)).contains("pid " + ProcessHandle.current().pid() + " on machine-a");
        // another period is another lock
        try (RunLocks.RunLock other = runLocks.tryAcquire(Q3).orElseThrow()) {
            assertThat(other).isNotNull();
        }

        first.get().close();
        try (RunLocks.RunLock again = runLocks.tryAcquire(Q2).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void shouldTakeALockOfAnotherMachineForAliveUntilItsLeaseRanOut() {
        // given a lock held by a process of another machine, whose lease runs for an hour
        holdAs("4711@machine-b", "DATEADD(HOUR, 1, CURRENT_TIMESTAMP(3))");

        // then it is declined, naming the holder
        assertThat(runLocks.tryAcquire(Q2)).isEmpty();
        assertThat(runLocks.holder(Q2)).contains("pid 4711 on machine-b");

        // when its lease ran out (the process stopped renewing it), then it is taken
        sql.update("UPDATE REPORT_RUN_LOCK SET lock_until = DATEADD(SECOND, -1, CURRENT_TIMESTAMP(3))");
        try (RunLocks.RunLock taken = runLocks.tryAcquire(Q2).orElseThrow()) {
            assertThat(runLocks.holder(Q2)).contains("pid " + ProcessHandle.current().pid() + " on machine-a");
        }
    }

    @Test
    void shouldTakeALockOfAProcessOfThisMachineThatEndedWithoutWaitingForItsLease() throws Exception {
        // given a lock held, with an hour of lease left, by a process of this machine that is gone
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        holdAs(ended.pid() + "@machine-a", "DATEADD(HOUR, 1, CURRENT_TIMESTAMP(3))");

        // when, then
        try (RunLocks.RunLock taken = runLocks.tryAcquire(Q2).orElseThrow()) {
            assertThat(runLocks.holder(Q2)).contains("pid " + ProcessHandle.current().pid() + " on machine-a");
        }
    }

    @Test
    void shouldRenewTheLeaseWhileTheLockIsHeld() throws Exception {
        // given a lease of two seconds
        RunLocks shortLease = runLocks(Map.of("report.lock.host", "machine-c", "report.lock.lease", "2s"));
        try (RunLocks.RunLock held = shortLease.tryAcquire(Q2).orElseThrow()) {
            // when the lease would have run out twice over
            Thread.sleep(4_000);

            // then it still lies ahead
            assertThat(sql.queryForObject("SELECT lock_until > CURRENT_TIMESTAMP(3) FROM REPORT_RUN_LOCK",
                    Boolean.class)).isTrue();
        } finally {
            shortLease.destroy();
        }
        assertThat(sql.queryForObject("SELECT lock_until <= CURRENT_TIMESTAMP(3) FROM REPORT_RUN_LOCK",
                Boolean.class)).as("released").isTrue();
    }

    private void holdAs(String lockedBy, String lockUntil) {
        sql.update("INSERT INTO REPORT_RUN_LOCK (name, lock_until, locked_at, locked_by) VALUES (?, " + lockUntil
                + ", CURRENT_TIMESTAMP(3), ?)", Q2_LOCK, lockedBy);
    }

    private RunLocks runLocks(Map<String, String> settings) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource(settings);
        ReportProperties properties = new Binder(source).bindOrCreate("report", Bindable.of(ReportProperties.class));
        return new RunLocks(store, new JdbcTransactionManager(store), properties);
    }
}
