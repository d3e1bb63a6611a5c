package org.hyperlora.model.tests.validation;

import static org.hyperlora.model.tests.Studies.assertOnlyProblems;
import static org.hyperlora.model.tests.Studies.assertProblem;
import static org.hyperlora.model.tests.Studies.load;
import static org.hyperlora.model.tests.Studies.severity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.model.HypernetworkMode;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.LoraSettings;
import org.hyperlora.model.NetworkSettings;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.Study;
import org.hyperlora.model.TrainingSettings;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.validation.StudyProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Network, LoRA, hypernetwork and training settings. */
class MethodValidationTest {

    @Test
    void loraRankAtTheHiddenWidth() {
        Study study = load("burgers");
        LoraSettings lora = study.getMethod().getLora();
        lora.setRank(48);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.RANK_NOT_BELOW_WIDTH, lora, "rank 48",
                "hidden width 48");
        assertEquals(Literals.LORA_SETTINGS__RANK, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.RANK_NOT_BELOW_WIDTH);
        lora.setRank(47);
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void loraRankAtTheNarrowestHiddenWidth() {
        Study study = load("burgers");
        study.getMethod().getNetwork().getHiddenWidths().set(1, 8);
        LoraSettings lora = study.getMethod().getLora();
        lora.setRank(8);
        assertProblem(study, StudyProblem.RANK_NOT_BELOW_WIDTH, lora, "rank 8", "width 8");
    }

    @Test
    void perLayerRanksMustMatchTheLayerCount() {
        Study study = load("burgers");
        LoraSettings lora = study.getMethod().getLora();
        lora.getRanksPerLayer().addAll(List.of(3, 2, 1)); // distinct: see MultiValuedAttributesTest
        assertProblem(study, StudyProblem.RANK_COUNT_MISMATCH, lora, "3 per-layer ranks", "4 dense layers",
                "3 hidden + output");
        assertOnlyProblems(study, StudyProblem.RANK_COUNT_MISMATCH);
        lora.getRanksPerLayer().add(4);
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void perLayerRankAtAHiddenWidth() {
        Study study = load("burgers");
        LoraSettings lora = study.getMethod().getLora();
        lora.getRanksPerLayer().addAll(List.of(2, 48, 1, 3));
        assertProblem(study, StudyProblem.RANK_NOT_BELOW_WIDTH, lora, "rank 48 of layer 2", "width 48");
    }

    @Test
    void perLayerRanksMayExceedTheInputAndOutputWidths() {
        // the engine caps the first and last layer's rank at min(fan-in, fan-out)
        Study study = load("burgers");
        study.getMethod().getLora().getRanksPerLayer().addAll(List.of(4, 2, 3, 5));
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
    }

    @Test
    void zeroLoraRank() {
        Study study = load("burgers");
        LoraSettings lora = study.getMethod().getLora();
        lora.setRank(0);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, lora, "rank must be >= 1, got 0");
    }

    @Test
    void networkWithoutHiddenLayers() {
        Study study = load("burgers");
        NetworkSettings network = study.getMethod().getNetwork();
        network.getHiddenWidths().clear();
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, network, "no hidden layers");
    }

    @Test
    void zeroHiddenWidth() {
        Study study = load("burgers");
        NetworkSettings network = study.getMethod().getNetwork();
        network.getHiddenWidths().set(2, 0);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, network, "hidden layer 3 has width 0");
    }

    @Test
    void zeroIterationsInAnOptimizerStage() {
        Study study = load("burgers");
        OptimizerStage stage = study.getMethod().getTraining().getFitStages().get(1);
        stage.setIterations(0);
        assertProblem(study, StudyProblem.ZERO_ITERATIONS, stage, "fit stage 2 (lbfgs)", "iterations must be >= 1, got 0");
        assertOnlyProblems(study, StudyProblem.ZERO_ITERATIONS);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -5 })
    void nonPositiveCollocationPoints(int count) {
        Study study = load("kovasznay");
        TrainingSettings training = study.getMethod().getTraining();
        training.setCollocationPoints(count);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, training, "collocation points",
                "got " + count);
        assertEquals(Literals.TRAINING_SETTINGS__COLLOCATION_POINTS, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.NON_POSITIVE_COUNT);
    }

    @Test
    void nonPositiveBoundaryPoints() {
        Study study = load("kovasznay");
        TrainingSettings training = study.getMethod().getTraining();
        training.setBoundaryPoints(0);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, training, "boundary points");
    }

    @Test
    void noBaseStages() {
        Study study = load("convection");
        TrainingSettings training = study.getMethod().getTraining();
        training.getBaseStages().clear();
        Diagnostic diagnostic = assertProblem(study, StudyProblem.NO_STAGES, training, "base PINN");
        assertEquals(Literals.TRAINING_SETTINGS__BASE_STAGES, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.NO_STAGES);
    }

    @Test
    void noFitStages() {
        Study study = load("convection");
        TrainingSettings training = study.getMethod().getTraining();
        training.getFitStages().clear();
        assertProblem(study, StudyProblem.NO_STAGES, training, "LoRA fits");
    }

    @Test
    void adamLearningRateZero() {
        Study study = load("convection");
        OptimizerStage adam = study.getMethod().getTraining().getBaseStages().get(0);
        adam.setLearningRate(0);
        assertProblem(study, StudyProblem.BAD_LEARNING_RATE, adam, "base stage 1 (adam)", "positive and finite",
                "got 0.0");
        assertOnlyProblems(study, StudyProblem.BAD_LEARNING_RATE);
    }

    @Test
    void lbfgsIgnoresTheLearningRate() {
        Study study = load("convection");
        OptimizerStage lbfgs = study.getMethod().getTraining().getBaseStages().get(1);
        assertEquals(OptimizerKind.LBFGS, lbfgs.getOptimizer());
        lbfgs.setLearningRate(0);
        assertEquals(Diagnostic.OK, severity(study));
    }

    /**
     * Periodic embedding embeds the coordinates every field is periodic in: on a family without one it would change
     * nothing, which is said (a warning: the study still trains); removing the periodic condition of convection
     * makes it so.
     */
    @Test
    void periodicEmbeddingWithoutAPeriodicCoordinate() {
        Study burgers = load("burgers");
        NetworkSettings network = burgers.getMethod().getNetwork();
        network.setPeriodicEmbedding(true);
        Diagnostic diagnostic = assertProblem(burgers, StudyProblem.NOTHING_TO_EMBED, network, "periodic embedding is on",
                "no coordinate has a periodic condition on every field");
        assertEquals(Literals.NETWORK_SETTINGS__PERIODIC_EMBEDDING, diagnostic.getData().get(1));
        assertEquals(Diagnostic.WARNING, diagnostic.getSeverity());
        assertOnlyProblems(burgers, StudyProblem.NOTHING_TO_EMBED);

        Study convection = load("convection");
        convection.getMethod().getNetwork().setPeriodicEmbedding(true);
        assertEquals(Diagnostic.OK, severity(convection));
        assertEquals(List.of("x"), org.hyperlora.model.validation.StudyChecks.periodicInEveryField(
                convection.getFamily()));
        convection.getFamily().getConditions().removeIf(c -> c.getKind() == org.hyperlora.model.ConditionKind.PERIODIC);
        assertEquals(List.of(), org.hyperlora.model.validation.StudyChecks.periodicInEveryField(convection.getFamily()));
        assertProblem(convection, StudyProblem.NOTHING_TO_EMBED, convection.getMethod().getNetwork(),
                "periodic embedding is on");
    }

    /**
     * A parametric-PINN study does not use the LoRA settings, the hypernetwork's but its batch size, or the fit stages:
     * their problems do not stop it (they come back with the HyperLoRA method); the batch size is still checked.
     */
    @Test
    void aParametricPinnStudyIsNotStoppedBySettingsItDoesNotUse() {
        Study study = load("burgers");
        var method = study.getMethod();
        method.getLora().setRank(500);
        method.getHypernetwork().setPhysicsRounds(0);
        method.getTraining().getFitStages().get(0).setIterations(0);
        assertEquals(Diagnostic.ERROR, severity(study));
        method.setSurrogateKind(org.hyperlora.model.SurrogateKind.PARAMETRIC_PINN);
        assertEquals(Diagnostic.OK, severity(study), () -> StudyFiles.format(StudyFiles.validate(study)));
        method.getTraining().getFitStages().clear();
        assertEquals(Diagnostic.OK, severity(study), "no fit stages: nothing to fit");
        method.getHypernetwork().setBatchSize(0);
        assertProblem(study, StudyProblem.NON_POSITIVE_COUNT, method.getHypernetwork(), "batch size");
        assertOnlyProblems(study, StudyProblem.NON_POSITIVE_COUNT);
        method.getHypernetwork().setBatchSize(12);
        method.setSurrogateKind(org.hyperlora.model.SurrogateKind.HYPERLORA);
        assertOnlyProblems(study, StudyProblem.RANK_NOT_BELOW_WIDTH, StudyProblem.ZERO_ITERATIONS,
                StudyProblem.NO_STAGES);
    }

    /** The physics stage's Adam learning rate must be positive and finite; L-BFGS ignores it. */
    @Test
    void adamPhysicsStageNeedsALearningRate() {
        Study study = load("burgers");
        HypernetworkSettings hyper = study.getMethod().getHypernetwork();
        hyper.setPhysicsLearningRate(0);
        assertEquals(Diagnostic.OK, severity(study), "L-BFGS rounds do not use it");
        hyper.setPhysicsOptimizer(OptimizerKind.ADAM);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.BAD_LEARNING_RATE, hyper, "physics stage's Adam",
                "positive and finite, got 0.0");
        assertEquals(Literals.HYPERNETWORK_SETTINGS__PHYSICS_LEARNING_RATE, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.BAD_LEARNING_RATE);
        hyper.setPhysicsLearningRate(Double.NaN);
        assertProblem(study, StudyProblem.BAD_LEARNING_RATE, hyper, "got NaN");
        hyper.setPhysicsLearningRate(3e-4);
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void physicsModeWithZeroPhysicsWeight() {
        Study study = load("kovasznay");
        HypernetworkSettings hyper = study.getMethod().getHypernetwork();
        hyper.setMode(HypernetworkMode.PHYSICS);
        hyper.setPhysicsWeight(0);
        Diagnostic diagnostic = assertProblem(study, StudyProblem.BAD_WEIGHT, hyper, "mode physics",
                "weight is 0");
        assertEquals(Literals.HYPERNETWORK_SETTINGS__PHYSICS_WEIGHT, diagnostic.getData().get(1));
        assertOnlyProblems(study, StudyProblem.BAD_WEIGHT);
        // a zero physics weight is fine when only the weights are regressed
        hyper.setMode(HypernetworkMode.WEIGHTS);
        assertEquals(Diagnostic.OK, severity(study));
    }

    @Test
    void weightsModeWithZeroRegressionIterations() {
        Study study = load("kovasznay");
        HypernetworkSettings hyper = study.getMethod().getHypernetwork();
        hyper.setMode(HypernetworkMode.WEIGHTS);
        hyper.setRegressionIterations(0);
        assertProblem(study, StudyProblem.ZERO_ITERATIONS, hyper, "regression iterations");
    }

    @Test
    void missingMethodSettings() {
        Study study = load("kovasznay");
        study.getMethod().setLora(null);
        assertProblem(study, StudyProblem.MISSING_PART, study.getMethod(), "network, lora, hypernetwork and training");
    }
}
