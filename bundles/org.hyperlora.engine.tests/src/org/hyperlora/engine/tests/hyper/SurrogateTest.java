package org.hyperlora.engine.tests.hyper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.WeightMap;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class SurrogateTest {

    private static PinnProblem problem;

    @BeforeAll
    static void initialize() {
        Nd4jRuntime.initialize();
        SymbolTable symbols = SymbolTable.builder().coordinates("x", "t").fields("u", "w").parameters("nu").build();
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        // u carries a hard constraint: the surrogate must apply it after loading as well
        problem = PinnProblem.builder(symbols, domain).equation("u_t + u*u_x - nu*u_xx").equation("w - u")
                .hardConstraint("u", "-sin(pi*x)", "t*(1 - x^2)").collocation(32, SamplerKind.SOBOL).seed(1).build();
    }

    /** A surrogate with a random (trained-looking) hypernetwork, so that every part changes the output. */
    private static Surrogate surrogate(boolean full) {
        Mlp base = problem.newNetwork(new int[] { 10, 10 }, Activation.TANH, DataType.DOUBLE, 3);
        ParameterRange range = ParameterRange.of("nu", 0.001, 0.1, true);
        WeightMap map = full ? WeightMap.identity(base.parameterCount())
                : new LoraAdapter(base, base.parameters(), new int[] { 2, 1, 2 }, true);
        double[] offset = full ? base.parameters() : ((LoraAdapter) map).initialTrainable(4);
        Hypernetwork hyper = new Hypernetwork(range, new int[] { 6 }, Activation.TANH, offset, 5);
        double[] parameters = LoraAdapterTest.randomVector(hyper.parameterCount(), 6);
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] *= 0.1;
        }
        hyper.setParameters(parameters);
        return new Surrogate(problem.symbols().coordinates(), problem.symbols().fields(), base, map, hyper,
                problem.hardConstraints());
    }

    private static double[] points() {
        return new double[] { -1, 0.3, -0.2, 0.0, 0.5, 0.7, 1, 1, 0.1, 0.9 };
    }

    @Test
    void solvingManyValuesAtOnceGivesWhatSolvingEachGives() {
        Surrogate surrogate = surrogate(false);
        double[][] values = new double[25][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[] { 0.001 * Math.pow(100, i / 24.0) };
        }
        values[24] = new double[] { 0.3 }; // outside: flagged like a single solve
        java.util.List<Surrogate.Solution> all = surrogate.solveAll(values, points());
        assertEquals(values.length, all.size());
        for (int i = 0; i < values.length; i++) {
            Surrogate.Solution one = surrogate.solve(values[i], points());
            for (int f = 0; f < 2; f++) {
                assertArrayEquals(one.fields()[f], all.get(i).fields()[f], 0.0, "value " + i + " field " + f);
            }
            assertEquals(one.outsideTrainedRange(), all.get(i).outsideTrainedRange());
        }
        assertTrue(all.get(24).outsideTrainedRange());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> surrogate.solveAll(new double[][] { { 0.01 }, { Double.NaN } }, points()));
        assertEquals("parameter vector 2: parameter 'nu' is NaN", bad.getMessage());
    }

    @Test
    void solveMatchesTheGeneratedNetworkThroughTheHardConstraint() {
        Surrogate surrogate = surrogate(false);
        double[] nu = { 0.01 };
        Surrogate.Solution solution = surrogate.solve(nu, points());
        assertFalse(solution.outsideTrainedRange());
        double[][] expected = problem.fieldValues(surrogate.networkFor(nu), nu, points());
        for (int f = 0; f < 2; f++) {
            assertArrayEquals(expected[f], solution.fields()[f], 1e-14, "field " + f);
        }
        // the constraint holds exactly: u(x, 0) = -sin(pi x), u(±1, t) = 0
        assertEquals(-Math.sin(Math.PI * -0.2), solution.fields()[0][1], 1e-15);
        assertEquals(0, solution.fields()[0][0], 1e-15);
        assertTrue(surrogate.solve(new double[] { 0.5 }, points()).outsideTrainedRange());
    }

    @Test
    void fastActivationsStayWithinAMillionthOfExactOnes() {
        Surrogate surrogate = surrogate(false);
        double[] grid = new double[2 * 400];
        for (int k = 0; k < 400; k++) {
            grid[2 * k] = -1 + 2 * (k % 20) / 19.0;
            grid[2 * k + 1] = (k / 20) / 19.0;
        }
        double[][] exact = surrogate.solve(new double[] { 0.02 }, grid).fields();
        surrogate.setFastActivations(true);
        double[][] fast = surrogate.solve(new double[] { 0.02 }, grid).fields();
        for (int f = 0; f < exact.length; f++) {
            assertArrayEquals(exact[f], fast[f], 1e-6, "field " + f);
        }
    }

    @Test
    void inferenceGivesTheSameValuesAsTheTrainingForwardPass() {
        Mlp network = problem.newNetwork(new int[] { 9, 7 }, Activation.TANH, DataType.DOUBLE, 8);
        double[] points = new double[2 * 600];
        for (int k = 0; k < points.length; k++) {
            points[k] = Math.sin(0.37 * k);
        }
        Mlp.Workspace training = network.workspace(600, DerivativePlan.valuesOnly(2));
        Mlp.Workspace inference = network.workspace(600, DerivativePlan.valuesOnly(2));
        network.forward(training, points);
        network.infer(inference, points);
        double[] a = new double[600], b = new double[600];
        for (int f = 0; f < 2; f++) {
            training.outputColumn(0, f, a);
            inference.outputColumn(0, f, b);
            assertArrayEquals(a, b, 1e-15, "field " + f);
        }
        assertThrows(IllegalStateException.class, () -> network.backward(inference, new double[network.parameterCount()]));
    }

    @Test
    void artifactRoundTripSolvesBitForBit(@TempDir Path folder) throws Exception {
        for (boolean full : new boolean[] { false, true }) {
            Surrogate surrogate = surrogate(full);
            Path file = folder.resolve(full ? "full.hlora" : "lora.hlora");
            SurrogateArtifacts.save(file, surrogate, NetworkArtifacts.Description.of(problem, new double[] { 0.01 }));
            Surrogate loaded = SurrogateArtifacts.load(file);
            assertEquals(surrogate.range(), loaded.range());
            assertEquals(List.of("u", "w"), loaded.fields());
            assertEquals(surrogate.weightMap().trainableCount(), loaded.weightMap().trainableCount());
            for (double nu : new double[] { 0.001, 0.0123, 0.1, 0.3 }) {
                double[][] before = surrogate.solve(new double[] { nu }, points()).fields();
                double[][] after = loaded.solve(new double[] { nu }, points()).fields();
                for (int f = 0; f < before.length; f++) {
                    assertArrayEquals(before[f], after[f], 0.0, (full ? "full" : "LoRA") + ", nu = " + nu);
                }
            }
        }
    }

    @Test
    void damagedOrForeignArtifactsAreRefusedWithTheReason(@TempDir Path folder) throws Exception {
        Surrogate surrogate = surrogate(false);
        Artifact good = SurrogateArtifacts.toArtifact(surrogate, NetworkArtifacts.Description.of(problem,
                new double[] { 0.01 }), java.time.Instant.EPOCH);
        Artifact newer = good.toBuilder().putInt("surrogate.format", 99).build();
        assertTrue(assertThrows(ArtifactException.class, () -> SurrogateArtifacts.fromArtifact(newer)).getMessage()
                .contains("surrogate format 99 is newer"));
        Artifact shortHyper = good.toBuilder().removeTensor("surrogate.hyper.parameters")
                .float64("surrogate.hyper.parameters", new double[3], 3).build();
        assertTrue(assertThrows(ArtifactException.class, () -> SurrogateArtifacts.fromArtifact(shortHyper)).getMessage()
                .contains("the hypernetwork has 3 stored parameters"));
        Artifact badMap = good.toBuilder().put("surrogate.map", "diagonal").build();
        assertTrue(assertThrows(ArtifactException.class, () -> SurrogateArtifacts.fromArtifact(badMap)).getMessage()
                .contains("unknown weight map 'diagonal'"));
        Path pinn = folder.resolve("plain.pinn");
        NetworkArtifacts.save(pinn, surrogate.networkFor(new double[] { 0.01 }), NetworkArtifacts.Description.empty());
        assertTrue(assertThrows(ArtifactException.class, () -> SurrogateArtifacts.load(pinn)).getMessage()
                .contains("hyperlora-surrogate"));
        Path missing = folder.resolve("missing.hlora");
        assertThrows(ArtifactException.class, () -> SurrogateArtifacts.load(missing));
        assertFalse(Files.exists(missing));
    }

    @Test
    void badQueriesNameWhatIsWrong() {
        Surrogate surrogate = surrogate(false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> surrogate.solve(new double[] { 0.01 },
                new double[] { 1, 2, 3 })).getMessage().contains("3 coordinates are not a whole number of 2-dimensional points"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> surrogate.solve(new double[] { 0.01, 2 },
                points())).getMessage().contains("expected 1 parameter values [nu], got 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> surrogate.solve(new double[] { Double.NaN },
                points())).getMessage().contains("parameter 'nu' is NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> surrogate.solve(new double[] { -1 },
                points())).getMessage().contains("log scale and must be > 0"));
    }
}
