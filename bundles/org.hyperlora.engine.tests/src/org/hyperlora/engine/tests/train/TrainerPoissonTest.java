package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PointGroup;
import org.hyperlora.engine.train.Terms;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingCheckpoint;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The whole training path on a problem with a known answer: u_xx = -k² sin(k x) on [-1, 1] with
 * u(±1) = sin(±k), whose solution is sin(k x); Adam then L-BFGS must get close to it.
 */
class TrainerPoissonTest {

    private static final double K = Math.PI;

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    private static PinnLoss poissonLoss(Mlp network) {
        SymbolTable symbols = SymbolTable.builder().coordinates("x").fields("u").parameters("k").build();
        int n = 64;
        double[] collocation = new double[n];
        for (int p = 0; p < n; p++) {
            collocation[p] = -1 + 2.0 * (p + 0.5) / n;
        }
        PointGroup interior = new PointGroup("interior", 1, collocation,
                List.of(Terms.equation("pde 1", symbols.parse("u_xx + k^2*sin(k*x)"))));
        PointGroup left = new PointGroup("left", 1, new double[] { -1 },
                List.of(Terms.boundary("dirichlet u on left", 0, 0, 0, 1.0, symbols.parse("sin(k*x)"))));
        PointGroup right = new PointGroup("right", 1, new double[] { 1 },
                List.of(Terms.boundary("dirichlet u on right", 0, 0, 0, 1.0, symbols.parse("sin(k*x)"))));
        return new PinnLoss(network, new double[] { K }, List.of(interior, left, right));
    }

    private static Mlp network(long seed) {
        return new Mlp(new int[] { 1, 16, 16, 1 }, Activation.TANH, DataType.DOUBLE, new double[] { -1 },
                new double[] { 1 }, seed);
    }

    private static double maxError(Mlp network, double[] weights) {
        network.setParameters(weights);
        int n = 201;
        double[] x = new double[n];
        for (int p = 0; p < n; p++) {
            x[p] = -1 + 2.0 * p / (n - 1);
        }
        Mlp.Workspace ws = network.workspace(n, org.hyperlora.engine.nn.DerivativePlan.valuesOnly(1));
        network.forward(ws, x);
        double worst = 0;
        for (int p = 0; p < n; p++) {
            worst = Math.max(worst, Math.abs(ws.output(0, p, 0) - Math.sin(K * x[p])));
        }
        return worst;
    }

    private static List<TrainingStage> adamThenLbfgs(int adamSteps) {
        return List.of(new TrainingStage.Adam(adamSteps, LearningRateSchedule.constant(5e-3)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(500)));
    }

    @Test
    void adamThenLbfgsSolvesPoissonToHighAccuracy() {
        Mlp network = network(3);
        PinnLoss loss = poissonLoss(network);
        double before = maxError(network, network.parameters());
        List<TrainingProgress> reports = new ArrayList<>();
        TrainingResult result = new Trainer(loss, adamThenLbfgs(1000)).reportEvery(100).train(network.parameters(),
                new TrainingListener() {
                    @Override
                    public void onProgress(TrainingProgress progress) {
                        reports.add(progress);
                    }
                });
        double after = maxError(network, result.weights());
        assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
        assertTrue(before > 0.3, "an untrained network is far from sin(pi x): " + before);
        assertTrue(after < 1e-3, "max error after training " + after + ", loss " + result.loss());
        assertTrue(reports.size() >= 11, "progress reported regularly: " + reports.size());
        assertEquals(List.of("pde 1", "dirichlet u on left", "dirichlet u on right"), result.termNames());
        assertTrue(reports.get(reports.size() - 1).loss() < reports.get(0).loss() * 1e-4);
    }

    @Test
    void trainingIsDeterministicForTheSameSeed() {
        double[] first = train(network(5), 200).weights();
        double[] second = train(network(5), 200).weights();
        assertArrayEquals(first, second, 0.0);
    }

    private static TrainingResult train(Mlp network, int adamSteps) {
        return new Trainer(poissonLoss(network),
                List.of(new TrainingStage.Adam(adamSteps, LearningRateSchedule.constant(5e-3)))).train(
                        network.parameters(), TrainingListener.NONE);
    }

    @Test
    void cancellationStopsAndKeepsTheWeightsReached() {
        Mlp network = network(7);
        AtomicInteger polls = new AtomicInteger();
        TrainingResult result = new Trainer(poissonLoss(network), adamThenLbfgs(1000)).train(network.parameters(),
                new TrainingListener() {
                    @Override
                    public boolean isCancelled() {
                        return polls.incrementAndGet() > 50;
                    }
                });
        assertEquals(TrainingResult.Status.CANCELLED, result.status());
        assertTrue(result.message().contains("cancelled at step 50 of stage 1 (Adam)"), result.message());
        assertEquals(50, result.totalSteps());
    }

    @Test
    void divergenceStopsWithAClearMessageAndKeepsTheLastFiniteWeights() {
        Mlp network = network(9);
        SymbolTable symbols = SymbolTable.builder().coordinates("x").fields("u").build();
        // the first equation drives u towards 1e5 at ~1e3 per step; the second, negligible at first,
        // overflows to infinity once u passes ~710
        PointGroup interior = new PointGroup("interior", 1, new double[] { -0.5, 0, 0.5 },
                List.of(Terms.equation("pde 1", symbols.parse("u - 100000")),
                        Terms.equation("pde 2", symbols.parse("exp(u) * 1e-300"))));
        PinnLoss loss = new PinnLoss(network, new double[0], List.of(interior));
        TrainingResult result = new Trainer(loss, List.of(new TrainingStage.Adam(500,
                LearningRateSchedule.constant(1e3)))).train(network.parameters(), TrainingListener.NONE);
        assertEquals(TrainingResult.Status.DIVERGED, result.status(), result.message());
        assertTrue(result.message().matches("loss became (Infinity|NaN) at step \\d+ of stage 1 \\(Adam\\), in pde 2 = Infinity.*"),
                result.message());
        assertTrue(result.message().contains("kept the weights of the last finite step"), result.message());
        for (double w : result.weights()) {
            assertTrue(Double.isFinite(w), "weights stay finite");
        }
        assertTrue(Double.isFinite(loss.value(result.weights())), "the kept weights give a finite loss");
    }

    @Test
    void aNonFiniteGradientAtAFiniteLossStopsWithAClearMessage() {
        Mlp network = network(13);
        SymbolTable symbols = SymbolTable.builder().coordinates("x").fields("u").build();
        // sqrt(0) is finite, its derivative is not: the loss stays finite while the gradient is infinite
        PointGroup interior = new PointGroup("interior", 1, new double[] { -0.5, 0, 0.5 },
                List.of(Terms.equation("pde 1", symbols.parse("sqrt(u*0)"))));
        PinnLoss loss = new PinnLoss(network, new double[0], List.of(interior));
        TrainingResult result = new Trainer(loss, List.of(new TrainingStage.Adam(10,
                LearningRateSchedule.constant(1e-3)))).train(network.parameters(), TrainingListener.NONE);
        assertEquals(TrainingResult.Status.DIVERGED, result.status(), result.message());
        assertTrue(result.message().contains("while the loss was finite"), result.message());
        assertArrayEquals(network.parameters(), result.weights(), 0.0);
    }

    @Test
    void resumingFromACheckpointReproducesTheUninterruptedRun() {
        Mlp network = network(11);
        List<TrainingStage> plan = List.of(new TrainingStage.Adam(120, LearningRateSchedule.constant(5e-3)));
        TrainingResult straight = new Trainer(poissonLoss(network), plan).train(network.parameters(),
                TrainingListener.NONE);
        List<TrainingCheckpoint> checkpoints = new ArrayList<>();
        Mlp again = network(11);
        new Trainer(poissonLoss(again), plan).checkpointEvery(50).train(again.parameters(), new TrainingListener() {
            @Override
            public void onCheckpoint(TrainingCheckpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        });
        assertEquals(2, checkpoints.size());
        Mlp resumed = network(11);
        TrainingResult fromCheckpoint = new Trainer(poissonLoss(resumed), plan).resume(checkpoints.get(0),
                TrainingListener.NONE);
        assertArrayEquals(straight.weights(), fromCheckpoint.weights(), 0.0);
    }
}
