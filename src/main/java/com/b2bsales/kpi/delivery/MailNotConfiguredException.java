package com.b2bsales.kpi.delivery;

/** Mailing was asked for but its settings cannot work: one sentence naming the setting, exit code 2. */
public class MailNotConfiguredException extends RuntimeException {

    public MailNotConfiguredException(String message) {
        super(message);
    }
}
