package com.b2bsales.kpi.run;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.system.Databases;
import com.b2bsales.kpi.system.ReportProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.support.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tells a live run from a dead one, on one machine or on several that share the job metadata
 * database. A process running a report holds a lock on its period and as-of date in that database
 * (ShedLock's JDBC lock provider, table {@value #TABLE} next to Spring Batch's) and renews its lease
 * ({@code report.lock.lease}, 60 s) four times per lease for as long as it runs it, mailing included.
 * A lock whose lease ran out belongs to a process that stopped renewing it: killed, powered off or cut
 * off from the database. So a run the job repository shows as started while nobody holds its lock is
 * dead.
 *
 * <p>One exception spares a run killed on this machine the wait for its lease: a holder with this
 * machine's name ({@code report.lock.host}, by default the host name) whose process is no longer
 * running is dead at once. Machines that share a job metadata database must therefore have names of
 * their own. A pid the system gave to another process since errs on the safe side: the lock is taken
 * for alive until its lease runs out.
 */
@Component
public class RunLocks implements DisposableBean {

    /** ShedLock's table: name, lock_until, locked_at, locked_by ("pid@host"). */
    static final String TABLE = "REPORT_RUN_LOCK";

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);

    /**
     * Locks this JVM holds. The database knows a holder by host and pid, which every attempt of this
     * JVM shares, so a second attempt from here is declined before it asks.
     */
    private static final Set<String> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    /** SQLITE_CONSTRAINT, and its extended codes for a primary key and a unique index. */
    private static final Set<Integer> SQLITE_KEY_VIOLATIONS = Set.of(19, 1555, 2067);

    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final Duration lease;
    private final Holder self;
    private final ScheduledExecutorService renewals;
    private LockProvider provider;

    RunLocks(DataSource batchDataSource, PlatformTransactionManager transactionManager, ReportProperties properties) {
        this.jdbc = new JdbcTemplate(batchDataSource);
        this.jdbc.setExceptionTranslator(withSqliteDuplicateKeys(jdbc.getExceptionTranslator()));
        this.transactionManager = transactionManager;
        this.lease = properties.lock().lease();
        String host = properties.lock().host();
        this.self = new Holder(host == null || host.isBlank() ? Utils.getHostname() : host,
                ProcessHandle.current().pid());
        this.renewals = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "run-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The lock of a run, or empty when another process (or thread) holds it: that run is alive. */
    public Optional<RunLock> tryAcquire(ReportContext context) {
        String name = nameOf(context);
        if (!HELD_IN_THIS_JVM.add(name)) {
            return Optional.empty();
        }
        boolean acquired = false;
        try {
            Optional<SimpleLock> lock = lock(name);
            if (lock.isEmpty() && releaseIfDead(name)) {
                lock = lock(name);
            }
            acquired = lock.isPresent();
            return lock.map(held -> new RunLock(name, held));
        } finally {
            if (!acquired) {
                HELD_IN_THIS_JVM.remove(name);
            }
        }
    }

    /** Who holds a run's lock ("pid 1234 on build-02"), or held it last. */
    public Optional<String> holder(ReportContext context) {
        return lockedBy(nameOf(context)).map(lockedBy -> Holder.parse(lockedBy).map(Holder::toString).orElse(lockedBy));
    }

    private Optional<SimpleLock> lock(String name) {
        return provider().lock(new LockConfiguration(ClockProvider.now(), name, lease, Duration.ZERO));
    }

    /**
     * Ends the lease of a holder on this machine whose process is gone, so that the next start need
     * not wait for it to run out. Only that holder's: had another process taken the lock meanwhile,
     * nothing changes.
     */
    private boolean releaseIfDead(String name) {
        Optional<String> lockedBy = lockedBy(name);
        if (lockedBy.flatMap(Holder::parse).filter(holder -> holder.deadOnTheMachineOf(self)).isEmpty()) {
            return false;
        }
        log.info("The run lock {} is held by {}, a process of this machine that is no longer running; releasing it",
                name, Holder.parse(lockedBy.get()).orElseThrow());
        return jdbc.update("UPDATE " + TABLE + " SET lock_until = locked_at WHERE name = ? AND locked_by = ?", name,
                lockedBy.get()) > 0;
    }

    private Optional<String> lockedBy(String name) {
        return jdbc.query("SELECT locked_by FROM " + TABLE + " WHERE name = ?", (row, i) -> row.getString(1), name)
                .stream().findFirst();
    }

    /**
     * ShedLock's provider, made on first use: it asks the database for its product, and lets the
     * database's clock time the leases (the machines' clocks may differ) where ShedLock knows how
     * (H2, MySQL, MariaDB, PostgreSQL). Other stores are shared by the processes of one machine
     * only, whose clock is the same for all.
     */
    private synchronized LockProvider provider() {
        if (provider == null) {
            DatabaseProduct product = jdbc.execute((ConnectionCallback<DatabaseProduct>) connection ->
                    DatabaseProduct.matchProductName(connection.getMetaData().getDatabaseProductName()));
            JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration
                    .builder().withJdbcTemplate(jdbc).withTransactionManager(transactionManager).withTableName(TABLE)
                    .withLockedByValue(self.lockedBy());
            if (product != DatabaseProduct.UNKNOWN) {
                configuration.withDatabaseProduct(product).usingDbTime();
            }
            provider = new JdbcTemplateLockProvider(configuration.build());
        }
        return provider;
    }

    /**
     * ShedLock takes a lock by inserting its row and, when the row exists, by updating it; it tells
     * the two apart by Spring's {@link DuplicateKeyException}. Spring has no error codes for SQLite
     * (the default store), whose primary-key and unique violations are mapped here.
     */
    private static SQLExceptionTranslator withSqliteDuplicateKeys(SQLExceptionTranslator standard) {
        return (task, sql, e) -> isSqliteKeyViolation(e) ? new DuplicateKeyException(task + ": " + e.getMessage(), e)
                : standard.translate(task, sql, e);
    }

    /** The driver's exception may come wrapped (the store's connections name the store in theirs). */
    private static boolean isSqliteKeyViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && t.getClass().getName().startsWith("org.sqlite.")) {
                return SQLITE_KEY_VIOLATIONS.contains(sql.getErrorCode());
            }
        }
        return false;
    }

    private static String nameOf(ReportContext context) {
        return context.period().label() + "_asof-" + context.asOf();
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
    }

    /** The process that holds a lock, as ShedLock's {@code locked_by} column has it: "pid@host". */
    record Holder(String host, long pid) {

        static Optional<Holder> parse(String lockedBy) {
            int at = lockedBy.indexOf('@');
            try {
                return at < 1 ? Optional.empty()
                        : Optional.of(new Holder(lockedBy.substring(at + 1), Long.parseLong(lockedBy.substring(0, at))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String lockedBy() {
            return pid + "@" + host;
        }

        /**
         * Whether this holder ran on the machine of {@code self} and is not running any more. Our own
         * pid counts as gone: the locks of this JVM never get this far, so it is an earlier process
         * that had the same pid (before a reboot).
         */
        boolean deadOnTheMachineOf(Holder self) {
            return host.equals(self.host)
                    && (pid == self.pid || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }

        @Override
        public String toString() {
            return "pid " + pid + " on " + host;
        }
    }

    /** A held lock, renewed until it is closed; closing it releases it. */
    public final class RunLock implements AutoCloseable {

        private final String name;
        private final ScheduledFuture<?> renewal;
        /** ShedLock's lock, replaced by each renewal; null once released or lost. */
        private SimpleLock lock;

        private RunLock(String name, SimpleLock lock) {
            this.name = name;
            this.lock = lock;
            long every = lease.toMillis() / 4;
            this.renewal = renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        }

        private synchronized void renew() {
            if (lock == null) {
                return;
            }
            try {
                Optional<SimpleLock> renewed = lock.extend(lease, Duration.ZERO);
                lock = renewed.orElse(null);
                if (renewed.isEmpty()) {
                    log.error("The lease of the run lock {} ran out before it could be renewed: another process may "
                            + "take the run over", name);
                }
            } catch (RuntimeException e) {
                // the database did not answer: the lease still runs, try again at the next renewal
                log.warn("Could not renew the lease of the run lock {}: {}", name, Databases.rootMessage(e));
            }
        }

        @Override
        public synchronized void close() {
            renewal.cancel(false);
            try {
                if (lock != null) {
                    lock.unlock();
                }
            } catch (RuntimeException e) {
                // an embedded database that closed with the JVM: the next start sees a dead holder
                log.warn("Could not release the run lock {} ({}); its lease runs out within {}", name,
                        Databases.rootMessage(e), lease);
            } finally {
                lock = null;
                HELD_IN_THIS_JVM.remove(name);
            }
        }
    }
}
