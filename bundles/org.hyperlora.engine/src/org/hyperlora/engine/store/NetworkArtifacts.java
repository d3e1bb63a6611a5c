package org.hyperlora.engine.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.ArtifactFormat;
import org.hyperlora.engine.io.Tensor;
import org.hyperlora.engine.io.TensorType;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingCheckpoint;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Saves and loads trained networks and training checkpoints as {@link Artifact}s.
 * <p>
 * A {@value ArtifactKeys#KIND_PINN} artifact holds everything needed to rebuild an {@link Mlp} that predicts
 * bit for bit what the saved one predicted (architecture, activation, dtype, the exact input normalization,
 * one weight tensor {@code W<l>} [fanIn, fanOut] and one bias tensor {@code b<l>} [fanOut] per layer, in the
 * network's dtype), plus a {@link Description} of the problem it solves: coordinate, field and parameter
 * names, the parameter values it was trained for, the equations as written, the conditions as text, notes
 * and the time it was written. Keys are listed in {@link ArtifactKeys}.
 * <pre>
 * NetworkArtifacts.save(file, network, Description.of(problem, new double[] { 0.01 / Math.PI }));
 * LoadedNetwork loaded = NetworkArtifacts.load(file);      // loaded.network() predicts exactly as network did
 * </pre>
 * A {@value ArtifactKeys#KIND_CHECKPOINT} artifact holds a {@link TrainingCheckpoint} exactly (float64)
 * together with the architecture it belongs to, so that resuming into a different network is refused.
 * <p>
 * Everything that can be wrong with a file is reported as an {@link ArtifactException} naming the file and
 * what was found: another kind, a newer schema, an unknown activation or dtype, a tensor of the wrong shape
 * or type, an architecture mismatch.
 */
public final class NetworkArtifacts {

    /**
     * What a saved network solves, beyond what the {@link Mlp} itself knows. Lists are copied and
     * unmodifiable; empty {@link #coordinates()} or {@link #fields()} mean "not recorded", otherwise they
     * name the network's inputs and outputs in order.
     *
     * @param coordinates     coordinate names, one per network input (or none)
     * @param fields          field names, one per network output (or none)
     * @param parameters      PDE parameter names
     * @param parameterValues the parameter values the network was trained for, one per name
     * @param equations       the residual expressions, exactly as written
     * @param conditions      free-text descriptions of the conditions (boundary, initial, data, ...)
     * @param notes           free-form notes; null becomes empty
     */
    public record Description(List<String> coordinates, List<String> fields, List<String> parameters,
            double[] parameterValues, List<String> equations, List<String> conditions, String notes) {

        public Description {
            coordinates = copy("coordinates", coordinates);
            fields = copy("fields", fields);
            parameters = copy("parameters", parameters);
            equations = copy("equations", equations);
            conditions = copy("conditions", conditions);
            Objects.requireNonNull(parameterValues, "parameterValues");
            if (parameterValues.length != parameters.size()) {
                throw new IllegalArgumentException(parameterValues.length + " parameter values given for the "
                        + parameters.size() + " parameters " + parameters);
            }
            parameterValues = parameterValues.clone();
            notes = notes == null ? "" : notes;
        }

        private static List<String> copy(String what, List<String> values) {
            Objects.requireNonNull(values, what);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw new NullPointerException(what + "[" + i + "] is null");
                }
            }
            return List.copyOf(values);
        }

        /** A description recording nothing: no names, no parameters, no equations, no notes. */
        public static Description empty() {
            return new Description(List.of(), List.of(), List.of(), new double[0], List.of(), List.of(), "");
        }

        /**
         * The names and equation sources of {@code problem} with the parameter values a network was trained
         * for. {@link PinnProblem} does not expose its conditions, so {@link #conditions()} is empty: add
         * them with {@link #withConditions(List)}.
         *
         * @throws IllegalArgumentException if the number of values differs from the problem's parameters
         */
        public static Description of(PinnProblem problem, double[] parameterValues) {
            List<String> equations = problem.equations().stream().map(Expression::source).toList();
            return new Description(problem.symbols().coordinates(), problem.symbols().fields(),
                    problem.symbols().parameters(), parameterValues, equations, List.of(), "");
        }

        /** This description with other condition texts. */
        public Description withConditions(List<String> newConditions) {
            return new Description(coordinates, fields, parameters, parameterValues, equations, newConditions, notes);
        }

        /** This description with other notes. */
        public Description withNotes(String newNotes) {
            return new Description(coordinates, fields, parameters, parameterValues, equations, conditions, newNotes);
        }

        /** A copy of the parameter values. */
        @Override
        public double[] parameterValues() {
            return parameterValues.clone();
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Description that && coordinates.equals(that.coordinates)
                    && fields.equals(that.fields) && parameters.equals(that.parameters)
                    && Arrays.equals(parameterValues, that.parameterValues) && equations.equals(that.equations)
                    && conditions.equals(that.conditions) && notes.equals(that.notes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(coordinates, fields, parameters, Arrays.hashCode(parameterValues), equations,
                    conditions, notes);
        }

        @Override
        public String toString() {
            return "Description[coordinates=" + coordinates + ", fields=" + fields + ", parameters=" + parameters
                    + ", parameterValues=" + Arrays.toString(parameterValues) + ", equations=" + equations
                    + ", conditions=" + conditions + ", notes=" + notes + "]";
        }
    }

    /**
     * A network read back from a {@value ArtifactKeys#KIND_PINN} artifact.
     *
     * @param network     the rebuilt network, predicting exactly as the saved one
     * @param description what it solves
     * @param created     when the artifact was written
     * @param artifact    the artifact itself, for its {@link Artifact#sha256() checksum}, source and any
     *                    further metadata
     */
    public record LoadedNetwork(Mlp network, Description description, Instant created, Artifact artifact) {
    }

    /** Layer sizes, activation and dtype: what must agree for weights to fit. */
    private record Architecture(int[] layers, boolean[] periodicInputs, Activation activation, DataType dataType) {

        static Architecture of(Mlp network) {
            return new Architecture(network.layerSizes(), network.periodicInputs(), network.activation(),
                    network.dataType());
        }

        /** The number of inputs a point has (the first layer reads two values of a periodic one). */
        int inputCount() {
            return periodicInputs.length;
        }

        /** The indices of the periodic inputs, as stored. */
        int[] periodicIndices() {
            return java.util.stream.IntStream.range(0, periodicInputs.length).filter(i -> periodicInputs[i]).toArray();
        }

        boolean sameAs(Architecture other) {
            return Arrays.equals(layers, other.layers) && Arrays.equals(periodicInputs, other.periodicInputs)
                    && activation == other.activation && dataType == other.dataType;
        }

        String describe() {
            int[] periodic = periodicIndices();
            return "layers " + Arrays.toString(layers) + (periodic.length == 0 ? ""
                    : ", periodic inputs " + Arrays.toString(periodic)) + ", " + activationName(activation) + ", "
                    + dtypeLabel(dataType);
        }
    }

    private NetworkArtifacts() {
    }

    // ---------------------------------------------------------------- trained networks

    /**
     * Writes {@code network} and {@code description} to {@code file} atomically.
     *
     * @return the artifact's SHA-256 in lower-case hex, a fingerprint of exactly this network
     * @throws ArtifactException if the file cannot be written
     * @throws IllegalArgumentException if the description's names do not fit the network
     */
    public static String save(Path file, Mlp network, Description description) throws ArtifactException {
        return toArtifact(network, description).write(file);
    }

    /**
     * Reads a network written by {@link #save}.
     *
     * @throws ArtifactException if the file cannot be read, is damaged, or is not a valid
     *             {@value ArtifactKeys#KIND_PINN} artifact this build understands; the message says why
     */
    public static LoadedNetwork load(Path file) throws ArtifactException {
        return fromArtifact(Artifact.read(file));
    }

    /** The artifact {@link #save} writes, created now. */
    public static Artifact toArtifact(Mlp network, Description description) {
        return toArtifact(network, description, Instant.now());
    }

    /**
     * The artifact {@link #save} writes, with a given creation time (equal inputs give byte-identical files).
     *
     * @throws IllegalArgumentException if the description names a different number of coordinates than the
     *             network has inputs, or of fields than it has outputs
     */
    public static Artifact toArtifact(Mlp network, Description description, Instant created) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(created, "created");
        checkNames("coordinates", description.coordinates(), "inputs", network.inputCount(),
                IllegalArgumentException::new);
        checkNames("fields", description.fields(), "outputs", network.outputCount(), IllegalArgumentException::new);
        double[][] box = exactInputBox(network);
        Artifact.Builder builder = Artifact.builder(ArtifactKeys.KIND_PINN)
                .putInt(ArtifactKeys.SCHEMA_VERSION, ArtifactKeys.CURRENT_SCHEMA_VERSION)
                .put(ArtifactKeys.CREATED, created.toString());
        putArchitecture(builder, Architecture.of(network));
        builder.putDoubles(ArtifactKeys.INPUT_LOWER, box[0])
                .putDoubles(ArtifactKeys.INPUT_UPPER, box[1])
                .putStrings(ArtifactKeys.COORDINATES, description.coordinates())
                .putStrings(ArtifactKeys.FIELDS, description.fields())
                .putStrings(ArtifactKeys.PARAMETERS, description.parameters())
                .putDoubles(ArtifactKeys.PARAMETER_VALUES, description.parameterValues())
                .putStrings(ArtifactKeys.EQUATIONS, description.equations())
                .putStrings(ArtifactKeys.CONDITIONS, description.conditions())
                .put(ArtifactKeys.NOTES, description.notes());
        int[] sizes = network.layerSizes();
        double[] parameters = network.parameters();
        boolean float32 = network.dataType() == DataType.FLOAT;
        for (int l = 0; l < sizes.length - 1; l++) {
            int fanIn = sizes[l], fanOut = sizes[l + 1];
            builder.tensor(ArtifactKeys.weightTensor(l),
                    slice(parameters, network.weightOffset(l), fanIn * fanOut, float32, fanIn, fanOut));
            builder.tensor(ArtifactKeys.biasTensor(l),
                    slice(parameters, network.biasOffset(l), fanOut, float32, fanOut));
        }
        return builder.build();
    }

    /**
     * Rebuilds the network and description held by a {@value ArtifactKeys#KIND_PINN} artifact.
     *
     * @throws ArtifactException if it is another kind, has a newer schema, or its metadata or tensors are
     *             missing, malformed or inconsistent
     */
    public static LoadedNetwork fromArtifact(Artifact artifact) throws ArtifactException {
        artifact.requireKind(ArtifactKeys.KIND_PINN);
        checkSchemaVersion(artifact);
        Instant created = readCreated(artifact);
        Architecture architecture = readArchitecture(artifact);
        int[] sizes = architecture.layers();
        double[] lower = artifact.getDoubles(ArtifactKeys.INPUT_LOWER);
        double[] upper = artifact.getDoubles(ArtifactKeys.INPUT_UPPER);
        int inputs = architecture.inputCount();
        if (lower.length != inputs || upper.length != inputs) {
            throw problem(artifact, "the input box has " + lower.length + " lower and " + upper.length
                    + " upper bounds but the network has " + inputs + " inputs");
        }
        Mlp network;
        try {
            network = new Mlp(sizes, architecture.activation(), architecture.dataType(), lower, upper,
                    architecture.periodicInputs(), 0L);
        } catch (IllegalArgumentException e) {
            throw problem(artifact, "invalid network: " + e.getMessage());
        }
        TensorType expectedType = tensorType(architecture.dataType());
        double[] parameters = new double[network.parameterCount()];
        for (int l = 0; l < sizes.length - 1; l++) {
            int fanIn = sizes[l], fanOut = sizes[l + 1];
            readInto(artifact, ArtifactKeys.weightTensor(l), expectedType, parameters, network.weightOffset(l),
                    fanIn, fanOut);
            readInto(artifact, ArtifactKeys.biasTensor(l), expectedType, parameters, network.biasOffset(l), fanOut);
        }
        network.setParameters(parameters);

        List<String> coordinates = artifact.getStrings(ArtifactKeys.COORDINATES);
        List<String> fields = artifact.getStrings(ArtifactKeys.FIELDS);
        checkNames("coordinates", coordinates, "inputs", inputs, reason -> problem(artifact, reason));
        checkNames("fields", fields, "outputs", sizes[sizes.length - 1], reason -> problem(artifact, reason));
        List<String> parameterNames = artifact.getStrings(ArtifactKeys.PARAMETERS);
        double[] parameterValues = artifact.getDoubles(ArtifactKeys.PARAMETER_VALUES);
        if (parameterValues.length != parameterNames.size()) {
            throw problem(artifact, "metadata '" + ArtifactKeys.PARAMETER_VALUES + "' has " + parameterValues.length
                    + " values for the " + parameterNames.size() + " parameters " + parameterNames);
        }
        Description description = new Description(coordinates, fields, parameterNames, parameterValues,
                artifact.getStrings(ArtifactKeys.EQUATIONS), artifact.getStrings(ArtifactKeys.CONDITIONS),
                artifact.getString(ArtifactKeys.NOTES));
        return new LoadedNetwork(network, description, created, artifact);
    }

    // ---------------------------------------------------------------- checkpoints

    /**
     * Writes a training checkpoint to {@code file} atomically, exactly (float64), with the architecture of
     * {@code networkForShape} for the compatibility check on loading.
     *
     * @param note free text stored under {@link ArtifactKeys#NOTES}; null for none
     * @return the artifact's SHA-256 in lower-case hex
     * @throws ArtifactException if the file cannot be written
     * @throws IllegalArgumentException if the checkpoint's weights or moments do not fit the network
     */
    public static String saveCheckpoint(Path file, TrainingCheckpoint checkpoint, Mlp networkForShape, String note)
            throws ArtifactException {
        return checkpointToArtifact(checkpoint, networkForShape, note, Instant.now()).write(file);
    }

    /**
     * Reads a checkpoint written by {@link #saveCheckpoint} to resume training of {@code expectedNetwork}.
     *
     * @throws ArtifactException if the file is unreadable, damaged, not a valid checkpoint, or was saved for
     *             another architecture (the message names both)
     */
    public static TrainingCheckpoint loadCheckpoint(Path file, Mlp expectedNetwork) throws ArtifactException {
        return checkpointFromArtifact(Artifact.read(file), expectedNetwork);
    }

    /** The artifact {@link #saveCheckpoint} writes. */
    public static Artifact checkpointToArtifact(TrainingCheckpoint checkpoint, Mlp networkForShape, String note,
            Instant created) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(networkForShape, "networkForShape");
        Objects.requireNonNull(created, "created");
        int count = networkForShape.parameterCount();
        Objects.requireNonNull(checkpoint.weights(), "checkpoint weights");
        Objects.requireNonNull(checkpoint.termWeights(), "checkpoint term weights");
        checkLength("weights", checkpoint.weights(), count);
        checkLength("Adam first moment", checkpoint.adamFirstMoment(), count);
        checkLength("Adam second moment", checkpoint.adamSecondMoment(), count);
        Artifact.Builder builder = Artifact.builder(ArtifactKeys.KIND_CHECKPOINT)
                .putInt(ArtifactKeys.SCHEMA_VERSION, ArtifactKeys.CURRENT_SCHEMA_VERSION)
                .put(ArtifactKeys.CREATED, created.toString())
                .put(ArtifactKeys.NOTES, note == null ? "" : note);
        putArchitecture(builder, Architecture.of(networkForShape));
        builder.putInt(ArtifactKeys.CHECKPOINT_STAGE, checkpoint.stageIndex())
                .putInt(ArtifactKeys.CHECKPOINT_STEP, checkpoint.step())
                .putInt(ArtifactKeys.CHECKPOINT_ADAM_STEPS, checkpoint.adamSteps())
                .float64(ArtifactKeys.TENSOR_WEIGHTS, checkpoint.weights(), count)
                .float64(ArtifactKeys.TENSOR_TERM_WEIGHTS, checkpoint.termWeights(),
                        checkpoint.termWeights().length);
        if (checkpoint.adamFirstMoment() != null) {
            builder.float64(ArtifactKeys.TENSOR_ADAM_FIRST_MOMENT, checkpoint.adamFirstMoment(), count);
        }
        if (checkpoint.adamSecondMoment() != null) {
            builder.float64(ArtifactKeys.TENSOR_ADAM_SECOND_MOMENT, checkpoint.adamSecondMoment(), count);
        }
        if (checkpoint.collocationPoints() != null) {
            int dimension = networkForShape.inputCount();
            if (checkpoint.collocationPoints().length % dimension != 0) {
                throw new IllegalArgumentException("checkpoint collocation points: " + checkpoint.collocationPoints().length
                        + " values are not whole " + dimension + "-dimensional points");
            }
            builder.float64(ArtifactKeys.TENSOR_COLLOCATION, checkpoint.collocationPoints(),
                    checkpoint.collocationPoints().length / dimension, dimension);
            builder.putInt(ArtifactKeys.CHECKPOINT_REFINEMENT_ROUNDS, checkpoint.refinementRounds());
        }
        return builder.build();
    }

    /**
     * The checkpoint held by a {@value ArtifactKeys#KIND_CHECKPOINT} artifact, checked against the network it
     * is to resume.
     *
     * @throws ArtifactException as {@link #loadCheckpoint}
     */
    public static TrainingCheckpoint checkpointFromArtifact(Artifact artifact, Mlp expectedNetwork)
            throws ArtifactException {
        Objects.requireNonNull(expectedNetwork, "expectedNetwork");
        artifact.requireKind(ArtifactKeys.KIND_CHECKPOINT);
        checkSchemaVersion(artifact);
        Architecture saved = readArchitecture(artifact);
        Architecture expected = Architecture.of(expectedNetwork);
        if (!saved.sameAs(expected)) {
            throw problem(artifact, "the checkpoint was saved for a network with " + saved.describe()
                    + " but the network to resume has " + expected.describe());
        }
        int count = expectedNetwork.parameterCount();
        double[] weights = artifact.tensorOfShape(ArtifactKeys.TENSOR_WEIGHTS, count).doubles();
        Tensor termWeights = artifact.tensor(ArtifactKeys.TENSOR_TERM_WEIGHTS);
        if (termWeights.rank() != 1) {
            throw problem(artifact, "tensor '" + ArtifactKeys.TENSOR_TERM_WEIGHTS + "' of artifact kind '"
                    + artifact.kind() + "' has shape " + Arrays.toString(termWeights.shape())
                    + ", expected one dimension");
        }
        double[] firstMoment = optionalVector(artifact, ArtifactKeys.TENSOR_ADAM_FIRST_MOMENT, count);
        double[] secondMoment = optionalVector(artifact, ArtifactKeys.TENSOR_ADAM_SECOND_MOMENT, count);
        double[] collocation = null;
        if (artifact.hasTensor(ArtifactKeys.TENSOR_COLLOCATION)) {
            Tensor points = artifact.tensor(ArtifactKeys.TENSOR_COLLOCATION);
            if (points.rank() != 2 || points.shape()[1] != expectedNetwork.inputCount()) {
                throw problem(artifact, "tensor '" + ArtifactKeys.TENSOR_COLLOCATION + "' has shape "
                        + Arrays.toString(points.shape()) + ", expected [points, " + expectedNetwork.inputCount() + "]");
            }
            collocation = points.doubles();
        }
        return new TrainingCheckpoint(artifact.getInt(ArtifactKeys.CHECKPOINT_STAGE),
                artifact.getInt(ArtifactKeys.CHECKPOINT_STEP), weights, termWeights.doubles(),
                artifact.getInt(ArtifactKeys.CHECKPOINT_ADAM_STEPS), firstMoment, secondMoment, collocation,
                artifact.getInt(ArtifactKeys.CHECKPOINT_REFINEMENT_ROUNDS, 0));
    }

    // ---------------------------------------------------------------- shared pieces

    private static void putArchitecture(Artifact.Builder builder, Architecture architecture) {
        builder.putInts(ArtifactKeys.LAYERS, architecture.layers())
                .put(ArtifactKeys.ACTIVATION, activationName(architecture.activation()))
                .put(ArtifactKeys.DTYPE, dtypeLabel(architecture.dataType()));
        int[] periodic = architecture.periodicIndices();
        if (periodic.length > 0) {
            // only when there are some: a network without stays byte-identical to what earlier builds wrote
            builder.putInts(ArtifactKeys.PERIODIC_INPUTS, periodic);
        }
    }

    private static Architecture readArchitecture(Artifact artifact) throws ArtifactException {
        int[] layers = artifact.getInts(ArtifactKeys.LAYERS);
        if (layers.length < 2) {
            throw problem(artifact, "metadata '" + ArtifactKeys.LAYERS + "' is " + Arrays.toString(layers)
                    + "; a network needs at least an input and an output size");
        }
        for (int k = 0; k < layers.length; k++) {
            if (layers[k] < 1) {
                throw problem(artifact, "metadata '" + ArtifactKeys.LAYERS + "' is " + Arrays.toString(layers)
                        + "; layer " + k + " has size " + layers[k] + ", sizes must be >= 1");
            }
        }
        String activationName = artifact.getString(ArtifactKeys.ACTIVATION);
        Activation activation;
        try {
            activation = Activation.parse(activationName);
        } catch (IllegalArgumentException e) {
            throw problem(artifact, "metadata '" + ArtifactKeys.ACTIVATION + "' names an unknown activation '"
                    + activationName + "'; known: tanh, sin, silu");
        }
        String dtype = artifact.getString(ArtifactKeys.DTYPE);
        DataType dataType = switch (dtype) {
        case ArtifactFormat.FLOAT64 -> DataType.DOUBLE;
        case ArtifactFormat.FLOAT32 -> DataType.FLOAT;
        default -> throw problem(artifact, "metadata '" + ArtifactKeys.DTYPE + "' names an unknown dtype '" + dtype
                + "'; known: " + ArtifactFormat.FLOAT64 + ", " + ArtifactFormat.FLOAT32);
        };
        int[] periodic = artifact.has(ArtifactKeys.PERIODIC_INPUTS) ? artifact.getInts(ArtifactKeys.PERIODIC_INPUTS)
                : new int[0];
        int inputs = layers[0] - periodic.length; // a periodic input is two columns of the first layer
        boolean[] periodicInputs = new boolean[Math.max(inputs, 0)];
        for (int index : periodic) {
            if (index < 0 || index >= inputs || periodicInputs[index]) {
                throw problem(artifact, "metadata '" + ArtifactKeys.PERIODIC_INPUTS + "' is "
                        + Arrays.toString(periodic) + "; for a first layer of " + layers[0]
                        + " columns it must name distinct inputs below " + inputs);
            }
            periodicInputs[index] = true;
        }
        return new Architecture(layers, periodicInputs, activation, dataType);
    }

    private static void checkSchemaVersion(Artifact artifact) throws ArtifactException {
        int version = artifact.getInt(ArtifactKeys.SCHEMA_VERSION);
        if (version > ArtifactKeys.CURRENT_SCHEMA_VERSION) {
            throw problem(artifact, "written by a newer engine: '" + artifact.kind() + "' schema version " + version
                    + ", this build reads up to " + ArtifactKeys.CURRENT_SCHEMA_VERSION);
        }
        if (version < 1) {
            throw problem(artifact, "unsupported '" + artifact.kind() + "' schema version " + version
                    + "; versions start at 1");
        }
    }

    private static Instant readCreated(Artifact artifact) throws ArtifactException {
        String text = artifact.getString(ArtifactKeys.CREATED);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(artifact, "metadata '" + ArtifactKeys.CREATED + "' is not an ISO-8601 UTC instant: '"
                    + text + "'");
        }
    }

    private static void readInto(Artifact artifact, String name, TensorType expectedType, double[] parameters,
            int offset, int... shape) throws ArtifactException {
        Tensor tensor = artifact.tensorOfShape(name, shape);
        if (tensor.type() != expectedType) {
            throw problem(artifact, "tensor '" + name + "' of artifact kind '" + artifact.kind() + "' is "
                    + tensor.type() + " but the network's dtype is " + expectedType);
        }
        tensor.copyTo(parameters, offset);
    }

    private static double[] optionalVector(Artifact artifact, String name, int count) throws ArtifactException {
        return artifact.hasTensor(name) ? artifact.tensorOfShape(name, count).doubles() : null;
    }

    /** Stores a parameter block as a tensor in the network's dtype; float32 is exactly what the device holds. */
    private static Tensor slice(double[] parameters, int offset, int length, boolean float32, int... shape) {
        if (!float32) {
            return Tensor.float64(Arrays.copyOfRange(parameters, offset, offset + length), shape);
        }
        float[] values = new float[length];
        for (int k = 0; k < length; k++) {
            values[k] = (float) parameters[offset + k];
        }
        return Tensor.float32(values, shape);
    }

    private static <E extends Exception> void checkNames(String what, List<String> names, String role, int count,
            Function<String, E> failure) throws E {
        if (!names.isEmpty() && names.size() != count) {
            throw failure.apply(names.size() + " " + what + " " + names + " named for a network with " + count + " "
                    + role);
        }
    }

    private static void checkLength(String what, double[] values, int count) {
        if (values != null && values.length != count) {
            throw new IllegalArgumentException("checkpoint " + what + ": " + values.length
                    + " entries, but the network has " + count + " parameters");
        }
    }

    private static String activationName(Activation activation) {
        return activation.name().toLowerCase(Locale.ROOT);
    }

    private static String dtypeLabel(DataType dataType) {
        return tensorType(dataType).label();
    }

    private static TensorType tensorType(DataType dataType) {
        return dataType == DataType.FLOAT ? TensorType.FLOAT32 : TensorType.FLOAT64;
    }

    private static ArtifactException problem(Artifact artifact, String reason) {
        return new ArtifactException(artifact.source().orElse(null), reason);
    }

    /** The input box to store: {@link Mlp#inputBox()} keeps the bounds as given, so a rebuilt network is bit-identical. */
    static double[][] exactInputBox(Mlp network) {
        return network.inputBox();
    }
}
