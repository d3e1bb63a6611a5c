package org.hyperlora.solver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.sampling.SamplerKind;

/**
 * Design: the parameter values within a range that minimise or maximise an objective quantity, optionally with
 * bounds on other quantities. A scrambled-Sobol scan of the range, then Nelder–Mead from the best scanned points in
 * unit coordinates over the range (each vertex clipped to it), restarted on a smaller simplex until a restart no longer
 * improves. Derivative-free on purpose: quantities like {@code maxAbs} are not smooth in the parameters, and the
 * surrogate is a black box of milliseconds.
 * <p>
 * Constraints follow the feasibility rules (Deb 2000): a point that meets every bound beats one that does not; of two
 * that do not, the smaller total violation wins; of two that do, the better objective. Nelder–Mead needs only this
 * order, so the bounds are met exactly rather than traded against the objective by a penalty weight. A point where the
 * objective has no value (a probe in a hole, a diverged solve) is worse than any other.
 */
public final class Optimization {

    /** Minimise or maximise. */
    public enum Goal {
        MINIMIZE("minimize"), MAXIMIZE("maximize");

        private final String literal;

        Goal(String literal) {
            this.literal = literal;
        }

        public String literal() {
            return literal;
        }
    }

    /**
     * The objective, then each constrained quantity (then any other quantity to report), at parameter values (of the
     * searched range, in its order).
     */
    @FunctionalInterface
    public interface Model {
        double[] evaluate(double[] parameters) throws SolverException;
    }

    /**
     * A bound on a constrained quantity: {@code lower <= q <= upper}, an end NaN when absent.
     *
     * @param label the quantity, for messages
     */
    public record Bound(String label, double lower, double upper) {
        public Bound {
            if (Double.isNaN(lower) && Double.isNaN(upper)) {
                throw new IllegalArgumentException(label + ": a constraint needs a lower or an upper bound");
            }
            if (lower > upper) {
                throw new IllegalArgumentException(label + ": the lower bound " + lower + " is above the upper bound "
                        + upper);
            }
        }

        /** How far a value misses the bound (0 when it meets it; infinite when it has no value). */
        double violation(double value) {
            if (Double.isNaN(value)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(0, Double.isNaN(lower) ? 0 : lower - value) + Math.max(0, Double.isNaN(upper) ? 0 : value - upper);
        }

        /** {@code 0.6 <= u(x=1.0 t=0.1)}, {@code maxAbs(u) <= 2.0}. */
        public String describe() {
            return (Double.isNaN(lower) ? "" : DerivedQuantity.format(lower) + " <= ") + label
                    + (Double.isNaN(upper) ? "" : " <= " + DerivedQuantity.format(upper));
        }
    }

    /**
     * One step of the search: the best point so far after an iteration of a start.
     *
     * @param start the start (0 for the scan)
     * @param iteration the iteration within the start
     * @param solves the model's evaluations so far
     * @param values the best parameter values so far
     * @param quantities the objective and the constrained quantities there
     * @param violation the total violation of the bounds there (0: feasible)
     */
    public record Step(int start, int iteration, int solves, double[] values, double[] quantities, double violation) {
    }

    /**
     * The optimum found.
     *
     * @param values the parameter values
     * @param quantities the objective and the constrained quantities there
     * @param feasible whether every bound holds there
     * @param history the best point after each iteration, in the order of the search
     * @param warnings an optimum on the range's edge, no feasible point, starts that ended apart
     * @param solves the model's evaluations
     */
    public record Result(double[] values, double[] quantities, boolean feasible, List<Step> history,
            List<String> warnings, int solves) {

        /**
         * Writes the history: {@code start,iteration,solves}, the parameters, the quantities, {@code feasible}; one
         * row per iteration.
         *
         * @param names the searched parameters' names
         * @param labels the objective's and the constrained quantities' labels
         */
        public void writeCsv(Path file, List<String> names, List<String> labels) throws IOException {
            AtomicFiles.writeText(file, writer -> {
                List<String> header = new ArrayList<>(List.of("start", "iteration", "solves"));
                header.addAll(names);
                header.addAll(labels);
                header.add("feasible");
                writer.write(header.stream().map(DerivedQuantity::csvCell).collect(Collectors.joining(",")) + "\n");
                for (Step step : history) {
                    StringBuilder row = new StringBuilder().append(step.start()).append(',').append(step.iteration())
                            .append(',').append(step.solves());
                    for (double value : step.values()) {
                        row.append(',').append(value);
                    }
                    for (double value : step.quantities()) {
                        row.append(',').append(Double.isNaN(value) ? "" : Double.toString(value));
                    }
                    writer.write(row.append(',').append(step.violation() == 0).append('\n').toString());
                }
            });
        }
    }

    /** A value within this of an end (in unit coordinates) is on the range's edge. */
    private static final double EDGE = 1e-4;
    /** Converged when every vertex lies this close to the best, in unit coordinates. */
    private static final double TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 400;
    private static final int MAX_RESTARTS = 4;

    private final Model model;
    private final SearchRange range;
    private final Goal goal;
    private final List<Bound> bounds;
    private int solves;

    public Optimization(Model model, SearchRange range, Goal goal, List<Bound> bounds) {
        this.model = model;
        this.range = range;
        this.goal = goal;
        this.bounds = List.copyOf(bounds);
    }

    /** A point evaluated: unit coordinates, the quantities, and its place in the feasibility order. */
    private record Point(double[] unit, double[] quantities, double violation, double score) {
    }

    /** Feasible before infeasible; then less violation; then the better objective (score: lower is better). */
    private static final Comparator<Point> ORDER = Comparator.comparingDouble(Point::violation)
            .thenComparingDouble(Point::score);

    private Point evaluate(double[] unit) throws SolverException {
        double[] clipped = new double[unit.length];
        for (int i = 0; i < unit.length; i++) {
            clipped[i] = Math.min(1, Math.max(0, unit[i]));
        }
        double[] quantities = model.evaluate(range.values(clipped));
        solves++;
        if (quantities.length < 1 + bounds.size()) {
            throw new IllegalStateException(quantities.length + " quantities for an objective and " + bounds.size()
                    + " bounds");
        }
        double violation = 0;
        for (int b = 0; b < bounds.size(); b++) {
            violation += bounds.get(b).violation(quantities[1 + b]);
        }
        double objective = quantities[0];
        double score = Double.isNaN(objective) ? Double.POSITIVE_INFINITY
                : goal == Goal.MAXIMIZE ? -objective : objective;
        if (Double.isNaN(objective)) {
            violation = Double.POSITIVE_INFINITY;
        }
        return new Point(clipped, quantities, violation, score);
    }

    /**
     * Scans the range, then runs Nelder–Mead from the {@code starts} best scanned points.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public Result run(int starts, IProgressMonitor monitor) throws SolverException {
        if (starts < 1) {
            throw new IllegalArgumentException("at least one start, got " + starts);
        }
        solves = 0;
        int n = range.names().size();
        if (n == 0) {
            throw new IllegalArgumentException("no parameters to optimize over");
        }
        int scan = (int) Math.min(256, Math.max(4L * starts, Math.round(Math.pow(16, n))));
        SubMonitor progress = SubMonitor.convert(monitor, "Optimizing", scan + starts);
        double[] unitPoints = SamplerKind.SOBOL.create().sampleUnitCube(scan - 1, n, 11);
        List<Point> scanned = new ArrayList<>();
        for (int s = 0; s < scan; s++) {
            checkCancel(progress);
            double[] unit = new double[n];
            for (int i = 0; i < n; i++) {
                unit[i] = s == 0 ? 0.5 : unitPoints[(s - 1) * n + i];
            }
            scanned.add(evaluate(unit));
            progress.worked(1);
        }
        scanned.sort(ORDER);
        List<Step> history = new ArrayList<>();
        history.add(step(0, 0, scanned.get(0)));
        double spacing = Math.pow(scan, -1.0 / n);
        Point best = scanned.get(0);
        List<Point> ends = new ArrayList<>();
        for (int s = 0; s < Math.min(starts, scan); s++) {
            Point found = nelderMead(scanned.get(s), spacing, s + 1, history, progress);
            ends.add(found);
            if (ORDER.compare(found, best) < 0) {
                best = found;
            }
            progress.worked(1);
        }
        return new Result(range.values(best.unit), best.quantities, best.violation == 0, List.copyOf(history),
                warnings(best, ends), solves);
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private Step step(int start, int iteration, Point point) {
        return new Step(start, iteration, solves, range.values(point.unit), point.quantities.clone(), point.violation);
    }

    /** Nelder–Mead (standard coefficients) in unit coordinates, restarted on a fresh simplex while that improves. */
    private Point nelderMead(Point from, double size, int start, List<Step> history, IProgressMonitor monitor)
            throws SolverException {
        int n = from.unit.length;
        Point best = from;
        int iteration = 0;
        double h = size;
        for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
            Point[] simplex = new Point[n + 1];
            simplex[0] = best;
            for (int i = 0; i < n; i++) {
                double[] vertex = best.unit.clone();
                // step inwards when outwards would leave the range
                vertex[i] += vertex[i] + h <= 1 ? h : -h;
                simplex[i + 1] = evaluate(vertex);
            }
            for (int k = 0; k < MAX_ITERATIONS; k++) {
                checkCancel(monitor);
                Arrays.sort(simplex, ORDER);
                if (diameter(simplex) < TOLERANCE) {
                    break;
                }
                double[] centroid = new double[n];
                for (int v = 0; v < n; v++) {
                    for (int i = 0; i < n; i++) {
                        centroid[i] += simplex[v].unit[i] / n;
                    }
                }
                Point worst = simplex[n];
                Point reflected = evaluate(along(centroid, worst.unit, -1));
                if (ORDER.compare(reflected, simplex[0]) < 0) {
                    Point expanded = evaluate(along(centroid, worst.unit, -2));
                    simplex[n] = ORDER.compare(expanded, reflected) < 0 ? expanded : reflected;
                } else if (ORDER.compare(reflected, simplex[n - 1]) < 0) {
                    simplex[n] = reflected;
                } else {
                    boolean outside = ORDER.compare(reflected, worst) < 0;
                    Point contracted = evaluate(along(centroid, worst.unit, outside ? -0.5 : 0.5));
                    if (ORDER.compare(contracted, outside ? reflected : worst) < 0) {
                        simplex[n] = contracted;
                    } else {
                        for (int v = 1; v <= n; v++) {
                            simplex[v] = evaluate(along(simplex[0].unit, simplex[v].unit, 0.5));
                        }
                    }
                }
                Arrays.sort(simplex, ORDER);
                iteration++;
                history.add(step(start, iteration, simplex[0]));
            }
            boolean improved = ORDER.compare(simplex[0], best) < 0;
            best = simplex[0];
            if (!improved && restart > 0) {
                break;
            }
            h = Math.max(h / 10, 1e-6);
        }
        return best;
    }

    /** {@code centroid + t (point - centroid)}. */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(1, Math.max(0, centroid[i] + t * (point[i] - centroid[i])));
        }
        return out;
    }

    private static double diameter(Point[] simplex) {
        double largest = 0;
        for (int v = 1; v < simplex.length; v++) {
            for (int i = 0; i < simplex[0].unit.length; i++) {
                largest = Math.max(largest, Math.abs(simplex[v].unit[i] - simplex[0].unit[i]));
            }
        }
        return largest;
    }

    private List<String> warnings(Point best, List<Point> ends) {
        List<String> warnings = new ArrayList<>();
        if (best.violation > 0) {
            warnings.add(Double.isInfinite(best.violation)
                    ? "no point of the range gives the quantities a value: the optimum is not defined"
                    : String.format(Locale.ROOT, "no point found meets every bound (%s); the least violation is %.3g",
                            String.join(", ", bounds.stream().map(Bound::describe).toList()), best.violation));
        }
        for (int i = 0; i < best.unit.length; i++) {
            if (best.unit[i] < EDGE || best.unit[i] > 1 - EDGE) {
                warnings.add(String.format(Locale.ROOT, "%s = %.6g is on the edge of the trained range [%.6g, %.6g]:"
                        + " the optimum may lie outside it, where the surrogate does not answer",
                        range.names().get(i), range.value(i, best.unit[i]), range.lower()[i], range.upper()[i]));
            }
        }
        for (Point end : ends) {
            if (end.violation == 0 && best.violation == 0 && Math.abs(end.score - best.score) > 1e-6 * Math.max(1,
                    Math.abs(best.score))) {
                warnings.add(String.format(Locale.ROOT, "the starts ended at different optima (objective %.6g and"
                        + " %.6g): the objective has several local optima; the best is reported", goal == Goal.MAXIMIZE
                                ? -best.score : best.score, goal == Goal.MAXIMIZE ? -end.score : end.score));
                break;
            }
        }
        return warnings;
    }
}
