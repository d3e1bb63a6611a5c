package org.hyperlora.workflow.io;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.hyperlora.engine.io.AtomicFiles;

/**
 * Legacy ASCII VTK files for ParaView: {@code STRUCTURED_POINTS} for a regular grid (coordinates in the study's
 * order become the x, y, z axes) and {@code POLYDATA} with one vertex per point for scattered points. One
 * {@code SCALARS} block per field. Written atomically.
 */
public final class VtkFiles {

    /** At most this many coordinates fit a VTK point. */
    public static final int MAX_DIMENSION = 3;

    private static final int VALUES_PER_LINE = 6;

    private VtkFiles() {
    }

    /**
     * Writes a regular grid.
     *
     * @param axes   the values along each coordinate (evenly spaced, ascending), in the study's order
     * @param fields field values in the point order of the grid's rows: row-major over {@code axes}, the last
     *               coordinate varying fastest (the CSV order); they are written in VTK's order, the first fastest
     */
    public static void writeGrid(Path file, String title, double[][] axes, Map<String, double[]> fields)
            throws IOException {
        int dimension = axes.length;
        checkDimension(dimension);
        int[] counts = new int[MAX_DIMENSION];
        double[] origin = new double[MAX_DIMENSION];
        double[] spacing = new double[MAX_DIMENSION];
        int total = 1;
        for (int d = 0; d < MAX_DIMENSION; d++) {
            counts[d] = d < dimension ? axes[d].length : 1;
            origin[d] = d < dimension ? axes[d][0] : 0;
            spacing[d] = d < dimension && axes[d].length > 1 ? (axes[d][axes[d].length - 1] - axes[d][0]) / (axes[d].length - 1)
                    : 1;
            total *= counts[d];
        }
        int points = total;
        // the CSV order (last coordinate fastest) at each VTK index (first fastest)
        int[] order = new int[points];
        for (int k = 0; k < points; k++) {
            int rest = k;
            int[] index = new int[dimension];
            for (int d = 0; d < dimension; d++) {
                index[d] = rest % counts[d];
                rest /= counts[d];
            }
            int row = 0;
            for (int d = 0; d < dimension; d++) {
                row = row * counts[d] + index[d];
            }
            order[k] = row;
        }
        AtomicFiles.writeText(file, out -> {
            header(out, title);
            out.write("DATASET STRUCTURED_POINTS\n");
            out.write("DIMENSIONS " + counts[0] + " " + counts[1] + " " + counts[2] + "\n");
            out.write("ORIGIN " + CsvTable.format(origin[0]) + " " + CsvTable.format(origin[1]) + " "
                    + CsvTable.format(origin[2]) + "\n");
            out.write("SPACING " + CsvTable.format(spacing[0]) + " " + CsvTable.format(spacing[1]) + " "
                    + CsvTable.format(spacing[2]) + "\n");
            scalars(out, points, fields, order);
        });
    }

    /**
     * Writes scattered points as vertices.
     *
     * @param points row-major, {@code dimension} values per point (missing axes are written as 0)
     */
    public static void writePoints(Path file, String title, int dimension, double[] points, Map<String, double[]> fields)
            throws IOException {
        checkDimension(dimension);
        int count = points.length / dimension;
        AtomicFiles.writeText(file, out -> {
            header(out, title);
            out.write("DATASET POLYDATA\n");
            out.write("POINTS " + count + " double\n");
            for (int i = 0; i < count; i++) {
                StringBuilder line = new StringBuilder();
                for (int d = 0; d < MAX_DIMENSION; d++) {
                    line.append(d == 0 ? "" : " ").append(CsvTable.format(d < dimension ? points[i * dimension + d] : 0));
                }
                out.write(line.append('\n').toString());
            }
            out.write("VERTICES " + count + " " + 2 * count + "\n");
            for (int i = 0; i < count; i++) {
                out.write("1 " + i + "\n");
            }
            scalars(out, count, fields, null);
        });
    }

    private static void checkDimension(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("VTK output needs 1 to " + MAX_DIMENSION + " coordinates, not " + dimension);
        }
    }

    private static void header(BufferedWriter out, String title) throws IOException {
        // the title is one line of at most 256 characters
        String line = title == null ? "" : title.replaceAll("[\\r\\n]+", " ");
        out.write("# vtk DataFile Version 3.0\n");
        out.write((line.length() > 255 ? line.substring(0, 255) : line) + "\n");
        out.write("ASCII\n");
    }

    private static void scalars(BufferedWriter out, int points, Map<String, double[]> fields, int[] order)
            throws IOException {
        out.write("POINT_DATA " + points + "\n");
        for (Map.Entry<String, double[]> field : fields.entrySet()) {
            double[] values = field.getValue();
            if (values.length != points) {
                throw new IllegalArgumentException("field " + field.getKey() + " has " + values.length + " values for "
                        + points + " points");
            }
            out.write("SCALARS " + field.getKey().replaceAll("\\s+", "_") + " double 1\n");
            out.write("LOOKUP_TABLE default\n");
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < points; k++) {
                line.append(k % VALUES_PER_LINE == 0 ? "" : " ").append(CsvTable.format(values[order == null ? k : order[k]]));
                if (k % VALUES_PER_LINE == VALUES_PER_LINE - 1 || k == points - 1) {
                    out.write(line.append('\n').toString());
                    line.setLength(0);
                }
            }
        }
    }
}
