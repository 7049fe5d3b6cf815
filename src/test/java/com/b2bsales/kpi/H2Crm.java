package com.b2bsales.kpi;

import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 CRM with the reference schema, for tests that pass it as CRM_DB_URL. */
public final class H2Crm {

    public static final String HAND_DATASET = "crm/hand-dataset.sql";

    private H2Crm() {
    }

    /** The JDBC URL (user {@code sa}, no password) of a new database filled by the given scripts. */
    public static String create(String... dataScripts) {
        return fill("jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", dataScripts);
    }

    /** The same in a file under {@code folder}, which other processes open too (a run in a JVM of its own). */
    public static String inFile(Path folder, String... dataScripts) {
        return fill("jdbc:h2:file:" + folder.resolve("crm").toAbsolutePath() + ";AUTO_SERVER=TRUE", dataScripts);
    }

    private static String fill(String url, String... dataScripts) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource("db/crm/schema-h2.sql"));
        for (String script : dataScripts) {
            populator.addScript(new ClassPathResource(script));
        }
        populator.execute(dataSource(url));
        return url;
    }

    public static DataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }
}
