package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b2bsales.kpi.demo.DemoDataLoader;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import com.b2bsales.kpi.workbook.KpiWorkbookWriter;
import com.b2bsales.kpi.workbook.LargestReport;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook opens in LibreOffice and prints: {@code scripts/render-workbook.sh} renders a
 * workbook of the demo to one PNG per page. Needs LibreOffice ({@code soffice}) and poppler
 * ({@code pdftoppm}, {@code pdfinfo}) on the PATH; without them the tests are skipped with a
 * message, except with {@code CI=true}, where they fail ({@code .ci/run} installs both).
 */
class WorkbookRenderFunctionalTests {

    private static final Path SCRIPT = Path.of("scripts/render-workbook.sh");

    @TempDir
    Path dir;

    @BeforeEach
    void requireLibreOffice() {
        boolean installed = onPath("soffice") && onPath("pdftoppm") && onPath("pdfinfo");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as("CI=true: LibreOffice (soffice) and poppler-utils must be on the PATH").isTrue();
        }
        assumeTrue(installed, "LibreOffice (soffice) or poppler-utils (pdftoppm, pdfinfo) is not on the PATH: "
                + "the render tests are skipped (apt-get install libreoffice-calc-nogui poppler-utils)");
    }

    @Test
    void shouldRenderEveryPageOfTheDemoWorkbookToAPng() throws Exception {
        // given the workbook of a complete quarter of the demo
        Path reports = dir.resolve("reports");
        ReportRun.Result run = ReportRun.in(reports).crm(WorkbookFunctionalTests.demoCrm(), "sa", "")
                .execute("--quarter", "2026-Q3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path workbook = reports.resolve("b2b-sales-kpis_2026-Q3.xlsx");

        // when
        Path pages = dir.resolve("pages");
        Rendered rendered = render(workbook, pages);

        // then LibreOffice loaded it, and every page of its PDF is a PNG
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        int pageCount = pdfPages(pages.resolve("b2b-sales-kpis_2026-Q3.pdf"));
        List<Path> pngs = pngs(pages);
        assertThat(pngs).hasSize(pageCount);
        // at least a page per sheet
        assertThat(pageCount).isGreaterThanOrEqualTo(11);
        for (Path png : pngs) {
            assertThat(Files.size(png)).as(png.toString()).isGreaterThan(5_000);
        }
    }

    @Test
    void shouldShowEveryValueOfACrmOfSizeSInFull() throws Exception {
        // given the workbook of a complete quarter of the demo CRM of size S on MariaDB (revenue near EUR 200 million)
        String url = MariaDbCrm.emptyDatabase("kpi_render_s");
        ByteArrayOutputStream loaderOutput = new ByteArrayOutputStream();
        PrintStream loaderLog = new PrintStream(loaderOutput, true, StandardCharsets.UTF_8);
        int loaded = DemoDataLoader.run(new String[] {"--url", url, "--user", MariaDbCrm.USER, "--password",
                MariaDbCrm.PASSWORD, "--size", "S", "--today", "2026-11-27"}, Map.of(), loaderLog, loaderLog);
        assertThat(loaded).as(loaderOutput.toString(StandardCharsets.UTF_8)).isZero();
        Path reports = dir.resolve("reports");
        ReportRun.Result run = ReportRun.in(reports).crm(url, MariaDbCrm.USER, MariaDbCrm.PASSWORD)
                .execute("--quarter", "2026-Q3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path workbook = reports.resolve("b2b-sales-kpis_2026-Q3.xlsx");

        // when
        Rendered rendered = render(workbook, dir.resolve("pages"));

        // then no value is ###, and the headline figures read as formatted
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        String text = pdfText(dir.resolve("pages/b2b-sales-kpis_2026-Q3.pdf"));
        assertThat(text).doesNotContain("###");
        try (WorkbookReader reader = new WorkbookReader(workbook)) {
            for (String id : List.of("total_revenue", "pipeline_velocity", "rep_productivity")) {
                assertThat(text).contains(shown(reader.workbook(), id));
            }
            assertThat(shown(reader.workbook(), "total_revenue")).matches("EUR \\d{3},\\d{3},\\d{3}\\.\\d{2}");
        }
    }

    @Test
    void shouldShowTheLargestValuesAWorkbookCanHoldInFull() throws Exception {
        // given a workbook of EUR 999,999,999,999.99, 999,999,999 deals and so on, on every sheet
        Path workbook = new KpiWorkbookWriter().write(LargestReport.of(
                ReportContext.of(ReportPeriod.quarter(2026, 2), LocalDate.of(2026, 7, 15))), dir);

        // when
        Rendered rendered = render(workbook, dir.resolve("pages"));

        // then
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        String text = pdfText(dir.resolve("pages/b2b-sales-kpis_2026-Q2.pdf"));
        assertThat(text).doesNotContain("###");
        assertThat(text).contains("EUR 999,999,999,999.99", "EUR 1,000,000,000,000", "999,999,999");
    }

    @Test
    void shouldFailOnAFileLibreOfficeCannotLoad() throws Exception {
        // given a file that is not a workbook
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");

        // when
        Rendered rendered = render(broken, dir.resolve("pages"));

        // then
        assertThat(rendered.exitCode()).isEqualTo(1);
        assertThat(rendered.output()).contains("could not render");
        assertThat(pngs(dir.resolve("pages"))).isEmpty();
    }

    private record Rendered(int exitCode, String output) {
    }

    private static Rendered render(Path workbook, Path out) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(SCRIPT.toString(), workbook.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("render finished").isTrue();
        return new Rendered(process.exitValue(), output);
    }

    /** The text of every page, as pdftotext lays it out. */
    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    /** A metric's value cell as a reader sees it: "EUR 193,310,541.00". */
    private static String shown(Workbook workbook, String metricId) {
        AreaReference area = new AreaReference(workbook.getName(metricId).getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        CellReference ref = area.getFirstCell();
        Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        // the stored result of a formula, through the cell's number format
        return new DataFormatter(Locale.US).formatRawCellContents(cell.getNumericCellValue(),
                cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }

    private static int pdfPages(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
        String info = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return info.lines().filter(line -> line.startsWith("Pages:")).map(line -> line.substring(6).trim())
                .mapToInt(Integer::parseInt).findFirst().orElseThrow(() -> new AssertionError("no page count: " + info));
    }

    private static List<Path> pngs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList();
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
