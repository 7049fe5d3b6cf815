package com.b2bsales.kpi.batch;

import com.b2bsales.kpi.metrics.Checklist;
import com.b2bsales.kpi.metrics.FamilyTallies;
import com.b2bsales.kpi.metrics.KpiCalculator;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.metrics.PeriodResults;
import com.b2bsales.kpi.quality.DataQualityReport;
import com.b2bsales.kpi.run.RunParameters;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.ReportProperties;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** Computes the metrics of a run from its family results: the company's report, then each team's of the roster. */
@Component
public class RunReports {

    private final ReportProperties properties;
    private final CrmDatabase crm;
    private final JobRepository jobRepository;

    RunReports(ReportProperties properties, CrmDatabase crm, JobRepository jobRepository) {
        this.properties = properties;
        this.crm = crm;
        this.jobRepository = jobRepository;
    }

    /**
     * The company's report, then each team's, of a completed run, computed again from the results its family
     * steps saved: with the run's numbers, as its workbooks show them.
     */
    public Map<Optional<String>, KpiReport> savedBy(JobExecution done) {
        SavedState.unreadable(jobRepository, done).ifPresent(why -> {
            throw new UnreadableSavedStateException(done.getId(), why);
        });
        FamilyResults results = FamilyResults.of(jobRepository, done);
        return of(done, results, quality(results));
    }

    /** The company's report (no team), then each team's, in the roster's order. */
    Map<Optional<String>, KpiReport> of(JobExecution job, FamilyResults results, DataQualityReport quality) {
        RunParameters run = RunParameters.of(job.getJobParameters());
        KpiReport.RunInfo made = new KpiReport.RunInfo(job.getId(), LocalDateTime.now(properties.timezone()),
                properties.timezone().getId(), properties.companyName(), properties.currency(),
                properties.checklist().watchBand(), run.source());
        Map<Optional<String>, KpiReport> reports = new LinkedHashMap<>();
        reports.put(Optional.empty(), report(run, results.of(Optional.empty()), quality, made));
        for (String team : TeamRosterTasklet.rosterOf(job).teams()) {
            reports.put(Optional.of(team), report(run, results.of(Optional.of(team)), quality, made));
        }
        return reports;
    }

    /** The quality of a run's data against {@code report.data-quality.max-bad-ratio}. */
    DataQualityReport quality(FamilyResults results) {
        return DataQualityReport.of(results.quality(), properties.dataQuality().maxBadRatio());
    }

    private KpiReport report(RunParameters run, FamilyTallies tallies, DataQualityReport quality,
            KpiReport.RunInfo made) {
        KpiCalculator calculator = new KpiCalculator(run.horizon(properties.trendPeriods()), tallies,
                crm.profile().missingData());
        List<PeriodResults> periods = calculator.compute();
        return new KpiReport(periods, Checklist.of(periods.get(0), periods.get(1), properties.checklist().toTargets()),
                quality, made, calculator.breakdown());
    }
}
