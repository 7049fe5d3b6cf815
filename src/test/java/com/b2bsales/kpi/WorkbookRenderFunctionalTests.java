package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
