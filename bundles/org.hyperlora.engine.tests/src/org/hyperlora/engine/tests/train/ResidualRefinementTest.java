package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Refinement;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Residual-based adaptive refinement puts new collocation points where the residual is largest. */
class ResidualRefinementTest {

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    /** u_xx = a narrow bump at x = 0.5: the residual of any smooth early network peaks there. */
    private static PinnProblem bumpProblem() {
        SymbolTable symbols = SymbolTable.builder().coordinates("x").fields("u").build();
        Domain domain = Domain.interval("x", -1, 1);
        return PinnProblem.builder(symbols, domain).equation("u_xx - 1000*exp(-1000*(x - 0.5)^2)")
                .dirichlet("u", "left", "0").dirichlet("u", "right", "0")
                .collocation(64, SamplerKind.SOBOL).boundaryPoints(1).seed(3).build();
    }

    @Test
    void refinementAddsThePointsOfLargestResidual() {
        PinnProblem problem = bumpProblem();
        Mlp network = problem.newNetwork(new int[] { 16, 16 }, Activation.TANH, DataType.DOUBLE, 1);
        PinnLoss loss = problem.loss(network, new double[0]);
        int before = loss.groups().get(0).size();
        TrainingStage.Adam stage = new TrainingStage.Adam(21, LearningRateSchedule.constant(1e-3))
                .withRefinement(10, problem.residualRefinement(2000, 20));
        TrainingResult result = new Trainer(loss, List.of(stage)).train(network.parameters(), TrainingListener.NONE);

        assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
        assertEquals(before + 40, loss.groups().get(0).size(), "two rounds of 20 points");
        assertEquals(List.of(20, 20), result.refinements().stream().map(Refinement.Round::added).toList());
        assertEquals(before + 40, result.refinements().get(1).total());
        double[] points = loss.groups().get(0).points();
        for (int p = before; p < points.length; p++) {
            assertTrue(Math.abs(points[p] - 0.5) < 0.1, "added point " + points[p] + " lies in the bump");
        }
        assertTrue(Double.isFinite(result.loss()));
    }

    @Test
    void resumingARefinedRunRestoresItsPointsAndReproducesIt() {
        PinnProblem problem = bumpProblem();
        List<TrainingStage> plan = List.of(new TrainingStage.Adam(30, LearningRateSchedule.constant(1e-3))
                .withRefinement(10, problem.residualRefinement(2000, 20)));
        Mlp network = problem.newNetwork(new int[] { 16, 16 }, Activation.TANH, DataType.DOUBLE, 1);
        double[] initial = network.parameters();
        TrainingResult straight = new Trainer(problem.loss(network, new double[0]), plan).train(initial,
                TrainingListener.NONE);
        java.util.List<org.hyperlora.engine.train.TrainingCheckpoint> checkpoints = new java.util.ArrayList<>();
        new Trainer(problem.loss(network, new double[0]), plan).checkpointEvery(15).train(initial,
                new TrainingListener() {
                    @Override
                    public void onCheckpoint(org.hyperlora.engine.train.TrainingCheckpoint checkpoint) {
                        checkpoints.add(checkpoint);
                    }
                });
        org.hyperlora.engine.train.TrainingCheckpoint atFifteen = checkpoints.get(0);
        assertEquals(1, atFifteen.refinementRounds());
        assertEquals((64 + 20), atFifteen.collocationPoints().length, "one round of 20 points kept in the checkpoint");
        PinnLoss resumedLoss = problem.loss(network, new double[0]);
        TrainingResult resumed = new Trainer(resumedLoss, plan).resume(atFifteen, TrainingListener.NONE);
        assertEquals(64 + 40, resumedLoss.groups().get(0).size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(straight.weights(), resumed.weights(), 0.0);
    }

    @Test
    void badRefinementSettingsAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> bumpProblem().residualRefinement(10, 20));
        assertTrue(error.getMessage().contains("points per round (20) <= candidates (10)"), error.getMessage());
    }
}
