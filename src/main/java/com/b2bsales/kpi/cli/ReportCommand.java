package com.b2bsales.kpi.cli;

import com.b2bsales.kpi.SalesKpiApplication;
import com.b2bsales.kpi.delivery.MailNotConfiguredException;
import com.b2bsales.kpi.job.ExitCode;
import com.b2bsales.kpi.job.ReportLauncher;
import com.b2bsales.kpi.job.ReportMailing;
import com.b2bsales.kpi.job.RunHistory;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.schedule.ReportScheduler;
import com.b2bsales.kpi.system.Databases;
import com.b2bsales.kpi.system.LogFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The command line: options are parsed and checked first (exit 2 on a bad one, before any database
 * is touched), then the application starts and the launcher runs the job.
 */
public final class ReportCommand {

    private static final Logger log = LoggerFactory.getLogger(ReportCommand.class);

    private final Clock clock;
    private final Map<String, String> environment;
    private final PrintStream err;
    private final String[] springArguments;

    public ReportCommand(Clock clock, Map<String, String> environment, PrintStream err, String... springArguments) {
        this.clock = clock;
        this.environment = environment;
        this.err = err;
        this.springArguments = springArguments;
    }

    public static ReportCommand standard() {
        return new ReportCommand(Clock.systemUTC(), System.getenv(), System.err);
    }

    public int run(String... args) {
        RunOptions options;
        ZoneId zone;
        ReportContext context;
        try {
            options = RunOptions.parse(args);
            zone = ReportZone.resolve(environment, Path.of("config", "application.yml"));
            context = options.history() || options.schedule() ? null
                    : options.context(LocalDate.now(clock.withZone(zone)));
            requireImplemented(options);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(RunOptions.USAGE);
            return ExitCode.USAGE.code();
        }
        try {
            SettingsCheck.check(settingsEnvironment(), options);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        try (ConfigurableApplicationContext application = start(options)) {
            if (options.history()) {
                application.getBean(RunHistory.class).print(System.out, 20);
                return ExitCode.WRITTEN.code();
            }
            ReportMailing mailing = application.getBean(ReportMailing.class);
            if (options.resend()) {
                return mailing.resend(context, options.output()).code();
            }
            boolean mail = mailing.requested(options.email());
            if (options.schedule()) {
                return application.getBean(ReportScheduler.class).run(clock.withZone(zone), options.output(), mail)
                        .code();
            }
            return application.getBean(ReportLauncher.class).run(context, options.rerun(), options.output(), mail).code();
        } catch (MailNotConfiguredException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (RuntimeException e) {
            // the stack trace goes to the log file (and the console with --verbose), the cause to stderr
            log.error("The command failed", e);
            err.println("error: " + Databases.rootMessage(e) + LogFile.detailsHint());
            return ExitCode.FAILED.code();
        }
    }

    private void requireImplemented(RunOptions options) {
        if (options.email().orElse(false) || options.resend()) {
            String host = environment.get("SMTP_HOST");
            if (host == null || host.isBlank()) {
                throw new UsageException((options.resend() ? "--resend" : "--email")
                        + " needs an SMTP server: set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD)");
            }
        }
    }

    /**
     * The application sees the environment this command was given (the process environment in
     * production, a test's own variables in tests), so that the checks made before it starts and
     * the application agree on SMTP_HOST, REPORT_TIMEZONE and the rest.
     */
    private StandardEnvironment applicationEnvironment() {
        StandardEnvironment application = new StandardEnvironment();
        application.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(environment)));
        return application;
    }

    /** What the application will read, config files included, before it starts: for {@link SettingsCheck}. */
    private StandardEnvironment settingsEnvironment() {
        StandardEnvironment settings = applicationEnvironment();
        settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArguments));
        ConfigDataEnvironmentPostProcessor.applyTo(settings);
        return settings;
    }

    private ConfigurableApplicationContext start(RunOptions options) {
        String[] arguments = Arrays.copyOf(springArguments, springArguments.length + 1);
        arguments[springArguments.length] = "--logging.console.verbose=" + options.verbose();
        return new SpringApplicationBuilder(SalesKpiApplication.class)
                .environment(applicationEnvironment())
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(arguments);
    }
}
