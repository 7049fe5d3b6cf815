package com.b2bsales.kpi.job;

import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.system.ReportProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Tells a live run from a dead one. A process running a report holds an operating-system lock on
 * one file per period and as-of date under {@code report.lock-dir} (default {@code var/locks}) for
 * as long as it runs it. The operating system releases the lock with the process however it ends,
 * kill -9 and power loss included, so a run the job repository still shows as started while nobody
 * holds its lock belongs to a process that is gone.
 *
 * <p>The lock works between processes of one machine: processes that share a job metadata database
 * from several machines need a shared {@code report.lock-dir} with working locks, or one machine
 * that runs the reports.
 */
@Component
public class RunLocks {

    /**
     * Lock files this JVM holds. Java's file locks belong to the whole process, and closing any
     * channel of a file may release them all, so a second attempt from the same JVM must not even
     * open the file.
     */
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path directory;

    RunLocks(ReportProperties properties) {
        this.directory = properties.lockDir();
    }

    /** The lock of a run, or empty when another process (or thread) holds it: that run is alive. */
    public Optional<RunLock> tryAcquire(ReportContext context) {
        Path file = fileOf(context);
        if (!HELD_IN_THIS_JVM.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_IN_THIS_JVM.remove(file);
                return Optional.empty();
            }
            // For a person looking at the file, and for the message of a start that is declined.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new RunLock(file, channel));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(file);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(file);
            throw new UncheckedIOException("Cannot lock " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Who holds a run's lock ("pid 1234"), when the lock file says so. */
    public Optional<String> holder(ReportContext context) {
        Path file = fileOf(context);
        if (!HELD_IN_THIS_JVM.add(file)) {
            // Reading it would open and close another descriptor of the file, which drops our lock.
            return Optional.of("pid " + ProcessHandle.current().pid());
        }
        try {
            String content = Files.readString(file).trim();
            return content.isEmpty() ? Optional.empty() : Optional.of(content);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            HELD_IN_THIS_JVM.remove(file);
        }
    }

    private Path fileOf(ReportContext context) {
        return directory.resolve(context.period().label() + "_asof-" + context.asOf() + ".lock")
                .toAbsolutePath().normalize();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    /** A held lock; closing it releases the lock (the file stays, empty files are harmless). */
    public static final class RunLock implements AutoCloseable {

        private final Path file;
        private final FileChannel channel;

        private RunLock(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        @Override
        public void close() {
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // the content is only informative
            }
            closeQuietly(channel);
            HELD_IN_THIS_JVM.remove(file);
        }
    }
}
