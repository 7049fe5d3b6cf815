package com.b2bsales.kpi.cli;

/** Bad options or values: one sentence for stderr, exit code 2, before any database is touched. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
