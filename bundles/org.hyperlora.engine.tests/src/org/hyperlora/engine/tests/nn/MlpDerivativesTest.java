package org.hyperlora.engine.tests.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The forward-mode derivative streams and the reverse-mode weight gradient of {@link Mlp}, checked
 * against central finite differences in float64 for random networks and every activation.
 */
class MlpDerivativesTest {

    private static final int POINTS = 7;

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    /** A random 3-input network (x, y, t) with two hidden layers and two outputs. */
    private static Mlp randomNetwork(Activation activation, long seed) {
        return randomNetwork(activation, seed, new boolean[3]);
    }

    /** {@link #randomNetwork(Activation, long)} with the given inputs embedded periodically. */
    private static Mlp randomNetwork(Activation activation, long seed, boolean[] periodic) {
        Mlp network = new Mlp(new int[] { Mlp.featureCount(periodic), 9, 8, 2 }, activation, DataType.DOUBLE,
                new double[] { -1, -0.5, 0 }, new double[] { 1, 1.5, 2 }, periodic, seed);
        // Glorot init leaves biases at zero; randomize everything so no term of the rules is skipped.
        double[] parameters = network.parameters();
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] = parameters[k] + 0.3 * random.nextGaussian();
        }
        network.setParameters(parameters);
        return network;
    }

    private static double[] randomPoints(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] points = new double[POINTS * 3];
        for (int p = 0; p < POINTS; p++) {
            points[3 * p] = random.nextDouble(-1, 1);
            points[3 * p + 1] = random.nextDouble(-0.5, 1.5);
            points[3 * p + 2] = random.nextDouble(0, 2);
        }
        return points;
    }

    private static DerivativePlan fullPlan() {
        return DerivativePlan.builder(3).second(0, 0).second(1, 1).second(0, 1).second(0, 2).first(2).build();
    }

    /** Output (stream, field) at every point for the given points. */
    private static double[] evaluate(Mlp network, DerivativePlan plan, double[] points, int stream, int field) {
        Mlp.Workspace ws = network.workspace(POINTS, plan);
        network.forward(ws, points);
        double[] column = new double[POINTS];
        ws.outputColumn(stream, field, column);
        return column;
    }

    private static double[] shifted(double[] points, int input, double h) {
        double[] copy = points.clone();
        for (int p = 0; p < POINTS; p++) {
            copy[3 * p + input] += h;
        }
        return copy;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void firstAndSecondInputDerivativesMatchCentralDifferences(Activation activation) {
        assertInputDerivativesMatchCentralDifferences(randomNetwork(activation, 11), activation.toString());
    }

    /** x and y enter as (cos, sin) of their angles: the chain rule through the embedding, pure and mixed. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void inputDerivativesThroughAPeriodicEmbeddingMatchCentralDifferences(Activation activation) {
        Mlp network = randomNetwork(activation, 13, new boolean[] { true, true, false });
        assertEquals(5, network.layerSizes()[0], "two columns per periodic input");
        assertEquals(3, network.inputCount());
        assertInputDerivativesMatchCentralDifferences(network, activation + ", periodic x and y");
    }

    private static void assertInputDerivativesMatchCentralDifferences(Mlp network, String what) {
        DerivativePlan plan = fullPlan();
        double[] points = randomPoints(5);
        double h = 1e-5;
        double worst = 0;
        for (int field = 0; field < 2; field++) {
            for (int i = 0; i < 3; i++) {
                // first derivative: central difference of the value stream
                double[] exact = evaluate(network, plan, points, plan.firstStream(i), field);
                double[] up = evaluate(network, plan, shifted(points, i, h), 0, field);
                double[] down = evaluate(network, plan, shifted(points, i, -h), 0, field);
                worst = Math.max(worst, worstRelative(exact, up, down, h));
                for (int j = 0; j < 3; j++) {
                    int stream = plan.secondStream(i, j);
                    if (stream < 0) {
                        continue;
                    }
                    // second derivative d/dx_j of the exact first-derivative stream along i
                    double[] second = evaluate(network, plan, points, stream, field);
                    double[] upFirst = evaluate(network, plan, shifted(points, j, h), plan.firstStream(i), field);
                    double[] downFirst = evaluate(network, plan, shifted(points, j, -h), plan.firstStream(i), field);
                    worst = Math.max(worst, worstRelative(second, upFirst, downFirst, h));
                }
            }
        }
        assertTrue(worst < 1e-6, what + ": worst relative deviation from central differences " + worst);
    }

    /**
     * A periodic input's period is its box's width: at x = -1 and x = 1 (and y = -0.5, 1.5) every stream — value,
     * first and second derivatives — is the same, so a periodic condition holds exactly; values-only inference
     * embeds the same way as the training pass.
     */
    @Test
    void aPeriodicEmbeddingIsPeriodicInEveryStreamAndInference() {
        Mlp network = randomNetwork(Activation.TANH, 17, new boolean[] { true, true, false });
        DerivativePlan plan = fullPlan();
        double[] points = randomPoints(21);
        double[] atLower = points.clone(), atUpper = points.clone();
        for (int p = 0; p < POINTS; p++) {
            atLower[3 * p] = -1;
            atUpper[3 * p] = 1;
            if (p % 2 == 0) { // and on some points the other periodic input at both of its ends too
                atLower[3 * p + 1] = -0.5;
                atUpper[3 * p + 1] = 1.5;
            }
        }
        double biggest = 0;
        for (int stream = 0; stream < plan.streamCount(); stream++) {
            for (int field = 0; field < 2; field++) {
                double[] a = evaluate(network, plan, atLower, stream, field);
                double[] b = evaluate(network, plan, atUpper, stream, field);
                for (int p = 0; p < POINTS; p++) {
                    biggest = Math.max(biggest, Math.abs(a[p]));
                    assertEquals(a[p], b[p], 1e-12 * Math.max(1, Math.abs(a[p])), "stream " + stream + ", field "
                            + field + ", point " + p);
                }
            }
        }
        assertTrue(biggest > 0.1, "the streams compared are not all near zero: " + biggest);
        Mlp.Workspace values = network.workspace(POINTS, DerivativePlan.valuesOnly(3));
        network.infer(values, points);
        double[] inferred = new double[POINTS];
        values.outputColumn(0, 1, inferred);
        assertArrayEquals(evaluate(network, plan, points, 0, 1), inferred, 1e-13);
        assertArrayEquals(new boolean[] { true, true, false }, network.sameLayout().periodicInputs());
    }

    @Test
    void aPeriodicInputNeedsItsBoxAndTwoColumns() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Mlp(new int[] { 2, 4, 1 },
                Activation.TANH, DataType.DOUBLE, new double[] { 0, 0 }, new double[] { 1, 1 }, new boolean[] { true,
                        false }, 1));
        assertTrue(error.getMessage().contains("the first layer reads 2 values, but 2 inputs with periodic ones "
                + "[true, false] make 3"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> new Mlp(new int[] { 3, 4, 1 }, Activation.TANH,
                DataType.DOUBLE, null, null, new boolean[] { true, false }, 1));
        assertTrue(error.getMessage().contains("a periodic input needs the input box"), error.getMessage());
    }

    private static double worstRelative(double[] exact, double[] up, double[] down, double h) {
        double worst = 0;
        for (int p = 0; p < exact.length; p++) {
            double difference = (up[p] - down[p]) / (2 * h);
            worst = Math.max(worst, Math.abs(difference - exact[p]) / Math.max(1.0, Math.abs(exact[p])));
        }
        return worst;
    }

    /** A loss that is nonlinear in every stream: sum over streams, fields and points of c·o + o²/2. */
    private static double loss(Mlp network, DerivativePlan plan, double[] points, double[] gradientOut) {
        Mlp.Workspace ws = network.workspace(POINTS, plan);
        network.forward(ws, points);
        double total = 0;
        double[] column = new double[POINTS];
        double[] adjoint = new double[POINTS];
        ws.clearOutputAdjoint();
        for (int stream = 0; stream < plan.streamCount(); stream++) {
            for (int field = 0; field < network.outputCount(); field++) {
                ws.outputColumn(stream, field, column);
                double weight = 0.5 + 0.25 * stream - 0.3 * field;
                for (int p = 0; p < POINTS; p++) {
                    total += weight * column[p] + 0.5 * column[p] * column[p];
                    adjoint[p] = weight + column[p];
                }
                ws.setOutputAdjoint(stream, field, adjoint);
            }
        }
        if (gradientOut != null) {
            network.backward(ws, gradientOut);
        }
        return total;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void weightGradientThroughAllStreamsMatchesCentralDifferences(Activation activation) {
        assertWeightGradientMatchesCentralDifferences(randomNetwork(activation, 23), activation.toString());
    }

    @Test
    void weightGradientThroughAPeriodicEmbeddingMatchesCentralDifferences() {
        assertWeightGradientMatchesCentralDifferences(randomNetwork(Activation.TANH, 29, new boolean[] { true, false,
                true }), "tanh, periodic x and t");
    }

    private static void assertWeightGradientMatchesCentralDifferences(Mlp network, String what) {
        DerivativePlan plan = fullPlan();
        double[] points = randomPoints(9);
        double[] gradient = new double[network.parameterCount()];
        loss(network, plan, points, gradient);
        double[] parameters = network.parameters();
        double h = 1e-6;
        double scale = 0;
        for (double g : gradient) {
            scale = Math.max(scale, Math.abs(g));
        }
        double worst = 0;
        for (int k = 0; k < parameters.length; k++) {
            double original = parameters[k];
            parameters[k] = original + h;
            network.setParameters(parameters);
            double up = loss(network, plan, points, null);
            parameters[k] = original - h;
            network.setParameters(parameters);
            double down = loss(network, plan, points, null);
            parameters[k] = original;
            double difference = (up - down) / (2 * h);
            worst = Math.max(worst, Math.abs(difference - gradient[k]) / Math.max(1.0, scale));
        }
        network.setParameters(parameters);
        assertTrue(worst < 1e-6, what + ": worst relative gradient error " + worst);
    }

    @Test
    void activationDerivativesMatchCentralDifferencesOfTheScalarReference() {
        double h = 1e-5;
        for (Activation activation : Activation.values()) {
            for (double z : new double[] { -2.5, -0.3, 0.0, 0.7, 3.1 }) {
                double[] at = scalar(activation, z);
                double[] up = scalar(activation, z + h), down = scalar(activation, z - h);
                for (int order = 0; order < 3; order++) {
                    double difference = (up[order] - down[order]) / (2 * h);
                    assertEquals(at[order + 1], difference, 1e-8, activation + " derivative " + (order + 1) + " at " + z);
                }
            }
        }
    }

    @Test
    void float32NetworkAgreesWithFloat64ToSinglePrecision() {
        Mlp exact = randomNetwork(Activation.TANH, 31);
        Mlp single = new Mlp(exact.layerSizes(), Activation.TANH, DataType.FLOAT, new double[] { -1, -0.5, 0 },
                new double[] { 1, 1.5, 2 }, 0);
        single.setParameters(exact.parameters());
        DerivativePlan plan = fullPlan();
        double[] points = randomPoints(3);
        for (int stream = 0; stream < plan.streamCount(); stream++) {
            double[] a = evaluate(exact, plan, points, stream, 0), b = evaluate(single, plan, points, stream, 0);
            for (int p = 0; p < POINTS; p++) {
                assertEquals(a[p], b[p], 1e-4 * Math.max(1, Math.abs(a[p])), "stream " + stream + " point " + p);
            }
        }
    }

    @Test
    void shardedWorkspaceAgreesWithASingleShard() {
        Mlp network = randomNetwork(Activation.TANH, 41);
        DerivativePlan plan = fullPlan();
        int points = 3 * Parallelism.MIN_POINTS_PER_SHARD + 17;
        SplittableRandom random = new SplittableRandom(2);
        double[] x = new double[points * 3];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextDouble(-1, 1);
        }
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            Mlp.Workspace single = network.workspace(points, plan);
            Parallelism.setThreads(3);
            Mlp.Workspace sharded = network.workspace(points, plan);
            assertEquals(1, single.shardCount());
            assertEquals(3, sharded.shardCount());
            double[] adjoint = new double[points];
            for (int p = 0; p < points; p++) {
                adjoint[p] = Math.sin(p);
            }
            double[][] gradients = new double[2][network.parameterCount()];
            Mlp.Workspace[] workspaces = { single, sharded };
            for (int w = 0; w < 2; w++) {
                network.forward(workspaces[w], x);
                workspaces[w].clearOutputAdjoint();
                for (int stream = 0; stream < plan.streamCount(); stream++) {
                    workspaces[w].setOutputAdjoint(stream, 1, adjoint);
                }
                network.backward(workspaces[w], gradients[w]);
            }
            double[] a = new double[points], b = new double[points];
            for (int stream = 0; stream < plan.streamCount(); stream++) {
                single.outputColumn(stream, 1, a);
                sharded.outputColumn(stream, 1, b);
                assertArrayEquals(a, b, 0.0, "stream " + stream + " is computed row by row, so shards change nothing");
                assertEquals(single.output(stream, points - 1, 1), sharded.output(stream, points - 1, 1), 0.0);
            }
            for (int k = 0; k < gradients[0].length; k++) {
                assertEquals(gradients[0][k], gradients[1][k], 1e-10 * (1 + Math.abs(gradients[0][k])),
                        "gradient " + k + " (summed over shards in another order)");
            }
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void badShapesAreRejectedWithClearMessages() {
        Mlp network = randomNetwork(Activation.TANH, 1);
        Mlp.Workspace ws = network.workspace(POINTS, fullPlan());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> network.forward(ws, new double[5]));
        assertTrue(error.getMessage().contains("expected 7 points × 3 coordinates = 21 values, got 5"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class,
                () -> new Mlp(new int[] { 2, 0, 1 }, Activation.TANH, DataType.DOUBLE, null, null, 1));
        assertTrue(error.getMessage().contains("layer 1 has size 0"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> Activation.parse("relu"));
        assertTrue(error.getMessage().contains("known: tanh, sin, silu"), error.getMessage());
    }

    /** σ and its first three derivatives at z, written out independently of the engine's kernels. */
    private static double[] scalar(Activation activation, double z) {
        return switch (activation) {
        case TANH -> {
            double a = Math.tanh(z), s1 = 1 - a * a;
            yield new double[] { a, s1, -2 * a * s1, -2 * s1 * (1 - 3 * a * a) };
        }
        case SIN -> new double[] { Math.sin(z), Math.cos(z), -Math.sin(z), -Math.cos(z) };
        case SILU -> {
            double s = 1 / (1 + Math.exp(-z)), ds = s * (1 - s);
            yield new double[] { z * s, s + z * ds, ds * (2 + z * (1 - 2 * s)),
                    ds * (3 * (1 - 2 * s) + z * (1 - 6 * s + 6 * s * s)) };
        }
        };
    }
}
