package com.b2bsales.kpi.system;

/** A database of the job cannot be reached or used; the message names it and says why. */
public class CrmUnavailableException extends RuntimeException {

    public CrmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
