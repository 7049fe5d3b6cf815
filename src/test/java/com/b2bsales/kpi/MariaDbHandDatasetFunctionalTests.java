package com.b2bsales.kpi;

import org.junit.jupiter.api.BeforeEach;

/**
 * The hand-computed dataset on the MariaDB server through mysql-connector-j, with MySQL 8's
 * default sql_mode. MariaDB's collation treats 'won' as 'WON': the job must not.
 */
class MariaDbHandDatasetFunctionalTests extends HandDatasetFunctionalTests {

    private String url;

    @BeforeEach
    void createCrm() {
        url = MariaDbCrm.freshDatabase("kpi_hand_dataset", "crm/hand-dataset.sql");
    }

    @Override
    ReportRun run() {
        return ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .with("report.data-quality.max-bad-ratio", "0.5");
    }
}
