package org.hyperlora.engine.hyper;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The box of PDE parameter values a surrogate is trained on, each parameter on a linear or log scale.
 * The hypernetwork sees {@link #transform transformed} values (log for log-scaled parameters), normalized to
 * [-1, 1] over the box; sampling is uniform in the transformed box.
 */
public final class ParameterRange {

    private final List<String> names;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] logScale;

    public ParameterRange(List<String> names, double[] lower, double[] upper, boolean[] logScale) {
        if (names.isEmpty() || lower.length != names.size() || upper.length != names.size()
                || logScale.length != names.size()) {
            throw new IllegalArgumentException("a parameter range needs one lower bound, upper bound and scale per "
                    + "parameter " + names + ", got " + lower.length + ", " + upper.length + " and " + logScale.length);
        }
        for (int i = 0; i < names.size(); i++) {
            if (!(Double.isFinite(lower[i]) && Double.isFinite(upper[i]) && upper[i] > lower[i])) {
                throw new IllegalArgumentException("parameter '" + names.get(i) + "': upper bound " + upper[i]
                        + " must be finite and exceed lower bound " + lower[i]);
            }
            if (logScale[i] && !(lower[i] > 0)) {
                throw new IllegalArgumentException("parameter '" + names.get(i) + "' is on a log scale, so its lower bound "
                        + lower[i] + " must be > 0");
            }
        }
        this.names = List.copyOf(names);
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.logScale = logScale.clone();
    }

    /** One parameter. */
    public static ParameterRange of(String name, double lower, double upper, boolean logScale) {
        return new ParameterRange(List.of(name), new double[] { lower }, new double[] { upper },
                new boolean[] { logScale });
    }

    public List<String> names() {
        return names;
    }

    public int dimension() {
        return names.size();
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    public boolean[] logScale() {
        return logScale.clone();
    }

    /** The hypernetwork's input for a parameter vector: log of log-scaled entries. */
    public double[] transform(double[] values) {
        checkDimension(values);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (logScale[i] && !(values[i] > 0)) {
                throw new IllegalArgumentException("parameter '" + names.get(i) + "' is on a log scale and must be > 0, got "
                        + values[i]);
            }
            out[i] = logScale[i] ? Math.log(values[i]) : values[i];
        }
        return out;
    }

    public double[] transformedLower() {
        return transform(lower);
    }

    public double[] transformedUpper() {
        return transform(upper);
    }

    /** Whether every value lies in the box (with a relative tolerance of 1e-9 of each side). */
    public boolean contains(double[] values) {
        checkDimension(values);
        for (int i = 0; i < values.length; i++) {
            double slack = 1e-9 * (upper[i] - lower[i]);
            if (!(values[i] >= lower[i] - slack && values[i] <= upper[i] + slack)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The middle of the range, the default reference value of a study: the geometric mean of the ends of a
     * log-scaled parameter, the arithmetic mean otherwise.
     */
    public double[] middle() {
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = logScale[i] ? Math.sqrt(lower[i] * upper[i]) : 0.5 * (lower[i] + upper[i]);
        }
        return out;
    }

    /** The point at unit coordinates {@code u} in [0, 1]^d, uniform in the transformed box. */
    public double[] fromUnit(double[] u) {
        checkDimension(u);
        double[] lo = transformedLower(), hi = transformedUpper();
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            double t = lo[i] + u[i] * (hi[i] - lo[i]);
            out[i] = logScale[i] ? Math.exp(t) : t;
        }
        // exact end points, not exp(log(x)) round-off
        for (int i = 0; i < u.length; i++) {
            if (u[i] == 0) {
                out[i] = lower[i];
            } else if (u[i] == 1) {
                out[i] = upper[i];
            }
        }
        return out;
    }

    /** Where {@code values} sit in the box, in [0, 1] per parameter (transformed scale). */
    public double[] toUnit(double[] values) {
        double[] t = transform(values), lo = transformedLower(), hi = transformedUpper();
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = (t[i] - lo[i]) / (hi[i] - lo[i]);
        }
        return out;
    }

    /**
     * How far the values lie outside the box, in widths of the transformed range (a decade of a range of one decade
     * on a log scale): 0 inside, 1 for a whole width beyond an end; infinite for a log-scaled value that is not
     * positive.
     */
    public double widthsOutside(double[] values) {
        checkDimension(values);
        double farthest = 0;
        for (int i = 0; i < values.length; i++) {
            if (logScale[i] && !(values[i] > 0)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double[] unit = toUnit(values);
        for (double u : unit) {
            farthest = Math.max(farthest, Math.max(-u, u - 1));
        }
        return farthest;
    }

    /** {@code count} evenly spaced values of a one-parameter range (transformed scale), ends included. */
    public double[][] evenlySpaced(int count) {
        if (dimension() != 1 || count < 2) {
            throw new IllegalArgumentException("evenly spaced values need one parameter and a count >= 2, got "
                    + dimension() + " parameters and count " + count);
        }
        double[][] values = new double[count][];
        for (int k = 0; k < count; k++) {
            values[k] = fromUnit(new double[] { (double) k / (count - 1) });
        }
        return values;
    }

    /**
     * {@code count} one-parameter values strictly inside the range, one in each of {@code count} equal cells
     * (transformed scale), at fraction {@code offset} of its cell (0.5: the centres). With a fraction that the
     * training grid does not use, such test values are never training values.
     */
    public double[][] cellCentres(int count, double offset) {
        if (dimension() != 1 || count < 1) {
            throw new IllegalArgumentException("cell centres need one parameter and a count >= 1");
        }
        if (!(offset > 0 && offset < 1)) {
            throw new IllegalArgumentException("the position within a cell must lie strictly between 0 and 1, got "
                    + offset);
        }
        double[][] values = new double[count][];
        for (int k = 0; k < count; k++) {
            values[k] = fromUnit(new double[] { (k + offset) / count });
        }
        return values;
    }

    private void checkDimension(double[] values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " parameter values " + names + ", got "
                    + values.length);
        }
    }

    /** {@code nu = 0.0031831} or {@code a = 1, b = 2}: parameter values for people. */
    public String describe(double[] values) {
        return describe(names, values);
    }

    /** {@link #describe(double[])} for any names: six significant digits, trailing zeros dropped. */
    public static String describe(List<String> names, double[] values) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < values.length; p++) {
            String value = String.format(Locale.ROOT, "%.6g", values[p]).replaceFirst("\\.?0+(e|$)", "$1");
            text.append(p == 0 ? "" : ", ").append(p < names.size() ? names.get(p) : "p" + p).append(" = ")
                    .append(value);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s in [%.6g, %.6g]%s", names.get(i),
                    lower[i], upper[i], logScale[i] ? " (log)" : ""));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterRange that && names.equals(that.names) && Arrays.equals(lower, that.lower)
                && Arrays.equals(upper, that.upper) && Arrays.equals(logScale, that.logScale);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.hashCode(lower);
    }
}
