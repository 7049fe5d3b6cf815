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
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The command line: options are parsed and checked first (exit 2 on a bad one, before any database
 * is touched), then the application starts and the launcher runs the job.
 */
public final class ReportCommand {

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
        try (ConfigurableApplicationContext application = start()) {
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
            err.println("error: " + Databases.describe(e));
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

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SalesKpiApplication.class)
                .environment(applicationEnvironment())
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(springArguments);
    }
}
