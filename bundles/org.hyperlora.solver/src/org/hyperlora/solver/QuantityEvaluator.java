package org.hyperlora.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperlora.engine.train.PinnProblem;

/**
 * Derived quantities of solutions at many parameter vectors from one solve each: the points are a grid (for the
 * quantities over the domain) followed by the probe points. On a domain made of shapes only the points inside it at
 * the parameter values are solved: the quantities over the grid are over the grid points inside, and a probe in a
 * hole has no value (NaN). The sweep, the optimization and the uncertainty study all derive their numbers here.
 */
public final class QuantityEvaluator {

    private final PinnProblem problem;
    private final List<DerivedQuantity> quantities;
    private final int dimension;
    private final int gridCount;
    private final double[] points;
    private final int[] probeIndex;

    /**
     * @param problem the study's problem (its domain and shapes)
     * @param grid the grid's points, {@code dimension} values each in the study's coordinate order
     * @param quantities what to derive
     * @throws IllegalArgumentException when a probe lies outside the study's domain box
     */
    public QuantityEvaluator(PinnProblem problem, double[] grid, List<DerivedQuantity> quantities) {
        this(problem, problem.domain().dimension(), grid, quantities);
    }

    private QuantityEvaluator(PinnProblem problem, int dimension, double[] grid, List<DerivedQuantity> quantities) {
        this.problem = problem;
        this.quantities = List.copyOf(quantities);
        this.dimension = dimension;
        this.gridCount = grid.length / dimension;
        List<Double> all = new ArrayList<>();
        for (double value : grid) {
            all.add(value);
        }
        probeIndex = new int[quantities.size()];
        for (int q = 0; q < quantities.size(); q++) {
            DerivedQuantity quantity = quantities.get(q);
            if (quantity.kind() == DerivedQuantity.Kind.PROBE) {
                double[] point = quantity.point();
                if (point.length != dimension) {
                    throw new IllegalArgumentException("the probe of " + quantity + " has " + point.length
                            + " coordinates; the study has " + dimension);
                }
                Optional<String> outside = problem.domain().firstOutside(point);
                if (outside.isPresent()) {
                    throw new IllegalArgumentException("the probe point " + outside.get().replaceFirst("^point 1: ", "")
                            + ": the study's domain is "
                            + problem.domain().describe());
                }
                probeIndex[q] = all.size() / dimension;
                for (double value : point) {
                    all.add(value);
                }
            }
        }
        points = all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public List<DerivedQuantity> quantities() {
        return quantities;
    }

    /** How many grid points the quantities over the domain take. */
    public int gridCount() {
        return gridCount;
    }

    /**
     * The quantities at one parameter vector.
     *
     * @param values one per quantity, in order; NaN for a probe in a hole of the domain there (and wherever the
     *        solution is NaN: a diverged solve must show)
     * @param inHole per quantity: a probe in a hole of the domain at the parameter vector, which has no value
     * @param validity the solver's validity at the parameter vector
     */
    public record Values(double[] values, boolean[] inHole, Validity validity) {
        /** How many probes had no value. */
        public int probesInHoles() {
            int count = 0;
            for (boolean hole : inHole) {
                count += hole ? 1 : 0;
            }
            return count;
        }
    }

    /**
     * One solve and what is derived from it.
     *
     * @param solution the fields at the solved points: the grid's points inside the domain, then the probes inside
     * @param inside per grid point, whether it lies in the domain at the parameter vector (and was solved); null on a
     *        domain without shapes, where every point is solved
     * @param gridSolved how many of the solution's first points are the grid's
     * @param values the quantities
     */
    public record Evaluation(FieldSolution solution, boolean[] inside, int gridSolved, Values values) {
    }

    /** Solves once at the parameter vector and derives every quantity. */
    public Values evaluate(SurrogateSolver solver, double[] parameterValues, IProgressMonitor monitor)
            throws SolverException {
        return solve(solver, parameterValues, monitor).values();
    }

    /** Solves once at the parameter vector: the fields on the grid and every quantity. */
    public Evaluation solve(SurrogateSolver solver, double[] parameterValues, IProgressMonitor monitor)
            throws SolverException {
        boolean[] in = problem.shape().isEmpty() ? null : problem.inside(points, parameterValues);
        return derive(solver.solve(parameterValues, in == null ? points : PointTables.select(points, dimension, in),
                monitor), in);
    }

    /**
     * Solves at many parameter vectors through the solver's batch solve (one call per batch: a surrogate spreads it
     * over the cores); on a domain whose shape moves with the parameters, one vector after another.
     */
    public List<Evaluation> solveBatch(SurrogateSolver solver, double[][] parameterValues, IProgressMonitor monitor)
            throws SolverException {
        List<Evaluation> evaluations = new ArrayList<>(parameterValues.length);
        if (problem.shape().isPresent() && problem.shape().get().dependsOnParameters()) {
            for (double[] values : parameterValues) {
                evaluations.add(solve(solver, values, monitor));
            }
            return evaluations;
        }
        boolean[] in = problem.shape().isEmpty() || parameterValues.length == 0 ? null
                : problem.inside(points, parameterValues[0]);
        for (FieldSolution solution : solver.solveBatch(parameterValues,
                in == null ? points : PointTables.select(points, dimension, in), monitor)) {
            evaluations.add(derive(solution, in));
        }
        return evaluations;
    }

    private Evaluation derive(FieldSolution solution, boolean[] in) {
        double[] values = new double[quantities.size()];
        boolean[] holes = new boolean[values.length];
        int gridSolved = solvedIndex(in, gridCount);
        for (int q = 0; q < values.length; q++) {
            DerivedQuantity quantity = quantities.get(q);
            double[] field = solution.field(quantity.field());
            if (quantity.kind() == DerivedQuantity.Kind.PROBE) {
                boolean inside = in == null || in[probeIndex[q]];
                holes[q] = !inside;
                values[q] = inside ? field[solvedIndex(in, probeIndex[q])] : Double.NaN;
            } else {
                values[q] = quantity.over(field, gridSolved);
            }
        }
        return new Evaluation(solution, in == null ? null : Arrays.copyOf(in, gridCount), gridSolved,
                new Values(values, holes, solution.validity()));
    }

    /**
     * The quantities as a function of some parameters, the others held at {@code base}: what {@link Optimization}
     * searches.
     *
     * @param free the indices (in the study's order) of the parameters searched, in the order of the search range
     */
    public Optimization.Model model(SurrogateSolver solver, double[] base, int[] free, IProgressMonitor monitor) {
        return values -> {
            double[] all = base.clone();
            for (int i = 0; i < free.length; i++) {
                all[free[i]] = values[i];
            }
            return evaluate(solver, all, monitor).values();
        };
    }

    /** Where point {@code index} is among the solved points: how many points before it lie in the domain. */
    private static int solvedIndex(boolean[] inside, int index) {
        if (inside == null) {
            return index;
        }
        int before = 0;
        for (int p = 0; p < index; p++) {
            before += inside[p] ? 1 : 0;
        }
        return before;
    }
}
