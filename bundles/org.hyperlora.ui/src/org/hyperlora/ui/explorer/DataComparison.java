package org.hyperlora.ui.explorer;

import java.util.List;

import org.hyperlora.engine.reference.ReferenceData;

/**
 * The solver against the study's data file where the data was given: at the shown parameter values (exactly one of the
 * file's), at the file's own points, for the shown field.
 *
 * @param field        the field compared
 * @param pointCount   the data's points at these parameter values
 * @param planePoints  the points on the shown plane (the first two coordinates, the others at the slice), as x, y pairs
 * @param relativeL2   ‖solver − data‖ / ‖data‖ over the points (after subtracting means for a mean-shifted field)
 * @param largestError the largest |solver − data| at a point (same shift)
 */
public record DataComparison(String field, int pointCount, double[] planePoints, double relativeL2,
        double largestError) {

    /**
     * Compares solver values with a data case.
     *
     * @param solved      the solver's values of the field at the case's points
     * @param dataCase    the case
     * @param fieldIndex  the field's index in the data
     * @param meanShifted whether the field is compared after subtracting means (a pressure)
     * @param planePoints see the record
     */
    static DataComparison of(String field, double[] solved, ReferenceData.Case dataCase, int fieldIndex,
            boolean meanShifted, double[] planePoints) {
        double[] data = dataCase.values()[fieldIndex];
        double shift = meanShifted ? mean(solved) - mean(data) : 0;
        double difference = 0;
        double size = 0;
        double largest = 0;
        for (int k = 0; k < data.length; k++) {
            double error = solved[k] - shift - data[k];
            difference += error * error;
            size += data[k] * data[k];
            largest = Math.max(largest, Math.abs(error));
        }
        return new DataComparison(field, data.length, planePoints, Math.sqrt(difference / size), largest);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** For people: {@code Against the study's data at Re = 30 (120 points, ...): relative L2 u 1.230e-02, ...}. */
    public String describe(List<String> parameterNames, double[] parameters) {
        return String.format(java.util.Locale.ROOT,
                "Against the study's data at %s (%d points, drawn as circles): relative L2 %s %.3e, largest |error| %.3e",
                org.hyperlora.engine.hyper.ParameterRange.describe(parameterNames, parameters), pointCount, field,
                relativeL2, largestError);
    }
}
