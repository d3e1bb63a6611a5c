package org.hyperlora.engine.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.reference.ReferenceSolution;

/**
 * Whether a reference solution solves a problem: every loss term of the problem (PDE residuals at collocation
 * points, boundary, initial and periodic conditions at the boundary points) evaluated on the reference, with its
 * derivatives by central differences (one-sided at the boundary). A term's largest residual is compared with the
 * size of what it balances — for a PDE the largest sum of its additive terms' magnitudes, for a condition the
 * largest value it reads — so an exact reference stays at the level of the difference error (about 1e-6 and below
 * for the built-in ones) while an edited equation or condition shows up at 1e-2 and above.
 */
public final class ReferenceFit {

    /** Relative residuals above this mean the reference does not solve the problem. */
    public static final double TOLERANCE = 1e-3;
    /** Collocation points used per check (the first of the problem's quasi-random sequence). */
    private static final int COLLOCATION_POINTS = 400;
    /** Difference step as a fraction of each side of the domain. */
    private static final double STEP = 1e-4;

    /** A term's largest residual relative to its size, at a parameter vector and a point. */
    public record Mismatch(String term, double relative, double[] parameters, double[] point) {
    }

    private ReferenceFit() {
    }

    /**
     * The worst term over the given parameter vectors when it exceeds {@link #TOLERANCE}, else empty.
     *
     * @throws IllegalArgumentException when the reference's names are not the problem's
     */
    public static Optional<Mismatch> worst(PinnProblem problem, ReferenceSolution reference, double[][] parameterValues) {
        Mismatch worst = null;
        for (double[] parameters : parameterValues) {
            for (Mismatch mismatch : check(problem, reference, parameters)) {
                if (worst == null || !(mismatch.relative() <= worst.relative())) {
                    worst = mismatch;
                }
            }
        }
        return worst != null && !(worst.relative() <= TOLERANCE) ? Optional.of(worst) : Optional.empty();
    }

    /** Every term's largest relative residual at one parameter vector. */
    public static List<Mismatch> check(PinnProblem problem, ReferenceSolution reference, double[] parameters) {
        List<String> fields = problem.symbols().fields();
        if (!reference.fieldNames().equals(fields) || !reference.coordinateNames().equals(problem.symbols().coordinates())) {
            throw new IllegalArgumentException("reference '" + reference.name() + "' has coordinates "
                    + reference.coordinateNames() + " and fields " + reference.fieldNames() + ", the problem "
                    + problem.symbols().coordinates() + " and " + fields);
        }
        Domain domain = problem.domain();
        List<Mismatch> mismatches = new ArrayList<>();
        List<PointGroup> groups = problem.groups(parameters);
        for (int g = 0; g < groups.size(); g++) {
            PointGroup group = groups.get(g);
            boolean collocation = g == 0;
            double[] points = collocation ? interior(group.points(), domain) : group.points();
            int count = points.length / domain.dimension();
            if (count == 0) {
                continue;
            }
            Set<StreamKey> keys = new TreeSet<>();
            group.terms().forEach(term -> keys.addAll(term.streams()));
            if (!collocation && keys.stream().anyMatch(key -> key.derivative().order() > 1)) {
                continue; // second derivatives on the boundary: no stencil stays inside
            }
            Map<StreamKey, double[]> streams = new Differences(reference, parameters, domain, points).streams(keys);
            double[][] coordinates = new double[domain.dimension()][count];
            for (int k = 0; k < count; k++) {
                for (int d = 0; d < coordinates.length; d++) {
                    coordinates[d][k] = points[k * coordinates.length + d];
                }
            }
            PointColumns columns = PointColumns.of(count, streams, coordinates, parameters);
            int equation = 0;
            for (LossTerm term : group.terms()) {
                double[] residual = term.residual(columns);
                double size = term.isEquation() ? sizeOfTerms(problem.equations().get(equation++), columns)
                        : largestStream(term.streams(), streams);
                int at = largest(residual);
                double relative = Math.abs(residual[at]) / Math.max(size, 1e-12);
                double[] point = new double[coordinates.length];
                for (int d = 0; d < point.length; d++) {
                    point[d] = points[(at % count) * coordinates.length + d];
                }
                mismatches.add(new Mismatch(term.name(), relative, parameters.clone(), point));
            }
        }
        return mismatches;
    }

    /** The first collocation points at least two steps inside the domain (their stencils stay in it). */
    private static double[] interior(double[] points, Domain domain) {
        int dimension = domain.dimension();
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < points.length / dimension && kept.size() < COLLOCATION_POINTS; k++) {
            boolean inside = true;
            for (int d = 0; d < dimension; d++) {
                double margin = 2 * STEP * domain.sideLength(d);
                double x = points[k * dimension + d];
                inside &= x - domain.lower(d) >= margin && domain.upper(d) - x >= margin;
            }
            if (inside) {
                kept.add(k);
            }
        }
        double[] result = new double[kept.size() * dimension];
        for (int i = 0; i < kept.size(); i++) {
            System.arraycopy(points, kept.get(i) * dimension, result, i * dimension, dimension);
        }
        return result;
    }

    /** The largest, over the points, sum of the magnitudes of the equation's additive terms. */
    private static double sizeOfTerms(Expression equation, PointColumns columns) {
        double[] sum = new double[columns.size()];
        for (Expression term : equation.additiveTerms()) {
            CompiledExpression compiled = term.compile();
            double[] values = compiled.evaluate(columns);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += Math.abs(values[k]);
            }
        }
        return sum[largest(sum)];
    }

    private static double largestStream(Set<StreamKey> keys, Map<StreamKey, double[]> streams) {
        double largest = 0;
        for (StreamKey key : keys) {
            for (double value : streams.get(key)) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }

    /** The index of the largest magnitude (NaN counts as largest). */
    private static int largest(double[] values) {
        int at = 0;
        for (int k = 1; k < values.length; k++) {
            if (!(Math.abs(values[k]) <= Math.abs(values[at]))) {
                at = k;
            }
        }
        return at;
    }

    /**
     * Field values and derivatives of the reference at points, by finite differences inside the domain: every
     * stencil is planned first, then the reference is evaluated once at all stencil points.
     */
    private static final class Differences {
        /** One stencil point of a stream at a point: weight times the field at the point moved by offset. */
        private record Tap(int stencilPoint, double weight) {
        }

        private final ReferenceSolution reference;
        private final double[] parameters;
        private final Domain domain;
        private final double[] points;
        private final int dimension;
        private final int count;
        private final Map<List<Double>, Integer> stencilPoints = new LinkedHashMap<>();

        Differences(ReferenceSolution reference, double[] parameters, Domain domain, double[] points) {
            this.reference = reference;
            this.parameters = parameters;
            this.domain = domain;
            this.points = points;
            this.dimension = domain.dimension();
            this.count = points.length / dimension;
        }

        Map<StreamKey, double[]> streams(Set<StreamKey> keys) {
            Map<StreamKey, List<List<Tap>>> plans = new HashMap<>();
            for (StreamKey key : keys) {
                List<List<Tap>> plan = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    plan.add(stencil(key.derivative(), k));
                }
                plans.put(key, plan);
            }
            double[][] stencil = stencilPoints.keySet().stream()
                    .map(p -> p.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
            double[][] values = reference.evaluate(parameters, stencil);
            Map<StreamKey, double[]> streams = new HashMap<>();
            for (StreamKey key : keys) {
                double[] column = new double[count];
                for (int k = 0; k < count; k++) {
                    for (Tap tap : plans.get(key).get(k)) {
                        column[k] += tap.weight() * values[key.field()][tap.stencilPoint()];
                    }
                }
                streams.put(key, column);
            }
            return streams;
        }

        private List<Tap> stencil(Derivative derivative, int k) {
            if (derivative.isValue()) {
                return List.of(tap(k, 1, new double[dimension]));
            }
            int i = derivative.coordinate(0);
            double hi = STEP * domain.sideLength(i);
            if (derivative.order() == 1) {
                double x = points[k * dimension + i];
                if (x - hi < domain.lower(i) || x + hi > domain.upper(i)) {
                    // second-order one-sided difference, pointing into the domain
                    double s = x - hi < domain.lower(i) ? hi : -hi;
                    return List.of(tap(k, -3 / (2 * s), shift(i, 0)), tap(k, 4 / (2 * s), shift(i, s)),
                            tap(k, -1 / (2 * s), shift(i, 2 * s)));
                }
                return List.of(tap(k, 1 / (2 * hi), shift(i, hi)), tap(k, -1 / (2 * hi), shift(i, -hi)));
            }
            int j = derivative.coordinate(1);
            if (i == j) {
                return List.of(tap(k, 1 / (hi * hi), shift(i, hi)), tap(k, -2 / (hi * hi), shift(i, 0)),
                        tap(k, 1 / (hi * hi), shift(i, -hi)));
            }
            double hj = STEP * domain.sideLength(j);
            double w = 1 / (4 * hi * hj);
            return List.of(tap(k, w, shift(i, hi, j, hj)), tap(k, -w, shift(i, hi, j, -hj)),
                    tap(k, -w, shift(i, -hi, j, hj)), tap(k, w, shift(i, -hi, j, -hj)));
        }

        private Tap tap(int k, double weight, double[] offset) {
            List<Double> point = new ArrayList<>(dimension);
            for (int d = 0; d < dimension; d++) {
                point.add(points[k * dimension + d] + offset[d]);
            }
            Integer index = stencilPoints.get(point);
            if (index == null) {
                index = stencilPoints.size();
                stencilPoints.put(point, index);
            }
            return new Tap(index, weight);
        }

        private double[] shift(int axis, double by) {
            double[] offset = new double[dimension];
            offset[axis] = by;
            return offset;
        }

        private double[] shift(int a, double byA, int b, double byB) {
            double[] offset = shift(a, byA);
            offset[b] += byB;
            return offset;
        }
    }
}
