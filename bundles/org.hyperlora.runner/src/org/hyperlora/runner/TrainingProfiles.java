package org.hyperlora.runner;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.ParameterRule;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.Study;
import org.hyperlora.model.TrainingSettings;

/**
 * The sizes a profile gives a study. {@code study} keeps the study's settings; {@code quick} trains a small
 * version (like the engine study's quick profile: PINN 3×20, 400 points, 5 training and 4 test values, short plans),
 * for trying a study out in a minute or less. The study itself is never changed: profiles apply to a copy.
 */
public final class TrainingProfiles {

    private TrainingProfiles() {
    }

    /** The study as the profile trains it: the study itself for {@code study}, a scaled copy for {@code quick}. */
    public static Study apply(Study study, String profile) {
        if (TrainingOptions.STUDY_PROFILE.equals(profile)) {
            return study;
        }
        Study copy = EcoreUtil.copy(study);
        var network = copy.getMethod().getNetwork();
        network.getHiddenWidths().clear();
        network.getHiddenWidths().addAll(List.of(20, 20, 20));
        var lora = copy.getMethod().getLora();
        lora.setRank(Math.min(lora.getRank(), 4));
        lora.getRanksPerLayer().clear();
        TrainingSettings training = copy.getMethod().getTraining();
        training.setCollocationPoints(400);
        training.setBoundaryPoints(60);
        replace(training.getBaseStages(), 1500, 500);
        replace(training.getFitStages(), 150, 150);
        HypernetworkSettings hyper = copy.getMethod().getHypernetwork();
        hyper.getHiddenWidths().clear();
        hyper.getHiddenWidths().addAll(List.of(16, 16));
        hyper.setRegressionIterations(300);
        hyper.setPhysicsRounds(4);
        hyper.setIterationsPerRound(30);
        hyper.setBatchSize(5);
        for (ParameterSet set : copy.getParameterSets()) {
            if (set.getRule() == ParameterRule.EXPLICIT) {
                continue; // listed values are the user's: keep them
            }
            set.setCount(set.getRole() == ParameterSetRole.TRAINING ? 5 : 4); // 4: no test value at the middle
        }
        return copy;
    }

    /** Adam then L-BFGS with the given iterations (Adam's learning rate kept from the study's first Adam stage). */
    private static void replace(List<OptimizerStage> stages, int adam, int lbfgs) {
        double learningRate = stages.stream().filter(s -> s.getOptimizer() == OptimizerKind.ADAM).findFirst()
                .map(OptimizerStage::getLearningRate).orElse(1e-3);
        stages.clear();
        OptimizerStage first = org.hyperlora.model.HyperloraFactory.eINSTANCE.createOptimizerStage();
        first.setOptimizer(OptimizerKind.ADAM);
        first.setIterations(adam);
        first.setLearningRate(learningRate);
        OptimizerStage second = org.hyperlora.model.HyperloraFactory.eINSTANCE.createOptimizerStage();
        second.setOptimizer(OptimizerKind.LBFGS);
        second.setIterations(lbfgs);
        stages.add(first);
        stages.add(second);
    }
}
