package org.hyperlora.workflow.io;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
            text.append(c == 0 ? "" : ",").append(quote(cells[c]));
        }
        return text.toString();
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Shortest text that reads back to the same double ({@code 2.0}, {@code 0.1}, {@code 1.0E-5}, {@code NaN}). */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value)
                : Double.toString(value);
    }

    /**
     * Reads the numeric columns of a CSV file with a header row: one array per requested column, in file order.
     * Blank lines are skipped.
     *
     * @param required columns that must be present
     * @param optional columns read when present (absent ones are null in the result)
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for a missing required column, a short row or a cell that is not a number
     *                                  (naming the file, line and column), or no rows
     */
    public static double[][] readColumns(Path file, List<String> required, List<String> optional) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException(file + " is empty; expected a header naming " + required);
            }
            List<String> names = new ArrayList<>();
            for (String name : split(header)) {
                names.add(name.trim());
            }
            List<String> wanted = new ArrayList<>(required);
            wanted.addAll(optional);
            int[] index = new int[wanted.size()];
            for (int w = 0; w < index.length; w++) {
                index[w] = names.indexOf(wanted.get(w));
                if (index[w] < 0 && w < required.size()) {
                    throw new IllegalArgumentException(file + ": the header " + names + " lacks the column '"
                            + wanted.get(w) + "'");
                }
            }
            List<double[]> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                double[] row = new double[index.length];
                for (int w = 0; w < index.length; w++) {
                    if (index[w] < 0) {
                        continue;
                    }
                    if (index[w] >= cells.size()) {
                        throw new IllegalArgumentException(file + ", line " + lineNumber + ": " + cells.size()
                                + " values, no column '" + wanted.get(w) + "'");
                    }
                    String cell = cells.get(index[w]).trim();
                    try {
                        row[w] = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(file + ", line " + lineNumber + ", column '" + wanted.get(w)
                                + "': '" + cell + "' is not a number");
                    }
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(file + " has a header but no rows");
            }
            double[][] columns = new double[index.length][];
            for (int w = 0; w < index.length; w++) {
                if (index[w] < 0) {
                    continue;
                }
                columns[w] = new double[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    columns[w][r] = rows.get(r)[w];
                }
            }
            return columns;
        }
    }

    /** Splits a CSV line (quoted cells may hold commas and doubled quotes). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
