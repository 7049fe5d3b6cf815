package com.b2bsales.kpi.system;

import com.b2bsales.kpi.crm.CrmProfile;
import com.b2bsales.kpi.metrics.ChecklistTargets;
import com.b2bsales.kpi.metrics.MetricId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Everything under {@code report.*} in {@code config/application.yml}; the defaults here are the
 * ones the README documents.
 */
@ConfigurationProperties("report")
public record ReportProperties(
        @DefaultValue("UTC") ZoneId timezone,
        @DefaultValue("reports") Path outputDir,
        @DefaultValue("reports-templates") Path templatesDir,
        @DefaultValue("Your Company") String companyName,
        @DefaultValue("EUR") String currency,
        @DefaultValue("8") int trendPeriods,
        @DefaultValue("20000") int chunkSize,
        @DefaultValue("1000") int fetchSize,
        @DefaultValue("2") int parallelSteps,
        @DefaultValue("30s") Duration progressInterval,
        @DefaultValue("var/locks") Path lockDir,
        @DefaultValue DataQuality dataQuality,
        @DefaultValue Checklist checklist,
        @DefaultValue Schedule schedule,
        @DefaultValue Demo demo,
        @DefaultValue Crm crm) {

    public ReportProperties {
        if (trendPeriods < 2) {
            throw new IllegalArgumentException("report.trend-periods must be at least 2 (the period and the one before)");
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("report.chunk-size must be at least 1");
        }
        if (parallelSteps < 1) {
            throw new IllegalArgumentException("report.parallel-steps must be at least 1");
        }
    }

    /** {@code report.data-quality.max-bad-ratio}: the share of untrusted rows per table that fails the run. */
    public record DataQuality(@DefaultValue("0.05") double maxBadRatio) {
    }

    /** Checklist targets by metric id, and the watch band below a target (a fraction of it). */
    public record Checklist(Map<String, Double> targets, @DefaultValue("0.10") double watchBand) {

        public ChecklistTargets toTargets() {
            Map<MetricId, Double> byId = new EnumMap<>(MetricId.class);
            if (targets != null) {
                targets.forEach((id, target) -> {
                    MetricId metric = MetricId.fromId(id.replace('-', '_'));
                    if (!MetricId.CHECKLIST.contains(metric)) {
                        throw new IllegalArgumentException("report.checklist.targets." + id + " is not a checklist metric");
                    }
                    byId.put(metric, target);
                });
            }
            return new ChecklistTargets(byId, watchBand);
        }
    }

    /**
     * {@code report.schedule.*}: when {@code --schedule} runs the nightly reports (a Spring cron
     * expression, second minute hour day month weekday, in the report time zone), how many first days
     * of a quarter also run the quarter just completed, and how long a stop waits for a run to end.
     */
    public record Schedule(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("5") int previousQuarterDays,
            @DefaultValue("60s") Duration stopTimeout) {

        public Schedule {
            if (!CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("report.schedule.cron '" + cron
                        + "' is not a cron expression like '0 30 2 * * *' (second minute hour day month weekday)");
            }
            if (previousQuarterDays < 0) {
                throw new IllegalArgumentException("report.schedule.previous-quarter-days must be 0 or more");
            }
        }
    }

    /**
     * {@code report.crm.*}: the source profile ({@code native}, {@code suitecrm} or the folder of one's own
     * queries; environment {@code REPORT_CRM_PROFILE}) and the settings its queries may use as named parameters.
     */
    public record Crm(@DefaultValue(CrmProfile.NATIVE) String profile, @DefaultValue SuiteCrm suitecrm,
            @DefaultValue("config/quotas.csv") Path quotasFile, @DefaultValue("config/forecasts.csv") Path forecastsFile) {

        public CrmProfile toProfile() {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("won_stages", suitecrm.wonStages());
            settings.put("lost_stages", suitecrm.lostStages());
            settings.put("qualified_statuses", suitecrm.qualifiedStatuses());
            settings.put("contract_end_inclusive", suitecrm.contractEndInclusive() ? 1 : 0);
            return CrmProfile.load(profile.isBlank() ? CrmProfile.NATIVE : profile.trim(), settings,
                    new CrmProfile.SettingsFiles(quotasFile, forecastsFile));
        }
    }

    /** {@code report.crm.suitecrm.*}: the dropdown keys of SuiteCRM that mean won, lost and qualified (exact). */
    public record SuiteCrm(@DefaultValue("Closed Won") List<String> wonStages,
            @DefaultValue("Closed Lost") List<String> lostStages,
            @DefaultValue({"In Process", "Converted"}) List<String> qualifiedStatuses,
            @DefaultValue("false") boolean contractEndInclusive) {
    }

    /** The embedded demo CRM used when no {@code CRM_DB_URL} is set. */
    public record Demo(@DefaultValue("42") long seed, @DefaultValue("1.0") double scale) {
    }
}
