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
import com.b2bsales.kpi.metrics.TeamTallies;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.quality.DataQualityTally;
import com.b2bsales.kpi.quality.TrustFilter;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.workbook.HouseStyle;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
        RunParameters run = RunParameters.of(job.getJobParameters());

        DataQualityReport quality = DataQualityReport.of(quality(shared), properties.dataQuality().maxBadRatio());
        quality.requireWithinLimit();

        KpiReport.RunInfo made = new KpiReport.RunInfo(job.getId(), LocalDateTime.now(properties.timezone()),
                properties.timezone().getId(), properties.companyName(), properties.currency(),
                properties.checklist().watchBand());
        Map<String, TeamTallies> families = new LinkedHashMap<>();
        for (String step : ReportJobConfiguration.FAMILY_STEPS) {
            families.put(step, TallyWriter.saved(shared, tallyKey(step)));
        }
        KpiReport company = report(run, tallies(families, Optional.empty()), quality, made);
        Map<String, KpiReport> teams = new LinkedHashMap<>();
        for (String team : TeamRosterTasklet.rosterOf(job).teams()) {
            teams.put(team, report(run, tallies(families, Optional.of(team)), quality, made));
        }

        // read at every run, so that an edited house style shows in the next workbook
        HouseStyle style = HouseStyle.load(properties.templatesDir());
        KpiWorkbookWriter styled = writer.withHouseStyle(style);
        long started = System.nanoTime();
        Path file = styled.write(company, outputDir(job));
        shared.putString(WORKBOOK, file.toAbsolutePath().toString());
        log.info("Workbook written: {} ({}, house style: {})", file.toAbsolutePath(), sizeAndTime(file, started),
                style.source());
        LinkedHashMap<String, String> teamFiles = new LinkedHashMap<>();
        teams.forEach((team, report) -> {
            long teamStarted = System.nanoTime();
            Path teamFile = styled.write(report, Optional.of(team), outputDir(job));
            teamFiles.put(team, teamFile.toAbsolutePath().toString());
            log.info("Workbook of team {} written: {} ({})", team, teamFile.toAbsolutePath(),
                    sizeAndTime(teamFile, teamStarted));
        });
        shared.put(TEAM_WORKBOOKS, teamFiles);
        return RepeatStatus.FINISHED;
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
