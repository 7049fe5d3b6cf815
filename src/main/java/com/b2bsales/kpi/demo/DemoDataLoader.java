package com.b2bsales.kpi.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Fills a MySQL or MariaDB database with the demo CRM data, for trying the job against a real server and for
 * measuring it at CRM scale: creates the database if it is missing, creates the CRM tables
 * (db/crm/schema-mysql.sql) and loads the rows of {@link DemoDataGenerator} in bulk ({@link BulkDemoLoad}; with
 * JDBC batches when the server has {@code local_infile} off). Refuses a database whose tables already hold rows,
 * unless {@code --replace}.
 *
 * <p>Run it with scripts/load-demo-mysql.sh; see {@link DemoLoaderOptions#USAGE} for the options. Exit codes:
 * 0 filled, 1 the database failed, 2 bad options or the tables are not empty.
 */
public final class DemoDataLoader {

    private static final String SCHEMA = "db/crm/schema-mysql.sql";
    private static final String SUITECRM_SCHEMA = "db/suitecrm/schema-mysql.sql";
    private static final String SUITECRM_FROM_NATIVE = "db/suitecrm/from-native.sql";
    private static final List<String> SUITECRM_TABLES = List.of("users", "accounts", "leads", "leads_audit",
            "opportunities", "opportunities_audit", "accounts_opportunities", "aos_contracts", "campaigns");

    private DemoDataLoader() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the loader as its command line would, without exiting: the exit code is returned. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        DemoLoaderOptions options;
        try {
            options = DemoLoaderOptions.parse(args, environment, LocalDate.now());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            createDatabaseIfMissing(options);
            DataSource dataSource = new DriverManagerDataSource(options.databaseUrl(), options.user(),
                    options.password());
            new ResourceDatabasePopulator(new ClassPathResource(SCHEMA)).execute(dataSource);

            JdbcTemplate crm = new JdbcTemplate(dataSource);
            if (options.suiteCrm()) {
                String present = suiteCrmTables(crm, options.database());
                if (!present.isEmpty() && !options.replace()) {
                    err.println("Database " + options.database() + " already has SuiteCRM tables (" + present
                            + "); add --replace to drop them first.");
                    return 2;
                }
                if (!present.isEmpty()) {
                    crm.execute("DROP TABLE " + present);
                }
            }
            String filledTables = filledTables(crm);
            if (!filledTables.isEmpty()) {
                if (!options.replace()) {
                    err.println("Database " + options.database() + " already holds CRM rows (" + filledTables
                            + "); add --replace to empty its ten CRM tables first.");
                    return 2;
                }
                DemoTable.NAMES.forEach(table -> crm.execute("TRUNCATE TABLE " + table));
            }

            out.printf(Locale.ROOT, "Filling %s with demo data: seed %d, %s, up to the end of %s%n",
                    options.database(), options.seed(), options.size().label(), options.today().minusDays(1));
            long started = System.nanoTime();
            DemoDataGenerator generator = new DemoDataGenerator(options.seed(), options.size(), options.today());
            DemoDataSummary summary;
            if (Boolean.TRUE.equals(crm.queryForObject("SELECT @@GLOBAL.local_infile", Boolean.class))) {
                summary = bulkLoad(generator, options, out);
            } else {
                out.println("The server has local_infile off (SET GLOBAL local_infile = 1 turns it on): inserting"
                        + " with JDBC batches, which is much slower.");
                summary = generator.fill(dataSource);
            }

            summary.rowsPerTable().forEach((table, rows) ->
                    out.printf(Locale.ROOT, "  %-27s %,10d%n", table, rows));
            out.printf(Locale.ROOT, "  %-27s %,10d%n", "total", summary.total());
            if (options.suiteCrm()) {
                long converting = System.nanoTime();
                new ResourceDatabasePopulator(new ClassPathResource(SUITECRM_SCHEMA)).execute(dataSource);
                new ResourceDatabasePopulator(new ClassPathResource(SUITECRM_FROM_NATIVE)).execute(dataSource);
                out.printf(Locale.ROOT, "Written as SuiteCRM tables (%s) in %.1f s: report.crm.profile suitecrm reads"
                        + " them (DATETIMEs taken as UTC).%n", String.join(", ", SUITECRM_TABLES), seconds(converting));
            }
            out.printf(Locale.ROOT, "Done in %.1f s.%n", seconds(started));
            return 0;
        } catch (SQLException | IOException | UncheckedIOException | DataAccessException | IllegalStateException e) {
            err.println("Could not fill " + options.database() + ": " + rootMessage(e));
            return 1;
        }
    }

    /** Generated rows to files in a temporary folder, loaded from there: the driver may read that folder only. */
    private static DemoDataSummary bulkLoad(DemoDataGenerator generator, DemoLoaderOptions options, PrintStream out)
            throws SQLException, IOException {
        Path folder = Files.createTempDirectory("crm-demo-");
        try (BulkDemoLoad load = new BulkDemoLoad(folder)) {
            long started = System.nanoTime();
            DemoDataSummary summary = generator.generate(load);
            out.printf(Locale.ROOT, "Generated in %.1f s into %s; loading...%n", seconds(started), folder);
            started = System.nanoTime();
            load.load(new DriverManagerDataSource(options.databaseUrl() + "&allowLoadLocalInfileInPath=" + folder,
                    options.user(), options.password()));
            out.printf(Locale.ROOT, "Loaded in %.1f s.%n", seconds(started));
            return summary;
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The URL names a database that may not exist yet, so connect to the server alone to create it. */
    private static void createDatabaseIfMissing(DemoLoaderOptions options) throws SQLException {
        try (Connection server = DriverManager.getConnection(options.serverUrl(), options.user(), options.password());
                Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + options.database() + "` CHARACTER SET utf8mb4");
        }
    }

    /** The SuiteCRM tables the database has, like "users, accounts"; empty when none. */
    private static String suiteCrmTables(JdbcTemplate crm, String database) {
        return String.join(", ", crm.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name IN ('" + String.join("', '", SUITECRM_TABLES) + "')"
                + " ORDER BY table_name", String.class, database));
    }

    /** The CRM tables that hold rows, with their counts, like "sales_rep 40, account 1500". */
    private static String filledTables(JdbcTemplate crm) {
        StringJoiner filled = new StringJoiner(", ");
        for (String table : DemoTable.NAMES) {
            long rows = crm.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            if (rows > 0) {
                filled.add(table + " " + rows);
            }
        }
        return filled.toString();
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
