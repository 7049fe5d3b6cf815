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
 *
 * @param teams the teams that get a workbook of their own, as in {@code sales_rep.team} (environment
 *              {@code REPORT_TEAMS}, comma-separated); checked with their recipients by team.Teams
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
        @DefaultValue Lock lock,
        @DefaultValue DataQuality dataQuality,
        @DefaultValue Checklist checklist,
        @DefaultValue Schedule schedule,
        @DefaultValue Demo demo,
        @DefaultValue Crm crm,
        List<String> teams) {

    public ReportProperties {
        Settings.requireBetween("report.trend-periods", trendPeriods, 2, 120,
                "the period and the one before it, at most ten years of months");
        // a chunk's rows are held in memory until its commit
        Settings.requireBetween("report.chunk-size", chunkSize, 1, 1_000_000, null);
        Settings.requireBetween("report.fetch-size", fetchSize, 1, 1_000_000, null);
        Settings.requireBetween("report.parallel-steps", parallelSteps, 1, 64, null);
        Settings.requireAtLeast("report.progress-interval", progressInterval, Duration.ZERO);
        Settings.requireText("report.company-name", companyName);
        Settings.requireText("report.currency", currency);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /**
     * {@code report.lock.*}: how long a run's lock outlives a process that stopped renewing it
     * ({@code lease}, environment {@code REPORT_LOCK_LEASE}), and the name this machine writes in the
     * locks it holds ({@code host}, environment {@code REPORT_LOCK_HOST}; by default its host name),
     * which must differ between machines that share a job metadata database.
     */
    public record Lock(@DefaultValue("60s") Duration lease, String host) {

        public Lock {
            if (lease.compareTo(Duration.ofSeconds(2)) < 0) {
                throw new IllegalArgumentException("report.lock.lease must be at least 2s (a live run renews it "
                        + "four times within the lease)");
            }
            if (host != null && !host.isBlank() && !host.matches("[^@\\s]+")) {
                throw new IllegalArgumentException("report.lock.host '" + host + "' must be a name without spaces or '@'");
            }
        }
    }

    /** {@code report.data-quality.max-bad-ratio}: the share of untrusted rows per table that fails the run. */
    public record DataQuality(@DefaultValue("0.05") double maxBadRatio) {

        public DataQuality {
            Settings.requireFraction("report.data-quality.max-bad-ratio", maxBadRatio);
        }
    }

    /** Checklist targets by metric id, and the watch band below a target (a fraction of it). */
    public record Checklist(Map<String, Double> targets, @DefaultValue("0.10") double watchBand) {

        public Checklist {
            Settings.requireFraction("report.checklist.watch-band", watchBand);
            if (targets != null) {
                targets.forEach((id, target) -> {
                    if (target == null || !Double.isFinite(target)) {
                        throw new IllegalArgumentException("report.checklist.targets." + id + " is " + target
                                + ": it must be a number");
                    }
                });
            }
            toTargets(targets, watchBand);
        }

        public ChecklistTargets toTargets() {
            return toTargets(targets, watchBand);
        }

        private static ChecklistTargets toTargets(Map<String, Double> targets, double watchBand) {
            Map<MetricId, Double> byId = new EnumMap<>(MetricId.class);
            if (targets != null) {
                targets.forEach((id, target) -> {
                    MetricId metric = checklistMetric(id);
                    if (metric == null || !MetricId.CHECKLIST.contains(metric)) {
                        throw new IllegalArgumentException("report.checklist.targets." + id + " is not a checklist metric");
                    }
                    byId.put(metric, target);
                });
            }
            return new ChecklistTargets(byId, watchBand);
        }

        private static MetricId checklistMetric(String id) {
            try {
                return MetricId.fromId(id.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                return null;
            }
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
                throw new IllegalArgumentException("report.schedule.cron is '" + cron
                        + "': it must be a cron expression like '0 30 2 * * *' (second minute hour day month weekday)");
            }
            Settings.requireBetween("report.schedule.previous-quarter-days", previousQuarterDays, 0, 92,
                    "a quarter has at most 92 days");
            Settings.requireAtLeast("report.schedule.stop-timeout", stopTimeout, Duration.ZERO);
        }
    }

    /**
     * {@code report.crm.*}: the source profile ({@code native}, {@code suitecrm} or the folder of one's own
     * queries; environment {@code REPORT_CRM_PROFILE}) and the settings its queries may use as named parameters.
     */
    public record Crm(@DefaultValue(CrmProfile.NATIVE) String profile, @DefaultValue SuiteCrm suitecrm,
            @DefaultValue("config/quotas.csv") Path quotasFile, @DefaultValue("config/forecasts.csv") Path forecastsFile,
            @DefaultValue("5s") Duration connectTimeout) {

        public Crm {
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("report.crm.connect-timeout is " + connectTimeout.toMillis()
                        + "ms: it must be at least 1ms");
            }
        }

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

        public Demo {
            if (!(scale > 0 && scale <= 1000)) {
                throw new IllegalArgumentException("report.demo.scale is " + scale
                        + ": it must be greater than 0 and at most 1000");
            }
        }
    }
}
