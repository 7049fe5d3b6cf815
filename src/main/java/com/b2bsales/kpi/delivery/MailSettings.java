package com.b2bsales.kpi.delivery;

import com.b2bsales.kpi.system.Settings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code report.mail.*}: who gets the workbooks, whether a run mails by default,
 * how patiently. {@code REPORT_MAIL_TO} and {@code REPORT_MAIL_FROM} override {@code to} and
 * {@code from}; lists are comma-separated.
 *
 * @param enabled  whether a run mails without {@code --email}/{@code --no-email}
 * @param to       who gets the company workbook (the leadership list)
 * @param cc       copied on the company mail
 * @param replyTo  where replies to every mail go
 * @param starttls STARTTLS required; unset: on for port 587
 * @param timeout  connection, read and write timeout of the SMTP connection
 * @param teamRecipients a team of {@code report.teams} to the recipients of its workbook; a team without
 *                 any gets its workbook but no mail (team.Teams checks the names)
 * @param teams    the setting before {@code report.teams}: team to recipients, deciding both which teams
 *                 get a workbook and who gets it; still read, with a warning (team.Teams)
 */
@ConfigurationProperties("report.mail")
public record MailSettings(
        @DefaultValue("false") boolean enabled,
        List<String> to,
        String from,
        List<String> cc,
        String replyTo,
        Boolean starttls,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue Retry retry,
        Map<String, List<String>> teamRecipients,
        Map<String, List<String>> teams) {

    public MailSettings {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        teamRecipients = ordered(teamRecipients);
        teams = ordered(teams);
        // bounds a whole SMTP attempt, see ReportMailer
        Settings.requireBetween("report.mail.timeout", timeout, Duration.ofMillis(1), Duration.ofHours(1));
    }

    /**
     * Attempts per mail and the pause before the second one, doubled before each further attempt.
     */
    public record Retry(@DefaultValue("3") int attempts, @DefaultValue("2s") Duration backoff) {

        public Retry {
            Settings.requireBetween("report.mail.retry.attempts", attempts, 1, 10, null);
            Settings.requireBetween("report.mail.retry.backoff", backoff, Duration.ZERO, Duration.ofMinutes(10));
        }
    }

    public boolean starttlsOn(SmtpServer server) {
        return starttls != null ? starttls : server.portOrDefault() == SmtpServer.SUBMISSION_PORT;
    }

    /**
     * Checks, before a run that mails starts, that mail can be sent: a server, a sender and
     * recipients that are addresses. Everything that is missing is named at once.
     *
     * @throws MailNotConfiguredException naming the setting to fix
     */
    public void requireComplete(SmtpServer server) {
        List<String> missing = new ArrayList<>();
        if (!server.configured()) {
            missing.add("an SMTP server (SMTP_HOST, and SMTP_PORT, SMTP_USER, SMTP_PASSWORD)");
        }
        if (from == null || from.isBlank()) {
            missing.add("a sender (REPORT_MAIL_FROM or report.mail.from)");
        }
        if (to.isEmpty()) {
            missing.add("recipients (REPORT_MAIL_TO or report.mail.to)");
        }
        if (!missing.isEmpty()) {
            throw new MailNotConfiguredException("mailing needs " + String.join(", ", missing)
                    + "; set them, or run with --no-email");
        }
        address("report.mail.from", from);
        to.forEach(a -> address("report.mail.to", a));
        cc.forEach(a -> address("report.mail.cc", a));
        if (replyTo != null && !replyTo.isBlank()) {
            address("report.mail.reply-to", replyTo);
        }
        teamRecipients.forEach((team, recipients) -> recipients.forEach(
                a -> address("report.mail.team-recipients." + team, a)));
        teams.forEach((team, recipients) -> recipients.forEach(a -> address("report.mail.teams." + team, a)));
    }

    /** In the order of the config, each team's list never null. */
    private static Map<String, List<String>> ordered(Map<String, List<String>> byTeam) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (byTeam != null) {
            byTeam.forEach((team, recipients) -> copy.put(team, recipients == null ? List.of() : List.copyOf(recipients)));
        }
        return Collections.unmodifiableMap(copy);
    }

    static InternetAddress address(String setting, String address) {
        try {
            InternetAddress parsed = new InternetAddress(address.trim(), true);
            parsed.validate();
            return parsed;
        } catch (AddressException e) {
            throw new MailNotConfiguredException(setting + ": '" + address + "' is not a mail address");
        }
    }
}
