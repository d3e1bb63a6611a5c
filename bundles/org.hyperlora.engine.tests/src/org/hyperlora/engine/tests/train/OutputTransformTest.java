package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.LossTerm;
import org.hyperlora.engine.train.OutputTransform;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.PointGroup;
import org.hyperlora.engine.train.Terms;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Hard constraints u = g + d·N: the field streams against finite differences of the transformed value,
 * the weight gradient through the transform against finite differences, an exactly constrained Burgers
 * solve, and the messages for bad input.
 */
class OutputTransformTest {

    /** Two coordinates, two fields (u constrained, v passed through), one parameter. */
    private static final SymbolTable PLANE = SymbolTable.builder().coordinates("x", "y").fields("u", "v")
            .parameters("a").build();
    private static final double[] A = { 0.8 };
    /** g and d with non-zero first, second and mixed derivatives everywhere. */
    private static final String G = "sin(pi*x)*cos(y) + a*x*y^2";
    private static final String D = "x*(1 - x)*exp(a*y) + y^2*x";

    private static final Derivative[] ALL = { Derivative.VALUE, Derivative.of(0), Derivative.of(1),
            Derivative.of(0, 0), Derivative.of(0, 1), Derivative.of(1, 1) };

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    // ---------------------------------------------------------------- (a) streams

    @Test
    void networkStreamsAreEverySubDerivative() {
        OutputTransform transform = OutputTransform.parse(PLANE, "u", G, D);
        assertEquals(Set.of(StreamKey.value(0)), transform.networkStreams(Set.of(StreamKey.value(0))));
        assertEquals(Set.of(StreamKey.value(0), StreamKey.of(0, 0), StreamKey.of(0, 0, 0)),
                transform.networkStreams(Set.of(StreamKey.of(0, 0, 0))));
        assertEquals(Set.of(StreamKey.value(0), StreamKey.of(0, 0), StreamKey.of(0, 1), StreamKey.of(0, 0, 1)),
                transform.networkStreams(Set.of(StreamKey.of(0, 1, 0))));
        assertEquals(Set.of(), transform.networkStreams(Set.of(StreamKey.of(1, 0), StreamKey.value(1))));
    }

    @Test
    void transformedStreamsMatchFiniteDifferencesOfTheTransformedValue() {
        OutputTransform transform = OutputTransform.parse(PLANE, "u", G, D);
        Mlp network = new Mlp(new int[] { 2, 12, 12, 2 }, Activation.TANH, DataType.DOUBLE, new double[] { -1, -1 },
                new double[] { 1, 1 }, 7);
        Random random = new Random(3);
        int n = 12;
        double[] points = new double[2 * n];
        for (int k = 0; k < points.length; k++) {
            points[k] = -1 + 2 * random.nextDouble();
        }
        // All six field streams from one forward pass with every derivative.
        Set<StreamKey> fieldStreams = new LinkedHashSet<>();
        for (Derivative d : ALL) {
            fieldStreams.add(new StreamKey(0, d));
        }
        Set<StreamKey> networkStreams = transform.networkStreams(fieldStreams);
        assertEquals(6, networkStreams.size());
        DerivativePlan plan = DerivativePlan.builder(2).second(0, 0).second(0, 1).second(1, 1).build();
        Mlp.Workspace ws = network.workspace(n, plan);
        network.forward(ws, points);
        Map<StreamKey, double[]> networkColumns = new HashMap<>();
        for (StreamKey key : networkStreams) {
            double[] column = new double[n];
            ws.outputColumn(streamIndex(plan, key.derivative()), 0, column);
            networkColumns.put(key, column);
        }
        Map<StreamKey, double[]> fieldColumns = new HashMap<>();
        for (StreamKey key : fieldStreams) {
            fieldColumns.put(key, new double[n]);
        }
        PointColumns at = PointColumns.ofCoordinates(n, columns(points, n), A);
        transform.apply(at, networkColumns, fieldColumns);

        double h1 = 1e-4, h2 = 2e-4;
        double worst = 0;
        for (int p = 0; p < n; p++) {
            double x = points[2 * p], y = points[2 * p + 1];
            double[] expected = {
                    field(transform, network, x, y),
                    (field(transform, network, x + h1, y) - field(transform, network, x - h1, y)) / (2 * h1),
                    (field(transform, network, x, y + h1) - field(transform, network, x, y - h1)) / (2 * h1),
                    (field(transform, network, x + h2, y) - 2 * field(transform, network, x, y)
                            + field(transform, network, x - h2, y)) / (h2 * h2),
                    (field(transform, network, x + h2, y + h2) - field(transform, network, x + h2, y - h2)
                            - field(transform, network, x - h2, y + h2) + field(transform, network, x - h2, y - h2))
                            / (4 * h2 * h2),
                    (field(transform, network, x, y + h2) - 2 * field(transform, network, x, y)
                            + field(transform, network, x, y - h2)) / (h2 * h2) };
            for (int s = 0; s < ALL.length; s++) {
                double actual = fieldColumns.get(new StreamKey(0, ALL[s]))[p];
                double error = Math.abs(actual - expected[s]) / Math.max(1, Math.abs(expected[s]));
                worst = Math.max(worst, error);
                assertTrue(error < 1e-6, "u_" + ALL[s].format(PLANE) + " at (" + x + ", " + y + "): transform " + actual
                        + ", finite differences " + expected[s]);
            }
        }
        System.out.printf("hard constraint streams vs finite differences: worst relative error %.2e%n", worst);
    }

    /** g + d·N at one point, the network evaluated there alone. */
    private static double field(OutputTransform transform, Mlp network, double x, double y) {
        Mlp.Workspace ws = network.workspace(1, DerivativePlan.valuesOnly(2));
        network.forward(ws, new double[] { x, y });
        double[] raw = { ws.output(0, 0, 0) };
        double[] out = new double[1];
        transform.apply(PointColumns.ofCoordinates(1, new double[][] { { x }, { y } }, A),
                Map.of(StreamKey.value(0), raw), Map.of(StreamKey.value(0), out));
        return out[0];
    }

    // ---------------------------------------------------------------- (b) gradient

    @Test
    void weightGradientThroughTheTransformMatchesFiniteDifferences() {
        Mlp network = new Mlp(new int[] { 2, 6, 6, 2 }, Activation.TANH, DataType.DOUBLE, new double[] { -1, -1 },
                new double[] { 1, 1 }, 11);
        PinnLoss loss = new PinnLoss(network, A, groups(List.of(OutputTransform.parse(PLANE, "u", G, D)), 5));
        double value = loss.value(network.parameters());
        assertTrue(value > 1e-3, "a random network does not satisfy the PDE: loss " + value);
        double worst = FiniteDifferences.assertGradientMatches(loss, network.parameters());
        System.out.printf("hard constraint weight gradient vs finite differences: worst relative error %.2e%n", worst);
    }

    /**
     * A group mixing everything: an equation reading u's value, first, second and mixed derivatives and
     * v's; a Neumann-type term on u; a Dirichlet term on v (passed through); data on u.
     */
    private static List<PointGroup> groups(List<OutputTransform> transforms, long seed) {
        Random random = new Random(seed);
        double[] points = new double[2 * 20];
        for (int k = 0; k < points.length; k++) {
            points[k] = -1 + 2 * random.nextDouble();
        }
        double[] data = new double[20];
        for (int k = 0; k < data.length; k++) {
            data[k] = random.nextGaussian();
        }
        List<LossTerm> terms = List.of(
                Terms.equation("pde", PLANE.parse("u_xx + u_yy - a*u_xy + u*v_x - sin(u_y) - v*u_x + x")),
                Terms.boundary("flux u", 0, 1, 1, -1.0, PLANE.parse("x*y")),
                Terms.boundary("value v", 1, 0, 0, 1.0, PLANE.parse("cos(x)")),
                Terms.data("data u", 0, data));
        return List.of(new PointGroup("mixed", 2, points, terms, transforms));
    }

    @Test
    void identityTransformLeavesLossAndGradientUnchanged() {
        Mlp network = new Mlp(new int[] { 2, 6, 6, 2 }, Activation.TANH, DataType.DOUBLE, new double[] { -1, -1 },
                new double[] { 1, 1 }, 13);
        double[] weights = network.parameters();
        PinnLoss plain = new PinnLoss(network, A, groups(List.of(), 5));
        PinnLoss identity = new PinnLoss(network, A, groups(List.of(OutputTransform.parse(PLANE, "u", "0", "1")), 5));
        double[] expected = new double[weights.length];
        double[] actual = new double[weights.length];
        double value = plain.valueAndGradient(weights, expected);
        // u = 0 + 1·N: every coefficient is 0 or 1, so the result is the same to the last bit.
        assertEquals(value, identity.valueAndGradient(weights, actual));
        assertArrayEquals(expected, actual);
        assertEquals(plain.groups().get(0).plan().toString(), identity.groups().get(0).plan().toString());
    }

    @Test
    void transformsOfFieldsNoTermReadsAreIgnored() {
        double[] points = { 0.1, 0.2, -0.3, 0.4 };
        PointGroup group = new PointGroup("v only", 2, points,
                List.of(Terms.boundary("v", 1, 0, 0, 1.0, null)), List.of(OutputTransform.parse(PLANE, "u", G, D)));
        assertEquals(List.of(), group.transforms());
        assertEquals(Set.of(StreamKey.value(1)), group.networkStreams());
    }

    @Test
    void secondDerivativesOfTheFieldNeedOnlyWhatTheTransformUses() {
        // u_xy alone: the network must deliver N, N_x, N_y, N_xy; the plan has both first derivatives.
        PointGroup group = new PointGroup("mixed", 2, new double[] { 0.1, 0.2 },
                List.of(Terms.equation("pde", PLANE.parse("u_xy"))), List.of(OutputTransform.parse(PLANE, "u", G, D)));
        assertEquals(Set.of(StreamKey.value(0), StreamKey.of(0, 0), StreamKey.of(0, 1), StreamKey.of(0, 0, 1)),
                group.networkStreams());
        assertEquals("value, d/dx0, d/dx1, d2/dx0dx1", group.plan().toString());
    }

    // ---------------------------------------------------------------- (c) Burgers, exactly constrained

    @Test
    void burgersWithHardConstraintsIsExactOnTheBoundaryAndAccurateInside() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx")
                .hardConstraint("u", "-sin(pi*x)", "t*(1 - x^2)")
                .collocation(1000, SamplerKind.SOBOL).seed(1).build();
        Mlp network = problem.newNetwork(new int[] { 20, 20, 20 }, Activation.TANH, DataType.DOUBLE, 1);
        double[] nu = { 0.1 / Math.PI };
        PinnLoss loss = problem.loss(network, nu);
        assertEquals(List.of("pde 1"), loss.termNames());
        long start = System.nanoTime();
        TrainingResult result = new Trainer(loss, List.of(
                new TrainingStage.Adam(1000, LearningRateSchedule.exponential(2e-3, 0.5, 1000)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(1000).withMaxEvaluations(2000)
                        .withHistorySize(50).withGradientTolerance(1e-12).withRelativeFunctionTolerance(1e-15))))
                .train(network.parameters(), TrainingListener.NONE);
        assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
        network.setParameters(result.weights());
        double seconds = (System.nanoTime() - start) / 1e9;

        // Boundary and initial values: exact whatever the weights.
        int m = 101;
        double[] edges = new double[3 * m * 2];
        double[] expected = new double[3 * m];
        for (int i = 0; i < m; i++) {
            double s = (double) i / (m - 1);
            double x = -1 + 2 * s;
            edges[2 * i] = x;                       // t = 0
            expected[i] = -Math.sin(Math.PI * x);
            edges[2 * (m + i)] = -1;                // x = -1
            edges[2 * (m + i) + 1] = s;
            edges[2 * (2 * m + i)] = 1;             // x = 1
            edges[2 * (2 * m + i) + 1] = s;
        }
        double[] onEdges = problem.fieldValues(network, nu, edges)[0];
        double boundaryError = 0;
        for (int k = 0; k < expected.length; k++) {
            boundaryError = Math.max(boundaryError, Math.abs(onEdges[k] - expected[k]));
        }
        assertTrue(boundaryError < 1e-15, "boundary/initial error " + boundaryError);

        // Inside: relative L2 against the reference on a 60×60 grid.
        int n = 60;
        double[] grid = new double[n * n * 2];
        double[][] gridPoints = new double[n * n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                grid[2 * k] = -1 + 2.0 * i / (n - 1);
                grid[2 * k + 1] = (double) j / (n - 1);
                gridPoints[k] = new double[] { grid[2 * k], grid[2 * k + 1] };
            }
        }
        double[] predicted = problem.fieldValues(network, nu, grid)[0];
        double[] exact = new BurgersReference().evaluate(nu, gridPoints)[0];
        double error = ErrorMetrics.relativeL2("u", predicted, exact);
        System.out.printf("burgers nu=0.1/pi, hard constraints: relative L2 u %.3e, boundary error %.1e, %.1f s%n",
                error, boundaryError, seconds);
        assertTrue(error < 5e-3, "u relative L2 " + error);
    }

    @Test
    void conditionsOnAHardConstrainedFieldAreSatisfiedExactly() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx")
                .initial("u", "-sin(pi*x)").dirichlet("u", "left", "0").dirichlet("u", "right", "0")
                .hardConstraint("u", "-sin(pi*x)", "t*(1 - x^2)")
                .collocation(200, SamplerKind.SOBOL).boundaryPoints(50).seed(1).build();
        Mlp network = problem.newNetwork(new int[] { 10, 10 }, Activation.TANH, DataType.DOUBLE, 2);
        PinnLoss loss = problem.loss(network, new double[] { 0.1 / Math.PI });
        double[] gradient = new double[network.parameterCount()];
        loss.valueAndGradient(network.parameters(), gradient);
        double[] losses = loss.lastTermLosses();
        assertEquals(4, losses.length, loss.termNames().toString());
        assertTrue(losses[0] > 1e-4, "the PDE is not satisfied by a random network: " + losses[0]);
        for (int t = 1; t < losses.length; t++) {
            assertTrue(losses[t] < 1e-30, loss.termNames().get(t) + ": " + losses[t]);
        }
        assertEquals(1, problem.hardConstraints().size());
    }

    // ---------------------------------------------------------------- (d) bad input

    @Test
    void badHardConstraintsAreReportedClearly() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        PinnProblem.Builder builder = PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx");

        assertMessage(() -> builder.hardConstraint("w", "0", "t"), "hard constraint: unknown field 'w'; fields are [u]");
        assertMessage(() -> builder.hardConstraint("u", "-sin(pi*x", "t"),
                "hard constraint on u: g '-sin(pi*x': line 1, column 10");
        assertMessage(() -> builder.hardConstraint("u", "0", "t*(1 - x^2"),
                "hard constraint on u: d 't*(1 - x^2': line 1");
        assertMessage(() -> builder.hardConstraint("u", "0", "t*y"), "hard constraint on u: d 't*y': line 1, column 3");
        assertMessage(() -> builder.hardConstraint("u", "u_x", "t"),
                "hard constraint on u: g 'u_x' may use coordinates and parameters only, not fields (it reads u_x)");
        assertMessage(() -> builder.hardConstraint("u", "0", "t*u"),
                "hard constraint on u: d 't*u' may use coordinates and parameters only, not fields (it reads u)");
        assertMessage(() -> builder.hardConstraint("u", "0", " "), "hard constraint on u: d is empty");
        assertMessage(() -> builder.hardConstraint("u", null, "t"), "hard constraint on u: g is empty");
        assertMessage(() -> builder.hardConstraint("u", "1", "2 - 2"), "hard constraint on u: d '2 - 2' is identically 0");

        builder.hardConstraint("u", "-sin(pi*x)", "t");
        assertMessage(() -> builder.hardConstraint("u", "0", "t"), "hard constraint on u: the field already has one");
    }

    @Test
    void anUndefinedDerivativeAtAPointFailsWhenTheLossIsBuilt() {
        // abs has no derivative at its kink, and u_xx needs d_x: a point at x = 0 must be reported, not NaN.
        PointGroup group = new PointGroup("collocation", 2, new double[] { 0.5, 0.25, 0.0, 0.5 },
                List.of(Terms.equation("pde", PLANE.parse("u_xx"))),
                List.of(OutputTransform.parse(PLANE, "u", "0", "abs(x)*y")));
        Mlp network = new Mlp(new int[] { 2, 4, 2 }, Activation.TANH, DataType.DOUBLE, null, null, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PinnLoss(network, A, List.of(group)));
        assertTrue(e.getMessage().startsWith("collocation: hard constraint on u: d_x = x/abs(x)*y (of d = 'abs(x)*y') is NaN"
                + " at (x = 0.0, y = 0.5)"), e.getMessage());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable action, String start) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().startsWith(start), "expected a message starting with\n  " + start + "\nbut got\n  "
                + e.getMessage());
    }

    // ---------------------------------------------------------------- helpers

    private static int streamIndex(DerivativePlan plan, Derivative d) {
        return switch (d.order()) {
        case 0 -> 0;
        case 1 -> plan.firstStream(d.coordinate(0));
        default -> plan.secondStream(d.coordinate(0), d.coordinate(1));
        };
    }

    private static double[][] columns(double[] points, int n) {
        double[][] columns = new double[2][n];
        for (int p = 0; p < n; p++) {
            columns[0][p] = points[2 * p];
            columns[1][p] = points[2 * p + 1];
        }
        return columns;
    }
}
