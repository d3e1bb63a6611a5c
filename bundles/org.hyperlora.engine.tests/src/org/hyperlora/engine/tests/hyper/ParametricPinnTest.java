package org.hyperlora.engine.tests.hyper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hyperlora.engine.hyper.HyperMode;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.ParametricPinn;
import org.hyperlora.engine.hyper.ParametricSurrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.hyper.TrainedSurrogate;
import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.tests.train.FiniteDifferences;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The parametric-PINN baseline on u' = a·u, u(0) = 1 with a ∈ [0.5, 2] on a log scale: the parameter is an input (its
 * unit-scale value), derivatives stay with respect to the coordinate, and one network trained across the range
 * solves values it never saw.
 */
class ParametricPinnTest {

    private static StudySetup setup;

    @BeforeAll
    static void family() {
        Nd4jRuntime.initialize();
        OdeFamily ode = new OdeFamily(1.0);
        ParameterRange range = ParameterRange.of("a", 0.5, 2.0, true);
        setup = new StudySetup("ode", ode.problem, List.of("x"), List.of("u"), range, new double[] { 1.0 },
                new StudySetup.Network(new int[] { 12, 12 }, Activation.TANH, DataType.DOUBLE, 1),
                new StudySetup.Lora(1, null, false),
                new StudySetup.Hyper(new int[] { 8 }, Activation.TANH, HyperMode.BOTH, 1, 1, 10, 1, 10, 4, 2),
                OdeFamily.plan(500, 400), OdeFamily.plan(100, 100), range.evenlySpaced(6), range.cellCentres(4, 0.5),
                null, null, List.of());
    }

    @Test
    void theLossGradientWithTheParameterAsInputMatchesFiniteDifferences() {
        Mlp network = new Mlp(new int[] { 2, 7, 7, 1 }, Activation.TANH, DataType.DOUBLE, new double[] { 0, 0 },
                new double[] { 1, 1 }, 5);
        PinnLoss loss = setup.problem().parametricLoss(network, new double[] { 1.3 }, setup.range()::toUnit);
        double[] weights = network.parameters();
        double value = loss.value(weights);
        loss.setPdeParameters(new double[] { 0.6 });
        assertTrue(Math.abs(loss.value(weights) - value) > 1e-6, "another parameter value, another input: another loss");
        loss.setPdeParameters(new double[] { 1.3 });
        assertEquals(value, loss.value(weights), 0.0);
        FiniteDifferences.assertGradientMatches(loss, weights);
        Mlp plain = setup.newNetwork();
        assertThrows(IllegalArgumentException.class,
                () -> setup.problem().fieldValues(plain, new double[] { 1 }, new double[] { 0.5 }, setup.range()::toUnit),
                "a network without the parameter input is not a parametric PINN");
    }

    @Test
    void aTimeBudgetIsSpentWhole() {
        ParametricPinn.Result result = new ParametricPinn(setup).train(ParametricPinn.Budget.seconds(0.5), 4, 3,
                () -> false);
        assertTrue(result.seconds() >= 0.5 && result.adamSteps() > 0, result.toString());
    }

    @Test
    void oneNetworkTrainedAcrossTheRangeSolvesHeldOutValues() {
        ParametricPinn parametric = new ParametricPinn(setup);
        assertEquals((2 * 12 + 12) + (12 * 12 + 12) + (12 + 1), parametric.parameterCount(), "x and a in, u out");
        ParametricPinn.Result result = parametric.train(ParametricPinn.Budget.steps(400, 300), 4, 3, () -> false);
        assertEquals(400, result.adamSteps());
        assertTrue(result.lbfgsIterations() > 100 && result.lbfgsIterations() <= 300, result.toString());
        double[] points = new double[21];
        for (int k = 0; k < points.length; k++) {
            points[k] = k / 20.0;
        }
        for (double[] lambda : setup.testValues()) {
            double a = lambda[0];
            double[] u = parametric.solve(lambda, points)[0];
            double worst = 0;
            for (int k = 0; k < points.length; k++) {
                worst = Math.max(worst, Math.abs(u[k] - Math.exp(a * points[k])) / Math.exp(a * points[k]));
            }
            System.out.printf("parametric PINN at a = %.4f: largest relative error %.2e, physics loss %.2e%n", a, worst,
                    parametric.physicsLoss(lambda));
            assertTrue(worst < 1e-2, "a = " + a + ": largest relative error " + worst);
            assertTrue(parametric.physicsLoss(lambda) < 1e-4, "a = " + a + ": " + parametric.physicsLoss(lambda));
        }
    }

    /**
     * As a study's method the trained network is the study's surrogate: its solver answers what the training network
     * answers, survives a save and load bit for bit (with its range and provenance), is told apart from a HyperLoRA
     * surrogate by its kind, and a file whose inputs do not match its range is refused naming both.
     */
    @Test
    void theTrainedNetworkIsASurrogateThatRoundTrips() throws Exception {
        ParametricPinn parametric = new ParametricPinn(setup);
        assertEquals(ParametricPinn.Budget.steps(500, 400), ParametricPinn.budgetOf(setup),
                "the base stages' Adam and L-BFGS iterations");
        parametric.train(ParametricPinn.Budget.steps(60, 20), 4, 3, () -> false);
        ParametricSurrogate surrogate = parametric.surrogate();
        assertEquals(StudySetup.Method.PARAMETRIC_PINN, surrogate.method());
        double[] points = { 0.0, 0.25, 0.5, 1.0 };
        double[] lambda = { 0.77 };
        double[] trained = parametric.solve(lambda, points)[0];
        double[] solved = surrogate.solve(lambda, points).fields()[0];
        for (int k = 0; k < points.length; k++) {
            assertEquals(trained[k], solved[k], 1e-13 * Math.max(1, Math.abs(trained[k])), "point " + k);
        }
        assertTrue(surrogate.solve(new double[] { 3.0 }, points).outsideTrainedRange());

        NetworkArtifacts.Description description = new NetworkArtifacts.Description(List.of("x"), List.of("u"),
                List.of("a"), new double[] { 1.0 }, List.of("u_x - a*u"), List.of(), "");
        Artifact artifact = SurrogateArtifacts.parametricArtifact(surrogate, description,
                new SurrogateArtifacts.Provenance("abc", "full"), java.time.Instant.EPOCH);
        assertEquals(SurrogateArtifacts.KIND_PARAMETRIC, artifact.kind());
        TrainedSurrogate loaded = SurrogateArtifacts.anyFromArtifact(artifact);
        assertTrue(loaded instanceof ParametricSurrogate);
        assertEquals(List.of("x"), loaded.coordinates());
        assertEquals(List.of("a"), loaded.range().names());
        assertEquals(new SurrogateArtifacts.Provenance("abc", "full"), SurrogateArtifacts.provenance(artifact).orElseThrow());
        double[] reloaded = loaded.solve(lambda, points).fields()[0];
        for (int k = 0; k < points.length; k++) {
            assertEquals(solved[k], reloaded[k], 0.0, "point " + k + " after a save and load");
        }
        ArtifactException refused = assertThrows(ArtifactException.class, () -> SurrogateArtifacts.anyFromArtifact(
                artifact.toBuilder().putStrings("surrogate.range.names", List.of("b")).build()));
        assertTrue(refused.getMessage().contains("the network's inputs [x, a] are not 1 coordinates followed by the "
                + "parameters [b]"), refused.getMessage());
        assertThrows(ArtifactException.class, () -> SurrogateArtifacts.fromArtifact(artifact),
                "a parametric PINN is not read as a HyperLoRA surrogate");
    }
}
