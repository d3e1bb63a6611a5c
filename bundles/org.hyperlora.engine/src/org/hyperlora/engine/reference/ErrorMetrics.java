package org.hyperlora.engine.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.hyperlora.engine.geometry.Domain;

/**
 * Error measures between a prediction and a reference solution, per field: the relative L2 error
 * {@code ||pred - exact||₂ / ||exact||₂} used throughout the PINN literature, and the maximum absolute
 * error. The mean-shifted variants first subtract each array's own mean, for fields such as pressure
 * in incompressible flow that are defined only up to an additive constant.
 *
 * <p>Every method names the field in its exceptions so a failing comparison is traceable.
 */
public final class ErrorMetrics {

    /** Errors of one field; {@code meanShifted} tells whether the constant offset was removed first. */
    public record FieldError(String field, double relativeL2, double maxAbs, boolean meanShifted) {
    }

    private ErrorMetrics() {
    }

    /**
     * Relative L2 error per field on an n × n grid over a 2-D domain, of {@code predict} (row-major points →
     * {@code [field][point]}) against {@code reference} at {@code parameters}; fields in {@code meanShifted} are
     * compared after subtracting each array's mean (pressure).
     */
    public static double[] onGrid(Domain domain, int n, ReferenceSolution reference, double[] parameters,
            List<String> meanShifted, Function<double[], double[][]> predict) {
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("grid errors are for 2-D domains, this one has " + domain.dimension()
                    + " coordinates " + domain.coordinateNames());
        }
        double[] flat = new double[n * n * 2];
        double[][] points = new double[n * n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                double a = domain.lower(0) + domain.sideLength(0) * i / (n - 1);
                double b = domain.lower(1) + domain.sideLength(1) * j / (n - 1);
                flat[2 * k] = a;
                flat[2 * k + 1] = b;
                points[k] = new double[] { a, b };
            }
        }
        return compareAll(reference.fieldNames(), predict.apply(flat), reference.evaluate(parameters, points), meanShifted)
                .stream().mapToDouble(FieldError::relativeL2).toArray();
    }

    /**
     * {@code ||predicted - exact||₂ / ||exact||₂}.
     *
     * @throws IllegalArgumentException on null, empty or different-length arrays, or if {@code exact} is all zero
     */
    public static double relativeL2(String field, double[] predicted, double[] exact) {
        checkShapes(field, predicted, exact);
        return relativeL2(field, predicted, 0.0, exact, 0.0, false);
    }

    /** {@code max_i |predicted[i] - exact[i]|}. */
    public static double maxAbs(String field, double[] predicted, double[] exact) {
        checkShapes(field, predicted, exact);
        return maxAbs(predicted, 0.0, exact, 0.0);
    }

    /**
     * Relative L2 error after subtracting each array's mean: {@code ||(p - mean p) - (e - mean e)||₂ / ||e - mean e||₂}.
     *
     * @throws IllegalArgumentException on shape problems, or if {@code exact} is constant (nothing left after shifting)
     */
    public static double relativeL2MeanShifted(String field, double[] predicted, double[] exact) {
        checkShapes(field, predicted, exact);
        return relativeL2(field, predicted, mean(predicted), exact, mean(exact), true);
    }

    /** {@code max_i |(predicted[i] - mean predicted) - (exact[i] - mean exact)|}. */
    public static double maxAbsMeanShifted(String field, double[] predicted, double[] exact) {
        checkShapes(field, predicted, exact);
        return maxAbs(predicted, mean(predicted), exact, mean(exact));
    }

    /** Both measures of one field, mean-shifted or not. */
    public static FieldError compare(String field, double[] predicted, double[] exact, boolean meanShifted) {
        checkShapes(field, predicted, exact);
        double predictedOffset = meanShifted ? mean(predicted) : 0.0;
        double exactOffset = meanShifted ? mean(exact) : 0.0;
        return new FieldError(field,
                relativeL2(field, predicted, predictedOffset, exact, exactOffset, meanShifted),
                maxAbs(predicted, predictedOffset, exact, exactOffset),
                meanShifted);
    }

    /**
     * Compares every field, e.g. the output of {@link ReferenceSolution#evaluate} against a network's prediction.
     *
     * @param fieldNames        one name per row of {@code predicted} and {@code exact}
     * @param meanShiftedFields names of the fields (typically {@code "p"}) compared up to a constant
     */
    public static List<FieldError> compareAll(List<String> fieldNames, double[][] predicted, double[][] exact,
            Collection<String> meanShiftedFields) {
        if (fieldNames == null || predicted == null || exact == null) {
            throw new IllegalArgumentException("fieldNames, predicted and exact must not be null");
        }
        if (predicted.length != fieldNames.size() || exact.length != fieldNames.size()) {
            throw new IllegalArgumentException("expected " + fieldNames.size() + " field row(s) " + fieldNames
                    + " but predicted has " + predicted.length + " and exact has " + exact.length);
        }
        for (String shifted : meanShiftedFields) {
            if (!fieldNames.contains(shifted)) {
                throw new IllegalArgumentException("mean-shifted field '" + shifted + "' is not one of " + fieldNames);
            }
        }
        List<FieldError> errors = new ArrayList<>(fieldNames.size());
        for (int f = 0; f < fieldNames.size(); f++) {
            String field = fieldNames.get(f);
            errors.add(compare(field, predicted[f], exact[f], meanShiftedFields.contains(field)));
        }
        return List.copyOf(errors);
    }

    private static void checkShapes(String field, double[] predicted, double[] exact) {
        if (predicted == null || exact == null) {
            throw new IllegalArgumentException("field " + field + ": predicted and exact must not be null");
        }
        if (predicted.length != exact.length) {
            throw new IllegalArgumentException("field " + field + ": predicted has " + predicted.length
                    + " values but exact has " + exact.length);
        }
        if (exact.length == 0) {
            throw new IllegalArgumentException("field " + field + ": no values to compare");
        }
    }

    private static double relativeL2(String field, double[] predicted, double predictedOffset, double[] exact,
            double exactOffset, boolean meanShifted) {
        double errorSquares = 0;
        double exactSquares = 0;
        for (int i = 0; i < exact.length; i++) {
            double reference = exact[i] - exactOffset;
            double difference = (predicted[i] - predictedOffset) - reference;
            errorSquares += difference * difference;
            exactSquares += reference * reference;
        }
        if (exactSquares == 0) {
            throw new IllegalArgumentException("field " + field + ": the exact values are "
                    + (meanShifted ? "constant, so nothing is left after subtracting the mean"
                            : "all zero, so a relative error is undefined (use maxAbs)"));
        }
        return Math.sqrt(errorSquares / exactSquares);
    }

    private static double maxAbs(double[] predicted, double predictedOffset, double[] exact, double exactOffset) {
        double largest = 0;
        for (int i = 0; i < exact.length; i++) {
            double difference = Math.abs((predicted[i] - predictedOffset) - (exact[i] - exactOffset));
            if (Double.isNaN(difference)) {
                return Double.NaN; // a diverged prediction must show up, not be skipped
            }
            largest = Math.max(largest, difference);
        }
        return largest;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
