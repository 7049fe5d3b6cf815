package com.b2bsales.kpi.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Where the log file with the stack traces is, for the one-line messages that leave them out. */
public final class LogFile {

    private LogFile() {
    }

    /** The file the log goes to, as configured in {@code logback-spring.xml}, when there is one. */
    public static Optional<Path> path() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> appenders =
                context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof FileAppender<?> file && file.getFile() != null) {
                return Optional.of(Path.of(file.getFile()).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** " (details in /srv/kpi/var/log/sales-kpi-report.log)", or nothing when there is no log file. */
    public static String detailsHint() {
        return path().map(file -> " (details in " + file + ")").orElse("");
    }
}
