package org.hyperlora.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.hyperlora.engine.sampling.SamplerKind;

/**
 * The inverse problem: the parameter values whose solution explains measured field values best, searched within a
 * range (the surrogate's trained one) by Levenberg–Marquardt from several starts, with an uncertainty from the
 * Gauss–Newton covariance at the optimum.
 * <p>
 * The search scans the range first, then runs in unit coordinates over it (logarithmic for log-scaled parameters), each step clipped to the
 * range; Jacobians are central differences there (the surrogate's solve is a black box of milliseconds). The misfit is
 * the root mean square of observed minus predicted over every observed value. With a noise level σ the residuals are
 * scaled by it and the covariance is {@code (JᵀJ)⁻¹}; without one, σ² is estimated as the residual sum of squares over
 * the degrees of freedom.
 */
public final class Calibration {

    /** Predicted values at the measurement points, in the order of the observed values, at parameter values. */
    @FunctionalInterface
    public interface Model {
        double[] predict(double[] parameters) throws SolverException;
    }

    /**
     * The best fit.
     *
     * @param values the parameter values
     * @param sigmas their uncertainties: the noise's and the model's combined in quadrature (NaN where the data do
     *        not determine a parameter)
     * @param noiseSigmas the part from the measurements' noise (Gauss–Newton standard deviations)
     * @param modelSigmas the part from the model's own error (an estimate: the largest shift an error vector of the given
     *        norm can cause); 0 when the model is exact
     * @param misfit root mean square of observed minus predicted
     * @param reducedChiSquare residual sum of squares over the noise² and the degrees of freedom (1 for a fit as good as
     *        the noise); NaN without a noise level
     * @param warnings what the user should know: a value on the range's edge, a poor fit, an undetermined parameter
     * @param solves how many times the model was asked
     */
    public record Result(double[] values, double[] sigmas, double[] noiseSigmas, double[] modelSigmas, double misfit,
            double reducedChiSquare, List<String> warnings, int solves) {

        /** {@code NAME=VALUE ± SIGMA} per parameter, one per line. */
        public List<String> lines(List<String> names) {
            List<String> lines = new ArrayList<>();
            for (int p = 0; p < values.length; p++) {
                lines.add(String.format(Locale.ROOT, "%s=%.6g ± %.3g", names.get(p), values[p], sigmas[p]));
            }
            return lines;
        }

        /** Writes {@code parameter,value,sigma} rows atomically. */
        public void writeCsv(java.nio.file.Path file, List<String> names) throws java.io.IOException {
            org.hyperlora.engine.io.AtomicFiles.writeText(file, writer -> {
                writer.write("parameter,value,sigma\n");
                for (int p = 0; p < values.length; p++) {
                    writer.write(names.get(p) + "," + values[p] + "," + sigmas[p] + "\n");
                }
            });
        }
    }

    /** Relative step of the central differences, in unit coordinates. */
    private static final double STEP = 1e-4;
    /** A value within this of an end (in unit coordinates) is on the range's edge. */
    private static final double EDGE = 1e-3;
    private static final int MAX_ITERATIONS = 60;

    private final Model model;
    private final SearchRange range;
    private final double[] observed;
    private final double noise;
    private final double modelError;
    private int solves;

    /**
     * @param observed the measured values, in the order the model predicts them
     * @param noise the measurements' standard deviation, or NaN when unknown
     */
    public Calibration(Model model, SearchRange range, double[] observed, double noise) {
        this(model, range, observed, noise, 0);
    }

    /**
     * @param modelError an estimate of the Euclidean norm of the model's own error over the observed values (for a
     *        surrogate: from its held-out errors); 0 for an exact model
     */
    public Calibration(Model model, SearchRange range, double[] observed, double noise, double modelError) {
        this.model = Objects.requireNonNull(model, "model");
        this.range = Objects.requireNonNull(range, "range");
        this.observed = observed.clone();
        if (range.names().isEmpty()) {
            throw new IllegalArgumentException("the study has no parameters to calibrate");
        }
        if (observed.length <= range.names().size()) {
            throw new IllegalArgumentException(observed.length + " observed values cannot determine "
                    + range.names().size() + " parameters; measure more points or fields");
        }
        if (!Double.isNaN(noise) && !(noise > 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("the noise level must be a positive number, got " + noise);
        }
        this.noise = noise;
        if (!(modelError >= 0 && Double.isFinite(modelError))) {
            throw new IllegalArgumentException("the model error bound must be a finite number >= 0, got " + modelError);
        }
        this.modelError = modelError;
    }

    /**
     * Scans the range at quasi-random points (16 per parameter direction, at most 256, the centre first), then runs
     * Levenberg–Marquardt from the {@code starts} best of them and keeps the best result: misfits of oscillating
     * solutions have many local minima, which a scan of millisecond solves steps over.
     *
     * @throws SolverException when the model fails
     */
    public Result run(int starts) throws SolverException {
        if (starts < 1) {
            throw new IllegalArgumentException("at least one start, got " + starts);
        }
        int p = range.names().size();
        int scan = (int) Math.min(256, Math.max(starts, Math.pow(16, p)));
        double[] unitPoints = SamplerKind.SOBOL.create().sampleUnitCube(scan - 1, p, 7);
        double[][] candidates = new double[scan][p];
        double[] costs = new double[scan];
        for (int s = 0; s < scan; s++) {
            for (int i = 0; i < p; i++) {
                candidates[s][i] = s == 0 ? 0.5 : unitPoints[(s - 1) * p + i];
            }
            costs[s] = cost(residuals(candidates[s]));
        }
        Integer[] order = new Integer[scan];
        for (int s = 0; s < scan; s++) {
            order[s] = s;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(costs[a], costs[b]));
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int s = 0; s < Math.min(starts, scan); s++) {
            double[] found = levenbergMarquardt(candidates[order[s]]);
            double cost = cost(residuals(found));
            if (cost < bestCost) {
                bestCost = cost;
                best = found;
            }
        }
        return result(best);
    }

    private double[] residuals(double[] unit) throws SolverException {
        double[] predicted = model.predict(range.values(unit));
        solves++;
        if (predicted.length != observed.length) {
            throw new SolverException("the model predicted " + predicted.length + " values for " + observed.length
                    + " observed ones");
        }
        double scale = Double.isNaN(noise) ? 1 : noise;
        double[] r = new double[observed.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = (predicted[k] - observed[k]) / scale;
            if (!Double.isFinite(r[k])) {
                throw new SolverException("the solve at " + describe(range.values(unit)) + " gave " + predicted[k]
                        + " at measured value " + (k + 1));
            }
        }
        return r;
    }

    private static double cost(double[] r) {
        double sum = 0;
        for (double v : r) {
            sum += v * v;
        }
        return sum;
    }

    /** The Jacobian of the residuals in unit coordinates: [value][parameter], central differences inside [0, 1]. */
    private double[][] jacobian(double[] unit) throws SolverException {
        int p = unit.length;
        double[][] j = new double[observed.length][p];
        for (int i = 0; i < p; i++) {
            double up = Math.min(1, unit[i] + STEP);
            double down = Math.max(0, unit[i] - STEP);
            double[] plus = unit.clone();
            double[] minus = unit.clone();
            plus[i] = up;
            minus[i] = down;
            double[] rPlus = residuals(plus);
            double[] rMinus = residuals(minus);
            for (int k = 0; k < observed.length; k++) {
                j[k][i] = (rPlus[k] - rMinus[k]) / (up - down);
            }
        }
        return j;
    }

    private double[] levenbergMarquardt(double[] start) throws SolverException {
        double[] unit = start.clone();
        double[] r = residuals(unit);
        double cost = cost(r);
        double damping = 1e-3;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] j = jacobian(unit);
            int p = unit.length;
            double[][] normal = new double[p][p];
            double[] gradient = new double[p];
            for (int k = 0; k < r.length; k++) {
                for (int a = 0; a < p; a++) {
                    gradient[a] += j[k][a] * r[k];
                    for (int b = 0; b < p; b++) {
                        normal[a][b] += j[k][a] * j[k][b];
                    }
                }
            }
            boolean improved = false;
            for (int attempt = 0; attempt < 12 && !improved; attempt++) {
                double[][] damped = new double[p][p];
                for (int a = 0; a < p; a++) {
                    damped[a] = normal[a].clone();
                    damped[a][a] += damping * Math.max(normal[a][a], 1e-12);
                }
                double[] step = solve(damped, gradient);
                double[] next = new double[p];
                double moved = 0;
                for (int a = 0; a < p; a++) {
                    next[a] = Math.max(0, Math.min(1, unit[a] - step[a]));
                    moved = Math.max(moved, Math.abs(next[a] - unit[a]));
                }
                if (moved < 1e-12) {
                    return unit; // at a bound or a stationary point
                }
                double[] rNext = residuals(next);
                double costNext = cost(rNext);
                if (costNext < cost) {
                    boolean converged = cost - costNext <= 1e-12 * cost || moved < 1e-9;
                    unit = next;
                    r = rNext;
                    cost = costNext;
                    damping = Math.max(1e-9, damping / 3);
                    improved = true;
                    if (converged) {
                        return unit;
                    }
                } else {
                    damping *= 4;
                }
            }
            if (!improved) {
                return unit;
            }
        }
        return unit;
    }

    /** Solves a small symmetric positive system by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        double[] b = rhs.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            if (a[col][col] == 0) {
                continue;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = a[row][row] == 0 ? 0 : sum / a[row][row];
        }
        return x;
    }

    private Result result(double[] unit) throws SolverException {
        int p = unit.length;
        int m = observed.length;
        double[] r = residuals(unit);
        double rss = cost(r); // in noise units when a noise level is given
        double scale = Double.isNaN(noise) ? 1 : noise;
        double misfit = Math.sqrt(rss * scale * scale / m);
        double[][] j = jacobian(unit);
        // Jacobian of the unscaled residuals in the parameters themselves: d r / d value = (d r / d unit) / slope
        double[][] normal = new double[p][p];
        for (int k = 0; k < m; k++) {
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    normal[a][b] += j[k][a] * scale / range.slope(a, unit[a]) * j[k][b] * scale
                            / range.slope(b, unit[b]);
                }
            }
        }
        // noise variance per value: given, or estimated from the residuals
        double variance = Double.isNaN(noise) ? rss / (m - p) : noise * noise;
        double[] sigmas = new double[p];
        double[] noiseSigmas = new double[p];
        double[] modelSigmas = new double[p];
        List<String> warnings = new ArrayList<>();
        double[] values = range.values(unit);
        for (int a = 0; a < p; a++) {
            double[] e = new double[p];
            e[a] = 1;
            // ((JᵀJ)⁻¹)_aa: the squared norm of row a of (JᵀJ)⁻¹Jᵀ, which maps value errors to parameter shifts
            double diagonal = solve(normal, e)[a];
            boolean determined = normal[a][a] > 0 && diagonal > 0;
            noiseSigmas[a] = determined ? Math.sqrt(variance * diagonal) : Double.NaN;
            modelSigmas[a] = determined ? modelError * Math.sqrt(diagonal) : Double.NaN;
            sigmas[a] = Math.hypot(noiseSigmas[a], modelSigmas[a]);
            if (!determined) {
                warnings.add(range.names().get(a) + " is not determined by these data (the solution does not change"
                        + " with it at the measured points)");
            }
            if (unit[a] < EDGE || unit[a] > 1 - EDGE) {
                warnings.add(String.format(Locale.ROOT, "%s = %.6g is on the edge of the trained range [%.6g, %.6g]:"
                        + " the data may be explained better outside it, where the surrogate does not answer",
                        range.names().get(a), values[a], range.lower()[a], range.upper()[a]));
            }
        }
        double chi = Double.isNaN(noise) ? Double.NaN : rss / (m - p);
        if (!Double.isNaN(chi) && chi > 4) {
            warnings.add(String.format(Locale.ROOT, "the fit is poor: the residuals are %.3g times the noise level"
                    + " (reduced chi-square %.3g); the model or the noise level may not describe these data",
                    Math.sqrt(chi), chi));
        } else if (Double.isNaN(chi)) {
            // against the data's spread about their mean: an offset (temperatures near 300 K) hides nothing
            double average = 0;
            for (double value : observed) {
                average += value / m;
            }
            double spread = 0;
            for (double value : observed) {
                spread += (value - average) * (value - average) / m;
            }
            double size = Math.sqrt(spread);
            if (size > 0 && misfit > 0.05 * size) {
                warnings.add(String.format(Locale.ROOT, "the fit is poor: the misfit %.3g is %.0f%% of the data's"
                        + " spread (root mean square about their mean)", misfit, 100 * misfit / size));
            }
        }
        return new Result(values, sigmas, noiseSigmas, modelSigmas, misfit, chi, List.copyOf(warnings), solves);
    }

    private String describe(double[] values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(range.names().get(i)).append(" = ").append(values[i]);
        }
        return text.toString();
    }
}
