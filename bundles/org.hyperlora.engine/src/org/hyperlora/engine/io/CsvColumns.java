package org.hyperlora.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Numeric columns of a CSV file with a header row, as spreadsheets and simulation codes write them (a byte-order
 * mark, quoted cells, blank lines). Every problem names the file, the line and the column.
 *
 * @param file    where the columns were read
 * @param names   the requested columns, required then optional
 * @param columns one array per requested column (null for an optional column the file lacks)
 * @param lines   the file's line number of each row (1 is the header), for messages about a row
 */
public record CsvColumns(Path file, List<String> names, double[][] columns, int[] lines) {

    /** Whether columns the caller did not ask for are an error (a typo in a header is) or are ignored. */
    public enum OtherColumns {
        IGNORED, REFUSED
    }

    public int rowCount() {
        return lines.length;
    }

    /** The column of that name, or null when it is optional and absent. */
    public double[] column(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("column '" + name + "' was not requested from " + file);
        }
        return columns[index];
    }

    /**
     * Reads the requested numeric columns.
     *
     * @param required columns that must be present
     * @param optional columns read when present
     * @param others   what to do with any other column of the header
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for an empty file, a header that lacks a required column, names a column
     *                                  twice or (when refused) names another one, a short row, a cell that is not a
     *                                  finite number (NaN and infinities are not), or no rows
     */
    public static CsvColumns read(Path file, List<String> required, List<String> optional, OtherColumns others)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header != null && header.startsWith("\uFEFF")) {
                header = header.substring(1); // a byte-order mark, as spreadsheet programs write
            }
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException(file + " is empty; expected a header naming " + required);
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : split(header)) {
                String trimmed = name.trim();
                if (!seen.add(trimmed)) {
                    throw new IllegalArgumentException(file + ", line 1: the header names the column '" + trimmed
                            + "' twice");
                }
                names.add(trimmed);
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
            if (others == OtherColumns.REFUSED) {
                for (String name : names) {
                    if (!wanted.contains(name)) {
                        throw new IllegalArgumentException(file + ", line 1: unknown column '" + name
                                + "' (the columns are " + wanted + ")");
                    }
                }
            }
            List<double[]> rows = new ArrayList<>();
            List<Integer> lineNumbers = new ArrayList<>();
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
                        row[w] = Double.NaN;
                    }
                    if (!Double.isFinite(row[w])) {
                        throw new IllegalArgumentException(file + ", line " + lineNumber + ", column '" + wanted.get(w)
                                + "': '" + cell + "' is not a finite number");
                    }
                }
                rows.add(row);
                lineNumbers.add(lineNumber);
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
            return new CsvColumns(file, List.copyOf(wanted), columns,
                    lineNumbers.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Splits a CSV line (quoted cells may hold commas and doubled quotes). */
    public static List<String> split(String line) {
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
