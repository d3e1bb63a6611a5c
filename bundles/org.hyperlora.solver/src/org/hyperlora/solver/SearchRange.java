package org.hyperlora.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * The range searched by calibration and optimization: the trained range of each parameter, in unit coordinates
 * over it (logarithmic for log-scaled parameters).
 *
 * @param names parameter names, for messages
 * @param lower lower ends
 * @param upper upper ends
 * @param logarithmic per parameter: searched on a log scale (its range must be positive)
 */
public record SearchRange(List<String> names, double[] lower, double[] upper, boolean[] logarithmic) {
    public SearchRange {
        names = List.copyOf(names);
        if (lower.length != names.size() || upper.length != names.size() || logarithmic.length != names.size()) {
            throw new IllegalArgumentException("a range needs a lower and upper end and a scale per parameter");
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(upper[i] > lower[i]) || logarithmic[i] && !(lower[i] > 0)) {
                throw new IllegalArgumentException("parameter " + names.get(i) + ": the range [" + lower[i] + ", "
                        + upper[i] + "] cannot be searched" + (logarithmic[i] ? " on a log scale" : ""));
            }
        }
    }

    /** The value of parameter {@code i} at a unit coordinate in [0, 1] of the range (its scale's). */
    public double value(int i, double unit) {
        return logarithmic[i] ? Math.exp(Math.log(lower[i]) + unit * Math.log(upper[i] / lower[i]))
                : lower[i] + unit * (upper[i] - lower[i]);
    }

    /** The unit coordinate of a value of parameter {@code i} (inverse of {@link #value}). */
    public double unit(int i, double value) {
        return logarithmic[i] ? Math.log(value / lower[i]) / Math.log(upper[i] / lower[i])
                : (value - lower[i]) / (upper[i] - lower[i]);
    }

    /** d value / d unit at a unit coordinate. */
    double slope(int i, double unit) {
        return logarithmic[i] ? value(i, unit) * Math.log(upper[i] / lower[i]) : upper[i] - lower[i];
    }

    /** The range of a family's parameters, log-scaled ones searched on a log scale. */
    public static SearchRange of(List<org.hyperlora.model.Parameter> parameters) {
        var range = org.hyperlora.model.mapping.StudyMapping.rangeOf(parameters);
        boolean[] log = new boolean[parameters.size()];
        List<String> names = new ArrayList<>();
        for (int p = 0; p < log.length; p++) {
            log[p] = parameters.get(p).getScale() == org.hyperlora.model.Scale.LOG;
            names.add(parameters.get(p).getName());
        }
        return new SearchRange(names, range.lower(), range.upper(), log);
    }

    /** The range of some of the parameters, by index, in the given order. */
    public SearchRange subset(int[] indices) {
        List<String> subNames = new ArrayList<>();
        double[] subLower = new double[indices.length];
        double[] subUpper = new double[indices.length];
        boolean[] subLog = new boolean[indices.length];
        for (int k = 0; k < indices.length; k++) {
            subNames.add(names.get(indices[k]));
            subLower[k] = lower[indices[k]];
            subUpper[k] = upper[indices[k]];
            subLog[k] = logarithmic[indices[k]];
        }
        return new SearchRange(subNames, subLower, subUpper, subLog);
    }

    /** {@code NAME in [LOWER, UPPER] (log), ...}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < names.size(); p++) {
            text.append(p == 0 ? "" : ", ").append(names.get(p)).append(" in [").append(lower[p]).append(", ")
                    .append(upper[p]).append(']').append(logarithmic[p] ? " (log)" : "");
        }
        return text.toString();
    }

    double[] values(double[] unit) {
        double[] out = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            out[i] = value(i, unit[i]);
        }
        return out;
    }
}
