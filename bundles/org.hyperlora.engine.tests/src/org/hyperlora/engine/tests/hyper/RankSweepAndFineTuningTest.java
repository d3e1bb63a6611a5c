package org.hyperlora.engine.tests.hyper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.hyper.FineTuning;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.RankSweep;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RankSweepAndFineTuningTest {

    private static OdeFamily family;

    @BeforeAll
    static void initialize() {
        Nd4jRuntime.initialize();
        family = new OdeFamily(1.25);
    }

    @Test
    void recommendationIsTheSmallestRankNearTheBestLoss() {
        assertEquals(2, RankSweep.recommend(List.of(1, 2, 4, 8), new double[] { 1e-3, 3e-4, 2e-4, 1.9e-4 }));
        assertEquals(1, RankSweep.recommend(List.of(1, 2, 4), new double[] { 2e-4, 1.5e-4, 1e-4 }));
        assertEquals(8, RankSweep.recommend(List.of(1, 2, 4, 8), new double[] { 1, 1, 1, 1e-3 }));
        assertEquals(4, RankSweep.recommend(List.of(4, 1), new double[] { 1e-5, Double.NaN }));
        assertEquals(4, RankSweep.recommend(List.of(1, 2, 4),
                new double[] { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY }));
        assertThrows(IllegalArgumentException.class, () -> RankSweep.recommend(List.of(1, 2), new double[] { 1 }));
    }

    @Test
    void sweepFitsEveryRankAndRecommendsOne() {
        RankSweep.Result sweep = RankSweep.run(family.problem, family::freshNetwork, family.network, family.baseWeights,
                List.of(1, 4), new double[][] { { 0.7 }, { 1.8 } }, OdeFamily.plan(100, 100), 2, 1,
                TrainingListener.NONE);
        assertEquals(2, sweep.entries().size());
        for (RankSweep.Entry entry : sweep.entries()) {
            assertEquals(2, entry.fits().size());
            assertTrue(entry.geometricMeanLoss() < family.problem.loss(family.freshNetwork(), new double[] { 0.7 })
                    .value(family.baseWeights), "rank " + entry.rank() + " loss " + entry.geometricMeanLoss());
        }
        assertEquals(RankSweep.recommend(List.of(1, 4), sweep.entries().stream()
                .mapToDouble(RankSweep.Entry::geometricMeanLoss).toArray()), sweep.recommendedRank());
    }

    @Test
    void fineTuningFromThePredictionClosesMostOfTheGap() {
        LoraAdapter lora = family.lora(2);
        ParameterRange range = ParameterRange.of("a", 0.5, 2, false);
        // an untrained hypernetwork predicts the base network everywhere: fine-tuning must do all the work
        Hypernetwork hyper = new Hypernetwork(range, new int[] { 4 }, Activation.TANH, lora.initialTrainable(1), 1);
        Surrogate surrogate = new Surrogate(List.of("x"), List.of("u"), family.freshNetwork(), lora, hyper,
                family.problem.hardConstraints());
        double[] a = { 1.8 };
        double before = family.error(surrogate.weightsFor(a), a[0]);
        InstanceFits.Fit tuned = FineTuning.fineTune(surrogate, family.problem, a,
                List.of(new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(60))), TrainingListener.NONE);
        double after = family.error(tuned.networkWeights(), a[0]);
        assertTrue(after < before / 20, "error " + before + " -> " + after);
        assertEquals(lora.trainableCount(), tuned.result().weights().length);
        Surrogate renamed = new Surrogate(List.of("x"), List.of("v"), family.freshNetwork(), lora, hyper,
                family.problem.hardConstraints());
        String message = assertThrows(IllegalArgumentException.class, () -> FineTuning.fineTune(renamed, family.problem,
                a, List.of(new TrainingStage.Lbfgs(LbfgsOptions.defaults())), TrainingListener.NONE)).getMessage();
        assertTrue(message.contains("fields [u]") && message.contains("[v]"), message);
    }
}
