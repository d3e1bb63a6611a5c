package org.hyperlora.solver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperlora.engine.io.CsvColumns;

/**
 * Measurements to calibrate against: a CSV whose header names every coordinate of the study and any of its fields
 * (nothing else), one row per point.
 *
 * @param file where they were read from
 * @param fields the measured fields, in the study's order
 * @param points the points, row-major in the study's coordinate order
 * @param observed the measured values, field by field (all points of the first field, then the next)
 */
public record MeasuredData(Path file, List<String> fields, double[] points, double[] observed) {

    /**
     * Reads measurements.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file (and line, column) for a missing coordinate, an unknown column,
     *         a cell that is not a number, no rows, or no field measured
     */
    public static MeasuredData read(Path file, List<String> coordinates, List<String> fields) throws IOException {
        CsvColumns table = CsvColumns.read(file, coordinates, fields, CsvColumns.OtherColumns.REFUSED);
        List<String> measured = new ArrayList<>();
        for (String field : fields) {
            if (table.column(field) != null) { // an optional column absent from the file reads as null
                measured.add(field);
            }
        }
        if (measured.isEmpty()) {
            throw new IllegalArgumentException(file + " measures no field: its header names the coordinates "
                    + coordinates + " but none of the fields " + fields);
        }
        int count = table.rowCount();
        double[] points = new double[count * coordinates.size()];
        for (int c = 0; c < coordinates.size(); c++) {
            double[] column = table.column(coordinates.get(c));
            for (int p = 0; p < count; p++) {
                points[p * coordinates.size() + c] = column[p];
            }
        }
        double[] observed = new double[count * measured.size()];
        for (int f = 0; f < measured.size(); f++) {
            System.arraycopy(table.column(measured.get(f)), 0, observed, f * count, count);
        }
        return new MeasuredData(file, List.copyOf(measured), points, observed);
    }

    /**
     * Parameter vectors across a range to check the measurement points at: each parameter's ends and middle, all
     * combinations up to three parameters, else the middle and each end on its own.
     */
    public static List<double[]> probe(SearchRange range) {
        int p = range.names().size();
        List<double[]> probes = new ArrayList<>();
        if (p <= 3) {
            int combinations = (int) Math.pow(3, p);
            for (int c = 0; c < combinations; c++) {
                double[] values = new double[p];
                for (int i = 0, code = c; i < p; i++, code /= 3) {
                    values[i] = range.value(i, (code % 3) / 2.0);
                }
                probes.add(values);
            }
            return probes;
        }
        double[] middle = new double[p];
        for (int i = 0; i < p; i++) {
            middle[i] = range.value(i, 0.5);
        }
        probes.add(middle);
        for (int i = 0; i < p; i++) {
            for (double end : new double[] { 0, 1 }) {
                double[] values = middle.clone();
                values[i] = range.value(i, end);
                probes.add(values);
            }
        }
        return probes;
    }

    /**
     * The first measurement point outside a domain of shapes at parameter values, said in words (a point in a hole is
     * fitted to what the network says where there is no domain); empty when all are inside or there are no shapes.
     */
    public java.util.Optional<String> firstOutside(org.hyperlora.engine.geometry.ShapedDomain shape,
            SearchRange range, double[] values) {
        if (shape == null) {
            return java.util.Optional.empty();
        }
        org.hyperlora.engine.geometry.ShapedDomain.Region region = shape.at(values);
        int dimension = points.length / pointCount();
        for (int k = 0; k < pointCount(); k++) {
            if (!region.contains(points, k)) {
                double[] point = java.util.Arrays.copyOfRange(points, k * dimension, (k + 1) * dimension);
                StringBuilder at = new StringBuilder();
                for (int i = 0; i < values.length; i++) {
                    at.append(i == 0 ? "" : ", ").append(range.names().get(i)).append(" = ").append(values[i]);
                }
                return java.util.Optional.of("measurement point " + (k + 1) + " " + java.util.Arrays.toString(point)
                        + " lies outside the domain " + shape.describe() + " at " + at);
            }
        }
        return java.util.Optional.empty();
    }

    /** Number of measurement points. */
    public int pointCount() {
        return observed.length / fields.size();
    }

    /**
     * An estimate of the Euclidean norm of a surrogate's error over these values, from its held-out errors: per measured
     * field the largest relative L2 error the training measured at its held-out values, times the root mean square of
     * the field's measured values, over every measured value of it. NaN when the study holds no held-out error for a
     * measured field (then the surrogate's own error is unknown).
     */
    public double surrogateErrorBound(org.hyperlora.model.Study study) {
        int count = pointCount();
        double sum = 0;
        for (int f = 0; f < fields.size(); f++) {
            String field = fields.get(f);
            double worst = Double.NaN;
            if (study.getResults() != null) {
                for (org.hyperlora.model.Metric metric : study.getResults().getMetrics()) {
                    if ("evaluation".equals(metric.getStage()) && "relativeL2".equals(metric.getName())
                            && metric.getField() != null && field.equals(metric.getField().getName())) {
                        worst = Double.isNaN(worst) ? metric.getValue() : Math.max(worst, metric.getValue());
                    }
                }
            }
            if (Double.isNaN(worst)) {
                return Double.NaN;
            }
            double squares = 0;
            for (int p = 0; p < count; p++) {
                squares += observed[f * count + p] * observed[f * count + p];
            }
            // per value: worst relative error times the field's root mean square; over the values: squares add up
            sum += worst * worst * squares;
        }
        return Math.sqrt(sum);
    }

    /** A solver's predictions of the measured values, in their order. */
    public Calibration.Model model(SurrogateSolver solver, IProgressMonitor monitor) {
        int count = pointCount();
        return parameters -> {
            FieldSolution solution = solver.solve(parameters, points, monitor);
            double[] predicted = new double[observed.length];
            for (int f = 0; f < fields.size(); f++) {
                System.arraycopy(solution.field(fields.get(f)), 0, predicted, f * count, count);
            }
            return predicted;
        };
    }
}
