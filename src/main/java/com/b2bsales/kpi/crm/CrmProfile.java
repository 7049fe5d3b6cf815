package com.b2bsales.kpi.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A source profile (crm-schema.md): one query per contract table, {@code <table>.sql}, that returns the table's
 * columns from the CRM's own tables, and {@code profile.properties} saying how the CRM stores its DATETIMEs
 * ({@code datetimes=utc} or {@code report-zone}, the default) and which extra columns a query returns after
 * the contract's for the job to read ({@code extra.<table>=<column>,<column>}) and, optionally, which column the job
 * orders a table's rows by ({@code order.<table>=<column>}, default {@code id}). The job's own queries read each
 * query as a derived table, {@code FROM (<query>) opportunity WHERE ...}, so the server still filters. A table
 * without a query has no rows (SuiteCRM has no time entries). Queries may use the settings as named parameters
 * ({@code :won_stages}); they are bound, never pasted.
 *
 * <p>{@code native} and {@code suitecrm} ship with the application; any other name is the path of a folder.
 */
public final class CrmProfile {

    public static final String NATIVE = "native";
    public static final String SUITECRM = "suitecrm";
    private static final String BUILT_IN = "profiles/";
    private static final Pattern EXTRA_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final String location;
    private final Map<CrmTable, String> queries;
    private final boolean utc;
    private final Map<String, Object> settings;
    private final Map<CrmTable, String> missing;
    private final Map<CrmTable, List<String>> extras;
    private final Map<CrmTable, String> orders;
    private final SettingsFiles files;

    private CrmProfile(String name, String location, Map<CrmTable, String> queries, boolean utc,
            Map<String, Object> settings, Map<CrmTable, String> missing, Map<CrmTable, List<String>> extras,
            Map<CrmTable, String> orders, SettingsFiles files) {
        this.name = name;
        this.location = location;
        this.queries = queries;
        this.utc = utc;
        this.settings = settings;
        this.missing = missing;
        this.extras = extras;
        this.orders = orders;
        this.files = files;
    }

    /**
     * Where the rows of a table the CRM does not have may be supplied instead (sources/suitecrm.md): quotas
     * ({@code user_name,period_start,period_end,amount}) and forecasts
     * ({@code team,period_start,period_end,amount,submitted_at}), read when the file exists.
     */
    public record SettingsFiles(Path quotas, Path forecasts) {

        public static final SettingsFiles NONE = new SettingsFiles(null, null);

        Optional<Path> of(CrmTable table) {
            Path file = table == CrmTable.QUOTA ? quotas : table == CrmTable.FORECAST ? forecasts : null;
            return Optional.ofNullable(file).filter(Files::isRegularFile);
        }
    }

    /** The project's own schema, as it is: the embedded demo and the tests. */
    public static CrmProfile nativeSchema() {
        return load(NATIVE, Map.of());
    }

    public static CrmProfile load(String profile, Map<String, Object> settings) {
        return load(profile, settings, SettingsFiles.NONE);
    }

    /**
     * The profile named by {@code report.crm.profile}.
     *
     * @param settings values of the named parameters the queries may use; a collection is bound as one
     *                 parameter per element
     * @throws IllegalArgumentException naming the profile when it is no built-in one and no folder, or a file of
     *                                  it cannot be read
     */
    public static CrmProfile load(String profile, Map<String, Object> settings, SettingsFiles files) {
        Map<CrmTable, String> queries = new EnumMap<>(CrmTable.class);
        Properties properties = new Properties();
        String location;
        if (NATIVE.equals(profile) || SUITECRM.equals(profile)) {
            location = "the built-in profile " + profile;
            for (CrmTable table : CrmTable.values()) {
                builtIn(profile + "/" + table.sqlName() + ".sql").ifPresent(sql -> queries.put(table, sql));
            }
            builtIn(profile + "/profile.properties").ifPresent(text -> read(properties, text));
        } else {
            Path folder = Path.of(profile).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("report.crm.profile '" + profile
                        + "' is neither native, suitecrm nor a folder of queries (" + folder + " is no folder)");
            }
            location = folder.toString();
            for (CrmTable table : CrmTable.values()) {
                Path file = folder.resolve(table.sqlName() + ".sql");
                if (Files.isRegularFile(file)) {
                    queries.put(table, readFile(file));
                }
            }
            Path file = folder.resolve("profile.properties");
            if (Files.isRegularFile(file)) {
                read(properties, readFile(file));
            }
            if (queries.isEmpty()) {
                throw new IllegalArgumentException("report.crm.profile '" + profile + "': " + folder
                        + " holds no query named after a contract table (opportunity.sql, sales_rep.sql, ...)");
            }
        }
        String datetimes = properties.getProperty("datetimes", "report-zone").trim();
        if (!datetimes.equals("utc") && !datetimes.equals("report-zone")) {
            throw new IllegalArgumentException("Profile " + profile + ": profile.properties says datetimes="
                    + datetimes + "; it is utc or report-zone");
        }
        Map<CrmTable, String> missing = new EnumMap<>(CrmTable.class);
        for (CrmTable table : CrmTable.values()) {
            String sentence = properties.getProperty("missing." + table.sqlName());
            if (sentence != null) {
                missing.put(table, sentence.trim());
            }
        }
        Map<CrmTable, List<String>> extras = new EnumMap<>(CrmTable.class);
        for (CrmTable table : CrmTable.values()) {
            String names = properties.getProperty("extra." + table.sqlName(), "").trim();
            if (!names.isEmpty()) {
                List<String> columns = Arrays.stream(names.split(",")).map(String::trim).toList();
                for (String column : columns) {
                    if (!EXTRA_COLUMN.matcher(column).matches() || table.columns().contains(column)) {
                        throw new IllegalArgumentException("Profile " + profile + ": profile.properties says extra."
                                + table.sqlName() + "=" + names + "; '" + column
                                + "' is no column name of letters, digits and _ outside the contract's");
                    }
                }
                extras.put(table, columns);
            }
        }
        Map<CrmTable, String> orders = new EnumMap<>(CrmTable.class);
        for (CrmTable table : CrmTable.values()) {
            String column = properties.getProperty("order." + table.sqlName(), "").trim();
            if (!column.isEmpty()) {
                if (!EXTRA_COLUMN.matcher(column).matches()) {
                    throw new IllegalArgumentException("Profile " + profile + ": profile.properties says order."
                            + table.sqlName() + "=" + column + "; '" + column + "' is no column name of letters, digits"
                            + " and _");
                }
                orders.put(table, column);
            }
        }
        return new CrmProfile(profile, location, Collections.unmodifiableMap(queries), datetimes.equals("utc"),
                Map.copyOf(settings), missing, Collections.unmodifiableMap(extras), Collections.unmodifiableMap(orders),
                files);
    }

    public String name() {
        return name;
    }

    /** Whether the CRM stores its DATETIMEs in UTC: the job then converts them to the report zone. */
    public boolean utc() {
        return utc;
    }

    /**
     * The columns the profile's query for the table returns after the contract's for the job to read
     * (profile.properties, {@code extra.<table>=<column>,<column>}); none when it says nothing.
     */
    public List<String> extraColumns(CrmTable table) {
        return extras.getOrDefault(table, List.of());
    }

    /**
     * The column the job orders the table's rows by (profile.properties, {@code order.<table>=<column>}): one the
     * query returns, unique per row, which the server can read in order without sorting, such as the stored
     * primary key when {@code id} is computed from it; {@code id} when it says nothing. Any such order does:
     * the job needs one that is the same at every run (a resumed step skips the rows it has read) and that
     * keeps a deal's stage-history rows together.
     */
    public String orderColumn(CrmTable table) {
        return orders.getOrDefault(table, "id");
    }

    /** The columns the profile says its query for the table returns besides the contract's: extras and order. */
    public List<String> declaredColumns(CrmTable table) {
        List<String> columns = new ArrayList<>(extraColumns(table));
        if (orders.containsKey(table) && !table.columns().contains(orders.get(table))
                && !columns.contains(orders.get(table))) {
            columns.add(orders.get(table));
        }
        return columns;
    }

    /**
     * Of the columns a query returns (lower case), those outside the contract that the job would read but the
     * profile does not declare ({@code extra.<table>}): for a profile whose DATETIMEs are in UTC only, whose extra
     * columns the mappers read.
     */
    public List<String> undeclaredExtras(CrmTable table, Collection<String> returned) {
        if (!utc) {
            return List.of();
        }
        return returned.stream()
                .filter(column -> !table.columns().contains(column) && CrmRowMappers.readsExtra(table, column))
                .filter(column -> extraColumns(table).stream().noneMatch(column::equalsIgnoreCase))
                .sorted().toList();
    }

    /** The profile's query for the table; empty when the profile has none (the table then has no rows). */
    public Optional<String> query(CrmTable table) {
        return Optional.ofNullable(queries.get(table));
    }

    /** The file that supplies the table's rows instead of a query, when the profile has none and the file exists. */
    public Optional<Path> fileFor(CrmTable table) {
        return queries.containsKey(table) ? Optional.empty() : files.of(table);
    }

    /**
     * The tables whose rows the CRM cannot give, each with a sentence that names the missing data and how to supply
     * it (profile.properties, {@code missing.<table>=...}): the metrics that need them are n/a with that note.
     */
    public Map<CrmTable, String> missingData() {
        Map<CrmTable, String> absent = new EnumMap<>(CrmTable.class);
        for (CrmTable table : CrmTable.values()) {
            if (!queries.containsKey(table) && files.of(table).isEmpty()) {
                absent.put(table, missing.getOrDefault(table, "the source profile " + name + " has no query for "
                        + table.sqlName() + " (" + table.sqlName() + ".sql)"));
            }
        }
        return absent;
    }

    /** "opportunity.sql of the profile suitecrm" or the file's path, for messages. */
    public String fileOf(CrmTable table) {
        return location.startsWith("the built-in") ? table.sqlName() + ".sql of " + location
                : Path.of(location, table.sqlName() + ".sql").toString();
    }

    /**
     * The settings as named-parameter values: a collection becomes one parameter per element, an empty one a
     * single NULL (which matches nothing: {@code IN ()} is not SQL).
     */
    public Map<String, Object> settings() {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.forEach((key, value) -> values.put(key,
                value instanceof Collection<?> list && list.isEmpty() ? Collections.singletonList(null) : value));
        return values;
    }

    @Override
    public String toString() {
        return name;
    }

    private static Optional<String> builtIn(String file) {
        ClassPathResource resource = new ClassPathResource(BUILT_IN + file, CrmProfile.class);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " of the application", e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void read(Properties properties, String text) {
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
