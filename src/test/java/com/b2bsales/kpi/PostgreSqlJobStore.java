package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The PostgreSQL server of this machine (127.0.0.1:5432, user postgres, trust authentication, or
 * POSTGRES_URL, POSTGRES_USER) as a job metadata store. With CI=true a missing server fails the tests;
 * elsewhere they are skipped with a message.
 */
final class PostgreSqlJobStore {

    private static final String SERVER = System.getenv().getOrDefault("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("POSTGRES_USER", "postgres");
    private static final Set<String> CREATED = new LinkedHashSet<>();

    private PostgreSqlJobStore() {
    }

    /** The JDBC URL of a new, empty database named {@code <name>_<pid>}, dropped when the test JVM ends. */
    static synchronized String emptyDatabase(String name) {
        String database = name + "_" + ProcessHandle.current().pid();
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the PostgreSQL server at " + SERVER + " does not answer: " + e.getMessage());
            }
            assumeTrue(false, "PostgreSQL not reachable at " + SERVER + " (" + e.getMessage() + ")");
        }
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgreSqlJobStore::dropCreated, "drop-pg-databases"));
        }
        CREATED.add(database);
        return SERVER + database;
    }

    private static synchronized void dropCreated() {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement sql = server.createStatement()) {
            for (String database : CREATED) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }
}
