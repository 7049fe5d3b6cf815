package com.b2bsales.kpi;

import com.b2bsales.kpi.metrics.MetricId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What a test reads from Spring Batch's tables (the job metadata database) and from workbooks. */
final class BatchMetadata {

    record Execution(long id, String status, String period, String asOf) {
    }

    record Step(String name, String status, long readCount, long commitCount) {
    }

    private final JdbcTemplate jdbc;

    BatchMetadata(String url) {
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url));
    }

    /** A job metadata database on a server (MariaDB), as BATCH_DB_URL, BATCH_DB_USER and BATCH_DB_PASSWORD name it. */
    BatchMetadata(String url, String user, String password) {
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    /** A job metadata database in an SQLite file that several processes share, set up as the default one. */
    static String fileUrl(Path folder) {
        return "jdbc:sqlite:" + folder.resolve("var").resolve("batch-metadata.sqlite").toAbsolutePath()
                + "?journal_mode=WAL&busy_timeout=60000&transaction_mode=IMMEDIATE&synchronous=FULL";
    }

    /** Every execution, oldest first. */
    List<Execution> executions() {
        return jdbc.query("""
                SELECT e.JOB_EXECUTION_ID, e.STATUS, p.PARAMETER_VALUE AS PERIOD, a.PARAMETER_VALUE AS AS_OF
                FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'period'
                JOIN BATCH_JOB_EXECUTION_PARAMS a ON a.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND a.PARAMETER_NAME = 'asOf'
                ORDER BY e.JOB_EXECUTION_ID
                """, (rs, i) -> new Execution(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The step executions of one job execution, in the order they ran. */
    List<Step> steps(long executionId) {
        return jdbc.query("""
                SELECT STEP_NAME, STATUS, READ_COUNT, COMMIT_COUNT FROM BATCH_STEP_EXECUTION
                WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID
                """, (rs, i) -> new Step(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), executionId);
    }

    /** Leaves a step in a state as a process that ended abruptly can leave it. */
    void setStepStatus(long executionId, String name, String status) {
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = ? WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = ?", status,
                executionId, name);
    }

    Step step(long executionId, String name) {
        return steps(executionId).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in execution " + executionId));
    }

    /** Every metric of a workbook by id: its number, or "n/a". */
    static Map<String, Object> metrics(Path workbook) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        try (WorkbookReader reader = new WorkbookReader(workbook)) {
            for (MetricId id : MetricId.values()) {
                values.put(id.id(), reader.isNotAvailable(id.id()) ? "n/a" : reader.number(id.id()));
            }
        }
        return values;
    }
}
