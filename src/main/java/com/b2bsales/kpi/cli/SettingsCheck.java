package com.b2bsales.kpi.cli;

import com.b2bsales.kpi.delivery.MailSettings;
import com.b2bsales.kpi.delivery.SmtpServer;
import com.b2bsales.kpi.system.Folders;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.team.Teams;
import com.b2bsales.kpi.workbook.HouseStyle;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Every setting of {@code report.*}, {@code report.mail.*} and the SMTP server, bound and checked
 * from the same sources the application will read (config files, environment, properties) before
 * it starts: a wrong value is one line naming the setting, exit 2, and no database is touched; a
 * setting that still works but is replaced is one warning line. A run
 * that writes workbooks also proves its output and lock folders writable and its house style readable,
 * rather than finding out after the whole computation.
 */
final class SettingsCheck {

    private SettingsCheck() {
    }

    /**
     * @param warnings where the warning lines go
     * @throws UsageException naming the setting, its value and what it must be
     */
    static void check(ConfigurableEnvironment environment, RunOptions options, PrintStream warnings) {
        Binder binder = Binder.get(environment);
        ReportProperties report = bind(binder, "report", ReportProperties.class);
        MailSettings mail = bind(binder, "report.mail", MailSettings.class);
        bind(binder, "smtp", SmtpServer.class);
        try {
            Teams.of(report.teams(), mail).warning().ifPresent(warning -> warnings.println("warning: " + warning));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (options.history() || options.resend()) {
            return;
        }
        try {
            Folders.requireWritable(options.output().isPresent() ? "--output" : "report.output-dir",
                    options.output().orElse(report.outputDir()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            report.crm().toProfile();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            HouseStyle.load(report.templatesDir());
        } catch (RuntimeException e) {
            throw new UsageException("report.templates-dir " + report.templatesDir().toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }

    private static <T> T bind(Binder binder, String prefix, Class<T> type) {
        try {
            return binder.bindOrCreate(prefix, type);
        } catch (BindException e) {
            throw new UsageException(describe(e));
        }
    }

    /** "report.chunk-size is 'many': it must be a whole number", or the record's own sentence. */
    private static String describe(BindException e) {
        Throwable root = e;
        BindException innermost = e;
        boolean conversion = false;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            root = t;
            conversion |= t instanceof ConversionException;
            if (t instanceof BindException bind) {
                innermost = bind;
            }
        }
        if (!conversion) {
            return root.getMessage();
        }
        Object value = innermost.getProperty() == null ? null : innermost.getProperty().getValue();
        Class<?> target = innermost.getTarget().getType().resolve(Object.class);
        return innermost.getName() + " is '" + value + "': it must be " + expected(target);
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Duration.class) {
            return "a duration like 10s, 500ms or 5m";
        }
        if (type == ZoneId.class) {
            return "a time zone like Europe/Berlin";
        }
        if (type == Path.class) {
            return "a path";
        }
        return "a " + type.getSimpleName();
    }
}
