package com.b2bsales.kpi.job;

import static com.b2bsales.kpi.job.FamilySteps.tallyKey;

import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.ConversionTally;
import com.b2bsales.kpi.metrics.CustomerTally;
import com.b2bsales.kpi.metrics.FamilyTallies;
import com.b2bsales.kpi.metrics.KpiCalculator;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.metrics.PipelineTally;
import com.b2bsales.kpi.metrics.RevenueTally;
import com.b2bsales.kpi.metrics.SalesTeamTally;
import com.b2bsales.kpi.metrics.Tally;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.DataQualityTally;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.quality.UntrustedDataException;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.Folders;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.team.TeamTallies;
import com.b2bsales.kpi.workbook.HouseStyle;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step: takes the family tallies the steps promoted to the job, refuses data that breaks
 * the trust rules too often, computes every metric and writes the workbook in one atomic move, then
 * the workbook of each team of the roster from the team's tallies.
 */
@Component
class WorkbookTasklet implements Tasklet {

    static final String WORKBOOK = "workbook";
    /** Team name to the path of the team's workbook. */
    static final String TEAM_WORKBOOKS = "teamWorkbooks";
    static final String OUTPUT_DIR = "outputDir";
    /** Why the data was rejected (the data-quality limit), when it was: such a run is never resumed. */
    static final String REJECTED = "rejected";

    private static final Logger log = LoggerFactory.getLogger(WorkbookTasklet.class);

    private final ReportProperties properties;
    private final CrmDatabase crm;
    private final KpiWorkbookWriter writer;
    private final JobRepository jobRepository;

    WorkbookTasklet(ReportProperties properties, KpiWorkbookWriter writer, JobRepository jobRepository,
            CrmDatabase crm) {
        this.crm = crm;
        this.properties = properties;
        this.writer = writer;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ExecutionContext shared = job.getExecutionContext();
        takeTotalsMissingFromTheJob(job);

        DataQualityReport quality = DataQualityReport.of(quality(shared), properties.dataQuality().maxBadRatio());
        try {
            quality.requireWithinLimit();
        } catch (UntrustedDataException e) {
            // a verdict on the data, not an interruption: the next start must read the CRM again
            shared.putString(REJECTED, e.getMessage());
            jobRepository.updateExecutionContext(job);
            throw e;
        }

        Map<Optional<String>, KpiReport> reports = reports(job, quality);
        // read at every run, so that an edited house style shows in the next workbook
        HouseStyle style = HouseStyle.load(properties.templatesDir());
        KpiWorkbookWriter styled = writer.withHouseStyle(style);
        List<String> teams = teamsOf(reports);
        Path file = write(styled, reports.get(Optional.empty()), Optional.empty(), teams, outputDir(job), style);
        shared.putString(WORKBOOK, file.toString());
        LinkedHashMap<String, String> teamFiles = new LinkedHashMap<>();
        Map<String, String> notWritten = new LinkedHashMap<>();
        reports.forEach((team, report) -> team.ifPresent(name -> {
            try {
                teamFiles.put(name, write(styled, report, team, teams, outputDir(job), style).toString());
            } catch (RuntimeException e) {
                // the other teams' workbooks are still written, and the message says which were not
                log.error("Workbook of team {} not written", name, e);
                notWritten.put(name, Folders.reason(e));
            }
        }));
        shared.put(TEAM_WORKBOOKS, teamFiles);
        if (!notWritten.isEmpty()) {
            throw new TeamWorkbooksNotWrittenException(file, teamFiles.keySet(), notWritten);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Writes again, from the tallies a completed run saved, those of its workbooks that are no longer
     * where it wrote them, with the run's numbers; returns the files written (none when all are there).
     */
    List<Path> rewriteMissing(JobExecution done) {
        Map<Optional<String>, Path> recorded = new LinkedHashMap<>();
        ReportRuns.workbookOf(done).ifPresent(file -> recorded.put(Optional.empty(), Path.of(file)));
        ReportRuns.teamWorkbooksOf(done).forEach((team, file) -> recorded.put(Optional.of(team), Path.of(file)));
        if (recorded.values().stream().allMatch(Files::isRegularFile)) {
            return List.of();
        }
        HouseStyle style = HouseStyle.load(properties.templatesDir());
        KpiWorkbookWriter styled = writer.withHouseStyle(style);
        List<Path> written = new ArrayList<>();
        Map<Optional<String>, KpiReport> reports = reportsOf(done);
        List<String> teams = teamsOf(reports);
        reports.forEach((team, report) -> {
            Path was = recorded.get(team);
            if (was != null && !Files.isRegularFile(was)) {
                written.add(write(styled, report, team, teams, was.toAbsolutePath().getParent(), style));
            }
        });
        return written;
    }

    /**
     * The company's report, then each team's, of a completed run, computed again from the tallies it saved: with the
     * run's numbers, as its workbooks show them.
     */
    Map<Optional<String>, KpiReport> reportsOf(JobExecution done) {
        takeTotalsMissingFromTheJob(done);
        DataQualityReport quality = DataQualityReport.of(quality(done.getExecutionContext()),
                properties.dataQuality().maxBadRatio());
        return reports(done, quality);
    }

    /** The company's report, then each team's, from the tallies saved in the job's execution context. */
    private Map<Optional<String>, KpiReport> reports(JobExecution job, DataQualityReport quality) {
        ExecutionContext shared = job.getExecutionContext();
        RunParameters run = RunParameters.of(job.getJobParameters());
        KpiReport.RunInfo made = new KpiReport.RunInfo(job.getId(), LocalDateTime.now(properties.timezone()),
                properties.timezone().getId(), properties.companyName(), properties.currency(),
                properties.checklist().watchBand(), run.source());
        Map<String, TeamTallies> families = new LinkedHashMap<>();
        for (String step : ReportJobConfiguration.FAMILY_STEPS) {
            families.put(step, TallyWriter.saved(shared, tallyKey(step)));
        }
        Map<Optional<String>, KpiReport> reports = new LinkedHashMap<>();
        reports.put(Optional.empty(), report(run, tallies(families, Optional.empty()), quality, made));
        for (String team : TeamRosterTasklet.rosterOf(job).teams()) {
            reports.put(Optional.of(team), report(run, tallies(families, Optional.of(team)), quality, made));
        }
        return reports;
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

    private KpiReport report(RunParameters run, FamilyTallies tallies, DataQualityReport quality,
            KpiReport.RunInfo made) {
        KpiCalculator calculator = new KpiCalculator(run.horizon(properties.trendPeriods()), tallies,
                crm.profile().missingData());
        List<PeriodResults> periods = calculator.compute();
        return new KpiReport(periods, Checklist.of(periods.get(0), periods.get(1), properties.checklist().toTargets()),
                quality, made, calculator.breakdown());
    }

    /** The company's tallies, or a team's: its own for every family but the customers, which stay company-wide. */
    private static FamilyTallies tallies(Map<String, TeamTallies> families, Optional<String> team) {
        return new FamilyTallies(
                (RevenueTally) family(families, "revenue", team),
                (ConversionTally) family(families, "conversion", team),
                (PipelineTally) family(families, "pipeline", team),
                (CustomerTally) family(families, "customers", team),
                (SalesTeamTally) family(families, "salesTeam", team));
    }

    private static Tally family(Map<String, TeamTallies> families, String step, Optional<String> team) {
        TeamTallies tallies = families.get(step);
        return team.map(tallies::team).orElse(tallies.company());
    }

    private Path outputDir(JobExecution job) {
        String given = job.getJobParameters().getString(OUTPUT_DIR);
        return given != null ? Path.of(given) : properties.outputDir();
    }

    /**
     * The family steps run side by side: a process that ended while they ran (SIGTERM on the embedded
     * database) may have saved a step as completed without the job context its totals were promoted to.
     * The resumed run skips that step, so its totals are taken from the step's own last execution.
     */
    private void takeTotalsMissingFromTheJob(JobExecution job) {
        ExecutionContext shared = job.getExecutionContext();
        for (String step : ReportJobConfiguration.FAMILY_STEPS) {
            List<String> missing = Stream.of(tallyKey(step), TrustFilter.keyFor(step))
                    .filter(key -> !shared.containsKey(key)).toList();
            StepExecution last = missing.isEmpty() ? null : jobRepository.getLastStepExecution(job.getJobInstance(), step);
            for (String key : missing) {
                if (last != null && last.getExecutionContext().containsKey(key)) {
                    shared.put(key, last.getExecutionContext().get(key));
                }
            }
        }
    }

    private static DataQualityTally quality(ExecutionContext shared) {
        DataQualityTally all = new DataQualityTally();
        for (String step : ReportJobConfiguration.FAMILY_STEPS) {
            all.addAll((DataQualityTally) shared.get(TrustFilter.keyFor(step)));
        }
        return all;
    }
}
