package com.b2bsales.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/** Reads a produced workbook back the way a checking script would: through its defined names. */
public final class WorkbookReader implements AutoCloseable {

    private final Workbook workbook;

    public WorkbookReader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            this.workbook = WorkbookFactory.create(in);
        }
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The one cell a defined name refers to. */
    public Cell named(String name) {
        Name defined = workbook.getName(name);
        if (defined == null) {
            throw new AssertionError("no defined name " + name);
        }
        AreaReference area = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion());
        if (!area.isSingleCell()) {
            throw new AssertionError(name + " refers to more than one cell: " + defined.getRefersToFormula());
        }
        CellReference ref = area.getFirstCell();
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The number of a defined name's cell (cached result for a formula). */
    public double number(String name) {
        Cell cell = named(name);
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            throw new AssertionError(name + " is not numeric: " + cell);
        }
        return cell.getNumericCellValue();
    }

    /** True when a defined name's cell holds the text n/a. */
    public boolean isNotAvailable(String name) {
        Cell cell = named(name);
        return cell.getCellType() == CellType.STRING && "n/a".equals(cell.getStringCellValue());
    }

    /** The text of the cell to the right of a defined name's cell (the n/a reason). */
    public String besides(String name) {
        Cell cell = named(name);
        Cell next = cell.getRow().getCell(cell.getColumnIndex() + 1);
        return next == null ? "" : next.getStringCellValue();
    }

    /** A number, or the stored result of a formula. */
    public static double number(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        assertThat(type).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    /** The texts of a row's cells, with an empty string for each cell that holds no text. */
    public static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
        return texts;
    }

    /** The first row of a sheet whose first cell holds the given text. */
    public static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with '" + text + "' on " + sheet.getSheetName());
    }

    public Workbook workbook() {
        return workbook;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
