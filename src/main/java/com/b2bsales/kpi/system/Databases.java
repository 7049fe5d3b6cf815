package com.b2bsales.kpi.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;

/** Connection pools, and how a database is named in messages. */
public final class Databases {

    private static final String SQLITE = "jdbc:sqlite:";

    private Databases() {
    }

    public static HikariDataSource pool(String name, String url, String user, String password, boolean readOnly,
            int maximumPoolSize) {
        return pool(name, url, user, password, readOnly, maximumPoolSize, Duration.ofSeconds(15));
    }

    /**
     * A pool whose connections give up after {@code connectTimeout}: a database that does not answer is
     * reported then, not after the driver's own minutes.
     */
    public static HikariDataSource pool(String name, String url, String user, String password, boolean readOnly,
            int maximumPoolSize, Duration connectTimeout) {
        return new HikariDataSource(config(name, url, user, password, readOnly, maximumPoolSize, connectTimeout));
    }

    static HikariConfig config(String name, String url, String user, String password, boolean readOnly,
            int maximumPoolSize, Duration connectTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        // An unset or empty CRM_DB_USER / CRM_DB_PASSWORD leaves the URL's own user and password
        // (jdbc:mysql://host/db?user=x&password=y) in force: the driver takes a given one over them.
        if (user != null && !user.isEmpty()) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setReadOnly(readOnly);
        config.setMaximumPoolSize(maximumPoolSize);
        config.setMinimumIdle(0);
        long millis = Math.max(250, connectTimeout.toMillis());
        config.setConnectionTimeout(millis);
        if (isMySqlFamily(url)) {
            // the TCP connect itself, which Connector/J otherwise leaves to the operating system
            config.addDataSourceProperty("connectTimeout", String.valueOf(millis));
        }
        // Fail on first use with the driver's own message rather than at pool start.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    public static boolean isMySqlFamily(String url) {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /** host:port/database of a JDBC URL, or the file of an SQLite one, without user, password or options. */
    public static String where(String url) {
        if (url.startsWith(SQLITE)) {
            return sqliteFile(url);
        }
        try {
            String rest = url.substring(url.indexOf(':') + 1);
            URI uri = URI.create(rest.substring(rest.indexOf(':') + 1).replace(";", "?"));
            if (uri.getHost() != null) {
                String path = uri.getPath() == null ? "" : uri.getPath();
                return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
            }
        } catch (RuntimeException e) {
            // fall through: an unusual URL is named by its scheme only
        }
        int options = url.indexOf(';');
        String bare = options > 0 ? url.substring(0, options) : url;
        int query = bare.indexOf('?');
        return query > 0 ? bare.substring(0, query) : bare;
    }

    /** SQLite creates its file but not the folder it goes in ({@code var/} on a first run). */
    static void createFolderOfFile(String url) {
        if (url.startsWith(SQLITE) && !sqliteFile(url).startsWith(":memory:")) {
            Path parent = Path.of(sqliteFile(url)).toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the folder of the job metadata store, " + parent, e);
            }
        }
    }

    private static String sqliteFile(String url) {
        String file = url.substring(SQLITE.length());
        int options = file.indexOf('?');
        return options >= 0 ? file.substring(0, options) : file;
    }

    /**
     * What went wrong, in words: "the job metadata store at var/batch-metadata.sqlite: database is
     * locked" when the job metadata store failed, else what the driver or library said.
     */
    public static String describe(Throwable failure) {
        return JobStoreException.in(failure).map(Throwable::getMessage).orElseGet(() -> rootMessage(failure));
    }

    /** The innermost message of an exception chain: what the driver actually said. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String first = message.lines().findFirst().orElse(message).trim();
        // H2 ends its first line with the start of the statement it quotes on the next ones
        return first.endsWith("; SQL statement:") ? first.substring(0, first.length() - "; SQL statement:".length())
                : first;
    }
}
