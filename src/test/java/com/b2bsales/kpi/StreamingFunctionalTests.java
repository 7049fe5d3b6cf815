package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.demo.DemoDataLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job streams its CRM rows: on MariaDB through mysql-connector-j, a CRM whose rows could never fit in the
 * job's heap is reported by a job limited to a small heap. The job runs in a JVM of its own, as
 * scripts/run-report.sh starts it, because a heap limit holds for a whole JVM. Not timed: how fast is for
 * scripts/bench.sh to measure.
 */
class StreamingFunctionalTests {

    /** Far below what the rows the job reads would take as objects (several hundred megabytes at size S). */
    private static final String SMALL_HEAP = "-Xmx64m";
    private static final Pattern ROWS_READ = Pattern.compile("Step \\w+: (\\d+) rows read");

    @TempDir
    Path work;

    @Test
    void shouldReportACrmLargerThanItsHeapWithinASmallHeap() throws Exception {
        // given the demo CRM of size S on MariaDB: 250,000 leads, about 100,000 deals and 500,000 stage rows
        String url = MariaDbCrm.emptyDatabase("kpi_streaming");
        ByteArrayOutputStream loaderOutput = new ByteArrayOutputStream();
        PrintStream loaderLog = new PrintStream(loaderOutput, true, StandardCharsets.UTF_8);
        int loaded = DemoDataLoader.run(new String[] {"--url", url, "--user", MariaDbCrm.USER, "--password",
                MariaDbCrm.PASSWORD, "--size", "S", "--today", "2026-11-27"}, Map.of(), loaderLog, loaderLog);
        assertThat(loaded).as(loaderOutput.toString(StandardCharsets.UTF_8)).isZero();

        // when the job reports its last complete quarter in a JVM with a 64 MB heap
        ProcessBuilder job = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), SMALL_HEAP,
                "-cp", System.getProperty("java.class.path"), SalesKpiApplication.class.getName(),
                "--quarter", "2026-Q3", "--output", work.resolve("reports").toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("job.log").toFile());
        job.environment().put("CRM_DB_URL", url);
        job.environment().put("CRM_DB_USER", MariaDbCrm.USER);
        job.environment().put("CRM_DB_PASSWORD", MariaDbCrm.PASSWORD);
        job.environment().put("BATCH_DB_URL", "jdbc:h2:file:" + work.resolve("batch-metadata"));
        Process process = job.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(work.resolve("job.log"));

        // then it wrote the workbook, having read well over a million rows
        assertThat(finished).as("the job finished within 5 minutes; its log:%n%s", log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(work.resolve("reports").resolve("b2b-sales-kpis_2026-Q3.xlsx")).exists();
        long rowsRead = 0;
        for (Matcher step = ROWS_READ.matcher(log); step.find(); ) {
            rowsRead += Long.parseLong(step.group(1));
        }
        assertThat(rowsRead).as(log).isGreaterThan(1_000_000);
    }
}
