package org.hyperlora.engine.sampling;

/**
 * Fills points in the unit cube [0,1)^d, flat row-major (point i, coordinate j at {@code i * d + j}),
 * deterministically: the same count, dimension and seed always give the same array. Points are then mapped
 * onto a box ({@link org.hyperlora.engine.geometry.Domain#mapFromUnitCube}) or a face
 * ({@link org.hyperlora.engine.geometry.BoundaryFace#mapFromUnitCube}); {@link DomainSampling} does both.
 * <p>
 * Every sampler returns exactly {@code count} points except {@link GridSampler}, which returns the regular
 * grid whose size is closest to {@code count}; read the number of points as {@code length / dimension}.
 * Implementations are immutable and thread-safe.
 */
public interface Sampler {

    /** Which kind of sampler this is. */
    SamplerKind kind();

    /**
     * Points in [0,1)^d.
     *
     * @param count number of points, {@code >= 1}
     * @param dimension coordinates per point, {@code >= 1}
     * @param seed selects the random stream or randomization; samplers without randomness ignore it
     * @return {@code count * dimension} values in row-major order
     * @throws IllegalArgumentException if count or dimension is below 1 or the dimension is not supported
     */
    double[] sampleUnitCube(int count, int dimension, long seed);

    /**
     * Points in [0,1)^d meant for a box with the given side lengths. Only the {@link GridSampler} uses the
     * lengths (to give every axis about the same spacing); the others sample the unit cube as usual.
     *
     * @param sideLengths one positive length per axis; its length is the dimension
     */
    default double[] sampleUnitCubeForBox(int count, double[] sideLengths, long seed) {
        return sampleUnitCube(count, sideLengths.length, seed);
    }

    /**
     * The sampler of that name with default settings, see {@link SamplerKind#named(String)}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    static Sampler named(String name) {
        return SamplerKind.named(name).create();
    }
}
