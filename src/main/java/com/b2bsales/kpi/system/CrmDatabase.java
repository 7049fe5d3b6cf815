package com.b2bsales.kpi.system;

import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.crm.CrmTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
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

    /**
     * Fails with a sentence naming the database when none of the CRM tables has a row: a report of
     * zeros would pass for the truth (a wrong schema or an unloaded copy). One {@code SELECT 1 … LIMIT 1}
     * per table, stopping at the first row. A table that cannot be read decides nothing here: the
     * steps that read it name it, as for a CRM without its tables.
     */
    default void checkHasRows() {
        boolean allRead = true;
        try (Connection connection = dataSource().getConnection(); Statement sql = connection.createStatement()) {
            for (CrmTable table : CrmTable.values()) {
                try (ResultSet row = sql.executeQuery("SELECT 1 FROM " + table.sqlName() + " LIMIT 1")) {
                    if (row.next()) {
                        return;
                    }
                } catch (SQLException e) {
                    allRead = false;
                }
            }
        } catch (SQLException e) {
            throw new CrmUnavailableException("Cannot connect to " + description() + ": " + Databases.rootMessage(e), e);
        }
        if (allRead) {
            throw new CrmUnavailableException("The run failed, no workbook was written: " + description()
                    + " has no rows in any of its tables (" + Arrays.stream(CrmTable.values()).map(CrmTable::sqlName)
                    .collect(Collectors.joining(", ")) + "); a report of it would be all zeros. Check CRM_DB_URL.",
                    null);
        }
    }

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
