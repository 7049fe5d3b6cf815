package com.b2bsales.kpi.crm;

/**
 * A CRM value that cannot be read as its column's type at all (text in {@code amount}, as a view
 * with a VARCHAR column may hold): no trust rule can judge it, so the run fails naming the table
 * and the column rather than with the driver's bare message.
 */
public class UnreadableColumnException extends RuntimeException {

    UnreadableColumnException(CrmTable table, String column, String type, Throwable cause) {
        super("table " + table.sqlName() + ", column " + column + ": a value cannot be read as " + type
                + " (" + rootMessage(cause) + ")", cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
