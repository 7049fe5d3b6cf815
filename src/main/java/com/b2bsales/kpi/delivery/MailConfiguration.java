package com.b2bsales.kpi.delivery;

import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP connection, built from {@link SmtpServer} and {@link MailSettings} rather than Spring
 * Boot's {@code spring.mail.*}: the contract names the variables {@code SMTP_*}, and the timeouts
 * must always be set (JavaMail's default is to wait forever on a server that stopped answering), and
 * a whole attempt is bounded by the same timeout ({@link AttemptDeadline}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SmtpServer.class, MailSettings.class})
public class MailConfiguration {

    @Bean(destroyMethod = "shutdown")
    AttemptDeadline smtpAttemptDeadline(MailSettings settings) {
        return new AttemptDeadline(settings.timeout());
    }

    @Bean
    JavaMailSenderImpl reportMailSender(SmtpServer server, MailSettings settings, AttemptDeadline deadline) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        if (server.configured()) {
            sender.setHost(server.host().trim());
        }
        sender.setPort(server.portOrDefault());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        String millis = String.valueOf(settings.timeout().toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        // the timeouts above bound each read and write; this bounds the whole attempt
        properties.put("mail.smtp.socketFactory", deadline);
        if (server.authenticates()) {
            sender.setUsername(server.user());
            sender.setPassword(server.password());
            properties.setProperty("mail.smtp.auth", "true");
        }
        if (settings.starttlsOn(server)) {
            // required, not merely enabled: credentials must never go out in clear text
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
