package com.b2bsales.kpi.delivery;

/**
 * Which workbooks a start of the job mails. A run's workbooks are mailed once: only an explicit
 * {@code --email} (or {@code --resend}) mails the workbooks of a period that had already completed.
 */
public enum MailPolicy {

    /** Nothing: {@code --no-email}, or mailing off in the config. */
    NONE,

    /**
     * The workbooks this start writes: mailing on in the config ({@code report.mail.enabled}), or
     * {@code --schedule}. A start that finds its period completed (a cron or scheduler catch-up)
     * mails nothing, so the same report does not go out each time it is found done.
     */
    WRITTEN,

    /** Also the workbooks of a period that already completed: {@code --email} typed for it. */
    ALSO_COMPLETED;

    public boolean mails() {
        return this != NONE;
    }
}
