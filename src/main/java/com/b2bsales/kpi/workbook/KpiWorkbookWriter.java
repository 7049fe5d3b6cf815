package com.b2bsales.kpi.workbook;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.KpiReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the KPI workbook of workbook.md: Checklist, one sheet per metric family, Data Quality and
 * Definitions, in that order. On disk it is written to a temporary file in the output folder and
 * moved into place in one atomic step, so a reader never sees half a workbook and a failed run
 * leaves the previous file untouched.
 */
public class KpiWorkbookWriter {

    /** Writes the company-wide workbook into the folder; returns its path. */
    public Path write(KpiReport report, Path outputDir) {
        return write(report, Optional.empty(), outputDir);
    }

    /**
     * Writes the workbook, restricted to the team when one is given, into the folder (created when
     * missing) under the name of {@link WorkbookFiles}; returns its path.
     *
     * @throws UncheckedIOException when the file cannot be written; an existing file stays as it was
     */
    public Path write(KpiReport report, Optional<String> team, Path outputDir) {
        Path target = WorkbookFiles.path(outputDir, report.context(), team);
        Path temporary = outputDir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(outputDir);
            try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                write(report, team, out);
                out.flush();
                // on disk before the rename makes it visible: a crash must not leave an empty workbook in place
                channel.force(true);
            }
            Files.move(temporary, target, ATOMIC_MOVE, REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            discard(temporary, e);
            throw new UncheckedIOException("Could not write the workbook " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            discard(temporary, e);
            throw e;
        }
    }

    /** Writes the company-wide workbook to the stream, which stays open. */
    public void write(KpiReport report, OutputStream out) throws IOException {
        write(report, Optional.empty(), out);
    }

    /** Writes the workbook, restricted to the team when one is given, to the stream, which stays open. */
    public void write(KpiReport report, Optional<String> team, OutputStream out) throws IOException {
        Heading heading = new Heading(report, team);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook, report.run().currency());
            ChecklistSheet.write(workbook, styles, heading);
            for (Family family : Family.values()) {
                FamilySheet.write(workbook, styles, heading, family);
            }
            DataQualitySheet.write(workbook, styles, heading);
            DefinitionsSheet.write(workbook, styles, heading);
            workbook.getProperties().getCoreProperties().setTitle(heading.title());
            workbook.getProperties().getCoreProperties().setCreator(report.run().companyName());
            workbook.write(out);
        }
    }

    private static void discard(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
