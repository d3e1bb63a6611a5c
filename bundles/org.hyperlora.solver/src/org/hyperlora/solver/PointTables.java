package org.hyperlora.solver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.io.CsvColumns;

/**
 * Points in and fields out, as CSV: regular grids from a spec like {@code x=-1:1:101,t=0:1:51}, point files with a
 * header naming the coordinates, and solution tables (header row; the coordinate columns first in the study's
 * coordinate order, then one column per field). Every bad input is refused with a message naming what and where.
 */
public final class PointTables {

    /** At most this many points in one grid: 50 million × 4 coordinates of float64 is already 1.6 GB. */
    public static final long MAX_POINTS = 50_000_000L;

    private PointTables() {
    }

    /**
     * The points of a regular grid, row-major in the given coordinate order (the last coordinate varies fastest).
     *
     * @param spec        {@code NAME=FROM:TO:COUNT} per coordinate, comma-separated, every coordinate once
     * @param coordinates the study's coordinates, in order
     * @throws IllegalArgumentException for a malformed part, an unknown, missing or repeated coordinate, a count
     *                                  below 1, or FROM = TO with more than one point
     */
    public static double[] grid(String spec, List<String> coordinates) {
        return points(axes(spec, coordinates));
    }

    /** Evenly spaced values over a domain's box, {@code counts[d]} along coordinate d (one value: the lower end). */
    public static double[][] uniformAxes(org.hyperlora.engine.geometry.Domain domain, int... counts) {
        double[][] axes = new double[domain.dimension()][];
        for (int d = 0; d < axes.length; d++) {
            int count = counts.length == 1 ? counts[0] : counts[d];
            axes[d] = new double[count];
            for (int k = 0; k < count; k++) {
                axes[d][k] = count == 1 ? domain.lower(d)
                        : k == count - 1 ? domain.upper(d)
                                : domain.lower(d) + (domain.upper(d) - domain.lower(d)) * k / (count - 1);
            }
        }
        return axes;
    }

    /** The points of the grid with these axes, row-major, the last axis varying fastest. */
    public static double[] points(double[][] axes) {
        long count = 1;
        for (double[] axis : axes) {
            count *= axis.length;
            if (count > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS
                        + " points; use fewer points per axis (or several solves)");
            }
        }
        int dimension = axes.length;
        double[] points = new double[(int) count * dimension];
        for (int k = 0; k < count; k++) {
            int rest = k;
            for (int d = dimension - 1; d >= 0; d--) {
                points[k * dimension + d] = axes[d][rest % axes[d].length];
                rest /= axes[d].length;
            }
        }
        return points;
    }

    /** The values along each coordinate of a grid spec, in the study's coordinate order. */
    public static double[][] axes(String spec, List<String> coordinates) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("the grid is empty; give NAME=FROM:TO:COUNT for each of " + coordinates);
        }
        double[][] axes = new double[coordinates.size()][];
        for (String part : spec.split(",")) {
            String text = part.trim();
            int equals = text.indexOf('=');
            String[] range = equals < 0 ? new String[0] : text.substring(equals + 1).split(":", -1);
            if (equals < 1 || range.length != 3) {
                throw new IllegalArgumentException("grid part '" + text + "' is not NAME=FROM:TO:COUNT (e.g. x=-1:1:101)");
            }
            String name = text.substring(0, equals).trim();
            int axis = coordinates.indexOf(name);
            if (axis < 0) {
                throw new IllegalArgumentException("grid part '" + text + "': '" + name
                        + "' is not a coordinate of the study; coordinates: " + coordinates);
            }
            if (axes[axis] != null) {
                throw new IllegalArgumentException("grid: coordinate '" + name + "' is given twice");
            }
            double from = number(range[0], "FROM", text);
            double to = number(range[1], "TO", text);
            int count;
            try {
                count = Integer.parseInt(range[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("grid part '" + text + "': COUNT '" + range[2] + "' is not an integer");
            }
            if (count < 1 || (count > 1 && from == to)) {
                throw new IllegalArgumentException("grid part '" + text + "': needs COUNT >= 1 and FROM != TO when"
                        + " COUNT > 1");
            }
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = count == 1 ? from : i == count - 1 ? to : from + (to - from) * i / (count - 1);
            }
            axes[axis] = values;
        }
        for (int axis = 0; axis < axes.length; axis++) {
            if (axes[axis] == null) {
                throw new IllegalArgumentException("grid: no range for coordinate '" + coordinates.get(axis)
                        + "'; give NAME=FROM:TO:COUNT for each of " + coordinates);
            }
        }
        return axes;
    }

    private static double number(String text, String what, String part) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("grid part '" + part + "': " + what + " '" + text + "' is not a finite number");
        }
    }

    /**
     * Points from a CSV file whose header names the study's coordinates (other columns are ignored), row-major.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for a missing coordinate column, a row with too few or non-numeric values
     *                                  (naming the line), or no rows
     */
    public static double[] readPoints(Path file, List<String> coordinates) throws IOException {
        double[][] columns = readColumns(file, coordinates, List.of());
        int count = columns[0].length;
        double[] points = new double[count * columns.length];
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < columns.length; d++) {
                points[i * columns.length + d] = columns[d][i];
            }
        }
        return points;
    }

    /**
     * Reads the numeric columns of a CSV file with a header row ({@link CsvColumns}; other columns are ignored): one
     * array per requested column, required then optional.
     *
     * @param required columns that must be present
     * @param optional columns read when present (absent ones are null in the result)
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException for a missing required column, a short row or a cell that is not a number
     *                                  (naming the file, line and column), or no rows
     */
    public static double[][] readColumns(Path file, List<String> required, List<String> optional) throws IOException {
        return CsvColumns.read(file, required, optional, CsvColumns.OtherColumns.IGNORED).columns();
    }

    /** Writes points and fields as CSV (atomically: a temporary file moved into place). */
    public static void writeCsv(Path file, List<String> coordinates, double[] points, FieldSolution solution)
            throws IOException {
        writeCsv(file, coordinates, points, solution, null);
    }

    /**
     * Writes points and fields as CSV, the fields empty at points outside the domain: {@code solution} holds the
     * points where {@code inside} is true, in order (all of them when {@code inside} is null).
     */
    public static void writeCsv(Path file, List<String> coordinates, double[] points, FieldSolution solution,
            boolean[] inside) throws IOException {
        int dimension = coordinates.size();
        int count = points.length / dimension;
        AtomicFiles.writeText(file, writer -> {
            List<String> header = new ArrayList<>(coordinates);
            header.addAll(solution.fieldNames());
            writer.write(String.join(",", header));
            writer.newLine();
            List<double[]> fields = new ArrayList<>();
            for (String name : solution.fieldNames()) {
                fields.add(solution.field(name));
            }
            String empty = ",".repeat(fields.size());
            StringBuilder row = new StringBuilder();
            int solved = 0;
            for (int i = 0; i < count; i++) {
                row.setLength(0);
                for (int d = 0; d < dimension; d++) {
                    row.append(d == 0 ? "" : ",").append(format(points[i * dimension + d]));
                }
                if (inside != null && !inside[i]) {
                    row.append(empty);
                } else {
                    for (double[] values : fields) {
                        row.append(',').append(format(values[solved]));
                    }
                    solved++;
                }
                writer.write(row.toString());
                writer.newLine();
            }
        });
    }

    /** The points (row-major) where {@code inside} is true, in order. */
    public static double[] select(double[] points, int dimension, boolean[] inside) {
        int count = 0;
        for (boolean in : inside) {
            count += in ? 1 : 0;
        }
        double[] kept = new double[count * dimension];
        int next = 0;
        for (int p = 0; p < inside.length; p++) {
            if (inside[p]) {
                System.arraycopy(points, p * dimension, kept, next++ * dimension, dimension);
            }
        }
        return kept;
    }

    /** Shortest text that reads back to the same double. */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value)
                : Double.toString(value);
    }
}
