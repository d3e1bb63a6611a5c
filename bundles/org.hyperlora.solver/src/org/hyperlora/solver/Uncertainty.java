package org.hyperlora.solver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.sampling.SamplerKind;

/**
 * Propagating uncertain parameters into the fields: quasi-Monte-Carlo samples of the parameters' distributions (each
 * truncated to the trained range), solved through a solver, summed into each field's mean and standard deviation at
 * every point.
 */
public final class Uncertainty {

    private Uncertainty() {
    }

    /** A parameter's distribution: {@code uniform:A:B}, {@code normal:MEAN:SD}, {@code lognormal:MU:SIGMA} or a number. */
    public sealed interface Distribution {

        /** The cumulative distribution function. */
        double cdf(double x);

        /** The inverse of {@link #cdf} at a probability in (0, 1). */
        double quantile(double p);

        /** As written: {@code normal:60:5}. */
        String describe();

        /**
         * Parses a distribution.
         *
         * @throws IllegalArgumentException saying what is wrong and what is expected
         */
        static Distribution parse(String parameter, String spec) {
            String[] parts = spec.trim().split(":");
            String what = "parameter " + parameter + ": '" + spec + "'";
            try {
                if (parts.length == 1) {
                    return new Fixed(finite(what, parts[0]));
                }
                if (parts.length != 3) {
                    throw new IllegalArgumentException(what + " is not a distribution; write uniform:A:B,"
                            + " normal:MEAN:SD, lognormal:MU:SIGMA (of the logarithm) or a number");
                }
                double a = finite(what, parts[1]);
                double b = finite(what, parts[2]);
                switch (parts[0].trim().toLowerCase(Locale.ROOT)) {
                case "uniform":
                    if (!(b > a)) {
                        throw new IllegalArgumentException(what + ": the upper end must exceed the lower");
                    }
                    return new Uniform(a, b);
                case "normal":
                    if (!(b > 0)) {
                        throw new IllegalArgumentException(what + ": the standard deviation must be > 0");
                    }
                    return new Normal(a, b);
                case "lognormal":
                    if (!(b > 0)) {
                        throw new IllegalArgumentException(what + ": sigma (of the logarithm) must be > 0");
                    }
                    return new LogNormal(a, b);
                default:
                    throw new IllegalArgumentException(what + ": unknown distribution '" + parts[0]
                            + "'; known: uniform, normal, lognormal");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": '" + e.getMessage() + "' is not a number");
            }
        }

        private static double finite(String what, String text) {
            double value;
            try {
                value = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": '" + text + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(what + ": '" + text + "' is not finite");
            }
            return value;
        }
    }

    /** A fixed value (a step function at it). */
    public record Fixed(double value) implements Distribution {
        @Override
        public double cdf(double x) {
            return x < value ? 0 : 1;
        }

        @Override
        public double quantile(double p) {
            return value;
        }

        @Override
        public String describe() {
            return Double.toString(value);
        }
    }

    public record Uniform(double lower, double upper) implements Distribution {
        @Override
        public double cdf(double x) {
            return Math.max(0, Math.min(1, (x - lower) / (upper - lower)));
        }

        @Override
        public double quantile(double p) {
            return lower + p * (upper - lower);
        }

        @Override
        public String describe() {
            return "uniform:" + lower + ":" + upper;
        }
    }

    public record Normal(double mean, double sd) implements Distribution {
        @Override
        public double cdf(double x) {
            return standardCdf((x - mean) / sd);
        }

        @Override
        public double quantile(double p) {
            return mean + sd * standardQuantile(p);
        }

        @Override
        public String describe() {
            return "normal:" + mean + ":" + sd;
        }
    }

    /** exp of a normal: {@code mu} and {@code sigma} of the logarithm. */
    public record LogNormal(double mu, double sigma) implements Distribution {
        @Override
        public double cdf(double x) {
            return x <= 0 ? 0 : standardCdf((Math.log(x) - mu) / sigma);
        }

        @Override
        public double quantile(double p) {
            return Math.exp(mu + sigma * standardQuantile(p));
        }

        @Override
        public String describe() {
            return "lognormal:" + mu + ":" + sigma;
        }
    }

    /** The standard normal CDF, from erfc. */
    static double standardCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** erfc with fractional error below 1.2e-7 everywhere (Numerical Recipes, Chebyshev fit). */
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223
                        + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /** The standard normal quantile: Acklam's rational approximation. */
    static double standardQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability strictly between 0 and 1 is needed, got " + p);
        }
        double[] a = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00 };
        double[] b = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01 };
        double[] c = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00 };
        double[] d = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        // Acklam's relative error is below 1.2e-9; a Halley step through standardCdf (erfc good to 1.2e-7) would
        // make it worse, so none is taken
        return x;
    }

    /**
     * A distribution truncated to [lower, upper] (the trained range).
     *
     * @param kept the probability mass inside the range
     */
    public record Truncated(Distribution distribution, double lower, double upper, double low, double kept) {

        /** What a user should know about the truncation (it drops more than 1e-6 of the probability), or empty. */
        public java.util.Optional<String> truncation(String name) {
            return kept >= 0.999999 ? java.util.Optional.empty() : java.util.Optional.of(String.format(Locale.ROOT,
                    "%s: %s is truncated to the trained range [%s, %s], which holds %.4g of its probability", name,
                    distribution.describe(), lower, upper, kept));
        }

        /**
         * @throws IllegalArgumentException when (almost) none of the distribution lies in the range
         */
        public static Truncated of(String parameter, Distribution distribution, double lower, double upper) {
            if (distribution instanceof Fixed fixed) {
                if (fixed.value() < lower || fixed.value() > upper) {
                    throw new IllegalArgumentException("parameter " + parameter + " = " + fixed.value()
                            + " is outside the trained range [" + lower + ", " + upper + "]");
                }
                return new Truncated(distribution, lower, upper, 0, 1);
            }
            double low = distribution.cdf(lower);
            double kept = distribution.cdf(upper) - low;
            // the CDF is good to about 1e-7 relative: a kept mass below 1e-6 would be mostly its error
            if (!(kept > 1e-6)) {
                throw new IllegalArgumentException("parameter " + parameter + ": " + distribution.describe()
                        + " puts no probability inside the trained range [" + lower + ", " + upper + "]");
            }
            return new Truncated(distribution, lower, upper, low, kept);
        }

        /** The value at a uniform number in (0, 1), within the range. */
        public double sample(double unit) {
            if (distribution instanceof Fixed fixed) {
                return fixed.value();
            }
            double p = low + unit * kept;
            p = Math.max(Math.ulp(1.0), Math.min(1 - Math.ulp(1.0), p));
            return Math.max(lower, Math.min(upper, distribution.quantile(p)));
        }
    }

    /**
     * A distribution per parameter from NAME, DISTRIBUTION pairs, each truncated to the trained range, in the
     * parameters' order: what {@code hyperlora uq --param} and the Uncertainty step give. Every problem is told to
     * {@code problems} (an unknown or repeated name, a distribution that does not parse or puts no probability in the
     * range, a parameter without one).
     *
     * @return the distributions, or null when there was a problem
     */
    public static List<Truncated> assign(List<Map.Entry<String, String>> given, List<String> names, double[] lower,
            double[] upper, Consumer<String> problems) {
        Truncated[] found = new Truncated[names.size()];
        boolean complete = true;
        for (Map.Entry<String, String> assignment : given) {
            String name = assignment.getKey() == null ? "" : assignment.getKey().trim();
            int index = names.indexOf(name);
            if (index < 0) {
                problems.accept("unknown parameter '" + name + "'; parameters: " + names);
                complete = false;
            } else if (found[index] != null) {
                problems.accept("parameter '" + name + "' is given twice");
                complete = false;
            } else {
                try {
                    found[index] = Truncated.of(name, Distribution.parse(name,
                            assignment.getValue() == null ? "" : assignment.getValue()), lower[index], upper[index]);
                } catch (IllegalArgumentException e) {
                    problems.accept(e.getMessage());
                    complete = false;
                }
            }
        }
        for (int p = 0; p < found.length && complete; p++) {
            if (found[p] == null) {
                problems.accept("no distribution for parameter '" + names.get(p) + "'; give " + names.get(p)
                        + "=normal:MEAN:SD (or uniform:A:B, lognormal:MU:SIGMA, a number)");
                complete = false;
            }
        }
        return complete ? List.of(found) : null;
    }

    /** Samples solved per batch (the surrogate spreads a batch over the cores). */
    private static final int BATCH = 256;

    /** The quantile levels reported for derived quantities. */
    public static final double[] QUANTILE_LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /**
     * Mean and standard deviation of each field at each grid point inside the domain, and the distribution of each
     * derived quantity.
     *
     * @param mean [field][solved grid point]
     * @param std [field][solved grid point] (sample standard deviation, n - 1)
     * @param inside per grid point whether it is in the domain (and in mean and std); null: every point is
     * @param quantities per derived quantity, its statistics over the samples
     */
    public record Statistics(List<String> fields, double[][] mean, double[][] std, boolean[] inside,
            List<QuantityStatistics> quantities, int samples, long nanos) {
        /** Solves per second. */
        public double solvesPerSecond() {
            return samples / (nanos / 1e9);
        }
    }

    /**
     * The distribution of a derived quantity over the samples.
     *
     * @param quantiles at {@link #QUANTILE_LEVELS}
     * @param missing samples where it had no value (a probe in a hole, a diverged solve), left out of the rest
     */
    public record QuantityStatistics(DerivedQuantity quantity, double mean, double std, double[] quantiles,
            int missing) {

        /** {@code LABEL: mean M, std S, 5% A, median B, 95% C} and how many samples had no value. */
        public String describe(String label) {
            return String.format(Locale.ROOT, "%s: mean %.6g, std %.4g, 5%% %.6g, median %.6g, 95%% %.6g%s", label,
                    mean, std, quantiles[0], quantiles[2], quantiles[4], missing == 0 ? ""
                            : " (" + missing + " samples without a value left out)");
        }

        static QuantityStatistics of(DerivedQuantity quantity, double[] samples) {
            double[] finite = Arrays.stream(samples).filter(Double::isFinite).sorted().toArray();
            int n = finite.length;
            double mean = 0;
            double m2 = 0;
            for (int s = 0; s < n; s++) {
                double delta = finite[s] - mean;
                mean += delta / (s + 1);
                m2 += delta * (finite[s] - mean);
            }
            double[] quantiles = new double[QUANTILE_LEVELS.length];
            for (int k = 0; k < quantiles.length; k++) {
                // linear interpolation between order statistics (type 7, as R's and NumPy's default)
                double h = (n - 1) * QUANTILE_LEVELS[k];
                int below = (int) Math.floor(h);
                quantiles[k] = n == 0 ? Double.NaN
                        : below + 1 < n ? finite[below] + (h - below) * (finite[below + 1] - finite[below])
                                : finite[n - 1];
            }
            return new QuantityStatistics(quantity, n == 0 ? Double.NaN : mean,
                    n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)), quantiles, samples.length - n);
        }
    }

    /**
     * What a chunk of samples gives, to be merged with the other chunks in their order: per field, the count, mean and
     * sum of squared deviations (Welford) at the evaluator's solved grid points, and each quantity's value per sample.
     *
     * @param inside per grid point whether it was solved (null: every point is)
     * @param mean [field][solved grid point]
     * @param m2 [field][solved grid point]
     * @param derived [quantity][sample of the chunk]
     */
    public record Chunk(List<String> fields, int count, boolean[] inside, double[][] mean, double[][] m2,
            double[][] derived) {
    }

    /**
     * Solves chunks of samples: here ({@link #here}), or on the members of a cluster. A chunk's numbers must not depend
     * on where it was solved.
     */
    public interface ChunkSolver {
        /** The chunks' results in their order; {@code monitor} has one unit of work per sample. */
        List<Chunk> solve(List<double[][]> chunks, IProgressMonitor monitor) throws SolverException;
    }

    /** The chunks solved one after another in this process. */
    public static ChunkSolver here(SurrogateSolver solver, QuantityEvaluator evaluator) {
        return (chunks, monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, chunks.stream().mapToInt(c -> c.length).sum());
            List<Chunk> solved = new ArrayList<>();
            for (double[][] chunk : chunks) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                solved.add(chunk(solver, evaluator, chunk, progress.split(chunk.length)));
            }
            return solved;
        };
    }

    /**
     * Solves one chunk of samples and accumulates its fields' Welford partials (so the order of summation does not
     * cost accuracy) and its quantities.
     *
     * @throws IllegalArgumentException when the domain's points change with the parameters
     */
    public static Chunk chunk(SurrogateSolver solver, QuantityEvaluator evaluator, double[][] samples,
            IProgressMonitor monitor) throws SolverException {
        List<QuantityEvaluator.Evaluation> evaluations = evaluator.solveBatch(solver, samples, monitor);
        double[][] mean = null;
        double[][] m2 = null;
        boolean[] inside = null;
        List<String> fields = List.of();
        double[][] derived = new double[evaluator.quantities().size()][samples.length];
        for (int s = 0; s < samples.length; s++) {
            QuantityEvaluator.Evaluation evaluation = evaluations.get(s);
            FieldSolution solution = evaluation.solution();
            if (mean == null) {
                fields = solution.fieldNames();
                mean = new double[fields.size()][evaluation.gridSolved()];
                m2 = new double[fields.size()][evaluation.gridSolved()];
                inside = evaluation.inside();
            } else if (!Arrays.equals(inside, evaluation.inside())) {
                throw new IllegalArgumentException(MOVING_DOMAIN);
            }
            for (int f = 0; f < fields.size(); f++) {
                double[] u = solution.field(fields.get(f));
                double[] mf = mean[f];
                double[] vf = m2[f];
                for (int k = 0; k < mf.length; k++) {
                    double delta = u[k] - mf[k];
                    mf[k] += delta / (s + 1);
                    vf[k] += delta * (u[k] - mf[k]);
                }
            }
            for (int q = 0; q < derived.length; q++) {
                derived[q][s] = evaluation.values().values()[q];
            }
        }
        return new Chunk(fields, samples.length, inside, mean, m2, derived);
    }

    private static final String MOVING_DOMAIN = "the domain's points change with the parameters; statistics over"
            + " samples whose domains differ are not computed";

    /**
     * Solves {@code samples} scrambled-Sobol samples of the parameters here and accumulates each field's mean and
     * standard deviation at the evaluator's grid and the value of each of its quantities per sample.
     *
     * @throws IllegalArgumentException when the domain's points change with the parameters (statistics over samples
     *         whose points differ are not defined here)
     */
    public static Statistics propagate(SurrogateSolver solver, QuantityEvaluator evaluator, List<Truncated> parameters,
            int samples, IProgressMonitor monitor) throws SolverException {
        return propagate(evaluator, parameters, samples, here(solver, evaluator), monitor);
    }

    /**
     * As {@link #propagate(SurrogateSolver, QuantityEvaluator, List, int, IProgressMonitor)}, the chunks of samples
     * solved by {@code chunks} (e.g. on a cluster's members). The chunks' partials are merged in their order (Chan's
     * update), so the statistics do not depend on where each chunk was solved.
     */
    public static Statistics propagate(QuantityEvaluator evaluator, List<Truncated> parameters, int samples,
            ChunkSolver chunks, IProgressMonitor monitor) throws SolverException {
        if (samples < 2) {
            throw new IllegalArgumentException("at least 2 samples are needed for a standard deviation, got " + samples);
        }
        int p = parameters.size();
        double[] unit = SamplerKind.SOBOL.create().sampleUnitCube(samples, Math.max(1, p), 17);
        SubMonitor progress = SubMonitor.convert(monitor, "Propagating " + samples + " samples", samples);
        List<double[][]> batches = new ArrayList<>();
        for (int from = 0; from < samples; from += BATCH) {
            int count = Math.min(BATCH, samples - from);
            double[][] batch = new double[count][p];
            for (int s = 0; s < count; s++) {
                for (int i = 0; i < p; i++) {
                    batch[s][i] = parameters.get(i).sample(unit[(from + s) * Math.max(1, p) + i]);
                }
            }
            batches.add(batch);
        }
        long start = System.nanoTime();
        List<Chunk> solved = chunks.solve(batches, progress);
        long nanos = System.nanoTime() - start;
        Chunk first = solved.get(0);
        double[][] mean = new double[first.mean().length][];
        double[][] m2 = new double[first.m2().length][];
        for (int f = 0; f < mean.length; f++) {
            mean[f] = first.mean()[f].clone();
            m2[f] = first.m2()[f].clone();
        }
        double n = first.count();
        double[][] derived = new double[evaluator.quantities().size()][samples];
        int offset = 0;
        for (int c = 0; c < solved.size(); c++) {
            Chunk chunk = solved.get(c);
            if (!Arrays.equals(first.inside(), chunk.inside())) {
                throw new IllegalArgumentException(MOVING_DOMAIN);
            }
            if (c > 0) {
                double nb = chunk.count();
                double total = n + nb;
                for (int f = 0; f < mean.length; f++) {
                    double[] ma = mean[f];
                    double[] va = m2[f];
                    double[] mb = chunk.mean()[f];
                    double[] vb = chunk.m2()[f];
                    for (int k = 0; k < ma.length; k++) {
                        double delta = mb[k] - ma[k];
                        ma[k] += delta * nb / total;
                        va[k] += vb[k] + delta * delta * n * nb / total;
                    }
                }
                n = total;
            }
            for (int q = 0; q < derived.length; q++) {
                System.arraycopy(chunk.derived()[q], 0, derived[q], offset, chunk.count());
            }
            offset += chunk.count();
        }
        double[][] std = new double[m2.length][];
        for (int f = 0; f < m2.length; f++) {
            std[f] = new double[m2[f].length];
            for (int k = 0; k < std[f].length; k++) {
                std[f][k] = Math.sqrt(m2[f][k] / (samples - 1));
            }
        }
        List<QuantityStatistics> quantities = new ArrayList<>();
        for (int q = 0; q < derived.length; q++) {
            quantities.add(QuantityStatistics.of(evaluator.quantities().get(q), derived[q]));
        }
        return new Statistics(first.fields(), mean, std, first.inside(), List.copyOf(quantities), samples, nanos);
    }

    /**
     * Writes the fields' statistics: the coordinates, then {@code FIELD_mean} and {@code FIELD_std} per field, one row
     * per point (empty cells where the point is outside the domain).
     */
    public static void writeFields(Path file, List<String> coordinates, double[] points, Statistics statistics)
            throws IOException {
        int dimension = coordinates.size();
        boolean[] mask = statistics.inside();
        AtomicFiles.writeText(file, writer -> {
            StringBuilder header = new StringBuilder(String.join(",", coordinates));
            for (String field : statistics.fields()) {
                header.append(',').append(field).append("_mean,").append(field).append("_std");
            }
            writer.write(header.append('\n').toString());
            for (int p = 0, next = 0; p < points.length / dimension; p++) {
                StringBuilder row = new StringBuilder();
                for (int c = 0; c < dimension; c++) {
                    row.append(c == 0 ? "" : ",").append(points[p * dimension + c]);
                }
                boolean in = mask == null || mask[p];
                for (int f = 0; f < statistics.fields().size(); f++) {
                    row.append(',').append(in ? Double.toString(statistics.mean()[f][next]) : "").append(',')
                            .append(in ? Double.toString(statistics.std()[f][next]) : "");
                }
                next += in ? 1 : 0;
                writer.write(row.append('\n').toString());
            }
        });
    }

    /** The fields' statistics at every grid point, NaN outside the domain: {@code FIELD_mean}, {@code FIELD_std}. */
    public static java.util.Map<String, double[]> gridFields(Statistics statistics, int pointCount) {
        java.util.Map<String, double[]> fields = new java.util.LinkedHashMap<>();
        for (int f = 0; f < statistics.fields().size(); f++) {
            double[] mean = new double[pointCount];
            double[] std = new double[pointCount];
            for (int p = 0, next = 0; p < pointCount; p++) {
                boolean in = statistics.inside() == null || statistics.inside()[p];
                mean[p] = in ? statistics.mean()[f][next] : Double.NaN;
                std[p] = in ? statistics.std()[f][next] : Double.NaN;
                next += in ? 1 : 0;
            }
            fields.put(statistics.fields().get(f) + "_mean", mean);
            fields.put(statistics.fields().get(f) + "_std", std);
        }
        return fields;
    }

    /**
     * Writes the quantities' statistics: {@code quantity,mean,std,q05,q25,q50,q75,q95,missing}, one row per quantity.
     *
     * @param labels the quantities' labels, in order
     */
    public static void writeQuantities(Path file, Statistics statistics, List<String> labels)
            throws IOException {
        AtomicFiles.writeText(file, writer -> {
            StringBuilder header = new StringBuilder("quantity,mean,std");
            for (double level : QUANTILE_LEVELS) {
                header.append(String.format(Locale.ROOT, ",q%02d", Math.round(level * 100)));
            }
            writer.write(header.append(",missing\n").toString());
            for (int q = 0; q < statistics.quantities().size(); q++) {
                QuantityStatistics quantity = statistics.quantities().get(q);
                String label = labels.get(q);
                StringBuilder row = new StringBuilder(DerivedQuantity.csvCell(label));
                row.append(',').append(quantity.mean()).append(',').append(quantity.std());
                for (double value : quantity.quantiles()) {
                    row.append(',').append(value);
                }
                writer.write(row.append(',').append(quantity.missing()).append('\n').toString());
            }
        });
    }
}
