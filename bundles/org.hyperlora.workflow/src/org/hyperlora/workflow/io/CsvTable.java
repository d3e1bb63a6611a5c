package org.hyperlora.workflow.io;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hyperlora.engine.io.AtomicFiles;

/**
 * A CSV table: a header row and rows of cells, written atomically. Numbers are written as the shortest text that
 * reads back to the same double (as the command line's {@code solve} writes them); text is quoted only when it must be.
 */
public final class CsvTable {

    private final List<String> columns;
    private final List<String[]> rows = new ArrayList<>();

    public CsvTable(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    /** Adds a row: numbers (formatted to read back exactly), booleans and text. */
    public CsvTable row(List<?> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells for " + columns.size() + " columns "
                    + columns);
        }
        String[] row = new String[cells.size()];
        for (int c = 0; c < row.length; c++) {
            Object cell = cells.get(c);
            row[c] = cell instanceof Double d ? format(d) : cell instanceof Number n ? format(n.doubleValue())
                    : String.valueOf(cell);
        }
        rows.add(row);
        return this;
    }

    /** The cell text of a row (as written). */
    public List<String> row(int index) {
        return Collections.unmodifiableList(List.of(rows.get(index)));
    }

    /** Writes the table as UTF-8 CSV, atomically. */
    public void write(Path file) throws IOException {
        AtomicFiles.writeText(file, out -> {
            out.write(line(columns.toArray(String[]::new)));
            out.newLine();
            for (String[] row : rows) {
                out.write(line(row));
                out.newLine();
            }
        });
    }

    private static String line(String[] cells) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            text.append(c == 0 ? "" : ",").append(org.hyperlora.solver.DerivedQuantity.csvCell(cells[c]));
        }
        return text.toString();
    }

    /** Shortest text that reads back to the same double ({@code 2.0}, {@code 0.1}, {@code 1.0E-5}, {@code NaN}). */
    public static String format(double value) {
        return org.hyperlora.solver.DerivedQuantity.format(value);
    }
}
