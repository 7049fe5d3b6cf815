package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The MariaDB server of this machine (root, empty password, 127.0.0.1:3306, or MARIADB_URL) as a CRM.
 * With CI=true a missing server fails the tests; elsewhere they are skipped with a message.
 * Sessions run with MySQL 8's default sql_mode, so SQL that MySQL 8 rejects fails here too.
 */
public final class MariaDbCrm {

    public static final String SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";
    private static final String SERVER = System.getenv().getOrDefault("MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
    public static final String USER = System.getenv().getOrDefault("MARIADB_USER", "root");
    public static final String PASSWORD = System.getenv().getOrDefault("MARIADB_PASSWORD", "");

    private static final Set<String> CREATED = new LinkedHashSet<>();

    private MariaDbCrm() {
    }

    /** Skips (or, on CI, fails) when the server does not answer. */
    public static void requireServer() {
        try (Connection ignored = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the MariaDB server at " + SERVER + " does not answer: " + e.getMessage());
            }
            assumeTrue(false, "MariaDB not reachable at " + SERVER + " (" + e.getMessage()
                    + "); start it to run the MySQL-path tests");
        }
    }

    /**
     * The JDBC URL of a new, empty database named {@code <name>_<pid>}: two test runs on one server
     * (two clones, two developers) never share a database. It is dropped when the test JVM ends.
     */
    public static String emptyDatabase(String name) {
        requireServer();
        String database = name + "_" + ProcessHandle.current().pid();
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement sql = server.createStatement()) {
            sql.execute("SET GLOBAL sql_mode = '" + SQL_MODE + "'");
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database, e);
        }
        dropAtExit(database);
        return SERVER + database;
    }

    /** The JDBC URL of a fresh database with the reference schema and the given data scripts. */
    public static String freshDatabase(String name, String... dataScripts) {
        String url = emptyDatabase(name);
        DataSource database = new DriverManagerDataSource(url, USER, PASSWORD);
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource("db/crm/schema-mysql.sql"));
        for (String script : dataScripts) {
            populator.addScript(new ClassPathResource(script));
        }
        populator.execute(database);
        return url;
    }

    private static synchronized void dropAtExit(String database) {
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(MariaDbCrm::dropCreated, "drop-test-databases"));
        }
        CREATED.add(database);
    }

    /** Leaves the server as the tests found it. */
    private static synchronized void dropCreated() {
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement sql = server.createStatement()) {
            for (String database : CREATED) {
                sql.execute("DROP DATABASE IF EXISTS " + database);
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }
}
