package org.hyperlora.engine.reference;

import java.util.List;

/** Shape and value checks shared by the reference solutions, producing messages that name the culprit. */
final class ReferenceArguments {

    private ReferenceArguments() {
    }

    /** Checks count and finiteness of the parameters of {@code solution}. */
    static void checkParameters(ReferenceSolution solution, double[] parameters) {
        List<String> names = solution.parameterNames();
        if (parameters == null) {
            throw new IllegalArgumentException(solution.name() + ": parameters must not be null; expected "
                    + names);
        }
        if (parameters.length != names.size()) {
            throw new IllegalArgumentException(solution.name() + ": expected " + names.size()
                    + " parameter(s) " + names + " but got " + parameters.length);
        }
        for (int p = 0; p < parameters.length; p++) {
            if (!Double.isFinite(parameters[p])) {
                throw new IllegalArgumentException(solution.name() + ": parameter " + names.get(p)
                        + " must be finite but was " + parameters[p]);
            }
        }
    }

    /** Fails unless {@code value > 0}; call after {@link #checkParameters} so NaN is already excluded. */
    static void requirePositive(ReferenceSolution solution, String parameterName, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(solution.name() + ": parameter " + parameterName
                    + " must be > 0 but was " + value);
        }
    }

    /** Checks that every point has one finite value per coordinate and that the output has the matching shape. */
    static void checkPointsAndOutput(ReferenceSolution solution, double[][] points, double[][] fieldsOut) {
        List<String> coordinates = solution.coordinateNames();
        List<String> fields = solution.fieldNames();
        if (points == null) {
            throw new IllegalArgumentException(solution.name() + ": points must not be null");
        }
        if (fieldsOut == null || fieldsOut.length != fields.size()) {
            throw new IllegalArgumentException(solution.name() + ": fieldsOut must have " + fields.size()
                    + " row(s) " + fields + " but has " + (fieldsOut == null ? "none (null)" : fieldsOut.length));
        }
        for (int f = 0; f < fieldsOut.length; f++) {
            if (fieldsOut[f] == null || fieldsOut[f].length != points.length) {
                throw new IllegalArgumentException(solution.name() + ": fieldsOut row for field " + fields.get(f)
                        + " must have length " + points.length + " (one per point) but has "
                        + (fieldsOut[f] == null ? "none (null)" : fieldsOut[f].length));
            }
        }
        for (int i = 0; i < points.length; i++) {
            double[] point = points[i];
            if (point == null || point.length != coordinates.size()) {
                throw new IllegalArgumentException(solution.name() + ": point " + i + " must have "
                        + coordinates.size() + " coordinate(s) " + coordinates + " but has "
                        + (point == null ? "none (null)" : point.length));
            }
            for (int c = 0; c < point.length; c++) {
                if (!Double.isFinite(point[c])) {
                    throw new IllegalArgumentException(solution.name() + ": coordinate " + coordinates.get(c)
                            + " of point " + i + " must be finite but was " + point[c]);
                }
            }
        }
    }
}
