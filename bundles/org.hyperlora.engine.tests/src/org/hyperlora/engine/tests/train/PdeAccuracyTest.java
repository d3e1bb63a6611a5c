package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.ConvectionReference;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.KovasznayReference;
import org.hyperlora.engine.reference.ReferenceSolution;
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

/**
 * End-to-end accuracy on the three reference problems, with small configurations (seconds each) and
 * bounds far below what an untrained or broken pipeline reaches. Full-size accuracy is a benchmark.
 */
class PdeAccuracyTest {

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    private static TrainingResult train(PinnProblem problem, Mlp network, double[] parameters, int adamSteps,
            int lbfgsIterations) {
        PinnLoss loss = problem.loss(network, parameters);
        TrainingResult result = new Trainer(loss, List.of(
                new TrainingStage.Adam(adamSteps, LearningRateSchedule.exponential(2e-3, 0.5, 1000)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(lbfgsIterations)
                        .withMaxEvaluations(2 * lbfgsIterations).withHistorySize(50).withGradientTolerance(1e-12)
                        .withRelativeFunctionTolerance(1e-15)))).train(network.parameters(), TrainingListener.NONE);
        assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
        network.setParameters(result.weights());
        return result;
    }

    /** Relative L2 error of each field on a 60 × 60 grid (fields named in meanShifted after mean shift). */
    private static double[] errors(PinnProblem problem, Mlp network, ReferenceSolution reference, double[] parameters,
            List<String> meanShifted) {
        return ErrorMetrics.onGrid(problem.domain(), 60, reference, parameters, meanShifted,
                points -> problem.fieldValues(network, parameters, points));
    }

    @Test
    void kovasznayAtReynolds20() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "y").fields("u", "v", "p").parameters("Re").build();
        Domain domain = Domain.builder().coordinate("x", -0.5, 1).coordinate("y", -0.5, 1.5).build();
        String lambda = "(Re/2 - sqrt(Re^2/4 + 4*pi^2))";
        PinnProblem problem = PinnProblem.builder(symbols, domain)
                .equation("u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re")
                .equation("u*v_x + v*v_y + p_y - (v_xx + v_yy)/Re")
                .equation("u_x + v_y")
                .dirichlet("u", "boundary", "1 - exp(" + lambda + "*x)*cos(2*pi*y)")
                .dirichlet("v", "boundary", lambda + "/(2*pi)*exp(" + lambda + "*x)*sin(2*pi*y)")
                .collocation(400, SamplerKind.SOBOL).boundaryPoints(160).seed(2).build();
        Mlp network = problem.newNetwork(new int[] { 20, 20, 20 }, Activation.TANH, DataType.DOUBLE, 3);
        double[] re = { 20 };
        double[] before = errors(problem, network, new KovasznayReference(), re, List.of("p"));
        train(problem, network, re, 500, 800);
        double[] after = errors(problem, network, new KovasznayReference(), re, List.of("p"));
        assertTrue(before[0] > 0.5 && before[1] > 0.5, "untrained: u " + before[0] + ", v " + before[1]);
        System.out.printf("kovasznay Re=20: relative L2 u %.3e v %.3e p %.3e%n", after[0], after[1], after[2]);
        assertTrue(after[0] < 3e-2, "u relative L2 " + after[0]);
        assertTrue(after[1] < 1e-1, "v relative L2 " + after[1]);
        assertTrue(after[2] < 1e-1, "p (mean-shifted) relative L2 " + after[2]);
    }

    @Test
    void burgersAtModerateViscosity() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx")
                .initial("u", "-sin(pi*x)").dirichlet("u", "left", "0").dirichlet("u", "right", "0")
                .collocation(1000, SamplerKind.SOBOL).boundaryPoints(100).seed(1).build();
        Mlp network = problem.newNetwork(new int[] { 20, 20, 20 }, Activation.TANH, DataType.DOUBLE, 1);
        // nu = 0.1/pi keeps this test at seconds; the sharp front of 0.01/pi is the full-size benchmark
        double[] nu = { 0.1 / Math.PI };
        train(problem, network, nu, 1000, 1000);
        double error = errors(problem, network, new BurgersReference(), nu, List.of())[0];
        System.out.printf("burgers nu=0.1/pi: relative L2 u %.3e%n", error);
        assertTrue(error < 5e-3, "u relative L2 " + error);
    }

    @Test
    void periodicConvectionAtBetaOne() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("beta").build();
        Domain domain = Domain.builder().coordinate("x", 0, 2 * Math.PI).time("t", 0, 1).build();
        PinnProblem problem = PinnProblem.builder(symbols, domain).equation("u_t + beta*u_x")
                .initial("u", "sin(x)").periodic("u", "x", false)
                .collocation(400, SamplerKind.SOBOL).boundaryPoints(100).seed(4).build();
        Mlp network = problem.newNetwork(new int[] { 20, 20, 20 }, Activation.TANH, DataType.DOUBLE, 5);
        double[] beta = { 1 };
        train(problem, network, beta, 500, 500);
        double error = errors(problem, network, new ConvectionReference(), beta, List.of())[0];
        System.out.printf("convection beta=1: relative L2 u %.3e%n", error);
        assertTrue(error < 1e-2, "u relative L2 " + error);
    }
}
