package com.b2bsales.kpi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The folders the job writes to (workbooks, run locks), checked before a run reads anything, and the
 * reason the operating system gave when a file could not be written, in words rather than a bare path.
 */
public final class Folders {

    private Folders() {
    }

    /**
     * Creates the folder when missing and proves a file can be created in it.
     *
     * @param setting how the user set it: {@code report.output-dir}, {@code --output}
     * @throws IllegalArgumentException naming the setting, the folder and the reason
     */
    public static void requireWritable(String setting, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(setting + " " + absolute + " is a file, not a folder");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + " " + absolute + " cannot be created: " + reason(e), e);
        }
        try {
            Files.delete(Files.createTempFile(absolute, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + " " + absolute + " is not writable: " + reason(e), e);
        }
    }

    /** Why a file operation failed, in words: "permission denied (/srv/reports/x.xlsx)". */
    public static String reason(IOException e) {
        String file = "";
        if (e instanceof FileSystemException fs) {
            // a move names the file it moves first, and the one in the way second
            String named = fs.getOtherFile() != null ? fs.getOtherFile() : fs.getFile();
            file = named == null ? "" : " (" + named + ")";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + file;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder is in the way" + file;
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way" + file;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT) + file;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The reason of the innermost input/output failure of an exception chain, else its innermost message. */
    public static String reason(Throwable failure) {
        IOException io = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException found) {
                io = found;
            }
            if (t instanceof UncheckedIOException unchecked) {
                io = unchecked.getCause();
            }
        }
        return io != null ? reason(io) : Databases.rootMessage(failure);
    }
}
