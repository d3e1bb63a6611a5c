package org.hyperlora.engine.tests.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The chunked elementwise kernels (the Vector API's tanh in this test runtime, which starts the JVM with
 * {@code --add-modules jdk.incubator.vector}) against a plain forward pass with {@link Math#tanh}, in float64 to a
 * few ulps and in float32 to its precision, across tiles and chunks of every size.
 */
class ElementwiseKernelsTest {

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    /**
     * The Vector API's kernels are used only when they agree with the scalar ones on probes at load (tanh, the
     * activation adjoint of every plan shape they treat apart, float32 conversions), so this also says they did.
     */
    @Test
    void theVectorApiKernelsRunHere() {
        assertTrue(Parallelism.describe().contains("conversion) Vector API"), Parallelism.describe());
    }

    /**
     * A network's gradient through the fused adjoint kernels is the same, bit for bit, on the first call (interpreted)
     * and once the JIT has compiled them, for the plans the vector kernel treats apart (two inputs with no, one and two
     * second derivatives, one mixed) and for one it does not (three inputs), each on an odd number of points (a chunk
     * tail shorter than a vector); and it matches central finite differences of the loss.
     */
    @Test
    void gradientsThroughTheFusedAdjointAreStableUnderTheJitAndMatchFiniteDifferences() {
        DerivativePlan[] plans = { DerivativePlan.builder(2).first(0).first(1).build(),
                DerivativePlan.builder(2).first(1).second(0, 0).build(),
                DerivativePlan.builder(2).second(0, 0).second(1, 1).build(),
                DerivativePlan.builder(2).second(0, 1).second(1, 1).build(),
                DerivativePlan.builder(3).first(2).second(0, 0).second(1, 1).second(0, 2).build() };
        for (DerivativePlan plan : plans) {
            int inputs = plan.inputCount();
            int count = 45;
            SplittableRandom random = new SplittableRandom(23);
            double[] points = new double[inputs * count];
            for (int k = 0; k < points.length; k++) {
                points[k] = random.nextDouble(-1, 1);
            }
            int[] sizes = { inputs, 24, 20, 1 };
            Mlp network = new Mlp(sizes, Activation.TANH, DataType.DOUBLE, null, null, 5);
            Mlp.Workspace ws = network.workspace(count, plan);
            double[] weights = network.parameters();
            double[] first = gradientOfStreamSquares(network, ws, points, weights);
            double[] last = first;
            for (int round = 0; round < 400; round++) {
                last = gradientOfStreamSquares(network, ws, points, weights);
            }
            for (int k = 0; k < first.length; k++) {
                assertEquals(first[k], last[k], plan + ": parameter " + k + " before and after the JIT");
            }
            double h = 1e-6;
            for (int k = 0; k < weights.length; k += 37) {
                double[] plus = weights.clone();
                double[] minus = weights.clone();
                plus[k] += h;
                minus[k] -= h;
                double difference = (lossOfStreamSquares(network, ws, points, plus)
                        - lossOfStreamSquares(network, ws, points, minus)) / (2 * h);
                assertEquals(difference, last[k], 1e-6 * Math.max(1, Math.abs(difference)), plan + ": parameter " + k);
            }
        }
    }

    /** Half the sum of squares of every stream of the output: every stream's adjoint is its value. */
    private static double lossOfStreamSquares(Mlp network, Mlp.Workspace ws, double[] points, double[] weights) {
        network.setParameters(weights);
        network.forward(ws, points);
        double loss = 0;
        double[] column = new double[points.length / network.inputCount()];
        for (int s = 0; s < ws.plan().streamCount(); s++) {
            ws.outputColumn(s, 0, column);
            for (double v : column) {
                loss += 0.5 * v * v;
            }
        }
        return loss;
    }

    private static double[] gradientOfStreamSquares(Mlp network, Mlp.Workspace ws, double[] points, double[] weights) {
        lossOfStreamSquares(network, ws, points, weights);
        ws.clearOutputAdjoint();
        double[] column = new double[points.length / network.inputCount()];
        for (int s = 0; s < ws.plan().streamCount(); s++) {
            ws.outputColumn(s, 0, column);
            ws.setOutputAdjoint(s, 0, column);
        }
        double[] gradient = new double[weights.length];
        network.backward(ws, gradient);
        return gradient;
    }

    /**
     * The same numbers however far the JIT has got and with or without the Vector API: the vector tanh equals, bit for
     * bit, the scalar one (a single value runs the scalar code), before and after its loop is compiled. (With the
     * Vector API's own EXP — a vendor library once compiled, {@code Math.exp} before — about 5 % of values changed in
     * the last bit when the JIT compiled the loop, and two trainings of one study differed.)
     */
    @Test
    void theVectorTanhIsTheScalarOneBitForBitBeforeAndAfterTheJit() {
        SplittableRandom random = new SplittableRandom(17);
        double[] z = new double[8000];
        for (int k = 0; k < z.length; k++) {
            z[k] = random.nextDouble(-25, 25) * (random.nextInt(4) == 0 ? 0.01 : 1); // a quarter near the series
        }
        double[] first = Activation.TANH.values(z);
        double[] last = first;
        for (int round = 0; round < 3000; round++) {
            last = Activation.TANH.values(z);
        }
        for (int k = 0; k < z.length; k++) {
            double scalar = Activation.TANH.values(new double[] { z[k] })[0];
            assertEquals(scalar, first[k], "tanh(" + z[k] + ") on the first call");
            assertEquals(scalar, last[k], "tanh(" + z[k] + ") once compiled");
            // (1 - e)/(1 + e) cancels just above the series' range: a few ulps there
            assertEquals(Math.tanh(z[k]), last[k], 1e-14 * Math.abs(Math.tanh(z[k])), "tanh(" + z[k] + ")");
        }
    }

    /** Values of a tanh network by the textbook loop: normalize, then h = tanh(hW + b) layer by layer. */
    private static double[] reference(Mlp network, double[] points, int count) {
        int[] sizes = network.layerSizes();
        double[] parameters = network.parameters();
        double[][] box = network.inputBox();
        double[] out = new double[count];
        for (int p = 0; p < count; p++) {
            double[] h = new double[sizes[0]];
            for (int i = 0; i < sizes[0]; i++) {
                double center = 0.5 * (box[0][i] + box[1][i]);
                double half = 0.5 * (box[1][i] - box[0][i]);
                h[i] = (points[p * sizes[0] + i] - center) / half;
            }
            for (int l = 0; l + 1 < sizes.length; l++) {
                double[] next = new double[sizes[l + 1]];
                for (int j = 0; j < next.length; j++) {
                    double z = parameters[network.biasOffset(l) + j];
                    for (int i = 0; i < h.length; i++) {
                        z += h[i] * parameters[network.weightOffset(l) + i * next.length + j];
                    }
                    next[j] = l + 2 < sizes.length ? Math.tanh(z) : z;
                }
                h = next;
            }
            out[p] = h[0];
        }
        return out;
    }

    @Test
    void forwardAndInferenceAgreeWithAPlainLoopInBothPrecisions() {
        // 1,000 points: several tiles per thread and a last chunk of odd size
        int count = 1003;
        SplittableRandom random = new SplittableRandom(3);
        double[] points = new double[2 * count];
        for (int k = 0; k < points.length; k++) {
            points[k] = random.nextDouble(-1, 1);
        }
        for (DataType type : new DataType[] { DataType.DOUBLE, DataType.FLOAT }) {
            Mlp network = new Mlp(new int[] { 2, 40, 33, 1 }, Activation.TANH, type, null, null, 11);
            double[] parameters = network.parameters();
            for (int k = 0; k < parameters.length; k++) {
                parameters[k] += 0.5 * random.nextGaussian(); // large pre-activations: tanh saturates too
            }
            network.setParameters(parameters);
            double[] expected = reference(network, points, count);
            double tolerance = type == DataType.DOUBLE ? 1e-14 : 2e-5;
            Mlp.Workspace training = network.workspace(count, DerivativePlan.builder(2).first(0).second(1, 1).build());
            network.forward(training, points);
            double[] values = new double[count];
            training.outputColumn(0, 0, values);
            Mlp.Workspace solving = network.workspace(count, DerivativePlan.valuesOnly(2));
            network.infer(solving, points);
            double[] inferred = new double[count];
            solving.outputColumn(0, 0, inferred);
            for (int p = 0; p < count; p++) {
                double scale = Math.max(1, Math.abs(expected[p]));
                assertEquals(expected[p], values[p], tolerance * scale, type + " forward, point " + p);
                assertEquals(expected[p], inferred[p], tolerance * scale, type + " inference, point " + p);
            }
        }
    }
}
