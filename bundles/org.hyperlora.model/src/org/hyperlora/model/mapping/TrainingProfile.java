package org.hyperlora.model.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HypernetworkSettings;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.ParameterRule;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.Study;
import org.hyperlora.model.TrainingSettings;

/**
 * The sizes a training gives a study: {@link #STUDY} keeps the study's own settings (the command line's
 * {@code full}); {@link #QUICK} trains a small version (PINN 3×20, 400 points, 5 training and 4 test values, short
 * plans) for trying a study out in a minute or less. The study itself is never changed: profiles apply to a copy.
 * The training runner and the study benchmark share them.
 */
public enum TrainingProfile {
    STUDY("study"), QUICK("quick");

    private final String literal;

    TrainingProfile(String literal) {
        this.literal = literal;
    }

    /** The name launch configurations and workflow files store. */
    public String literal() {
        return literal;
    }

    /** The profile of a stored name; {@code full} is another name for {@code study}. */
    public static TrainingProfile named(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("full")) {
            return STUDY;
        }
        return Arrays.stream(values()).filter(p -> p.literal.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + name + "'; known: "
                        + Arrays.stream(values()).map(TrainingProfile::literal).toList() + " (full = study)"));
    }

    /** The study as this profile trains it: the study itself for {@link #STUDY}, a scaled copy for {@link #QUICK}. */
    public Study apply(Study study) {
        if (this == STUDY) {
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

    /** Points per axis of the grid held-out errors are measured on: 201 in 1D, 101² in 2D (41² quick), 21³ beyond. */
    public int evaluationGrid(int dimension) {
        return switch (dimension) {
        case 1 -> 201;
        case 2 -> this == QUICK ? 41 : 101;
        default -> 21;
        };
    }

    /** Adam then L-BFGS with the given iterations (Adam's learning rate kept from the study's first Adam stage). */
    private static void replace(List<OptimizerStage> stages, int adam, int lbfgs) {
        double learningRate = stages.stream().filter(s -> s.getOptimizer() == OptimizerKind.ADAM).findFirst()
                .map(OptimizerStage::getLearningRate).orElse(1e-3);
        stages.clear();
        OptimizerStage first = HyperloraFactory.eINSTANCE.createOptimizerStage();
        first.setOptimizer(OptimizerKind.ADAM);
        first.setIterations(adam);
        first.setLearningRate(learningRate);
        OptimizerStage second = HyperloraFactory.eINSTANCE.createOptimizerStage();
        second.setOptimizer(OptimizerKind.LBFGS);
        second.setIterations(lbfgs);
        stages.add(first);
        stages.add(second);
    }
}
