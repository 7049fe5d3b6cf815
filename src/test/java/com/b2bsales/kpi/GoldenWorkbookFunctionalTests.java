package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workbook does not change by accident: every defined name and every cell (type, value or formula with its stored
 * result, number format) of the Checklist, the five family sheets, the breakdowns and the trends of a demo workbook
 * is compared with a listing of the same workbook written before a change ({@code src/test/resources/golden/}).
 *
 * <p>A deliberate change of the workbook rewrites the listing: run with {@code -Dgolden.write=true} and review the
 * diff of the listing in the commit. The Definitions sheet is left out: it names when and by which execution the file
 * was made.
 */
class GoldenWorkbookFunctionalTests {

    private static final List<String> SHEETS = List.of("Checklist", "Revenue", "Conversion", "Pipeline", "Customers",
            "Sales Team", "Data Quality", "By Team", "By Rep", "Trends");

    @TempDir
    Path reports;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "demo-2026-Q3.txt, --quarter 2026-Q3",
        "demo-2026-Q4-to-date.txt, --quarter 2026-Q4",
        "demo-2026-10.txt, --month 2026-10",
    })
    void shouldWriteTheSameCellsAsBeforeTheChange(String listing, String options) throws Exception {
        // given the demo at a fifth of its size on a fixed day
        ReportRun run = ReportRun.in(reports).with("report.demo.scale", "0.2");

        // when
        ReportRun.Result result = run.execute(options.split(" "));

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path workbook;
        try (var files = Files.list(reports)) {
            workbook = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        String actual = listing(workbook);
        Path expectedFile = Path.of("src/test/resources/golden", listing);
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** One line per defined name, then one line per non-blank cell of the compared sheets, in sheet order. */
    static String listing(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            List<String> lines = new ArrayList<>();
            lines.add("sheets " + sheetNames(workbook));
            workbook.getAllNames().stream()
                    .map(name -> "name " + name.getNameName() + " = " + name.getRefersToFormula() + scope(name))
                    .sorted()
                    .forEach(lines::add);
            for (Sheet sheet : workbook) {
                if (!SHEETS.contains(sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.BLANK) {
                            continue;
                        }
                        lines.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + describe(cell));
                    }
                }
            }
            return String.join("\n", lines) + "\n";
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String scope(Name name) {
        return name.getSheetIndex() < 0 ? "" : " (sheet " + name.getSheetIndex() + ")";
    }

    private static String describe(Cell cell) {
        String format = Objects.toString(cell.getCellStyle().getDataFormatString(), "");
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula() + " -> " + cached(cell) + " [" + format + "]";
            case NUMERIC -> "number " + Double.toString(cell.getNumericCellValue()) + " [" + format + "]";
            case STRING -> "text " + quoted(cell.getStringCellValue()) + " [" + format + "]";
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            case ERROR -> "error " + cell.getErrorCellValue();
            default -> Optional.of(cell.getCellType()).map(Enum::name).orElse("?");
        };
    }

    private static String cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> "number " + Double.toString(cell.getNumericCellValue());
            case STRING -> "text " + quoted(cell.getStringCellValue());
            case BOOLEAN -> "boolean " + cell.getBooleanCellValue();
            default -> cell.getCachedFormulaResultType().name();
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n") + "\"";
    }
}
