package org.hyperlora.ui.wizards;

import java.util.List;

import org.hyperlora.model.Condition;
import org.hyperlora.model.ConditionKind;
import org.hyperlora.model.Coordinate;
import org.hyperlora.model.Equation;
import org.hyperlora.model.Field;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;
import org.hyperlora.model.Parameter;
import org.hyperlora.model.ParameterRule;
import org.hyperlora.model.ParameterSet;
import org.hyperlora.model.ParameterSetRole;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Study;

/**
 * The blank template: a valid starting point to edit — the heat equation u_t = k u_xx on [0, 1] × [0, 1] with
 * u = 0 at both ends and u(x, 0) = sin(πx), diffusivity k in [0.01, 0.1], default method settings.
 */
final class BlankStudy {

    private static final HyperloraFactory FACTORY = HyperloraFactory.eINSTANCE;

    private BlankStudy() {
    }

    static Study create(String name) {
        Study study = FACTORY.createStudy();
        study.setName(name);
        study.setDescription("A new study: replace the heat equation below with your PDE family.");
        PdeFamily family = FACTORY.createPdeFamily();
        family.setName(name);
        study.setFamily(family);
        Coordinate x = FACTORY.createCoordinate();
        x.setName("x");
        Coordinate t = FACTORY.createCoordinate();
        t.setName("t");
        t.setTime(true);
        family.getCoordinates().addAll(List.of(x, t));
        Field u = FACTORY.createField();
        u.setName("u");
        family.getFields().add(u);
        Parameter k = FACTORY.createParameter();
        k.setName("k");
        k.setDescription("diffusivity");
        k.setLower(0.01);
        k.setUpper(0.1);
        k.setValidAbove(0); // a heat equation with k <= 0 is ill-posed
        family.getParameters().add(k);
        Equation heat = FACTORY.createEquation();
        heat.setName("heat");
        heat.setResidual("u_t - k*u_xx");
        family.getEquations().add(heat);
        family.getConditions().add(condition(ConditionKind.INITIAL, u, null, "sin(pi*x)"));
        family.getConditions().add(condition(ConditionKind.DIRICHLET, u, "left", "0"));
        family.getConditions().add(condition(ConditionKind.DIRICHLET, u, "right", "0"));
        var method = FACTORY.createMethodSettings();
        var network = FACTORY.createNetworkSettings();
        network.getHiddenWidths().addAll(List.of(32, 32, 32));
        method.setNetwork(network);
        method.setLora(FACTORY.createLoraSettings());
        var hyper = FACTORY.createHypernetworkSettings();
        hyper.getHiddenWidths().addAll(List.of(32, 32));
        method.setHypernetwork(hyper);
        var training = FACTORY.createTrainingSettings();
        training.getBaseStages().add(stage(OptimizerKind.ADAM, 1500));
        training.getBaseStages().add(stage(OptimizerKind.LBFGS, 1500));
        training.getFitStages().add(stage(OptimizerKind.ADAM, 300));
        training.getFitStages().add(stage(OptimizerKind.LBFGS, 400));
        method.setTraining(training);
        study.setMethod(method);
        study.getParameterSets().add(set("training", ParameterSetRole.TRAINING, ParameterRule.EVENLY_SPACED, 10));
        study.getParameterSets().add(set("held-out", ParameterSetRole.TEST, ParameterRule.CELL_CENTRES, 5));
        return study;
    }

    private static Condition condition(ConditionKind kind, Field field, String boundary, String expression) {
        Condition condition = FACTORY.createCondition();
        condition.setKind(kind);
        condition.setField(field);
        condition.setBoundary(boundary);
        condition.setExpression(expression);
        return condition;
    }

    private static OptimizerStage stage(OptimizerKind kind, int iterations) {
        OptimizerStage stage = FACTORY.createOptimizerStage();
        stage.setOptimizer(kind);
        stage.setIterations(iterations);
        return stage;
    }

    private static ParameterSet set(String name, ParameterSetRole role, ParameterRule rule, int count) {
        ParameterSet set = FACTORY.createParameterSet();
        set.setName(name);
        set.setRole(role);
        set.setRule(rule);
        set.setCount(count);
        return set;
    }
}
