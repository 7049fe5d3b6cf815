package com.b2bsales.kpi.workbook;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files a workbook is written to before its atomic move: {@code .<workbook name>.<uuid>.tmp}
 * in the output folder. A writer holds an operating-system lock on its file while it writes, so a
 * file nobody holds belongs to a process that ended mid-write (killed, powered off) and is removed by
 * the next workbook written to the folder. A file of a live writer is never touched: in another
 * process its lock is held; in this one it is not even opened, since closing any channel of a file
 * may release this JVM's locks on it. A file younger than {@link #STALE_AFTER} is left too: its writer
 * may not have locked it yet.
 */
final class TemporaryWorkbooks {

    static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final String PATTERN = ".b2b-sales-kpis_*.tmp";
    private static final Set<Path> WRITING_IN_THIS_JVM = ConcurrentHashMap.newKeySet();
    private static final Logger log = LoggerFactory.getLogger(TemporaryWorkbooks.class);

    private TemporaryWorkbooks() {
    }

    /** A new temporary file for the workbook, locked by the channel returned, in the workbook's folder. */
    static Writing create(Path target) throws IOException {
        Path file = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        Path key = file.toAbsolutePath().normalize();
        WRITING_IN_THIS_JVM.add(key);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new Writing(file, key, channel);
        } catch (IOException | RuntimeException e) {
            WRITING_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    /** Removes the temporary workbooks of writers that are gone; never fails the run that asks. */
    static void removeStale(Path folder) {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PATTERN)) {
            for (Path file : files) {
                if (!WRITING_IN_THIS_JVM.contains(file.toAbsolutePath().normalize())
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    removeUnlocked(file);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for stale temporary workbooks in {}: {}", folder, e.toString());
        }
    }

    private static void removeUnlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                // deleted while locked: a second process cleaning up at the same time finds it gone
                Files.delete(file);
                log.info("Removed {}, left by a run that ended while writing it", file);
            }
        } catch (NoSuchFileException | OverlappingFileLockException e) {
            // removed by another process, or written by this one
        } catch (IOException e) {
            log.warn("Could not remove the stale temporary workbook {}: {}", file, e.toString());
        }
    }

    /** A temporary workbook being written; closing it releases the lock, the file stays for its move. */
    record Writing(Path file, Path key, FileChannel channel) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                WRITING_IN_THIS_JVM.remove(key);
            }
        }
    }
}
