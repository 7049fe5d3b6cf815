package com.b2bsales.kpi.system;

import com.b2bsales.kpi.crm.CrmSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The CRM database the job reads, over a read-only pool, with a description for messages that
 * names the database (host and schema, never the password).
 */
public interface CrmDatabase extends AutoCloseable {

    DataSource dataSource();

    /** Which data this is, for the run's identity. */
    CrmSource source();

    /** "the CRM database at db.example.com:3306/crm" or "the embedded demo CRM". */
    String description();

    /** Rows per round trip for the readers. */
    int fetchSize();

    /** Makes the database ready to read (fills the demo) and checks it answers. */
    void prepare();

    @Override
    void close();

    /** Opens one connection to prove the database answers; fails with a sentence naming it. */
    default void checkReachable() {
        try (Connection connection = dataSource().getConnection()) {
            if (!connection.isValid(10)) {
                throw new CrmUnavailableException("Cannot use " + description() + ": the connection is not valid", null);
            }
        } catch (SQLException e) {
            throw new CrmUnavailableException("Cannot connect to " + description() + ": " + Databases.rootMessage(e), e);
        }
    }
}
