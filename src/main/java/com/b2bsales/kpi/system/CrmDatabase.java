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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
     * run, lacks a column of the contract or one its profile.properties names, or returns a column the job would
     * read that profile.properties does not declare ({@link CrmProfile#undeclaredExtras}): a profile folder copied
     * before {@code extra.<table>} existed would otherwise have its local closing dates converted as if they were
     * UTC, silently. Before anything is computed, not in the middle of a step.
     */
    default void checkProfile() {
        List<String> undeclared = new ArrayList<>();
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
                checkDeclaredColumns(table, columns);
                List<String> extras = profile().undeclaredExtras(table, columns);
                if (!extras.isEmpty()) {
                    List<String> all = new ArrayList<>(profile().extraColumns(table));
                    all.addAll(extras);
                    undeclared.add(profile().fileOf(table) + " returns " + String.join(", ", extras) + ": extra."
                            + table.sqlName() + "=" + String.join(",", all));
                }
            }
        } catch (SQLException e) {
            throw new CrmUnavailableException("Cannot connect to " + description() + ": " + Databases.rootMessage(e), e);
        }
        if (!undeclared.isEmpty()) {
            throw new CrmUnavailableException("The run failed, no workbook was written: the profile " + profile().name()
                    + " returns columns the job reads only when its profile.properties declares them (a profile"
                    + " copied before extra.<table> existed); add the line after each colon to profile.properties,"
                    + " as the built-in suitecrm profile has them:\n  " + String.join("\n  ", undeclared), null);
        }
    }

    /**
     * The columns profile.properties names for the table ({@code extra.<table>}, {@code order.<table>}) are among
     * those its query returns.
     */
    private void checkDeclaredColumns(CrmTable table, Set<String> returned) {
        for (String column : profile().declaredColumns(table)) {
            if (!returned.contains(column.toLowerCase(Locale.ROOT))) {
                throw new CrmUnavailableException("The run failed, no workbook was written: profile.properties of "
                        + "the profile " + profile().name() + " names the column " + column + " for " + table.sqlName()
                        + " (extra." + table.sqlName() + " or order." + table.sqlName() + "), but the query "
                        + profile().fileOf(table) + " returns no such column", null);
            }
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
