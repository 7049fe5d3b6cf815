package com.b2bsales.kpi.delivery;

import com.b2bsales.kpi.system.Settings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server from the environment ({@code SMTP_HOST}, {@code SMTP_PORT}, {@code SMTP_USER},
 * {@code SMTP_PASSWORD}; as properties {@code smtp.host} and so on). Without a host, mailing is off.
 * The password never appears in a message or a log: {@link #toString()} leaves it out.
 */
@ConfigurationProperties("smtp")
public record SmtpServer(String host, Integer port, String user, String password) {

    /** The submission port, where providers expect STARTTLS and authentication. */
    static final int SUBMISSION_PORT = 587;

    public SmtpServer {
        if (port != null) {
            Settings.requireBetween("SMTP_PORT", port, 1, 65535, null);
        }
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    public int portOrDefault() {
        return port == null ? SUBMISSION_PORT : port;
    }

    boolean authenticates() {
        return user != null && !user.isBlank();
    }

    /** "smtp.example.com:587": how the server is named in messages. */
    public String describe() {
        return (host == null ? "" : host.trim()) + ":" + portOrDefault();
    }

    @Override
    public String toString() {
        return "SmtpServer[" + describe() + (authenticates() ? ", user " + user : "") + "]";
    }
}
