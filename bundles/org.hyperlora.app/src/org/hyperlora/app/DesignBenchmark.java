package org.hyperlora.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.solver.Calibration;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.Optimization;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.Uncertainty;

/**
 * {@code hyperlora bench design STUDY}: how long the design steps take through a study's trained surrogate — a
 * calibration from 200 measurements of every field (made by the surrogate itself at the middle of the range, with
 * 1 % noise, so the fit has an answer), an uncertainty propagation of N samples on a grid of 51 points per
 * coordinate, and an optimization
 * of the first field's largest magnitude. Issue 19's goals: a calibration under 2 s, 10,000 samples under 30 s.
 */
final class DesignBenchmark {

    private static final int MEASUREMENTS = 200;
    private static final int GRID = 51;

    private DesignBenchmark() {
    }

    static void run(SurrogateSolver solver, PinnProblem problem, SearchRange range, int samples, PrintStream out)
            throws SolverException {
        int p = range.names().size();
        int dimension = problem.domain().dimension();
        double[] middle = new double[p];
        for (int i = 0; i < p; i++) {
            middle[i] = range.value(i, 0.5);
        }
        // the measurement points: Sobol points of the box inside the domain at the middle of the range
        double[] candidates = problem.domain().mapFromUnitCube(
                SamplerKind.SOBOL.create().sampleUnitCube(4 * MEASUREMENTS, dimension, 3));
        boolean[] inside = problem.shape().isEmpty() ? null : problem.inside(candidates, middle);
        double[] points = inside == null ? candidates : PointTables.select(candidates, dimension, inside);
        points = java.util.Arrays.copyOf(points, Math.min(points.length, MEASUREMENTS * dimension));
        FieldSolution truth = solver.solve(middle, points, new NullProgressMonitor());
        List<double[]> observedFields = new ArrayList<>();
        Random noise = new Random(19);
        int values = 0;
        for (String field : truth.fieldNames()) {
            double[] u = truth.field(field).clone();
            double rms = Math.sqrt(java.util.Arrays.stream(u).map(v -> v * v).average().orElse(0));
            for (int k = 0; k < u.length; k++) {
                u[k] += 0.01 * rms * noise.nextGaussian();
            }
            observedFields.add(u);
            values += u.length;
        }
        double[] observed = new double[values];
        int next = 0;
        for (double[] u : observedFields) {
            System.arraycopy(u, 0, observed, next, u.length);
            next += u.length;
        }
        double[] measuredPoints = points;
        Calibration.Model model = parameters -> {
            FieldSolution solution = solver.solve(parameters, measuredPoints, new NullProgressMonitor());
            double[] predicted = new double[observed.length];
            int at = 0;
            for (String field : solution.fieldNames()) {
                double[] u = solution.field(field);
                System.arraycopy(u, 0, predicted, at, u.length);
                at += u.length;
            }
            return predicted;
        };
        long start = System.nanoTime();
        Calibration.Result fit = new Calibration(model, range, observed, Double.NaN).run(4);
        double calibrate = (System.nanoTime() - start) / 1e9;
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < p; i++) {
            found.append(i == 0 ? "" : ";").append(range.names().get(i)).append('=')
                    .append(String.format(Locale.ROOT, "%.5g/%.5g", fit.values()[i], middle[i]));
        }
        out.printf(Locale.ROOT, "calibrate measurements=%d solves=%d found/true=%s seconds=%.3f goal_seconds=2%n",
                values, fit.solves(), found, calibrate);

        double[][] axes = PointTables.uniformAxes(problem.domain(), GRID);
        double[] grid = PointTables.points(axes);
        List<Uncertainty.Truncated> uniform = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            uniform.add(Uncertainty.Truncated.of(range.names().get(i),
                    new Uncertainty.Uniform(range.lower()[i], range.upper()[i]), range.lower()[i], range.upper()[i]));
        }
        String field = truth.fieldNames().get(0);
        QuantityEvaluator evaluator = new QuantityEvaluator(problem, grid,
                List.of(DerivedQuantity.over(DerivedQuantity.Kind.MAX_ABS, field)));
        if (!problem.shape().isEmpty() && problem.shape().get().dependsOnParameters()) {
            out.println("uq skipped: the domain moves with the parameters");
        } else {
            Uncertainty.Statistics statistics = Uncertainty.propagate(solver, evaluator, uniform, samples,
                    new NullProgressMonitor());
            out.printf(Locale.ROOT, "uq samples=%d grid=%s points=%d seconds=%.3f solves_per_second=%.0f"
                    + " goal_seconds_for_10000=30%n", samples, GRID + "^" + dimension, grid.length / dimension,
                    statistics.nanos() / 1e9, statistics.solvesPerSecond());
        }
        QuantityEvaluator coarse = new QuantityEvaluator(problem, PointTables.points(PointTables.uniformAxes(problem.domain(), 11)),
                List.of(DerivedQuantity.over(DerivedQuantity.Kind.MAX_ABS, field)));
        start = System.nanoTime();
        int[] all = new int[p];
        for (int i = 0; i < p; i++) {
            all[i] = i;
        }
        Optimization.Result optimum = new Optimization(coarse.model(solver, middle, all, new NullProgressMonitor()),
                range, Optimization.Goal.MAXIMIZE, List.of()).run(4, new NullProgressMonitor());
        out.printf(Locale.ROOT, "optimize objective=maxAbs(%s) grid=11^%d solves=%d seconds=%.3f%n", field, dimension,
                optimum.solves(), (System.nanoTime() - start) / 1e9);
    }
}
