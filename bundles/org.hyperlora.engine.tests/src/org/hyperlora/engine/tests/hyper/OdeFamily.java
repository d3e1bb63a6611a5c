package org.hyperlora.engine.tests.hyper;

import java.util.List;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingStage;
import org.nd4j.linalg.api.buffer.DataType;

/** u' = a·u, u(0) = 1 on [0, 1], exact u = exp(a x): a one-parameter family small enough for unit tests. */
final class OdeFamily {

    final PinnProblem problem;
    final Mlp network;
    final double[] baseWeights;

    OdeFamily(double baseParameter) {
        SymbolTable symbols = SymbolTable.builder().coordinates("x").fields("u").parameters("a").build();
        Domain domain = Domain.builder().coordinate("x", 0, 1).build();
        problem = PinnProblem.builder(symbols, domain).equation("u_x - a*u").dirichlet("u", "left", "1")
                .collocation(64, SamplerKind.SOBOL).boundaryPoints(1).seed(3).build();
        network = problem.newNetwork(new int[] { 12, 12 }, Activation.TANH, DataType.DOUBLE, 1);
        baseWeights = new Trainer(problem.loss(network, new double[] { baseParameter }), plan(500, 400))
                .train(network.parameters(), TrainingListener.NONE).weights();
    }

    static List<TrainingStage> plan(int adam, int lbfgs) {
        return List.of(new TrainingStage.Adam(adam, LearningRateSchedule.constant(1e-2)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(lbfgs)));
    }

    LoraAdapter lora(int rank) {
        return LoraAdapter.uniform(network, baseWeights, rank, false);
    }

    Mlp freshNetwork() {
        return problem.newNetwork(new int[] { 12, 12 }, Activation.TANH, DataType.DOUBLE, 1);
    }

    /** Largest relative error against exp(a x) at 11 points, for given network weights. */
    double error(double[] weights, double a) {
        Mlp copy = freshNetwork();
        copy.setParameters(weights);
        double[] points = new double[11];
        for (int k = 0; k < points.length; k++) {
            points[k] = k / 10.0;
        }
        double[] u = problem.fieldValues(copy, new double[] { a }, points)[0];
        double worst = 0;
        for (int k = 0; k < points.length; k++) {
            worst = Math.max(worst, Math.abs(u[k] - Math.exp(a * points[k])) / Math.exp(a * points[k]));
        }
        return worst;
    }
}
