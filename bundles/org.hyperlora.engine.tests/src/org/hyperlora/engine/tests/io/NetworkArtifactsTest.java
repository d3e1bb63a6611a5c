package org.hyperlora.engine.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.TensorType;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.store.ArtifactKeys;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.store.NetworkArtifacts.Description;
import org.hyperlora.engine.store.NetworkArtifacts.LoadedNetwork;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingCheckpoint;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Saving and loading trained networks and checkpoints with {@link NetworkArtifacts}: rebuilt networks predict
 * bit for bit what the saved ones did (values and derivative streams, float64 and float32, every activation),
 * descriptions and checkpoints survive exactly, and every broken file is refused with a message saying what
 * is wrong.
 */
class NetworkArtifactsTest {

    private static final int POINTS = 11;
    private static final int[] LAYERS = { 3, 9, 8, 2 };
    /**
     * An input box whose center and half-width do not survive a round trip through c ± h: the network must
     * keep the bounds as given (checked in {@link #theInputBoxRebuildsTheNetworkExactly}).
     */
    private static final double[] LOWER = { -3.0, -0.3, 1e-3 };
    private static final double[] UPPER = { 1.1, 2.9, 3.3 };
    private static final Instant CREATED = Instant.parse("2024-05-01T12:34:56.789Z");

    @TempDir
    Path folder;

    @BeforeAll
    static void loadNd4j() {
        Nd4jRuntime.initialize();
    }

    /** A random network with random biases too, so that no part of the stored weights goes unchecked. */
    private static Mlp randomNetwork(int[] layers, Activation activation, DataType dataType, long seed) {
        Mlp network = new Mlp(layers, activation, dataType, LOWER, UPPER, seed);
        double[] parameters = network.parameters();
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] += 0.3 * random.nextGaussian();
        }
        network.setParameters(parameters);
        return network;
    }

    private static double[] randomPoints(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] points = new double[POINTS * LOWER.length];
        for (int p = 0; p < POINTS; p++) {
            for (int i = 0; i < LOWER.length; i++) {
                points[p * LOWER.length + i] = random.nextDouble(LOWER[i], UPPER[i]);
            }
        }
        return points;
    }

    private static DerivativePlan fullPlan() {
        return DerivativePlan.builder(3).second(0, 0).second(1, 1).second(0, 1).second(0, 2).first(2).build();
    }

    /** Every stream of every output field at every point, stream-major. */
    private static double[] allStreams(Mlp network, double[] points) {
        DerivativePlan plan = fullPlan();
        Mlp.Workspace workspace = network.workspace(POINTS, plan);
        network.forward(workspace, points);
        double[] result = new double[plan.streamCount() * network.outputCount() * POINTS];
        double[] column = new double[POINTS];
        for (int stream = 0; stream < plan.streamCount(); stream++) {
            for (int field = 0; field < network.outputCount(); field++) {
                workspace.outputColumn(stream, field, column);
                System.arraycopy(column, 0, result, (stream * network.outputCount() + field) * POINTS, POINTS);
            }
        }
        return result;
    }

    private static void assertBitIdentical(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            if (Double.doubleToRawLongBits(expected[k]) != Double.doubleToRawLongBits(actual[k])) {
                throw new AssertionError("entry " + k + ": expected " + expected[k] + " but was " + actual[k]);
            }
        }
    }

    private static Description description() {
        return new Description(List.of("x", "y", "t"), List.of("u", "v"), List.of("nu", "Re"),
                new double[] { 0.01 / Math.PI, -0.0 }, List.of("u_t + u*u_x - nu*u_xx"), List.of(), "");
    }

    static Stream<Arguments> activationsAndTypes() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            cases.add(Arguments.of(activation, false));
            cases.add(Arguments.of(activation, true));
        }
        return cases.stream();
    }

    // ---------------------------------------------------------------- trained networks

    @ParameterizedTest(name = "{0}, float32 {1}")
    @MethodSource("activationsAndTypes")
    void roundTripPredictsValuesAndDerivativesBitForBit(Activation activation, boolean float32) throws Exception {
        DataType dataType = float32 ? DataType.FLOAT : DataType.DOUBLE;
        Mlp saved = randomNetwork(LAYERS, activation, dataType, 41);
        Path file = folder.resolve("model.hlora");

        NetworkArtifacts.save(file, saved, description());
        LoadedNetwork loaded = NetworkArtifacts.load(file);

        Mlp network = loaded.network();
        assertArrayEquals(LAYERS, network.layerSizes());
        assertEquals(activation, network.activation());
        assertEquals(dataType, network.dataType());
        for (long seed = 1; seed <= 3; seed++) {
            double[] points = randomPoints(seed);
            assertBitIdentical(allStreams(saved, points), allStreams(network, points));
        }
        assertBitIdentical(saved.inputBox()[0], network.inputBox()[0]);
        assertBitIdentical(saved.inputBox()[1], network.inputBox()[1]);

        // Weights are stored in the network's dtype: a float32 network keeps exactly its float32 weights.
        double[] expectedParameters = saved.parameters();
        if (float32) {
            for (int k = 0; k < expectedParameters.length; k++) {
                expectedParameters[k] = (float) expectedParameters[k];
            }
        }
        assertBitIdentical(expectedParameters, network.parameters());
        Artifact artifact = loaded.artifact();
        TensorType tensorType = float32 ? TensorType.FLOAT32 : TensorType.FLOAT64;
        for (int l = 0; l < LAYERS.length - 1; l++) {
            assertTrue(artifact.tensor(ArtifactKeys.weightTensor(l)).hasShape(LAYERS[l], LAYERS[l + 1]));
            assertTrue(artifact.tensor(ArtifactKeys.biasTensor(l)).hasShape(LAYERS[l + 1]));
            assertEquals(tensorType, artifact.tensor(ArtifactKeys.weightTensor(l)).type());
            assertEquals(tensorType, artifact.tensor(ArtifactKeys.biasTensor(l)).type());
        }
        assertEquals(2 * (LAYERS.length - 1), artifact.tensorNames().size());
    }

    /** {@link Mlp#inputBox()} returns the bounds as given, so a network rebuilt from it normalizes identically. */
    @Test
    void theInputBoxRebuildsTheNetworkExactly() throws Exception {
        Mlp saved = randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 5);
        double[][] box = saved.inputBox();
        assertBitIdentical(LOWER, box[0]);
        assertBitIdentical(UPPER, box[1]);
        Mlp rebuilt = new Mlp(LAYERS, Activation.TANH, DataType.DOUBLE, box[0], box[1], 0);
        rebuilt.setParameters(saved.parameters());
        double[] points = randomPoints(9);
        assertBitIdentical(allStreams(saved, points), allStreams(rebuilt, points));

        Mlp loaded = NetworkArtifacts.fromArtifact(NetworkArtifacts.toArtifact(saved, Description.empty())).network();
        assertBitIdentical(allStreams(saved, points), allStreams(loaded, points));
    }

    /**
     * Periodic inputs are part of the network: stored (only when there are some), rebuilt bit-identically, and a
     * checkpoint of a network without them is not resumed into one with them.
     */
    @Test
    void periodicInputsRoundTripAndTellCheckpointsApart() throws Exception {
        boolean[] periodic = { true, false, true };
        Mlp saved = new Mlp(new int[] { 5, 9, 8, 2 }, Activation.TANH, DataType.DOUBLE, LOWER, UPPER, periodic, 7);
        Artifact artifact = NetworkArtifacts.toArtifact(saved, description());
        assertArrayEquals(new int[] { 0, 2 }, artifact.getInts(ArtifactKeys.PERIODIC_INPUTS));
        assertFalse(NetworkArtifacts.toArtifact(randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 7),
                description()).has(ArtifactKeys.PERIODIC_INPUTS), "no key when no input is periodic");
        Mlp loaded = NetworkArtifacts.fromArtifact(artifact).network();
        assertArrayEquals(periodic, loaded.periodicInputs());
        assertEquals(3, loaded.inputCount());
        double[] points = randomPoints(4);
        assertBitIdentical(allStreams(saved, points), allStreams(loaded, points));

        assertEquals("metadata 'network.input.periodic' is [0, 3]; for a first layer of 5 columns it must name "
                + "distinct inputs below 3", loadFailure(artifact.toBuilder().putInts(ArtifactKeys.PERIODIC_INPUTS, 0, 3)
                        .build()));

        Mlp plain = new Mlp(new int[] { 5, 9, 8, 2 }, Activation.TANH, DataType.DOUBLE, null, null, 3);
        Path file = folder.resolve("checkpoint.hlora");
        NetworkArtifacts.saveCheckpoint(file, checkpointOf(plain, false), plain, null);
        // the same weight shapes, but five inputs against three of which two are periodic
        assertEquals("the checkpoint was saved for a network with layers [5, 9, 8, 2], tanh, float64 but the network "
                + "to resume has layers [5, 9, 8, 2], periodic inputs [0, 2], tanh, float64", assertThrows(
                        ArtifactException.class, () -> NetworkArtifacts.loadCheckpoint(file, saved)).reason());
    }

    @Test
    void descriptionAndMetadataRoundTripExactly() throws Exception {
        SymbolTable symbols = SymbolTable.of(List.of("x", "t"), List.of("u"), List.of("nu"));
        Domain domain = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        String burgers = "u_t + u*u_x   -  nu*u_xx";
        PinnProblem problem = PinnProblem.builder(symbols, domain).equation(burgers)
                .equation("(u_x)^2\t- sin(pi*x) * exp(-t)/(1+nu)").initial("u", "-sin(pi*x)").build();
        Mlp network = problem.newNetwork(new int[] { 8 }, Activation.SIN, DataType.DOUBLE, 3);
        List<String> conditions = List.of("u = -sin(pi*x) at t = 0", "u = 0 on x = ±1 \"walls\"",
                "tab\there, newline\nhere, backslash \\ and control \u0001 and 𝜈 (astral)");
        String notes = "trained with Adam → L-BFGS\nline 2: ∂u/∂t, quotes \" ' and {\"json\": [1, 2]}";
        Description description = Description.of(problem, new double[] { 0.01 / Math.PI }).withConditions(conditions)
                .withNotes(notes);
        assertEquals(List.of(burgers, "(u_x)^2\t- sin(pi*x) * exp(-t)/(1+nu)"), description.equations());

        Path file = folder.resolve("burgers.hlora");
        NetworkArtifacts.toArtifact(network, description, CREATED).write(file);
        LoadedNetwork loaded = NetworkArtifacts.load(file);

        assertEquals(description, loaded.description());
        assertEquals(List.of("x", "t"), loaded.description().coordinates());
        assertEquals(List.of("u"), loaded.description().fields());
        assertEquals(List.of("nu"), loaded.description().parameters());
        assertBitIdentical(new double[] { 0.01 / Math.PI }, loaded.description().parameterValues());
        assertEquals(conditions, loaded.description().conditions());
        assertEquals(notes, loaded.description().notes());
        assertEquals(CREATED, loaded.created());
        assertEquals(file, loaded.artifact().source().orElseThrow());
        assertTrue(loaded.artifact().sha256().isPresent());

        // Self-describing: the raw metadata reads as documented in ArtifactKeys.
        Artifact artifact = loaded.artifact();
        assertEquals("pinn", artifact.kind());
        assertEquals("1", artifact.getString(ArtifactKeys.SCHEMA_VERSION));
        assertEquals("2024-05-01T12:34:56.789Z", artifact.getString(ArtifactKeys.CREATED));
        assertEquals("[2,8,1]", artifact.getString(ArtifactKeys.LAYERS));
        assertEquals("sin", artifact.getString(ArtifactKeys.ACTIVATION));
        assertEquals("float64", artifact.getString(ArtifactKeys.DTYPE));
        assertEquals("[-1.0,0.0]", artifact.getString(ArtifactKeys.INPUT_LOWER));
        assertEquals("[1.0,1.0]", artifact.getString(ArtifactKeys.INPUT_UPPER));
        assertEquals("[\"x\",\"t\"]", artifact.getString(ArtifactKeys.COORDINATES));
        assertEquals("[\"u\"]", artifact.getString(ArtifactKeys.FIELDS));
        assertEquals("[\"nu\"]", artifact.getString(ArtifactKeys.PARAMETERS));
        assertEquals("[" + 0.01 / Math.PI + "]", artifact.getString(ArtifactKeys.PARAMETER_VALUES));
        assertEquals(List.of(burgers, "(u_x)^2\t- sin(pi*x) * exp(-t)/(1+nu)"),
                artifact.getStrings(ArtifactKeys.EQUATIONS));
        assertEquals(notes, artifact.getString(ArtifactKeys.NOTES));

        // Same network, description and time: byte-identical artifacts.
        assertEquals(NetworkArtifacts.toArtifact(network, description, CREATED).write(folder.resolve("again.hlora")),
                artifact.sha256().orElseThrow());
    }

    @Test
    void createdIsTheCurrentTimeInUtc() throws Exception {
        Instant before = Instant.now();
        Path file = folder.resolve("now.hlora");
        NetworkArtifacts.save(file, randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 1), description());
        LoadedNetwork loaded = NetworkArtifacts.load(file);
        assertFalse(loaded.created().isBefore(before));
        assertFalse(loaded.created().isAfter(Instant.now()));
        assertTrue(loaded.artifact().getString(ArtifactKeys.CREATED).endsWith("Z"));
    }

    @Test
    void descriptionMustFitTheNetwork() {
        Mlp network = randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 1);
        Description twoCoordinates = new Description(List.of("x", "t"), List.of(), List.of(), new double[0],
                List.of(), List.of(), null);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> NetworkArtifacts.toArtifact(network, twoCoordinates));
        assertEquals("2 coordinates [x, t] named for a network with 3 inputs", wrong.getMessage());
        assertEquals("1 parameter values given for the 2 parameters [nu, Re]",
                assertThrows(IllegalArgumentException.class, () -> new Description(List.of(), List.of(),
                        List.of("nu", "Re"), new double[1], List.of(), List.of(), "")).getMessage());
    }

    // ---------------------------------------------------------------- broken network files

    private Path savedNetwork() throws ArtifactException {
        Path file = folder.resolve("model.hlora");
        NetworkArtifacts.save(file, randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 7), description());
        return file;
    }

    /** Loads {@code artifact} after writing it, and returns the reason of the expected failure. */
    private String loadFailure(Artifact artifact) throws ArtifactException {
        Path file = folder.resolve("crafted.hlora");
        artifact.write(file);
        ArtifactException failure = assertThrows(ArtifactException.class, () -> NetworkArtifacts.load(file));
        assertEquals(file, failure.path().orElseThrow());
        return failure.reason();
    }

    @Test
    void anotherKindIsRefusedNamingIt() throws Exception {
        Path checkpoint = folder.resolve("checkpoint.hlora");
        Mlp network = randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 7);
        NetworkArtifacts.saveCheckpoint(checkpoint, checkpointOf(network, true), network, "");
        ArtifactException asNetwork = assertThrows(ArtifactException.class, () -> NetworkArtifacts.load(checkpoint));
        assertEquals(checkpoint + ": expected an artifact of kind 'pinn' but found kind 'checkpoint'",
                asNetwork.getMessage());

        Path model = savedNetwork();
        ArtifactException asCheckpoint = assertThrows(ArtifactException.class,
                () -> NetworkArtifacts.loadCheckpoint(model, network));
        assertEquals("expected an artifact of kind 'checkpoint' but found kind 'pinn'", asCheckpoint.reason());
    }

    @Test
    void aTensorOfTheWrongShapeIsRefusedNamingBothShapes() throws Exception {
        Artifact good = Artifact.read(savedNetwork());
        Artifact crafted = good.toBuilder().removeTensor("W1").float64("W1", new double[9 * 5], 9, 5).build();
        assertEquals("tensor 'W1' of artifact kind 'pinn' has shape [9, 5], expected [9, 8]", loadFailure(crafted));

        Artifact transposed = good.toBuilder().removeTensor("W0").float64("W0", new double[27], 9, 3).build();
        assertEquals("tensor 'W0' of artifact kind 'pinn' has shape [9, 3], expected [3, 9]",
                loadFailure(transposed));

        Artifact missing = good.toBuilder().removeTensor("b2").build();
        assertEquals("artifact kind 'pinn' has no tensor 'b2'", loadFailure(missing));

        Artifact layersEdited = good.toBuilder().putInts(ArtifactKeys.LAYERS, 3, 9, 8, 4).build();
        assertEquals("tensor 'W2' of artifact kind 'pinn' has shape [8, 2], expected [8, 4]",
                loadFailure(layersEdited));
    }

    @Test
    void aTensorOfAnotherDtypeIsRefused() throws Exception {
        Artifact good = Artifact.read(savedNetwork());
        Artifact crafted = good.toBuilder().removeTensor("b0").float32("b0", new float[9], 9).build();
        assertEquals("tensor 'b0' of artifact kind 'pinn' is float32 but the network's dtype is float64",
                loadFailure(crafted));
    }

    @Test
    void unknownActivationAndDtypeAreRefused() throws Exception {
        Artifact good = Artifact.read(savedNetwork());
        assertEquals("metadata 'network.activation' names an unknown activation 'relu'; known: tanh, sin, silu",
                loadFailure(good.toBuilder().put(ArtifactKeys.ACTIVATION, "relu").build()));
        assertEquals("metadata 'network.dtype' names an unknown dtype 'bfloat16'; known: float64, float32",
                loadFailure(good.toBuilder().put(ArtifactKeys.DTYPE, "bfloat16").build()));
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        Artifact good = Artifact.read(savedNetwork());
        assertEquals("written by a newer engine: 'pinn' schema version 2, this build reads up to 1",
                loadFailure(good.toBuilder().putInt(ArtifactKeys.SCHEMA_VERSION, 2).build()));
        assertEquals("artifact kind 'pinn' has no metadata 'schema.version'",
                loadFailure(good.toBuilder().remove(ArtifactKeys.SCHEMA_VERSION).build()));
    }

    @Test
    void inconsistentMetadataIsRefused() throws Exception {
        Artifact good = Artifact.read(savedNetwork());
        assertEquals("the input box has 2 lower and 3 upper bounds but the network has 3 inputs",
                loadFailure(good.toBuilder().putDoubles(ArtifactKeys.INPUT_LOWER, 0, 0).build()));
        assertEquals("invalid network: input 1: upper bound 2.9 must exceed lower bound 5.0",
                loadFailure(good.toBuilder().putDoubles(ArtifactKeys.INPUT_LOWER, 0.1, 5, 0).build()));
        assertEquals("metadata 'network.layers' is [3]; a network needs at least an input and an output size",
                loadFailure(good.toBuilder().putInts(ArtifactKeys.LAYERS, 3).build()));
        assertEquals("2 fields [u, v] named for a network with 4 outputs",
                loadFailure(good.toBuilder().putInts(ArtifactKeys.LAYERS, 3, 9, 8, 4).removeTensor("W2")
                        .removeTensor("b2").float64("W2", new double[32], 8, 4).float64("b2", new double[4], 4)
                        .build()));
        assertEquals("metadata 'problem.parameter.values' has 1 values for the 2 parameters [nu, Re]",
                loadFailure(good.toBuilder().putDoubles(ArtifactKeys.PARAMETER_VALUES, 1.0).build()));
        assertEquals("metadata 'created' is not an ISO-8601 UTC instant: '1 May 2024'",
                loadFailure(good.toBuilder().put(ArtifactKeys.CREATED, "1 May 2024").build()));
    }

    // ---------------------------------------------------------------- checkpoints

    private static TrainingCheckpoint checkpointOf(Mlp network, boolean withMoments) {
        SplittableRandom random = new SplittableRandom(17);
        int n = network.parameterCount();
        double[] weights = network.parameters();
        weights[0] = -0.0;
        weights[1] = Double.MIN_VALUE;
        double[] first = withMoments ? random.doubles(n, -1, 1).toArray() : null;
        double[] second = withMoments ? random.doubles(n, 0, 1e-8).toArray() : null;
        return new TrainingCheckpoint(1, 250, weights, new double[] { 1.0, 37.25, 1e-3 / 3 }, 1250, first, second);
    }

    @Test
    void checkpointRoundTripsExactly() throws Exception {
        Mlp network = randomNetwork(LAYERS, Activation.SILU, DataType.FLOAT, 3);
        for (boolean withMoments : new boolean[] { true, false }) {
            TrainingCheckpoint saved = checkpointOf(network, withMoments);
            Path file = folder.resolve("step-250.hlora");
            NetworkArtifacts.saveCheckpoint(file, saved, network, "after Adam stage 1\nlr 1e-3");

            TrainingCheckpoint loaded = NetworkArtifacts.loadCheckpoint(file, network);

            assertEquals(saved.stageIndex(), loaded.stageIndex());
            assertEquals(saved.step(), loaded.step());
            assertEquals(saved.adamSteps(), loaded.adamSteps());
            assertBitIdentical(saved.weights(), loaded.weights());
            assertBitIdentical(saved.termWeights(), loaded.termWeights());
            if (withMoments) {
                assertBitIdentical(saved.adamFirstMoment(), loaded.adamFirstMoment());
                assertBitIdentical(saved.adamSecondMoment(), loaded.adamSecondMoment());
            } else {
                assertNull(loaded.adamFirstMoment());
                assertNull(loaded.adamSecondMoment());
            }
            Artifact artifact = Artifact.read(file);
            assertEquals("checkpoint", artifact.kind());
            assertEquals("after Adam stage 1\nlr 1e-3", artifact.getString(ArtifactKeys.NOTES));
            assertEquals("silu", artifact.getString(ArtifactKeys.ACTIVATION));
            assertEquals("float32", artifact.getString(ArtifactKeys.DTYPE));
            assertEquals(TensorType.FLOAT64, artifact.tensor(ArtifactKeys.TENSOR_WEIGHTS).type());
            Instant.parse(artifact.getString(ArtifactKeys.CREATED));
        }
    }

    @Test
    void refinedCollocationPointsRoundTripWithTheCheckpoint() throws Exception {
        Mlp network = randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 4);
        TrainingCheckpoint plain = checkpointOf(network, true);
        double[] points = new SplittableRandom(5).doubles(7 * 3, -1, 1).toArray();
        TrainingCheckpoint refined = new TrainingCheckpoint(plain.stageIndex(), plain.step(), plain.weights(),
                plain.termWeights(), plain.adamSteps(), plain.adamFirstMoment(), plain.adamSecondMoment(), points, 2);
        Path file = folder.resolve("refined.hlora");
        NetworkArtifacts.saveCheckpoint(file, refined, network, "");

        TrainingCheckpoint loaded = NetworkArtifacts.loadCheckpoint(file, network);
        assertBitIdentical(points, loaded.collocationPoints());
        assertEquals(2, loaded.refinementRounds());
        assertNull(NetworkArtifacts.loadCheckpoint(saveAndReturn(plain, network), network).collocationPoints());
    }

    private Path saveAndReturn(TrainingCheckpoint checkpoint, Mlp network) throws Exception {
        Path file = folder.resolve("plain.hlora");
        NetworkArtifacts.saveCheckpoint(file, checkpoint, network, "");
        return file;
    }

    @Test
    void checkpointForAnotherArchitectureIsRefusedNamingBoth() throws Exception {
        Mlp network = randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 3);
        Path file = folder.resolve("checkpoint.hlora");
        NetworkArtifacts.saveCheckpoint(file, checkpointOf(network, true), network, null);

        Mlp wider = randomNetwork(new int[] { 3, 16, 8, 2 }, Activation.TANH, DataType.DOUBLE, 3);
        ArtifactException failure = assertThrows(ArtifactException.class,
                () -> NetworkArtifacts.loadCheckpoint(file, wider));
        assertEquals(file + ": the checkpoint was saved for a network with layers [3, 9, 8, 2], tanh, float64"
                + " but the network to resume has layers [3, 16, 8, 2], tanh, float64", failure.getMessage());

        Mlp otherActivationAndType = randomNetwork(LAYERS, Activation.SIN, DataType.FLOAT, 3);
        assertEquals("the checkpoint was saved for a network with layers [3, 9, 8, 2], tanh, float64"
                + " but the network to resume has layers [3, 9, 8, 2], sin, float32",
                assertThrows(ArtifactException.class, () -> NetworkArtifacts.loadCheckpoint(file,
                        otherActivationAndType)).reason());
    }

    @Test
    void checkpointThatDoesNotFitItsNetworkIsNotSaved() {
        Mlp network = randomNetwork(LAYERS, Activation.TANH, DataType.DOUBLE, 3);
        TrainingCheckpoint tooShort = new TrainingCheckpoint(0, 1, new double[5], new double[1], 0, null, null);
        assertEquals("checkpoint weights: 5 entries, but the network has " + network.parameterCount()
                + " parameters", assertThrows(IllegalArgumentException.class,
                        () -> NetworkArtifacts.saveCheckpoint(folder.resolve("x.hlora"), tooShort, network, ""))
                        .getMessage());
    }
}
