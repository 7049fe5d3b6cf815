package com.b2bsales.kpi;

import com.b2bsales.kpi.metrics.MetricId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
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

    /** Leaves a run as a process killed while it ran leaves it: the execution and one of its steps STARTED. */
    void setStarted(long executionId, String step) {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?",
                executionId);
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ? "
                + "AND STEP_NAME = ?", executionId, step);
    }

    /** The execution context of a step, as Spring Batch saved it. */
    Map<String, Object> stepContext(long executionId, String step) throws IOException {
        String saved = jdbc.queryForObject("SELECT COALESCE(c.SERIALIZED_CONTEXT, c.SHORT_CONTEXT) "
                + "FROM BATCH_STEP_EXECUTION_CONTEXT c JOIN BATCH_STEP_EXECUTION s "
                + "ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID WHERE s.JOB_EXECUTION_ID = ? AND s.STEP_NAME = ?",
                String.class, executionId, step);
        return new DefaultExecutionContextSerializer().deserialize(
                new ByteArrayInputStream(saved.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Replaces the execution context of a step, as an earlier release could have saved it. */
    void setStepContext(long executionId, String step, Map<String, Object> context) throws IOException {
        String saved = serialized(context);
        jdbc.update("UPDATE BATCH_STEP_EXECUTION_CONTEXT SET SHORT_CONTEXT = ?, SERIALIZED_CONTEXT = ? "
                + "WHERE STEP_EXECUTION_ID = (SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION "
                + "WHERE JOB_EXECUTION_ID = ? AND STEP_NAME = ?)", shortened(saved), saved, executionId, step);
    }

    /** Replaces the execution context of a job execution with Spring Batch's serialized form of it. */
    void setJobContext(long executionId, String serializedContext) {
        jdbc.update("UPDATE BATCH_JOB_EXECUTION_CONTEXT SET SHORT_CONTEXT = ?, SERIALIZED_CONTEXT = ? "
                + "WHERE JOB_EXECUTION_ID = ?", shortened(serializedContext), serializedContext, executionId);
    }

    /** An execution context as Spring Batch saves it: Java serialization, in Base64. */
    static String serialized(Map<String, Object> context) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DefaultExecutionContextSerializer().serialize(context, bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static String shortened(String serializedContext) {
        return serializedContext.length() > 2500 ? serializedContext.substring(0, 2490) + " ..." : serializedContext;
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
