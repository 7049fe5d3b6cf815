package com.b2bsales.kpi.delivery;

import com.b2bsales.kpi.batch.RunReports;
import com.b2bsales.kpi.batch.TeamRosterTasklet;
import com.b2bsales.kpi.batch.UnreadableSavedStateException;
import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.metrics.KpiReport;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.run.ExitCode;
import com.b2bsales.kpi.run.ReportRuns;
import com.b2bsales.kpi.run.RunParameters;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.ReportProperties;
import com.b2bsales.kpi.team.TeamRoster;
import com.b2bsales.kpi.team.Teams;
import com.b2bsales.kpi.workbook.HouseStyle;
import com.b2bsales.kpi.workbook.WorkbookFiles;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Mails the workbooks of a run: the company workbook to {@code report.mail.to}, each team's
 * workbook to that team's {@code report.mail.team-recipients}. A workbook that cannot be mailed
 * stays where it is, the exit code is 3 and the message says how to send it again with
 * {@code --resend}, which mails the files already written without running the job again. The
 * checklist in a mail's body is the run's report, computed again from the tallies the run saved,
 * never read back from the file. Whether a run's workbooks went out is noted on its job execution,
 * for {@code --history}.
 */
@Component
public class ReportMailing {

    /** Key in the job execution context: "sent 2026-11-27 06:00" or "failed 2026-11-27 06:00". */
    public static final String MAILED = "mailed";

    private static final Logger log = LoggerFactory.getLogger(ReportMailing.class);

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportMailer mailer;
    private final MailSettings settings;
    private final Teams teams;
    private final SmtpServer server;
    private final ReportRuns runs;
    private final JobRepository jobRepository;
    private final ReportProperties properties;
    private final CrmDatabase crm;
    private final RunReports runReports;
    private final PrintStream out;
    private final PrintStream err;

    ReportMailing(ReportMailer mailer, MailSettings settings, Teams teams, SmtpServer server, ReportRuns runs,
            JobRepository jobRepository, ReportProperties properties, CrmDatabase crm, RunReports runReports) {
        this.mailer = mailer;
        this.settings = settings;
        this.teams = teams;
        this.server = server;
        this.runs = runs;
        this.jobRepository = jobRepository;
        this.properties = properties;
        this.crm = crm;
        this.runReports = runReports;
        this.out = System.out;
        this.err = System.err;
    }

    /**
     * What this run mails: {@code --email} asks for the workbooks even of a period that already
     * completed, {@code --no-email} for none; without either, {@code report.mail.enabled} mails the
     * workbooks a run writes, and never those of a run found completed (a catch-up must not mail the
     * same report again). When it mails, the settings are checked before anything runs.
     *
     * @throws com.b2bsales.kpi.delivery.MailNotConfiguredException naming the setting that is missing
     */
    public MailPolicy requested(Optional<Boolean> option) {
        MailPolicy policy = option.map(email -> email ? MailPolicy.ALSO_COMPLETED : MailPolicy.NONE)
                .orElse(settings.enabled() ? MailPolicy.WRITTEN : MailPolicy.NONE);
        if (policy.mails()) {
            settings.requireComplete(server);
        }
        return policy;
    }

    /**
     * Mails the workbooks a completed execution wrote, where it wrote them: {@code justWritten} when
     * this start wrote them, not when it found them from an earlier start. A team without reps gets
     * no mail (its workbook would be empty), nor does a team without recipients; the company mail says so.
     */
    public ExitCode mail(JobExecution execution, boolean justWritten) {
        RunParameters run = RunParameters.of(execution.getJobParameters());
        ReportContext context = run.context();
        TeamRoster roster = TeamRosterTasklet.rosterOf(execution);
        Map<Optional<String>, Path> workbooks = new LinkedHashMap<>();
        workbooks.put(Optional.empty(), Path.of(ReportRuns.workbookOf(execution).orElseThrow(
                () -> new IllegalStateException("execution " + execution.getId() + " recorded no workbook"))));
        List<String> notes = new ArrayList<>();
        ReportRuns.teamWorkbooksOf(execution).forEach((team, file) -> {
            List<String> recipients = teams.recipients(team);
            if (roster.teams().contains(team) && roster.reps(team).isEmpty()) {
                note(notes, "Team " + team + " has no rep in the CRM (sales_rep.team), so its workbook is empty and was"
                        + " not mailed" + (recipients.isEmpty() ? "" : " to " + String.join(", ", recipients)) + ".");
            } else if (recipients.isEmpty()) {
                note(notes, noRecipients(team));
            } else {
                workbooks.put(Optional.of(team), Path.of(file));
            }
        });
        Path folder = workbooks.get(Optional.empty()).toAbsolutePath().getParent();
        return deliver(context, workbooks, Optional.of(execution), folder, justWritten, notes);
    }

    private void note(List<String> notes, String note) {
        log.warn(note);
        out.println(note);
        notes.add(note);
    }

    private static String noRecipients(String team) {
        return "Team " + team + " has no recipients (report.mail.team-recipients), so its workbook was not mailed.";
    }

    /**
     * {@code --resend}: mails the workbooks of the period and as-of date that are in the output
     * folder (the company one and one per team of {@code report.teams} that has recipients), without
     * running the job. Exit 1 naming the files looked for when one is missing, or when no completed
     * run of the period saved the results the mail is made from.
     */
    public ExitCode resend(ReportContext context, Optional<Path> output) {
        settings.requireComplete(server);
        Path folder = output.orElse(properties.outputDir()).toAbsolutePath();
        Map<Optional<String>, Path> workbooks = new LinkedHashMap<>();
        workbooks.put(Optional.empty(), WorkbookFiles.path(folder, context, Optional.empty()));
        List<String> notes = new ArrayList<>();
        for (String team : teams.names()) {
            if (teams.recipients(team).isEmpty()) {
                note(notes, noRecipients(team));
            } else {
                workbooks.put(Optional.of(team), WorkbookFiles.path(folder, context, Optional.of(team), teams.names()));
            }
        }
        Optional<JobExecution> execution = runs.executionsOf(new RunParameters(context, crm.source())).stream()
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED).findFirst();
        return deliver(context, workbooks, execution, folder, false, notes);
    }

    /**
     * Mails each workbook with the checklist of its report in the body: the report computed again from the tallies
     * the run saved, so the mail shows the run's numbers without reading the file.
     */
    private ExitCode deliver(ReportContext context, Map<Optional<String>, Path> workbooks,
            Optional<JobExecution> execution, Path folder, boolean justWritten, List<String> companyNotes) {
        List<Path> missing = workbooks.values().stream().filter(file -> !Files.isRegularFile(file)).toList();
        if (!missing.isEmpty()) {
            err.println("No workbook to mail for " + context.period().label() + " as of " + context.asOf()
                    + ": looked for " + String.join(", ", missing.stream().map(Path::toString).toList())
                    + ". Nothing was mailed.");
            return ExitCode.FAILED;
        }
        Map<Optional<String>, KpiReport> reports;
        try {
            reports = execution.map(runReports::savedBy).orElse(Map.of());
        } catch (UnreadableSavedStateException e) {
            err.println("Nothing was mailed for " + context.period().label() + " as of " + context.asOf() + ": the mail is"
                    + " made from the run's saved results, and " + e.getMessage() + ". To mail this period, compute it"
                    + " again with --rerun --email.");
            return ExitCode.FAILED;
        }
        List<String> unknown = workbooks.keySet().stream().filter(team -> !reports.containsKey(team))
                .map(team -> team.map(t -> "team " + t).orElse("the company")).toList();
        if (!unknown.isEmpty()) {
            err.println("No completed run for " + context.period().label() + " as of " + context.asOf()
                    + " saved the results of " + String.join(", ", unknown) + " in the job repository; the mail is"
                    + " made from them. Nothing was mailed. To mail this period, compute it again with --rerun --email.");
            return ExitCode.FAILED;
        }
        List<String> problems = new ArrayList<>();
        // read at every mailing, like the workbook's, so that the mail shows the house style's status colours
        HouseStyle style = HouseStyle.load(properties.templatesDir());
        workbooks.forEach((team, file) -> {
            ReportMail.Envelope envelope = envelope(team);
            MailDelivery delivery = mailer.send(ReportMail.of(envelope, reports.get(team), team, file, style,
                    team.isEmpty() ? companyNotes : List.of()));
            if (delivery.sent()) {
                out.println("Mailed " + file.getFileName() + " to " + String.join(", ", envelope.to())
                        + (envelope.cc().isEmpty() ? "" : " (cc " + String.join(", ", envelope.cc()) + ")"));
            } else {
                problems.add(delivery.problem());
            }
        });
        execution.ifPresent(e -> record(e, problems.isEmpty()));
        if (problems.isEmpty()) {
            return ExitCode.WRITTEN;
        }
        problems.forEach(problem -> err.println((justWritten ? "The workbook was written but not mailed: "
                : "The workbook was already there and was not mailed: ") + problem));
        boolean one = workbooks.size() == 1;
        err.println((one ? "The workbook is kept in " : "The workbooks are kept in ") + folder + "; "
                + resendCommand(context, folder) + " will mail " + (one ? "it" : "them")
                + " again without recomputing " + (one ? "it." : "them."));
        return ExitCode.NOT_MAILED;
    }

    private ReportMail.Envelope envelope(Optional<String> team) {
        Optional<String> replyTo = Optional.ofNullable(settings.replyTo()).filter(r -> !r.isBlank());
        if (team.isPresent()) {
            return new ReportMail.Envelope(settings.from(), teams.recipients(team.get()), List.of(), replyTo);
        }
        return new ReportMail.Envelope(settings.from(), settings.to(), settings.cc(), replyTo);
    }

    private void record(JobExecution execution, boolean sent) {
        String when = LocalDateTime.now(properties.timezone()).format(MINUTES);
        execution.getExecutionContext().putString(MAILED, (sent ? "sent " : "failed ") + when);
        jobRepository.updateExecutionContext(execution);
    }

    /** "scripts/run-report.sh --resend --quarter 2026-Q2", with --as-of and --output where needed. */
    private String resendCommand(ReportContext context, Path folder) {
        StringBuilder command = new StringBuilder("scripts/run-report.sh --resend --")
                .append(context.period().type().name().toLowerCase()).append(' ').append(context.period().label());
        if (!context.complete()) {
            command.append(" --as-of ").append(context.asOf());
        }
        if (!folder.equals(properties.outputDir().toAbsolutePath())) {
            command.append(" --output ").append(folder);
        }
        return command.toString();
    }
}
