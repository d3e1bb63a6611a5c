package org.hyperlora.engine.sampling;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * The available samplers by the name a study file uses for them, with a factory for each in its default
 * configuration (randomized quasi-Monte Carlo for Sobol and Halton, so that the seed matters everywhere).
 */
public enum SamplerKind {

    /** Independent uniform points ({@link UniformSampler}). */
    UNIFORM("uniform", UniformSampler::new),
    /** Latin hypercube: one point per stratum per axis ({@link LatinHypercubeSampler}). */
    LATIN_HYPERCUBE("lhs", LatinHypercubeSampler::new),
    /** Scrambled Sobol' sequence ({@link SobolSampler}). */
    SOBOL("sobol", SobolSampler::scrambled),
    /** Scrambled Halton sequence ({@link HaltonSampler}). */
    HALTON("halton", HaltonSampler::scrambled),
    /** Cell-centred regular grid ({@link GridSampler}). */
    GRID("grid", GridSampler::new);

    private final String id;
    private final Supplier<Sampler> factory;

    SamplerKind(String id, Supplier<Sampler> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The name used in study files and on the command line, e.g. {@code "lhs"}. */
    public String id() {
        return id;
    }

    /** A new sampler of this kind with default settings. */
    public Sampler create() {
        return factory.get();
    }

    /**
     * The kind with that {@link #id()}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known names
     */
    public static SamplerKind named(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            for (SamplerKind kind : values()) {
                if (kind.id.equals(wanted)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("unknown sampler " + (name == null ? "null" : "'" + name + "'")
                + "; known samplers: " + knownNames());
    }

    /** The known names, comma-separated in declaration order. */
    public static String knownNames() {
        StringJoiner joiner = new StringJoiner(", ");
        for (SamplerKind kind : values()) {
            joiner.add(kind.id);
        }
        return joiner.toString();
    }
}
