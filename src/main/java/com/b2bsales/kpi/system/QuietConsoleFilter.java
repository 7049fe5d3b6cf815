package com.b2bsales.kpi.system;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps log events that carry an exception off the console unless verbose: each is a failure the
 * command already names in one line on stderr, and its stack trace (hundreds of lines) is in the log
 * file. Configured in {@code logback-spring.xml}.
 */
public class QuietConsoleFilter extends Filter<ILoggingEvent> {

    private boolean verbose;

    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return !verbose && event.getThrowableProxy() != null ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
