package org.hyperlora.engine.hyper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.Tensor;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.engine.store.ArtifactKeys;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.train.OutputTransform;
import org.hyperlora.engine.train.WeightMap;

/**
 * Saves and loads a {@link Surrogate} as one versioned artifact (kind {@value #KIND}): the base network with
 * its description (as in a {@code pinn} artifact, same keys), the weight map (LoRA ranks or full weights), the
 * parameter range, the hypernetwork, and the hard constraints' g and d. Loading checks that the pieces fit.
 */
public final class SurrogateArtifacts {

    public static final String KIND = "hyperlora-surrogate";
    /** A trained parametric PINN, the other kind a study's surrogate link may name. */
    public static final String KIND_PARAMETRIC = "parametric-pinn";
    public static final int FORMAT_VERSION = 1;

    private static final String FORMAT = "surrogate.format";
    private static final String MAP = "surrogate.map";
    private static final String LORA_RANKS = "surrogate.lora.ranks";
    private static final String LORA_BIASES = "surrogate.lora.biases";
    private static final String RANGE_NAMES = "surrogate.range.names";
    private static final String RANGE_LOWER = "surrogate.range.lower";
    private static final String RANGE_UPPER = "surrogate.range.upper";
    private static final String RANGE_LOG = "surrogate.range.log";
    private static final String HYPER_HIDDEN = "surrogate.hyper.hidden";
    private static final String HYPER_ACTIVATION = "surrogate.hyper.activation";
    private static final String HYPER_OFFSET = "surrogate.hyper.offset";
    private static final String HYPER_PARAMETERS = "surrogate.hyper.parameters";
    private static final String CONSTRAINED_FIELDS = "surrogate.hard.fields";
    private static final String CONSTRAINT_G = "surrogate.hard.g";
    private static final String CONSTRAINT_D = "surrogate.hard.d";
    private static final String STUDY_FINGERPRINT = "surrogate.study.fingerprint";
    private static final String STUDY_PROFILE = "surrogate.study.profile";
    /** int (parametric PINN): how many of the network's inputs are coordinates; the parameters follow. */
    private static final String COORDINATE_COUNT = "surrogate.coordinates";

    /**
     * Where a surrogate comes from: the fingerprint of the study settings it was trained from and the training
     * profile, so that one trained from other settings is never taken for a study's own.
     */
    public record Provenance(String studyFingerprint, String profile) {
    }

    private SurrogateArtifacts() {
    }

    /** Writes atomically; returns the file's SHA-256. */
    public static String save(Path file, Surrogate surrogate, NetworkArtifacts.Description description)
            throws ArtifactException {
        return toArtifact(surrogate, description, Instant.now()).write(file);
    }

    /** Writes atomically with the provenance; returns the file's SHA-256. */
    public static String save(Path file, Surrogate surrogate, NetworkArtifacts.Description description,
            Provenance provenance) throws ArtifactException {
        Artifact.Builder builder = Artifact.builder(KIND);
        Artifact artifact = toArtifact(surrogate, description, Instant.now());
        artifact.metadata().forEach(builder::put);
        artifact.tensors().forEach(builder::tensor);
        return builder.put(STUDY_FINGERPRINT, provenance.studyFingerprint()).put(STUDY_PROFILE, provenance.profile())
                .build().write(file);
    }

    /** The provenance a surrogate artifact records, or empty for one saved without (older, or outside a study). */
    public static Optional<Provenance> provenance(Artifact artifact) throws ArtifactException {
        if (!artifact.metadata().containsKey(STUDY_FINGERPRINT)) {
            return Optional.empty();
        }
        return Optional.of(new Provenance(artifact.getString(STUDY_FINGERPRINT), artifact.getString(STUDY_PROFILE)));
    }

    public static Surrogate load(Path file) throws ArtifactException {
        return fromArtifact(Artifact.read(file));
    }

    /**
     * @param description names, equations and notes of the base network; its parameter values are those the
     *                    base network was trained at
     */
    public static Artifact toArtifact(Surrogate surrogate, NetworkArtifacts.Description description, Instant created) {
        Mlp base = surrogate.networkFor(surrogate.range().lower());
        double[] baseWeights = surrogate.weightMap() instanceof LoraAdapter lora ? lora.baseWeights()
                : surrogate.hypernetwork().offset();
        base.setParameters(baseWeights);
        Artifact pinn = NetworkArtifacts.toArtifact(base, description, created);
        Artifact.Builder builder = Artifact.builder(KIND);
        pinn.metadata().forEach(builder::put);
        pinn.tensors().forEach(builder::tensor);
        builder.putInt(FORMAT, FORMAT_VERSION);
        putRange(builder, surrogate.range());
        if (surrogate.weightMap() instanceof LoraAdapter lora) {
            builder.put(MAP, "lora").putInts(LORA_RANKS, lora.ranks()).putBoolean(LORA_BIASES, lora.adaptsBiases());
        } else {
            builder.put(MAP, "full");
        }
        Hypernetwork hyper = surrogate.hypernetwork();
        double[] offset = hyper.offset();
        double[] parameters = hyper.parameters();
        builder.putInts(HYPER_HIDDEN, hyper.hiddenWidths()).put(HYPER_ACTIVATION, hyper.activation().name())
                .float64(HYPER_OFFSET, offset, offset.length).float64(HYPER_PARAMETERS, parameters, parameters.length);
        putConstraints(builder, surrogate.hardConstraints(), surrogate.fields());
        return builder.build();
    }

    private static void putRange(Artifact.Builder builder, ParameterRange range) {
        List<String> logFlags = new ArrayList<>();
        for (boolean log : range.logScale()) {
            logFlags.add(Boolean.toString(log));
        }
        builder.putStrings(RANGE_NAMES, range.names()).putDoubles(RANGE_LOWER, range.lower())
                .putDoubles(RANGE_UPPER, range.upper()).putStrings(RANGE_LOG, logFlags);
    }

    private static ParameterRange readRange(Artifact artifact) throws ArtifactException {
        List<String> logFlags = artifact.getStrings(RANGE_LOG);
        boolean[] log = new boolean[logFlags.size()];
        for (int i = 0; i < log.length; i++) {
            log[i] = Boolean.parseBoolean(logFlags.get(i));
        }
        return new ParameterRange(artifact.getStrings(RANGE_NAMES), artifact.getDoubles(RANGE_LOWER),
                artifact.getDoubles(RANGE_UPPER), log);
    }

    private static void putConstraints(Artifact.Builder builder, List<OutputTransform> transforms, List<String> fields) {
        List<String> constrained = new ArrayList<>(), gs = new ArrayList<>(), ds = new ArrayList<>();
        for (OutputTransform transform : transforms) {
            constrained.add(fields.get(transform.field()));
            gs.add(transform.g().source());
            ds.add(transform.d().source());
        }
        builder.putStrings(CONSTRAINED_FIELDS, constrained).putStrings(CONSTRAINT_G, gs).putStrings(CONSTRAINT_D, ds);
    }

    private static List<OutputTransform> readConstraints(Artifact artifact, List<String> coordinates,
            List<String> fields, ParameterRange range) throws ArtifactException {
        SymbolTable symbols = SymbolTable.builder().coordinates(coordinates.toArray(String[]::new))
                .fields(fields.toArray(String[]::new)).parameters(range.names().toArray(String[]::new)).build();
        List<String> constrained = artifact.getStrings(CONSTRAINED_FIELDS);
        List<String> gs = artifact.getStrings(CONSTRAINT_G), ds = artifact.getStrings(CONSTRAINT_D);
        if (gs.size() != constrained.size() || ds.size() != constrained.size()) {
            throw problem(artifact, "hard constraints: " + constrained.size() + " fields but " + gs.size() + " g and "
                    + ds.size() + " d expressions");
        }
        List<OutputTransform> transforms = new ArrayList<>();
        for (int i = 0; i < constrained.size(); i++) {
            transforms.add(OutputTransform.parse(symbols, constrained.get(i), gs.get(i), ds.get(i)));
        }
        return transforms;
    }

    /** The network stored under the pinn keys (everything not under {@code surrogate.}), read with their checks. */
    private static NetworkArtifacts.LoadedNetwork readNetwork(Artifact artifact) throws ArtifactException {
        Artifact.Builder pinn = Artifact.builder(ArtifactKeys.KIND_PINN);
        for (Map.Entry<String, String> entry : artifact.metadata().entrySet()) {
            if (!entry.getKey().startsWith("surrogate.")) {
                pinn.put(entry.getKey(), entry.getValue());
            }
        }
        for (Map.Entry<String, Tensor> entry : artifact.tensors().entrySet()) {
            if (!entry.getKey().startsWith("surrogate.")) {
                pinn.tensor(entry.getKey(), entry.getValue());
            }
        }
        return NetworkArtifacts.fromArtifact(pinn.build());
    }

    // ---------------------------------------------------------------- parametric PINNs

    /**
     * Writes a trained parametric PINN atomically (kind {@value #KIND_PARAMETRIC}): the network under the pinn keys,
     * its inputs named by the coordinates and then the parameters, the range, the hard constraints and the
     * provenance; returns the file's SHA-256.
     *
     * @param description the study's description (coordinates, fields, equations, ...)
     */
    public static String saveParametric(Path file, ParametricSurrogate surrogate,
            NetworkArtifacts.Description description, Provenance provenance) throws ArtifactException {
        return parametricArtifact(surrogate, description, provenance, Instant.now()).write(file);
    }

    /** The artifact {@link #saveParametric} writes. */
    public static Artifact parametricArtifact(ParametricSurrogate surrogate, NetworkArtifacts.Description description,
            Provenance provenance, Instant created) {
        List<String> inputs = new ArrayList<>(surrogate.coordinates());
        inputs.addAll(surrogate.range().names());
        NetworkArtifacts.Description asInputs = new NetworkArtifacts.Description(inputs, description.fields(),
                description.parameters(), description.parameterValues(), description.equations(),
                description.conditions(), description.notes());
        Artifact pinn = NetworkArtifacts.toArtifact(surrogate.network(), asInputs, created);
        Artifact.Builder builder = Artifact.builder(KIND_PARAMETRIC);
        pinn.metadata().forEach(builder::put);
        pinn.tensors().forEach(builder::tensor);
        builder.putInt(FORMAT, FORMAT_VERSION).putInt(COORDINATE_COUNT, surrogate.coordinates().size());
        putRange(builder, surrogate.range());
        putConstraints(builder, surrogate.hardConstraints(), surrogate.fields());
        if (provenance != null) {
            builder.put(STUDY_FINGERPRINT, provenance.studyFingerprint()).put(STUDY_PROFILE, provenance.profile());
        }
        return builder.build();
    }

    /** Reads a parametric PINN written by {@link #saveParametric}, checking that the pieces fit. */
    public static ParametricSurrogate parametricFromArtifact(Artifact artifact) throws ArtifactException {
        artifact.requireKind(KIND_PARAMETRIC);
        checkFormat(artifact);
        NetworkArtifacts.LoadedNetwork loaded = readNetwork(artifact);
        List<String> inputs = loaded.description().coordinates();
        int coordinateCount = artifact.getInt(COORDINATE_COUNT);
        try {
            ParameterRange range = readRange(artifact);
            if (coordinateCount < 1 || coordinateCount + range.dimension() != inputs.size()
                    || !inputs.subList(coordinateCount, inputs.size()).equals(range.names())) {
                throw problem(artifact, "the network's inputs " + inputs + " are not " + coordinateCount
                        + " coordinates followed by the parameters " + range.names());
            }
            List<String> coordinates = inputs.subList(0, coordinateCount);
            List<String> fields = loaded.description().fields();
            return new ParametricSurrogate(coordinates, fields, range, loaded.network(),
                    readConstraints(artifact, coordinates, fields, range));
        } catch (IllegalArgumentException e) {
            throw problem(artifact, e.getMessage());
        }
    }

    /** A HyperLoRA surrogate or a parametric PINN, as the file's kind says. */
    public static TrainedSurrogate loadAny(Path file) throws ArtifactException {
        return anyFromArtifact(Artifact.read(file));
    }

    /** {@link #loadAny} of an artifact read already. */
    public static TrainedSurrogate anyFromArtifact(Artifact artifact) throws ArtifactException {
        if (KIND_PARAMETRIC.equals(artifact.kind())) {
            return parametricFromArtifact(artifact);
        }
        return fromArtifact(artifact); // refuses any other kind, naming it
    }

    private static void checkFormat(Artifact artifact) throws ArtifactException {
        int format = artifact.getInt(FORMAT);
        if (format > FORMAT_VERSION) {
            throw problem(artifact, "surrogate format " + format + " is newer than this version reads (" + FORMAT_VERSION
                    + "); update HyperLoRA");
        }
    }

    public static Surrogate fromArtifact(Artifact artifact) throws ArtifactException {
        artifact.requireKind(KIND);
        checkFormat(artifact);
        // the base network is stored under the pinn keys: read it back with their checks
        NetworkArtifacts.LoadedNetwork loaded = readNetwork(artifact);
        Mlp network = loaded.network();
        double[] baseWeights = network.parameters();
        try {
            ParameterRange range = readRange(artifact);
            String map = artifact.getString(MAP);
            WeightMap weightMap = switch (map) {
            case "lora" -> new LoraAdapter(network, baseWeights, artifact.getInts(LORA_RANKS),
                    artifact.getBoolean(LORA_BIASES));
            case "full" -> WeightMap.identity(network.parameterCount());
            default -> throw problem(artifact, "unknown weight map '" + map + "' (expected lora or full)");
            };
            Activation activation;
            try {
                activation = Activation.valueOf(artifact.getString(HYPER_ACTIVATION));
            } catch (IllegalArgumentException e) {
                throw problem(artifact, "unknown hypernetwork activation '" + artifact.getString(HYPER_ACTIVATION) + "'");
            }
            double[] offset = artifact.tensor(HYPER_OFFSET).doubles();
            if (offset.length != weightMap.trainableCount()) {
                throw problem(artifact, "the hypernetwork offset has " + offset.length + " values, the weight map takes "
                        + weightMap.trainableCount());
            }
            Hypernetwork hyper = new Hypernetwork(range, artifact.getInts(HYPER_HIDDEN), activation, offset, 0L);
            double[] parameters = artifact.tensor(HYPER_PARAMETERS).doubles();
            if (parameters.length != hyper.parameterCount()) {
                throw problem(artifact, "the hypernetwork has " + parameters.length + " stored parameters, its layout needs "
                        + hyper.parameterCount());
            }
            hyper.setParameters(parameters);
            NetworkArtifacts.Description description = loaded.description();
            List<OutputTransform> transforms = readConstraints(artifact, description.coordinates(), description.fields(),
                    range);
            return new Surrogate(description.coordinates(), description.fields(), network, weightMap, hyper, transforms);
        } catch (IllegalArgumentException e) {
            throw problem(artifact, e.getMessage());
        }
    }

    private static ArtifactException problem(Artifact artifact, String reason) {
        return new ArtifactException(artifact.source().orElse(null), reason);
    }
}
