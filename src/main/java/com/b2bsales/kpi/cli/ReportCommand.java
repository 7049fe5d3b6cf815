package com.b2bsales.kpi.cli;

import com.b2bsales.kpi.SalesKpiApplication;
import com.b2bsales.kpi.delivery.MailNotConfiguredException;
import com.b2bsales.kpi.run.ExitCode;
import com.b2bsales.kpi.delivery.MailPolicy;
import com.b2bsales.kpi.run.ReportLauncher;
import com.b2bsales.kpi.delivery.ReportMailing;
import com.b2bsales.kpi.run.RunHistory;
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
import org.springframework.core.env.PropertyResolver;
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
        if (RunOptions.asksForHelp(args)) {
            System.out.print(RunOptions.HELP);
            return ExitCode.WRITTEN.code();
        }
        RunOptions options;
        StandardEnvironment settings;
        ZoneId zone;
        ReportContext context;
        try {
            options = RunOptions.parse(args);
            settings = settingsEnvironment();
            zone = ReportZone.resolve(settings);
            context = options.history() || options.schedule() ? null
                    : options.context(LocalDate.now(clock.withZone(zone)));
            requireImplemented(options);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(RunOptions.USAGE);
            return ExitCode.USAGE.code();
        }
        try {
            requireCrmOrDemo(options, settings);
            SettingsCheck.check(settings, options, err);
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
            MailPolicy mail = mailing.requested(options.email());
            if (options.schedule()) {
                return application.getBean(ReportScheduler.class)
                        .run(clock.withZone(zone), options.output(), mail.mails()).code();
            }
            return application.getBean(ReportLauncher.class).run(context, options.rerun(), options.output(), mail).code();
        } catch (MailNotConfiguredException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (RuntimeException e) {
            // the stack trace goes to the log file (and the console with --verbose), the cause to stderr
            log.error("The command failed", e);
            err.println("error: " + Databases.describe(e) + LogFile.detailsHint());
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
     * The demo never stands in for the CRM unasked: a run that mails ({@code --email}, or
     * {@code report.mail.enabled} without {@code --no-email}) or {@code --schedule} needs
     * {@code CRM_DB_URL}, or {@code --demo} to say the demo is meant. A missing environment file must
     * not turn the nightly report into demo numbers with exit 0.
     */
    private static void requireCrmOrDemo(RunOptions options, PropertyResolver settings) {
        String crmUrl = settings.getProperty("crm.db.url", "");
        if (options.demo()) {
            if (!crmUrl.isBlank()) {
                throw new UsageException("--demo uses the embedded demo CRM, but CRM_DB_URL is set (the CRM at "
                        + Databases.where(crmUrl) + "): leave out --demo, or unset CRM_DB_URL");
            }
            return;
        }
        if (options.history() || options.resend()) {
            return; // neither reads the CRM
        }
        boolean mails = options.email()
                .orElseGet(() -> settings.getProperty("report.mail.enabled", Boolean.class, false));
        if (crmUrl.isBlank() && (options.schedule() || mails)) {
            String asked = options.schedule() ? "--schedule" : options.email().isPresent() ? "--email"
                    : "mailing (report.mail.enabled)";
            throw new UsageException("CRM_DB_URL is not set, and " + asked + " would report the embedded demo data: "
                    + "set CRM_DB_URL (and CRM_DB_USER, CRM_DB_PASSWORD), or give --demo to use the demo on purpose");
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

    /**
     * What the application will read, config files included, before it starts: for the report zone and
     * {@link SettingsCheck}.
     */
    private StandardEnvironment settingsEnvironment() {
        StandardEnvironment settings = applicationEnvironment();
        settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArguments));
        try {
            ConfigDataEnvironmentPostProcessor.applyTo(settings);
        } catch (RuntimeException e) {
            throw new UsageException("cannot read " + Path.of("config", "application.yml") + ": " + e.getMessage());
        }
        return settings;
    }

    private ConfigurableApplicationContext start(RunOptions options) {
        String[] arguments = Arrays.copyOf(springArguments, springArguments.length + 1);
        arguments[springArguments.length] = "--logging.console.verbose=" + options.verbose();
        return new SpringApplicationBuilder(SalesKpiApplication.class)
                .environment(applicationEnvironment())
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // the application's "today" (the demo's last day among others) is the command's
                .initializers(application -> application.getBeanFactory().registerSingleton("clock", clock))
                .run(arguments);
    }
}
