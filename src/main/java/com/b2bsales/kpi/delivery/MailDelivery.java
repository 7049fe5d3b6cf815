package com.b2bsales.kpi.delivery;

/**
 * How sending one mail went: sent after some attempts, or not sent, with a one-line reason that
 * names the workbook and the server (host and port, never the password).
 */
public record MailDelivery(boolean sent, int attempts, String problem) {

    static MailDelivery sent(int attempts) {
        return new MailDelivery(true, attempts, null);
    }

    static MailDelivery failed(int attempts, String problem) {
        return new MailDelivery(false, attempts, problem);
    }
}
