package com.b2bsales.kpi.quality;

/** The share of untrusted rows in a table is above the configured limit: the run must not report. */
public class UntrustedDataException extends RuntimeException {

    public UntrustedDataException(String message) {
        super(message);
    }
}
