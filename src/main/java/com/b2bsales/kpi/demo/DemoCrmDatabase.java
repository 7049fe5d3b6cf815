package com.b2bsales.kpi.demo;

import com.b2bsales.kpi.crm.CrmSource;
import com.b2bsales.kpi.system.CrmDatabase;
import com.b2bsales.kpi.system.Databases;
import com.b2bsales.kpi.system.ReportProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The default CRM: an in-memory H2 database created with the reference schema and filled with
 * generated demo data, so that the job runs with no setup at all. The job reads it through a
 * read-only pool like any other CRM.
 */
public final class DemoCrmDatabase implements CrmDatabase {

    private static final Logger log = LoggerFactory.getLogger(DemoCrmDatabase.class);

    private final ReportProperties.Demo demo;
    private final LocalDate today;
    private final int fetchSize;
    private final String url;
    private final HikariDataSource pool;
    private boolean filled;

    public DemoCrmDatabase(ReportProperties.Demo demo, LocalDate today, int fetchSize) {
        this.demo = demo;
        this.today = today;
        this.fetchSize = fetchSize;
        // A database of its own per instance: two demo runs in one JVM (tests, the scheduler) never share rows.
        this.url = "jdbc:h2:mem:demo-crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        this.pool = Databases.pool("demo-crm", url, "sa", "", true, 8);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public CrmSource source() {
        return new CrmSource.Demo(demo.seed(), demo.scale(), today.minusDays(1));
    }

    @Override
    public String description() {
        return "the embedded demo CRM";
    }

    @Override
    public int fetchSize() {
        return fetchSize;
    }

    @Override
    public synchronized void prepare() {
        if (filled) {
            return;
        }
        DataSource writer = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/crm/schema-h2.sql")).execute(writer);
        long started = System.nanoTime();
        DemoDataSummary summary = new DemoDataGenerator(demo.seed(), demo.scale(), today).fill(writer);
        log.info("Embedded demo CRM filled: {} rows (seed {}, scale {}, up to {}) in {} ms", summary.total(),
                demo.seed(), demo.scale(), today.minusDays(1), (System.nanoTime() - started) / 1_000_000);
        filled = true;
    }

    @Override
    public void close() {
        pool.close();
    }
}
