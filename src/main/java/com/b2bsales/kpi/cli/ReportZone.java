package com.b2bsales.kpi.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.core.env.PropertyResolver;

/**
 * The report time zone, needed before the application starts to know what "yesterday" is:
 * {@code report.timezone} as the application will bind it ({@code REPORT_TIMEZONE} from the
 * environment over {@code config/application.yml}), else UTC.
 */
final class ReportZone {

    private ReportZone() {
    }

    static ZoneId resolve(PropertyResolver settings) {
        String configured = settings.getProperty("report.timezone");
        try {
            return configured == null || configured.isBlank() ? ZoneId.of("UTC") : ZoneId.of(configured.trim());
        } catch (DateTimeException e) {
            throw new UsageException("report.timezone '" + configured + "' is not a time zone (e.g. Europe/Berlin)");
        }
    }
}
