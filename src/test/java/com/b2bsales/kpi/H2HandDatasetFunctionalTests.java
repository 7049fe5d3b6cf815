package com.b2bsales.kpi;

import org.junit.jupiter.api.BeforeEach;

/** The hand-computed dataset in an H2 database given as CRM_DB_URL. */
class H2HandDatasetFunctionalTests extends HandDatasetFunctionalTests {

    private String url;

    @BeforeEach
    void createCrm() {
        url = H2Crm.create(H2Crm.HAND_DATASET);
    }

    @Override
    ReportRun run() {
        return ReportRun.in(reports).crm(url, "sa", "").with("report.data-quality.max-bad-ratio", "0.5");
    }
}
