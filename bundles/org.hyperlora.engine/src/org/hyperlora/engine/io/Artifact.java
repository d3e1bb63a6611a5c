package org.hyperlora.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the engine saves: a trained network, a hypernetwork with its base network and LoRA layout, or a
 * training checkpoint. An artifact is a {@link #kind()} (e.g. {@code "pinn"}, {@code "hyperlora"},
 * {@code "checkpoint"}), ordered string {@linkplain #metadata() metadata} (architecture, activation,
 * dtype, input normalization, the PDE expressions, ...) with typed accessors, and ordered named
 * {@linkplain Tensor tensors}. The file format is specified in {@link ArtifactFormat}.
 * <p>
 * Immutable and thread-safe; build one with {@link #builder(String)}.
 * <pre>
 * Artifact.builder("pinn")
 *         .put("activation", "tanh").putInts("layers", 2, 20, 20, 1).put("residual.0", "u_t + u*u_x - nu*u_xx")
 *         .float64("layer0.weight", w0, 2, 20)
 *         .build()
 *         .write(path);                                  // atomic: the old file stays until the new one is complete
 *
 * Artifact artifact = Artifact.read(path).requireKind("pinn");
 * int[] layers = artifact.getInts("layers");            // if absent: "artifact kind 'pinn' has no metadata 'layers'"
 * double[] w0 = artifact.tensorOfShape("layer0.weight", 2, 20).doubles();
 * </pre>
 * Metadata accessors that name a required key throw {@link ArtifactException} when it is missing or
 * malformed, because to a caller that is a broken file like any other; the variants with a default value
 * serve keys added after older artifacts were written.
 */
public final class Artifact {

    private final String kind;
    private final Map<String, String> metadata;
    private final Map<String, Tensor> tensors;
    private final Path source;
    private final String sha256;

    Artifact(String kind, Map<String, String> metadata, Map<String, Tensor> tensors, Path source, String sha256) {
        this.kind = kind;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        this.source = source;
        this.sha256 = sha256;
    }

    /** A builder for an artifact of the given kind. */
    public static Builder builder(String kind) {
        return new Builder(kind);
    }

    /** A builder holding this artifact's kind, metadata and tensors, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(kind);
        builder.metadata.putAll(metadata);
        builder.tensors.putAll(tensors);
        return builder;
    }

    // ---------------------------------------------------------------- reading and writing

    /**
     * Reads and verifies an artifact file.
     *
     * @throws ArtifactException if the file cannot be read, is not an artifact, is truncated or corrupted,
     *             comes from a newer format version, or has an invalid header
     */
    public static Artifact read(Path file) throws ArtifactException {
        return ArtifactDecoder.read(file);
    }

    /**
     * Reads and verifies one artifact from a stream, consuming exactly its bytes and leaving the stream open.
     *
     * @throws ArtifactException as {@link #read(Path)}, or if the stream fails
     */
    public static Artifact read(InputStream in) throws ArtifactException {
        return ArtifactDecoder.read(in);
    }

    /**
     * Writes the artifact to {@code file} atomically: into a temporary file in the same folder, forced to
     * disk, then renamed over {@code file}. A crash or failure never leaves a partial artifact under that
     * name, and an existing file is replaced only when the new one is complete (see {@link AtomicFiles}).
     *
     * @return the SHA-256 of the written artifact in lower-case hex, as {@link #sha256()} reports on reading
     * @throws ArtifactException if it cannot be written; the path names {@code file}
     */
    public String write(Path file) throws ArtifactException {
        String[] checksum = new String[1];
        try {
            AtomicFiles.write(file, out -> checksum[0] = ArtifactEncoder.write(this, out));
        } catch (IOException e) {
            throw new ArtifactException(file, "cannot write artifact: " + AtomicFiles.describe(e, file), e);
        }
        return checksum[0];
    }

    /**
     * Writes the artifact to a stream (not atomic; prefer {@link #write(Path)} for files). The stream is
     * flushed, not closed.
     *
     * @return the SHA-256 of the written artifact in lower-case hex
     * @throws IOException if the stream fails
     */
    public String write(OutputStream out) throws IOException {
        return ArtifactEncoder.write(this, out);
    }

    /** The file this artifact was read from; empty for a built artifact or one read from a stream. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The SHA-256 (lower-case hex) stored in, and verified against, the bytes this artifact was read from:
     * a fingerprint to record which artifact produced a result. Empty for a built artifact.
     */
    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    // ---------------------------------------------------------------- kind and metadata

    /** What the artifact holds, e.g. {@code "pinn"}. */
    public String kind() {
        return kind;
    }

    /**
     * Returns this artifact if its kind is {@code expected}.
     *
     * @throws ArtifactException naming both kinds otherwise
     */
    public Artifact requireKind(String expected) throws ArtifactException {
        if (!kind.equals(expected)) {
            throw problem("expected an artifact of kind '" + expected + "' but found kind '" + kind + "'");
        }
        return this;
    }

    /** All metadata in insertion order (unmodifiable). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** True if there is metadata under {@code key}. */
    public boolean has(String key) {
        return metadata.containsKey(key);
    }

    /** The metadata under {@code key}, if any. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /**
     * The metadata under {@code key}.
     *
     * @throws ArtifactException if there is none, e.g. "artifact kind 'pinn' has no metadata 'activation'"
     */
    public String getString(String key) throws ArtifactException {
        String value = metadata.get(key);
        if (value == null) {
            throw problem("artifact kind '" + kind + "' has no metadata '" + key + "'");
        }
        return value;
    }

    /** The metadata under {@code key}, or {@code defaultValue} if there is none. */
    public String getString(String key, String defaultValue) {
        return metadata.getOrDefault(key, defaultValue);
    }

    /**
     * The int under {@code key}.
     *
     * @throws ArtifactException if {@code key} is missing or not an int
     */
    public int getInt(String key) throws ArtifactException {
        return typed(key, "an int", MetadataValues::parseInt);
    }

    /**
     * The int under {@code key}, or {@code defaultValue} if there is none.
     *
     * @throws ArtifactException if {@code key} is present but not an int
     */
    public int getInt(String key, int defaultValue) throws ArtifactException {
        return has(key) ? getInt(key) : defaultValue;
    }

    /**
     * The long under {@code key}.
     *
     * @throws ArtifactException if {@code key} is missing or not a long
     */
    public long getLong(String key) throws ArtifactException {
        return typed(key, "a long", MetadataValues::parseLong);
    }

    /**
     * The long under {@code key}, or {@code defaultValue} if there is none.
     *
     * @throws ArtifactException if {@code key} is present but not a long
     */
    public long getLong(String key, long defaultValue) throws ArtifactException {
        return has(key) ? getLong(key) : defaultValue;
    }

    /**
     * The double under {@code key}.
     *
     * @throws ArtifactException if {@code key} is missing or not a double
     */
    public double getDouble(String key) throws ArtifactException {
        return typed(key, "a double", MetadataValues::parseDouble);
    }

    /**
     * The double under {@code key}, or {@code defaultValue} if there is none.
     *
     * @throws ArtifactException if {@code key} is present but not a double
     */
    public double getDouble(String key, double defaultValue) throws ArtifactException {
        return has(key) ? getDouble(key) : defaultValue;
    }

    /**
     * The boolean under {@code key}.
     *
     * @throws ArtifactException if {@code key} is missing or not {@code true} or {@code false}
     */
    public boolean getBoolean(String key) throws ArtifactException {
        return typed(key, "a boolean (true or false)", MetadataValues::parseBoolean);
    }

    /**
     * The boolean under {@code key}, or {@code defaultValue} if there is none.
     *
     * @throws ArtifactException if {@code key} is present but not {@code true} or {@code false}
     */
    public boolean getBoolean(String key, boolean defaultValue) throws ArtifactException {
        return has(key) ? getBoolean(key) : defaultValue;
    }

    /**
     * An unmodifiable list stored with {@link Builder#putStrings(String, List)}.
     *
     * @throws ArtifactException if {@code key} is missing or not a list of strings
     */
    public List<String> getStrings(String key) throws ArtifactException {
        return typed(key, "a list of strings", MetadataValues::parseStrings);
    }

    /**
     * An int array stored with {@link Builder#putInts(String, int...)}.
     *
     * @throws ArtifactException if {@code key} is missing or not an int array
     */
    public int[] getInts(String key) throws ArtifactException {
        return typed(key, "an int array", MetadataValues::parseInts);
    }

    /**
     * A double array stored with {@link Builder#putDoubles(String, double...)}.
     *
     * @throws ArtifactException if {@code key} is missing or not a double array
     */
    public double[] getDoubles(String key) throws ArtifactException {
        return typed(key, "a double array", MetadataValues::parseDoubles);
    }

    private <T> T typed(String key, String what, Function<String, T> parser) throws ArtifactException {
        String value = getString(key);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
            throw problem("metadata '" + key + "' of artifact kind '" + kind + "' is not " + what + ": "
                    + Json.quote(shown));
        }
    }

    // ---------------------------------------------------------------- tensors

    /** Tensor names in the order they were added (unmodifiable). */
    public List<String> tensorNames() {
        return List.copyOf(tensors.keySet());
    }

    /** All tensors by name, in order (unmodifiable). */
    public Map<String, Tensor> tensors() {
        return tensors;
    }

    /** True if there is a tensor named {@code name}. */
    public boolean hasTensor(String name) {
        return tensors.containsKey(name);
    }

    /** The tensor named {@code name}, if any. */
    public Optional<Tensor> findTensor(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    /**
     * The tensor named {@code name}.
     *
     * @throws ArtifactException if there is none, e.g. "artifact kind 'pinn' has no tensor 'layer3.weight'"
     */
    public Tensor tensor(String name) throws ArtifactException {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw problem("artifact kind '" + kind + "' has no tensor '" + name + "'");
        }
        return tensor;
    }

    /**
     * The tensor named {@code name}, which must have exactly the given extents ({@code tensorOfShape(name)}
     * asks for a scalar).
     *
     * @throws ArtifactException if it is missing or has another shape
     */
    public Tensor tensorOfShape(String name, int... shape) throws ArtifactException {
        Tensor tensor = tensor(name);
        if (!tensor.hasShape(shape)) {
            throw problem("tensor '" + name + "' of artifact kind '" + kind + "' has shape "
                    + Arrays.toString(tensor.shape()) + ", expected " + Arrays.toString(shape));
        }
        return tensor;
    }

    private ArtifactException problem(String reason) {
        return new ArtifactException(source, reason);
    }

    // ---------------------------------------------------------------- value semantics

    /** Equal kind, metadata (in order) and tensors (in order, bit for bit); where it came from does not count. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Artifact that && kind.equals(that.kind)
                && List.copyOf(metadata.entrySet()).equals(List.copyOf(that.metadata.entrySet()))
                && List.copyOf(tensors.entrySet()).equals(List.copyOf(that.tensors.entrySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, metadata, tensors);
    }

    @Override
    public String toString() {
        return "Artifact '" + kind + "' (" + metadata.size() + " metadata, tensors " + tensors + ")"
                + (source != null ? " from " + source : "");
    }

    /**
     * Collects kind, metadata and tensors for an {@link Artifact}. Metadata keys are unique: putting a key
     * again replaces its value in place. Tensor names are unique too, but adding one twice is refused,
     * because it nearly always means two layers were given the same name.
     */
    public static final class Builder {

        private final String kind;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, Tensor> tensors = new LinkedHashMap<>();

        private Builder(String kind) {
            Objects.requireNonNull(kind, "kind");
            if (kind.isEmpty()) {
                throw new IllegalArgumentException("the artifact kind must not be empty");
            }
            this.kind = kind;
        }

        /** Sets metadata; keys and values may be any string, including empty ones and ones with newlines. */
        public Builder put(String key, String value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, () -> "value of " + key));
            return this;
        }

        /** Stores an int in decimal. */
        public Builder putInt(String key, int value) {
            return put(key, Integer.toString(value));
        }

        /** Stores a long in decimal. */
        public Builder putLong(String key, long value) {
            return put(key, Long.toString(value));
        }

        /** Stores a double exactly, non-finite values included. */
        public Builder putDouble(String key, double value) {
            return put(key, Double.toString(value));
        }

        /** Stores {@code true} or {@code false}. */
        public Builder putBoolean(String key, boolean value) {
            return put(key, Boolean.toString(value));
        }

        /** Stores a list of any strings as a JSON array, e.g. {@code ["x","t"]}. */
        public Builder putStrings(String key, List<String> values) {
            values.forEach(value -> Objects.requireNonNull(value, () -> "element of " + key));
            return put(key, MetadataValues.formatStrings(values));
        }

        /** Stores a small int array, e.g. {@code [2,20,20,1]}; large numeric data belongs in a tensor. */
        public Builder putInts(String key, int... values) {
            return put(key, MetadataValues.formatInts(values));
        }

        /** Stores a small double array exactly, e.g. {@code [0.0,1.0,-1.0]}; large data belongs in a tensor. */
        public Builder putDoubles(String key, double... values) {
            return put(key, MetadataValues.formatDoubles(values));
        }

        /** Removes metadata, if present. */
        public Builder remove(String key) {
            metadata.remove(key);
            return this;
        }

        /**
         * Adds a tensor under a new name.
         *
         * @throws IllegalArgumentException if the name is empty or already used
         */
        public Builder tensor(String name, Tensor tensor) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tensor, () -> "tensor " + name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a tensor name must not be empty");
            }
            if (tensors.containsKey(name)) {
                throw new IllegalArgumentException("duplicate tensor name '" + name + "'");
            }
            tensors.put(name, tensor);
            return this;
        }

        /** Adds a float64 tensor holding a copy of {@code values}; see {@link Tensor#float64(double[], int...)}. */
        public Builder float64(String name, double[] values, int... shape) {
            return tensor(name, Tensor.float64(values, shape));
        }

        /** Adds a float32 tensor holding a copy of {@code values}; see {@link Tensor#float32(float[], int...)}. */
        public Builder float32(String name, float[] values, int... shape) {
            return tensor(name, Tensor.float32(values, shape));
        }

        /** Removes a tensor, if present, e.g. to replace it in a copy made by {@link Artifact#toBuilder()}. */
        public Builder removeTensor(String name) {
            tensors.remove(name);
            return this;
        }

        /** The artifact; the builder can go on to build others. */
        public Artifact build() {
            return new Artifact(kind, metadata, tensors, null, null);
        }
    }
}
