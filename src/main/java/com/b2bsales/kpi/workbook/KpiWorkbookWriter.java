package com.b2bsales.kpi.workbook;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import com.b2bsales.kpi.metrics.Family;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.system.Folders;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the KPI workbook of workbook.md: Checklist, one sheet per metric family, Data Quality and
 * Definitions, in that order, then Trends, By Team and By Rep; in the house style it was given
 * (the built-in one by default). On disk it is written to a temporary file in the output folder
 * and moved into place in one atomic step, so a reader never sees half a workbook and a failed run
 * leaves the previous file untouched.
 */
public class KpiWorkbookWriter {

    /** Rows of a streamed sheet kept in memory: the header rows and more, to spare. */
    private static final int STREAMED_ROWS_IN_MEMORY = 100;

    private final HouseStyle houseStyle;

    /** A writer in the built-in house style. */
    public KpiWorkbookWriter() {
        this(HouseStyle.builtIn());
    }

    public KpiWorkbookWriter(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    /** This writer in another house style (as read from the templates folder at each run). */
    public KpiWorkbookWriter withHouseStyle(HouseStyle style) {
        return new KpiWorkbookWriter(style);
    }

    /** Writes the company-wide workbook into the folder; returns its path. */
    public Path write(KpiReport report, Path outputDir) {
        return write(report, Optional.empty(), outputDir);
    }

    /** Writes the workbook, restricted to the team when one is given and it is the run's only team. */
    public Path write(KpiReport report, Optional<String> team, Path outputDir) {
        return write(report, team, team.map(List::of).orElse(List.of()), outputDir);
    }

    /**
     * Writes the workbook, restricted to the team when one is given, into the folder (created when
     * missing) under the name of {@link WorkbookFiles} among the teams of the run; returns its path.
     *
     * @throws UncheckedIOException when the file cannot be written; an existing file stays as it was
     */
    public Path write(KpiReport report, Optional<String> team, Collection<String> teamsOfRun, Path outputDir) {
        Path target = WorkbookFiles.path(outputDir, report.context(), team, teamsOfRun);
        Path temporary = null;
        try {
            Files.createDirectories(outputDir);
            TemporaryWorkbooks.removeStale(outputDir);
            try (TemporaryWorkbooks.Writing writing = TemporaryWorkbooks.create(target)) {
                temporary = writing.file();
                FileChannel channel = writing.channel();
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
            throw new UncheckedIOException("Could not write the workbook " + target + ": " + Folders.reason(e), e);
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
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook, houseStyle, report.run().currency());
        ChecklistSheet.write(workbook, styles, heading, contents(report));
        for (Family family : Family.values()) {
            FamilySheet.write(workbook, styles, heading, family);
        }
        DataQualitySheet.write(workbook, styles, heading);
        DefinitionsSheet.write(workbook, styles, heading, houseStyle.source());
        TrendsSheet.write(workbook, styles, heading);
        properties(workbook, heading);
        // The breakdowns, the last sheets, have a line per rep: a thousand at a large company, which
        // as XSSF cells held 10 MB of the heap. They are streamed: rows leave the heap as written.
        SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, STREAMED_ROWS_IN_MEMORY);
        try (streaming) {
            BreakdownSheets.write(streaming, styles, heading);
            streaming.write(out);
        } finally {
            streaming.dispose();
        }
    }

    /** What the sheets after the checklist hold, for its table of contents. */
    private static List<ChecklistSheet.Contents> contents(KpiReport report) {
        List<ChecklistSheet.Contents> contents = new ArrayList<>();
        for (Family family : Family.values()) {
            contents.add(new ChecklistSheet.Contents(family.sheetName(), "The " + family.sheetName().toLowerCase(Locale.ROOT)
                    + " metrics with their inputs and the previous period"));
        }
        contents.add(new ChecklistSheet.Contents(DataQualitySheet.NAME,
                "Rows left out of every metric because they break a trust rule, per table and rule"));
        contents.add(new ChecklistSheet.Contents(DefinitionsSheet.NAME,
                "Each metric's definition, the parameters of this run and its data-quality totals"));
        contents.add(new ChecklistSheet.Contents(TrendsSheet.NAME,
                "Every metric over the last " + report.periods().size() + " periods, with a chart per family"));
        contents.add(new ChecklistSheet.Contents(BreakdownSheets.TEAMS,
                "Revenue, win rate, quota attainment, productivity and time spent selling per team"));
        contents.add(new ChecklistSheet.Contents(BreakdownSheets.REPS,
                "Revenue, deals, win rate, quota, revenue as % of quota and time spent selling per rep"));
        return contents;
    }

    /** Title, subject (the period), author and the run's figures as document properties. */
    private static void properties(XSSFWorkbook workbook, Heading heading) {
        KpiReport report = heading.report();
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(heading.title());
        core.setSubjectProperty(heading.subject());
        core.setCreator(report.run().companyName());
        core.setCategory("Sales KPI report");
        core.setKeywords("sales KPI; " + heading.context().period().label());
        core.setDescription("Sales KPI report of " + report.run().companyName() + " for "
                + Heading.caption(heading.context()) + ", made by job execution " + report.run().jobExecutionId()
                + ". Every metric id is a defined name on its value cell.");
        POIXMLProperties.CustomProperties custom = workbook.getProperties().getCustomProperties();
        custom.addProperty("Period", heading.context().period().label());
        custom.addProperty("As-of date", heading.context().asOf().toString());
        custom.addProperty("Period status", Heading.completeness(heading.context()));
        custom.addProperty("Company", report.run().companyName());
        heading.team().ifPresent(team -> custom.addProperty("Team", team));
        custom.addProperty("Job execution id", String.valueOf(report.run().jobExecutionId()));
    }

    private static void discard(Path temporary, Throwable failure) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
