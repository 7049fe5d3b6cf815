package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.b2bsales.kpi.metrics.MetricId;
import java.nio.file.Path;
import com.b2bsales.kpi.period.PeriodType;
import com.b2bsales.kpi.period.ReportContext;
import com.b2bsales.kpi.period.ReportPeriod;
import com.b2bsales.kpi.workbook.WorkbookFiles;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run: no configuration, the embedded demo CRM, the current quarter to date. */
class DemoFunctionalTests {

    @TempDir
    Path reports;

    @Test
    void shouldWriteTheCurrentQuarterToDateFromTheEmbeddedDemo() throws Exception {
        // given no CRM_DB_URL: the quarter that contains yesterday, to date
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportRun run = ReportRun.in(reports).today(today).with("report.demo.scale", "0.2");
        LocalDate yesterday = today.minusDays(1);
        ReportContext expected = ReportContext.of(ReportPeriod.containing(PeriodType.QUARTER, yesterday), yesterday);

        // when
        ReportRun.Result result = run.execute();

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path file = reports.resolve(WorkbookFiles.fileName(expected, Optional.empty()));
        assertThat(file).exists();
        try (WorkbookReader workbook = new WorkbookReader(file)) {
            for (MetricId id : MetricId.values()) {
                var cell = workbook.named(id.id());
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue()).as(id.id()).isEqualTo("n/a");
                    assertThat(workbook.besides(id.id())).as(id.id()).isNotBlank();
                } else {
                    assertThat(workbook.number(id.id())).as(id.id()).isFinite();
                }
            }
            // a demo with a whole quarter of sales has revenue and leads
            assertThat(workbook.number("total_revenue")).isPositive();
            assertThat(workbook.number("qualified_leads")).isPositive();
        }
    }
}
