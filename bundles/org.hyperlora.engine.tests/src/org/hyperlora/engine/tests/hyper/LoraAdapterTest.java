package org.hyperlora.engine.tests.hyper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class LoraAdapterTest {

    @BeforeAll
    static void initialize() {
        Nd4jRuntime.initialize();
    }

    private static Mlp network() {
        return new Mlp(new int[] { 2, 6, 5, 3 }, Activation.TANH, DataType.DOUBLE, null, null, 7);
    }

    @Test
    void initialVectorIsTheBaseNetworkAndCountsFollowTheRanks() {
        Mlp base = network();
        LoraAdapter lora = LoraAdapter.uniform(base, base.parameters(), 2, false);
        // layers 2x6, 6x5, 5x3: A and B of rank 2 each
        assertEquals(2 * 2 + 2 * 6 + 6 * 2 + 2 * 5 + 5 * 2 + 2 * 3, lora.trainableCount());
        assertEquals(base.parameterCount(), lora.networkParameterCount());
        double[] weights = new double[base.parameterCount()];
        lora.networkWeights(lora.initialTrainable(3), weights);
        assertArrayEquals(base.parameters(), weights, 0.0);
        assertTrue(lora.describe().contains(lora.trainableCount() + " trainable of " + base.parameterCount()),
                lora.describe());
    }

    @Test
    void rankAboveTheSmallerSideIsCappedAndBiasesAdaptWhenAsked() {
        Mlp base = network();
        LoraAdapter lora = new LoraAdapter(base, base.parameters(), new int[] { 8, 0, 1 }, true);
        assertArrayEquals(new int[] { 2, 0, 1 }, lora.ranks());
        int adapters = 2 * 2 + 2 * 6 + 5 * 1 + 1 * 3;
        assertEquals(adapters + 6 + 5 + 3, lora.trainableCount());
        double[] trainable = lora.initialTrainable(1);
        trainable[adapters + 6] = 0.25; // δ of layer 2, first output
        double[] weights = new double[base.parameterCount()];
        lora.networkWeights(trainable, weights);
        assertEquals(base.parameters()[base.biasOffset(1)] + 0.25, weights[base.biasOffset(1)], 0.0);
    }

    @Test
    void weightsAreBasePlusTheProductOfTheFactors() {
        Mlp base = network();
        LoraAdapter lora = LoraAdapter.uniform(base, base.parameters(), 2, false);
        double[] trainable = randomVector(lora.trainableCount(), 5);
        double[] weights = new double[base.parameterCount()];
        lora.networkWeights(trainable, weights);
        // layer 1 (6 x 5): A at 2*2 + 2*6 = 16 (6 x 2), B after it (2 x 5)
        int a = 2 * 2 + 2 * 6, b = a + 6 * 2;
        double[] w0 = base.parameters();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 5; j++) {
                double product = trainable[a + i * 2] * trainable[b + j] + trainable[a + i * 2 + 1] * trainable[b + 5 + j];
                int k = base.weightOffset(1) + i * 5 + j;
                assertEquals(w0[k] + product, weights[k], 1e-15);
            }
        }
        // biases frozen
        for (int k = base.biasOffset(1); k < base.biasOffset(1) + 5; k++) {
            assertEquals(w0[k], weights[k], 0.0);
        }
    }

    @Test
    void pullBackIsTheTransposedJacobianByFiniteDifferences() {
        Mlp base = network();
        LoraAdapter lora = new LoraAdapter(base, base.parameters(), new int[] { 1, 2, 2 }, true);
        double[] coefficients = randomVector(base.parameterCount(), 9);
        double[] trainable = randomVector(lora.trainableCount(), 11);
        // f(w) = Σ c_k w_k + ½ Σ w_k², so df/dw = c + w
        double[] weights = new double[base.parameterCount()];
        lora.networkWeights(trainable, weights);
        double[] networkGradient = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            networkGradient[k] = coefficients[k] + weights[k];
        }
        double[] gradient = new double[lora.trainableCount()];
        lora.pullBack(trainable, networkGradient, gradient);
        double h = 1e-6;
        for (int k = 0; k < trainable.length; k++) {
            double[] plus = trainable.clone(), minus = trainable.clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (objective(lora, plus, coefficients) - objective(lora, minus, coefficients)) / (2 * h);
            assertEquals(numeric, gradient[k], 1e-7 * Math.max(1, Math.abs(numeric)), "component " + k);
        }
    }

    private static double objective(LoraAdapter lora, double[] trainable, double[] coefficients) {
        double[] weights = new double[lora.networkParameterCount()];
        lora.networkWeights(trainable, weights);
        double value = 0;
        for (int k = 0; k < weights.length; k++) {
            value += coefficients[k] * weights[k] + 0.5 * weights[k] * weights[k];
        }
        return value;
    }

    @Test
    void badLayoutsAreRefusedWithTheirReason() {
        Mlp base = network();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new LoraAdapter(base, new double[3], new int[] { 1, 1, 1 }, false)).getMessage()
                .contains("base weights have 3 entries"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new LoraAdapter(base, base.parameters(), new int[] { 1, 1 }, false)).getMessage()
                .contains("3 dense layers, got 2 ranks"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new LoraAdapter(base, base.parameters(), new int[] { 1, -1, 1 }, false)).getMessage()
                .contains("rank of layer 2 must be >= 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new LoraAdapter(base, base.parameters(), new int[] { 0, 0, 0 }, false)).getMessage()
                .contains("no layer is adapted"));
        LoraAdapter lora = LoraAdapter.uniform(base, base.parameters(), 1, false);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> lora.networkWeights(new double[2], new double[base.parameterCount()])).getMessage()
                .contains("needs " + lora.trainableCount() + " entries, got 2"));
    }

    /**
     * u' = a·u, u(0) = 1 on [0, 1]: a base network trained at a = 1, then LoRA adapters (rank 1, base frozen)
     * fitted at a = 1.5 must reach far below the base network's loss there and match exp(1.5 x).
     */
    @Test
    void adaptersTrainedThroughTheTrainerFitANewParameterValue() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x").fields("u").parameters("a").build();
        Domain domain = Domain.builder().coordinate("x", 0, 1).build();
        PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_x - a*u").dirichlet("u", "left", "1")
                .collocation(64, SamplerKind.SOBOL).boundaryPoints(1).seed(3).build();
        Mlp network = problem.newNetwork(new int[] { 12, 12 }, Activation.TANH, DataType.DOUBLE, 1);
        List<TrainingStage> plan = List.of(new TrainingStage.Adam(500, LearningRateSchedule.constant(1e-2)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(400)));
        TrainingResult baseResult = new Trainer(problem.loss(network, new double[] { 1 }), plan)
                .train(network.parameters(), TrainingListener.NONE);
        double[] baseWeights = baseResult.weights();
        PinnLoss shifted = problem.loss(network, new double[] { 1.5 });
        double baseLoss = shifted.value(baseWeights);

        LoraAdapter lora = LoraAdapter.uniform(network, baseWeights, 1, false);
        TrainingResult adapted = new Trainer(shifted, plan, lora).train(lora.initialTrainable(2), TrainingListener.NONE);
        assertEquals(lora.trainableCount(), adapted.weights().length, "the trainer returns the adapter vector");
        assertTrue(adapted.loss() < baseLoss / 100, "adapted loss " + adapted.loss() + " vs base " + baseLoss);

        double[] weights = new double[network.parameterCount()];
        lora.networkWeights(adapted.weights(), weights);
        network.setParameters(weights);
        double[] points = { 0, 0.25, 0.5, 0.75, 1 };
        double[] u = problem.fieldValues(network, new double[] { 1.5 }, points)[0];
        for (int k = 0; k < points.length; k++) {
            assertEquals(Math.exp(1.5 * points[k]), u[k], 2e-3 * Math.exp(1.5 * points[k]), "x = " + points[k]);
        }
    }

    static double[] randomVector(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = random.nextGaussian() * 0.5;
        }
        return values;
    }
}
