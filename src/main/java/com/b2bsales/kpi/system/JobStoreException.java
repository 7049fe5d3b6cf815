package com.b2bsales.kpi.system;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A failure of the job metadata store, raised where it happened (on the store's connections, see
 * {@link JobStoreDataSource}), so that a message can name the store rather than the CRM: "the job
 * metadata store at var/batch-metadata.sqlite: database is locked". It keeps the driver's SQL state
 * and error code, so that Spring translates it as it would the driver's own exception.
 */
public class JobStoreException extends SQLException {

    JobStoreException(String store, SQLException cause) {
        super(store + ": " + Databases.rootMessage(cause), cause.getSQLState(), cause.getErrorCode(), cause);
    }

    /** The failure of the job metadata store somewhere in an exception chain, if there is one. */
    public static Optional<JobStoreException> in(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JobStoreException store) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }
}
