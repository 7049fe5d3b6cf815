package com.b2bsales.kpi;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The hand-computed dataset in an H2 database given as CRM_DB_URL. */
class H2HandDatasetFunctionalTests extends HandDatasetFunctionalTests {

    private String url;

    @BeforeEach
    void createCrm() {
        url = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource crm = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/crm/schema-h2.sql"),
                new ClassPathResource("crm/hand-dataset.sql")).execute(crm);
    }

    @Override
    ReportRun run() {
        return ReportRun.in(reports).crm(url, "sa", "").with("report.data-quality.max-bad-ratio", "0.5");
    }
}
