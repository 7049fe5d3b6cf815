package com.b2bsales.kpi.run;

/** The exit codes of operations.md. */
public enum ExitCode {
    WRITTEN(0),
    FAILED(1),
    USAGE(2),
    NOT_MAILED(3),
    ALREADY_RUNNING(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
