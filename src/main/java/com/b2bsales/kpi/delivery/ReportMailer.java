package com.b2bsales.kpi.delivery;

import com.b2bsales.kpi.system.Settings;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a report mail through the SMTP server, retrying what may pass on a second try (a server
 * that does not answer, a 4xx reply) with a pause that doubles each time, and giving up at once on
 * what will not (bad credentials, a 5xx reply such as an unknown recipient).
 */
@Component
public class ReportMailer {

    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);
    private static final Pattern SMTP_REPLY = Pattern.compile("([2-5]\\d\\d)[ -]");

    private final JavaMailSender sender;
    private final SmtpServer server;
    private final MailSettings.Retry retry;
    private final AttemptDeadline deadline;

    ReportMailer(JavaMailSender reportMailSender, SmtpServer server, MailSettings settings, AttemptDeadline deadline) {
        this.sender = reportMailSender;
        this.server = server;
        this.retry = settings.retry();
        this.deadline = deadline;
    }

    public MailDelivery send(ReportMail mail) {
        Duration pause = retry.backoff();
        for (int attempt = 1; ; attempt++) {
            AttemptDeadline.Attempt timed = deadline.start();
            try {
                sender.send(message(mail));
                log.info("Mailed {} to {} through {} (attempt {})", mail.attachmentName(),
                        String.join(", ", mail.envelope().to()), server.describe(), attempt);
                return MailDelivery.sent(attempt);
            } catch (MailException e) {
                String why = timed.expired() ? "the server did not complete the exchange within report.mail.timeout ("
                        + Settings.shown(deadline.limit()) + ")" : reason(e);
                if (permanent(e) || attempt >= retry.attempts()) {
                    return MailDelivery.failed(attempt, "could not mail " + mail.attachmentName() + " through "
                            + server.describe() + " (" + attempt + (attempt == 1 ? " attempt" : " attempts") + "): "
                            + why);
                }
                log.warn("Mailing {} through {} failed (attempt {} of {}), trying again in {} ms: {}",
                        mail.attachmentName(), server.describe(), attempt, retry.attempts(), pause.toMillis(), why);
                if (!sleep(pause)) {
                    return MailDelivery.failed(attempt, "could not mail " + mail.attachmentName()
                            + ": interrupted while waiting to try again; last error: " + why);
                }
                pause = pause.multipliedBy(2);
            } finally {
                timed.close();
            }
        }
    }

    private MimeMessage message(ReportMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            ReportMail.Envelope envelope = mail.envelope();
            helper.setFrom(envelope.from().trim());
            helper.setTo(trimmed(envelope.to()));
            if (!envelope.cc().isEmpty()) {
                helper.setCc(trimmed(envelope.cc()));
            }
            if (envelope.replyTo().isPresent()) {
                helper.setReplyTo(envelope.replyTo().get().trim());
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            helper.addAttachment(mail.attachmentName(), new FileSystemResource(mail.workbook()), ReportMail.XLSX_TYPE);
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot compose the mail: " + e.getMessage(), e);
        }
    }

    private static String[] trimmed(List<String> addresses) {
        return addresses.stream().map(String::trim).toArray(String[]::new);
    }

    /** Failures a second attempt will not cure. */
    static boolean permanent(MailException e) {
        if (e instanceof MailAuthenticationException || e instanceof MailParseException
                || e instanceof MailPreparationException) {
            return true;
        }
        return causes(e).stream().anyMatch(t -> replyCode(t) >= 500);
    }

    /**
     * The SMTP reply code of a message the server refused, or 0. A refusal carries the server's
     * reply as its message ("550 5.1.1 unknown user"); reading it from there keeps this code on
     * the Jakarta Mail API rather than one implementation's exception classes.
     */
    private static int replyCode(Throwable t) {
        if (t instanceof SendFailedException && t.getMessage() != null) {
            Matcher reply = SMTP_REPLY.matcher(t.getMessage().trim());
            if (reply.lookingAt()) {
                return Integer.parseInt(reply.group(1));
            }
        }
        return 0;
    }

    private static List<Throwable> causes(MailException e) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> roots = new ArrayList<>(List.of(e));
        if (e instanceof MailSendException send) {
            roots.addAll(send.getFailedMessages().values());
        }
        for (Throwable root : roots) {
            for (Throwable t = root; t != null && !all.contains(t); t = t.getCause()) {
                all.add(t);
            }
        }
        return all;
    }

    /** The innermost message: what the server or the network said. */
    private static String reason(MailException e) {
        List<Throwable> chain = causes(e);
        Throwable root = chain.get(chain.size() - 1);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
