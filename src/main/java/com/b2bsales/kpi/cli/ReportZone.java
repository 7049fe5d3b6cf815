package com.b2bsales.kpi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The report time zone, needed before the application starts to know what "yesterday" is:
 * {@code REPORT_TIMEZONE} from the environment, else {@code report.timezone} in
 * {@code config/application.yml}, else UTC.
 */
final class ReportZone {

    private ReportZone() {
    }

    static ZoneId resolve(Map<String, String> environment, Path configFile) {
        String configured = environment.get("REPORT_TIMEZONE");
        if (configured == null || configured.isBlank()) {
            configured = fromConfig(configFile);
        }
        try {
            return configured == null || configured.isBlank() ? ZoneId.of("UTC") : ZoneId.of(configured.trim());
        } catch (DateTimeException e) {
            throw new UsageException("report.timezone '" + configured + "' is not a time zone (e.g. Europe/Berlin)");
        }
    }

    @SuppressWarnings("unchecked")
    private static String fromConfig(Path configFile) {
        if (!Files.isRegularFile(configFile)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(configFile)) {
            Object root = new Yaml().load(in);
            if (root instanceof Map<?, ?> map && map.get("report") instanceof Map<?, ?> report) {
                Object zone = ((Map<String, Object>) report).get("timezone");
                return zone == null ? null : zone.toString();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read " + configFile + ": " + e.getMessage());
        }
    }
}
