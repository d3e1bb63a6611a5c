package org.hyperlora.engine.tests.hyper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.hyper.HyperObjective;
import org.hyperlora.engine.hyper.HyperStage;
import org.hyperlora.engine.hyper.HyperTrainer;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HyperTrainerTest {

    private static OdeFamily family;

    @BeforeAll
    static void initialize() {
        Nd4jRuntime.initialize();
        family = new OdeFamily(1.25);
    }

    private static Hypernetwork smallHypernetwork(LoraAdapter lora) {
        return new Hypernetwork(ParameterRange.of("a", 0.5, 2, false), new int[] { 8 }, Activation.TANH,
                lora.initialTrainable(1), 3);
    }

    /** Regression targets unrelated to the physics: fitting them can only raise the physics loss. */
    private static double[][] nonsenseTargets(LoraAdapter lora) {
        return new double[][] { LoraAdapterTest.randomVector(lora.trainableCount(), 1),
                LoraAdapterTest.randomVector(lora.trainableCount(), 2) };
    }

    private static HyperObjective objective(Hypernetwork hyper, LoraAdapter lora, double[][] targets) {
        return new HyperObjective(hyper, lora, family.problem.loss(family.freshNetwork(), new double[] { 1 }),
                new double[][] { { 0.5 }, { 2 } }, targets);
    }

    @Test
    void adamStageOnPhysicsBatchesLowersTheLossAcrossTheRange() {
        LoraAdapter lora = family.lora(1);
        Hypernetwork hyper = smallHypernetwork(lora);
        HyperObjective objective = objective(hyper, lora, new double[2][lora.trainableCount()]);
        double[][] probe = { { 0.6 }, { 1.0 }, { 1.9 } };
        double before = objective.meanPhysicsLoss(hyper.parameters(), probe);
        TrainingResult result = new HyperTrainer(objective, List.of(new HyperStage.Adam(300,
                LearningRateSchedule.constant(3e-3), 4, 1, 0)), 7).train(hyper, TrainingListener.NONE);
        assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
        double after = objective.meanPhysicsLoss(hyper.parameters(), probe);
        assertTrue(after < before / 5, "physics loss " + before + " -> " + after);
        assertArrayEquals(result.weights(), hyper.parameters(), 0.0, "the hypernetwork holds the result");
    }

    @Test
    void cancellingStopsAtOnceAndKeepsFiniteParameters() {
        LoraAdapter lora = family.lora(1);
        Hypernetwork hyper = smallHypernetwork(lora);
        HyperObjective objective = objective(hyper, lora, new double[2][lora.trainableCount()]);
        int[] reports = { 0 };
        TrainingResult result = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                LbfgsOptions.defaults().withMaxIterations(1000), 5, 4, 1, 0)), 7).reportEvery(1)
                .train(hyper, new TrainingListener() {
                    @Override
                    public void onProgress(TrainingProgress progress) {
                        reports[0]++;
                    }

                    @Override
                    public boolean isCancelled() {
                        return reports[0] >= 3;
                    }
                });
        assertEquals(TrainingResult.Status.CANCELLED, result.status(), result.message());
        assertTrue(result.message().contains("cancelled at iteration"), result.message());
        assertTrue(result.totalSteps() <= 4, "steps " + result.totalSteps());
        for (double value : hyper.parameters()) {
            assertTrue(Double.isFinite(value));
        }
    }

    @Test
    void validationUndoesRoundsThatHurtTheRestOfTheRange() {
        LoraAdapter lora = family.lora(1);
        Hypernetwork hyper = smallHypernetwork(lora);
        // regression onto nonsense targets can only raise the physics loss: every round must be undone
        double[][] nonsense = nonsenseTargets(lora);
        HyperObjective objective = objective(hyper, lora, nonsense);
        double[] start = hyper.parameters();
        TrainingResult result = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                LbfgsOptions.defaults().withMaxIterations(50), 3, 0, 0, 1)), 7).validateOn(new double[][] { { 0.8 }, { 1.6 } })
                .train(hyper, TrainingListener.NONE);
        assertEquals(1, result.validations().size(), result.message());
        assertEquals(0, result.validations().get(0).roundsKept(), result.message());
        assertEquals(3, result.validations().get(0).rounds());
        assertEquals(result.validations().get(0).firstLoss(), result.validations().get(0).bestLoss(), 0.0,
                "nothing kept: the loss at the validation values is where it started");
        assertArrayEquals(start, hyper.parameters(), 0.0);
    }

    /**
     * An Adam stage with validation ends on its best round: with a physics loss it keeps rounds that lower the loss at
     * the validation values and ends lower there; regressing onto nonsense it keeps none and ends where it started.
     */
    @Test
    void adamWithValidationEndsOnItsBestRound() {
        LoraAdapter lora = family.lora(1);
        double[][] validation = { { 0.8 }, { 1.6 } };
        Hypernetwork physics = smallHypernetwork(lora);
        HyperObjective physicsObjective = objective(physics, lora, new double[2][lora.trainableCount()]);
        double before = physicsObjective.meanPhysicsLoss(physics.parameters(), validation);
        TrainingResult learned = new HyperTrainer(physicsObjective, List.of(new HyperStage.Adam(300,
                LearningRateSchedule.constant(3e-3), 4, 1, 0, 50)), 7).validateOn(validation)
                .train(physics, TrainingListener.NONE);
        TrainingResult.Validation kept = learned.validations().get(0);
        assertEquals(6, kept.rounds());
        assertTrue(kept.roundsKept() > 0 && kept.bestLoss() < before / 5, learned.message());
        assertEquals(kept.bestLoss(), physicsObjective.meanPhysicsLoss(physics.parameters(), validation), 1e-15,
                "the hypernetwork holds the best round's parameters");

        Hypernetwork nonsense = smallHypernetwork(lora);
        double[] start = nonsense.parameters();
        TrainingResult undone = new HyperTrainer(objective(nonsense, lora, nonsenseTargets(lora)), List.of(
                new HyperStage.Adam(100, LearningRateSchedule.constant(3e-3), 0, 0, 1, 25)), 7).validateOn(validation)
                .train(nonsense, TrainingListener.NONE);
        assertEquals(0, undone.validations().get(0).roundsKept(), undone.message());
        assertArrayEquals(start, nonsense.parameters(), 0.0, "no round kept: where it started");
        assertArrayEquals(start, undone.weights(), 0.0);
    }

    @Test
    void cancellingARegressionRoundThatValidationUndoesStillEndsCancelled() {
        LoraAdapter lora = family.lora(1);
        Hypernetwork hyper = smallHypernetwork(lora);
        double[][] nonsense = nonsenseTargets(lora);
        HyperObjective objective = objective(hyper, lora, nonsense);
        PinnLossProbe probe = new PinnLossProbe();
        TrainingResult result = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                LbfgsOptions.defaults().withMaxIterations(50), 3, 0, 0, 1)), 7).validateOn(new double[][] { { 0.8 } })
                .reportEvery(1).train(hyper, probe);
        assertEquals(TrainingResult.Status.CANCELLED, result.status(), result.message());
        assertTrue(Double.isFinite(result.loss()), "the result's loss describes its parameters: " + result.loss());
    }

    /** Cancels after the third progress report. */
    private static final class PinnLossProbe implements TrainingListener {
        private int reports;

        @Override
        public void onProgress(TrainingProgress progress) {
            reports++;
        }

        @Override
        public boolean isCancelled() {
            return reports >= 3;
        }
    }

    @Test
    void validationLeavesTheLossAtItsParameterValues() {
        LoraAdapter lora = family.lora(1);
        Hypernetwork hyper = smallHypernetwork(lora);
        org.hyperlora.engine.train.PinnLoss loss = family.problem.loss(family.freshNetwork(), new double[] { 1.1 });
        HyperObjective objective = new HyperObjective(hyper, lora, loss, new double[0][], new double[0][]);
        double[] before = hyper.parameters();
        objective.meanPhysicsLoss(LoraAdapterTest.randomVector(hyper.parameterCount(), 4), new double[][] { { 0.6 }, { 1.9 } });
        objective.setWeights(1, 0);
        objective.setPhysicsBatch(new double[][] { { 0.7 }, { 1.7 } });
        objective.valueAndGradient(before, new double[before.length]);
        assertArrayEquals(new double[] { 1.1 }, loss.pdeParameters(), 0.0);
        assertArrayEquals(before, hyper.parameters(), 0.0);
    }

    @Test
    void badStagesAndSetupsNameWhatIsWrong() {
        LbfgsOptions options = LbfgsOptions.defaults();
        assertMessage("at least one step, got 0", () -> new HyperStage.Adam(0, LearningRateSchedule.constant(1e-3), 4, 1, 0));
        assertMessage("at least one round, got 0", () -> new HyperStage.Lbfgs(options, 0, 4, 1, 0));
        assertMessage("not both 0", () -> new HyperStage.Lbfgs(options, 1, 4, 0, 0));
        assertMessage("batch of >= 1 parameter values, got 0", () -> new HyperStage.Lbfgs(options, 1, 0, 1, 0));
        LoraAdapter lora = family.lora(1);
        Hypernetwork hyper = smallHypernetwork(lora);
        assertMessage("predicts " + lora.trainableCount() + " values but the weight map takes "
                + family.lora(2).trainableCount(), () -> new HyperObjective(hyper, family.lora(2),
                        family.problem.loss(family.freshNetwork(), new double[] { 1 }), new double[0][], new double[0][]));
        assertMessage("1 training values but 0 fitted weight vectors", () -> new HyperObjective(hyper, lora,
                family.problem.loss(family.freshNetwork(), new double[] { 1 }), new double[][] { { 1 } }, new double[0][]));
        HyperObjective noTargets = new HyperObjective(hyper, lora, family.problem.loss(family.freshNetwork(),
                new double[] { 1 }), new double[0][], new double[0][]);
        assertMessage("weight regression needs per-instance fits", () -> noTargets.setWeights(1, 1));
        assertMessage("a hypernetwork training plan needs at least one stage", () -> new HyperTrainer(noTargets, List.of(), 1));
        assertMessage("validation needs at least one parameter value",
                () -> new HyperTrainer(noTargets, List.of(new HyperStage.Lbfgs(options, 1, 2, 1, 0)), 1)
                        .validateOn(new double[0][]));
        assertMessage("worker count must be >= 1, got 0", () -> InstanceFits.run(family.problem, family::freshNetwork,
                List.of(new InstanceFits.Job(new double[] { 1 }, lora, lora.initialTrainable(1), OdeFamily.plan(1, 1))), 0,
                TrainingListener.NONE));
        Hypernetwork unused = smallHypernetwork(lora);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> unused.backward(new double[2][lora.trainableCount()], new double[unused.parameterCount()]));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable action) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, action);
        assertTrue(thrown.getMessage().contains(expected), thrown.getMessage());
    }

    @Test
    void continuationChainsWalkTheirValuesInOrderFromTheStart() {
        LoraAdapter lora = family.lora(1);
        double[][] up = { { 1.4 }, { 1.6 } }, down = { { 1.1 }, { 0.9 } };
        List<List<InstanceFits.Fit>> chains = InstanceFits.runChains(family.problem, family::freshNetwork,
                List.of(up, down), lora, lora.initialTrainable(1), OdeFamily.plan(50, 50), 2, TrainingListener.NONE,
                InstanceFits.FitHook.NONE);
        assertEquals(2, chains.size());
        assertArrayEquals(new double[] { 1.4 }, chains.get(0).get(0).lambda());
        assertArrayEquals(new double[] { 1.6 }, chains.get(0).get(1).lambda());
        assertArrayEquals(new double[] { 0.9 }, chains.get(1).get(1).lambda());
        for (List<InstanceFits.Fit> chain : chains) {
            for (InstanceFits.Fit fit : chain) {
                assertTrue(family.error(fit.networkWeights(), fit.lambda()[0]) < 1e-2,
                        "a = " + fit.lambda()[0] + ": error " + family.error(fit.networkWeights(), fit.lambda()[0]));
            }
        }
    }
}
