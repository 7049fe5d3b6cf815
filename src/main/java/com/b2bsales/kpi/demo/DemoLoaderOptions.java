package com.b2bsales.kpi.demo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of {@link DemoDataLoader}. {@link #parse} fails with an {@link IllegalArgumentException}
 * whose message is the one line to show the user.
 */
record DemoLoaderOptions(String serverUrl, String databaseUrl, String database, String user, String password,
        long seed, DemoSize size, LocalDate today, boolean replace, String profile) {

    static final String USAGE = "usage: load-demo-mysql.sh [--url jdbc:mysql://localhost:3306/crm_demo] [--user root]"
            + " [--password ''] [--seed 42] [--scale 1.0 | --size S|M|L] [--today yyyy-mm-dd] [--replace] [--profile native|suitecrm]";

    private static final String DEFAULT_URL = "jdbc:mysql://localhost:3306/crm_demo";
    private static final String DEFAULT_USER = "root";

    /** jdbc:mysql://hosts/database?parameters; a database name that needs no quoting. */
    private static final Pattern MYSQL_URL =
            Pattern.compile("(jdbc:mysql://[^/?]+)/([A-Za-z0-9_$]+)(?:\\?(.*))?");

    static DemoLoaderOptions parse(String[] args, Map<String, String> environment, LocalDate today) {
        String url = environment.getOrDefault("CRM_DB_URL", DEFAULT_URL);
        String user = environment.getOrDefault("CRM_DB_USER", DEFAULT_USER);
        String password = environment.getOrDefault("CRM_DB_PASSWORD", "");
        String seed = "42";
        String scale = null;
        String size = null;
        String todayText = today.toString();
        boolean replace = false;
        String profile = "native";

        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--replace")) {
                replace = true;
                continue;
            }
            String value;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(option + " needs a value; " + USAGE);
            }
            switch (option) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--seed" -> seed = value;
                case "--scale" -> scale = value;
                case "--size" -> size = value;
                case "--today" -> todayText = value;
                case "--profile" -> profile = value;
                default -> throw new IllegalArgumentException("Unknown option " + option + "; " + USAGE);
            }
        }

        Matcher mysqlUrl = MYSQL_URL.matcher(url);
        if (!mysqlUrl.matches()) {
            throw new IllegalArgumentException("--url must be a jdbc:mysql:// URL that names a database, like "
                    + DEFAULT_URL + ", not " + url);
        }
        String parameters = mysqlUrl.group(3) == null ? "" : mysqlUrl.group(3);
        // Without it the driver sends a batch as single INSERTs, one round trip each.
        if (!parameters.toLowerCase(Locale.ROOT).contains("rewritebatchedstatements")) {
            parameters = parameters.isEmpty()
                    ? "rewriteBatchedStatements=true"
                    : parameters + "&rewriteBatchedStatements=true";
        }
        String serverUrl = mysqlUrl.group(1) + "/" + (mysqlUrl.group(3) == null ? "" : "?" + mysqlUrl.group(3));
        if (scale != null && size != null) {
            throw new IllegalArgumentException("--scale and --size are two ways to say how big; give one");
        }
        return new DemoLoaderOptions(serverUrl, mysqlUrl.group(1) + "/" + mysqlUrl.group(2) + "?" + parameters,
                mysqlUrl.group(2), user, password, parseSeed(seed),
                size != null ? DemoSize.named(size) : DemoSize.ofScale(parseScale(scale == null ? "1.0" : scale)),
                parseToday(todayText), replace, parseProfile(profile));
    }

    /** native: the project's own tables; suitecrm: the same data in SuiteCRM's tables (db/suitecrm). */
    private static String parseProfile(String profile) {
        if (!profile.equals("native") && !profile.equals("suitecrm")) {
            throw new IllegalArgumentException("--profile must be native or suitecrm, not " + profile);
        }
        return profile;
    }

    boolean suiteCrm() {
        return profile.equals("suitecrm");
    }

    private static long parseSeed(String seed) {
        try {
            return Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, not " + seed);
        }
    }

    private static double parseScale(String scale) {
        try {
            double value = Double.parseDouble(scale);
            if (value > 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--scale must be a number greater than 0, like 1.0, not " + scale);
    }

    private static LocalDate parseToday(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--today must be a date like 2026-11-27, not " + text);
        }
    }
}
