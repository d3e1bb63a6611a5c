package org.hyperlora.engine.store;

/**
 * The names under which {@link NetworkArtifacts} stores networks and checkpoints in an
 * {@link org.hyperlora.engine.io.Artifact}: artifact kinds, metadata keys and tensor names. They are part of
 * the file format, so they never change; a change in meaning needs a new {@link #CURRENT_SCHEMA_VERSION}.
 * <p>
 * Typed values use the encodings of {@link org.hyperlora.engine.io.Artifact.Builder}: int and double arrays
 * as {@code [a,b,c]} (doubles exactly), string lists as a JSON array of strings.
 */
public final class ArtifactKeys {

    /** Kind of a trained network with the problem it solves. */
    public static final String KIND_PINN = "pinn";

    /** Kind of a resumable training state. */
    public static final String KIND_CHECKPOINT = "checkpoint";

    /**
     * The version of the engine's artifact schema (these keys and tensor names and their meaning) this build
     * writes, and the newest it reads. Independent of the container format version
     * ({@link org.hyperlora.engine.io.ArtifactFormat#CURRENT_VERSION}).
     */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    // ---------------------------------------------------------------- every kind

    /** int: the schema version the artifact was written with. */
    public static final String SCHEMA_VERSION = "schema.version";

    /** ISO-8601 instant in UTC, e.g. {@code 2024-05-01T12:34:56.789Z}: when the artifact was written. */
    public static final String CREATED = "created";

    /** Free text (may be empty or span lines): notes of a network, the note of a checkpoint. */
    public static final String NOTES = "notes";

    // ---------------------------------------------------------------- the network (pinn and checkpoint)

    /** int array: the first layer's fan-in (the input count, plus one per periodic input), hidden widths..., output count. */
    public static final String LAYERS = "network.layers";

    /** Hidden-layer activation in lower case: {@code tanh}, {@code sin} or {@code silu}. */
    public static final String ACTIVATION = "network.activation";

    /** {@code float64} or {@code float32}: the arithmetic of the network and the type of its weight tensors. */
    public static final String DTYPE = "network.dtype";

    /** double array (pinn only): lower corner of the box the inputs are normalized from to [-1, 1]. */
    public static final String INPUT_LOWER = "network.input.lower";

    /** double array (pinn only): upper corner of the input normalization box. */
    public static final String INPUT_UPPER = "network.input.upper";

    /**
     * int array (optional): the inputs embedded periodically, as (cos θ, sin θ) with θ = 2π (x - lower) / (upper -
     * lower), each two columns of the first layer; absent when none is.
     */
    public static final String PERIODIC_INPUTS = "network.input.periodic";

    // ---------------------------------------------------------------- the problem (pinn)

    /** string list: coordinate names, one per network input, in input order (empty if not recorded). */
    public static final String COORDINATES = "problem.coordinates";

    /** string list: field names, one per network output, in output order (empty if not recorded). */
    public static final String FIELDS = "problem.fields";

    /** string list: PDE parameter names, e.g. {@code ["nu"]}. */
    public static final String PARAMETERS = "problem.parameters";

    /** double array: the parameter values the network was trained for, one per {@link #PARAMETERS} name. */
    public static final String PARAMETER_VALUES = "problem.parameter.values";

    /** string list: the residual expressions exactly as written, e.g. {@code ["u_t + u*u_x - nu*u_xx"]}. */
    public static final String EQUATIONS = "problem.equations";

    /** string list: free-text descriptions of the boundary, initial and data conditions. */
    public static final String CONDITIONS = "problem.conditions";

    // ---------------------------------------------------------------- the training state (checkpoint)

    /** int: index of the training stage the checkpoint was taken in. */
    public static final String CHECKPOINT_STAGE = "checkpoint.stage";

    /** int: step reached within that stage. */
    public static final String CHECKPOINT_STEP = "checkpoint.step";

    /** int: Adam's step count (bias correction). */
    public static final String CHECKPOINT_ADAM_STEPS = "checkpoint.adam.steps";

    /** Refinement rounds done when the checkpoint was taken (absent means 0). */
    public static final String CHECKPOINT_REFINEMENT_ROUNDS = "checkpoint.refinement.rounds";

    // ---------------------------------------------------------------- tensors

    /** float64 [parameter count] (checkpoint): the flat network parameters. */
    public static final String TENSOR_WEIGHTS = "weights";

    /** float64 [term count] (checkpoint): the loss term weights. */
    public static final String TENSOR_TERM_WEIGHTS = "termWeights";

    /** float64 [parameter count] (checkpoint, optional): Adam's first moment. */
    public static final String TENSOR_ADAM_FIRST_MOMENT = "adam.firstMoment";

    /** float64 [parameter count] (checkpoint, optional): Adam's second moment. */
    public static final String TENSOR_ADAM_SECOND_MOMENT = "adam.secondMoment";

    /** Collocation points after adaptive refinement, row-major [points, coordinates] (optional). */
    public static final String TENSOR_COLLOCATION = "collocation";

    private ArtifactKeys() {
    }

    /** Name of layer {@code layer}'s weight matrix (pinn): {@code W0}, {@code W1}, ..., shape [fanIn, fanOut]. */
    public static String weightTensor(int layer) {
        return "W" + layer;
    }

    /** Name of layer {@code layer}'s bias vector (pinn): {@code b0}, {@code b1}, ..., shape [fanOut]. */
    public static String biasTensor(int layer) {
        return "b" + layer;
    }
}
