package com.b2bsales.kpi.system;

import com.b2bsales.kpi.crm.CrmProfile;
import com.b2bsales.kpi.crm.CrmReaders;
import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.crm.CrmTable;
import com.b2bsales.kpi.crm.CrmTimes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** How the contract tables are read from this database (crm-schema.md, "source profile"). */
    default CrmProfile profile() {
        return CrmProfile.nativeSchema();
    }

    /** How its DATETIMEs become local date-times of the report zone. */
    default CrmTimes times() {
        return CrmTimes.LOCAL;
    }

    /** The job's queries over this database and its profile. */
    default CrmReaders readers() {
        return new CrmReaders(dataSource(), fetchSize(), profile(), times());
    }

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
        try (Connection connection = dataSource().getConnection()) {
            for (CrmTable table : CrmTable.values()) {
                if (profile().query(table).isEmpty()) {
                    continue;
                }
                try (PreparedStatement sql = prepared(connection, "SELECT 1 FROM {" + table.sqlName() + "} t LIMIT 1");
                        ResultSet row = sql.executeQuery()) {
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

    /**
     * Runs each query of the profile with {@code LIMIT 0} and fails, naming the profile's file, when one does not
     * run or lacks a column of the contract: before anything is computed, not in the middle of a step.
     */
    default void checkProfile() {
        try (Connection connection = dataSource().getConnection()) {
            for (CrmTable table : CrmTable.values()) {
                if (profile().query(table).isEmpty()) {
                    continue;
                }
                Set<String> columns = new HashSet<>();
                try (PreparedStatement sql = prepared(connection, "SELECT * FROM {" + table.sqlName() + "} t LIMIT 0");
                        ResultSet none = sql.executeQuery()) {
                    ResultSetMetaData meta = none.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                    }
                } catch (SQLException e) {
                    throw new CrmUnavailableException("The run failed, no workbook was written: the query "
                            + profile().fileOf(table) + " does not run on " + description() + ": "
                            + Databases.rootMessage(e), e);
                }
                for (String column : table.columns()) {
                    if (!columns.contains(column)) {
                        throw new CrmUnavailableException("The run failed, no workbook was written: the query "
                                + profile().fileOf(table) + " returns no column " + column + " (table " + table.sqlName()
                                + " of crm-schema.md has " + String.join(", ", table.columns()) + ")", null);
                    }
                }
            }
        } catch (SQLException e) {
            throw new CrmUnavailableException("Cannot connect to " + description() + ": " + Databases.rootMessage(e), e);
        }
    }

    private PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        CrmReaders.Statement statement = CrmReaders.statement(profile(), sql, Map.of());
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        Object[] arguments = statement.arguments();
        for (int i = 0; i < arguments.length; i++) {
            prepared.setObject(i + 1, arguments[i]);
        }
        return prepared;
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
