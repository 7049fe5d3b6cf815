package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.run.ReportRuns;
import com.b2bsales.kpi.system.Folders;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.workbook.HouseStyle;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Writes the workbooks of a run, each in one atomic move, and logs each: how big, how long it took,
 * which house style. The house style is read at every run, so that an edited one shows in the next
 * workbook.
 */
@Component
public class RunWorkbooks {

    private static final Logger log = LoggerFactory.getLogger(RunWorkbooks.class);

    private final ReportProperties properties;
    private final KpiWorkbookWriter writer;
    private final RunReports reports;

    RunWorkbooks(ReportProperties properties, KpiWorkbookWriter writer, RunReports reports) {
        this.properties = properties;
        this.writer = writer;
        this.reports = reports;
    }

    /**
     * The workbooks a run wrote: the company's, and each team's by team; the teams whose workbook
     * could not be written, with the reason.
     */
    record Written(Path company, LinkedHashMap<String, String> teams, Map<String, String> notWritten) {
    }

    /** The company's workbook, then each team's; a team's that fails does not keep the others from being written. */
    Written write(Map<Optional<String>, KpiReport> reports, Path folder) {
        HouseStyle style = HouseStyle.load(properties.templatesDir());
        KpiWorkbookWriter styled = writer.withHouseStyle(style);
        List<String> teams = teamsOf(reports);
        Path company = write(styled, reports.get(Optional.empty()), Optional.empty(), teams, folder, style);
        LinkedHashMap<String, String> teamFiles = new LinkedHashMap<>();
        Map<String, String> notWritten = new LinkedHashMap<>();
        reports.forEach((team, report) -> team.ifPresent(name -> {
            try {
                teamFiles.put(name, write(styled, report, team, teams, folder, style).toString());
            } catch (RuntimeException e) {
                // the other teams' workbooks are still written, and the message says which were not
                log.error("Workbook of team {} not written", name, e);
                notWritten.put(name, Folders.reason(e));
            }
        }));
        return new Written(company, teamFiles, notWritten);
    }

    /**
     * Writes again, from the tallies a completed run saved, those of its workbooks that are no longer
     * where it wrote them, with the run's numbers; returns the files written (none when all are there).
     */
    public List<Path> rewriteMissing(JobExecution done) {
        Map<Optional<String>, Path> recorded = new LinkedHashMap<>();
        ReportRuns.workbookOf(done).ifPresent(file -> recorded.put(Optional.empty(), Path.of(file)));
        ReportRuns.teamWorkbooksOf(done).forEach((team, file) -> recorded.put(Optional.of(team), Path.of(file)));
        if (recorded.values().stream().allMatch(Files::isRegularFile)) {
            return List.of();
        }
        HouseStyle style = HouseStyle.load(properties.templatesDir());
        KpiWorkbookWriter styled = writer.withHouseStyle(style);
        List<Path> written = new ArrayList<>();
        Map<Optional<String>, KpiReport> all = reports.savedBy(done);
        List<String> teams = teamsOf(all);
        all.forEach((team, report) -> {
            Path was = recorded.get(team);
            if (was != null && !Files.isRegularFile(was)) {
                written.add(write(styled, report, team, teams, was.toAbsolutePath().getParent(), style));
            }
        });
        return written;
    }

    /** The teams of a run, for their file names: two teams whose names read alike get distinct files. */
    private static List<String> teamsOf(Map<Optional<String>, KpiReport> reports) {
        return reports.keySet().stream().flatMap(Optional::stream).toList();
    }

    private static Path write(KpiWorkbookWriter styled, KpiReport report, Optional<String> team,
            Collection<String> teamsOfRun, Path folder, HouseStyle style) {
        long started = System.nanoTime();
        Path file = styled.write(report, team, teamsOfRun, folder).toAbsolutePath();
        if (team.isPresent()) {
            log.info("Workbook of team {} written: {} ({})", team.get(), file, sizeAndTime(file, started));
        } else {
            log.info("Workbook written: {} ({}, house style: {})", file, sizeAndTime(file, started), style.source());
        }
        return file;
    }

    /** "59 KB in 850 ms": how big the file is and how long it took to write since {@code started} (nanoTime). */
    private static String sizeAndTime(Path file, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        try {
            return (Files.size(file) + 1023) / 1024 + " KB in " + millis + " ms";
        } catch (IOException e) {
            return millis + " ms";
        }
    }
}
