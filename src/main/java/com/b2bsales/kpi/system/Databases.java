package com.b2bsales.kpi.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;

/** Connection pools, and how a database is named in messages. */
public final class Databases {

    private Databases() {
    }

    public static HikariDataSource pool(String name, String url, String user, String password, boolean readOnly,
            int maximumPoolSize) {
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
        config.setConnectionTimeout(15_000);
        // Fail on first use with the driver's own message rather than at pool start.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    public static boolean isMySqlFamily(String url) {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /** host:port/database of a JDBC URL, without user, password or options. */
    public static String where(String url) {
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

    /** The innermost message of an exception chain: what the driver actually said. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
