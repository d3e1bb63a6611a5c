package org.hyperlora.engine.sampling;

/** Argument checks shared by the samplers, so every sampler words its errors the same way. */
final class SamplerChecks {

    /** Arrays slightly below Integer.MAX_VALUE elements are the largest the JVM reliably allocates. */
    static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private SamplerChecks() {
    }

    static void checkCountAndDimension(SamplerKind kind, int count, int dimension) {
        if (count < 1) {
            throw new IllegalArgumentException(kind.id() + " sampler: the number of points must be at least 1, got "
                    + count);
        }
        if (dimension < 1) {
            throw new IllegalArgumentException(kind.id() + " sampler: the dimension must be at least 1, got "
                    + dimension);
        }
        if ((long) count * dimension > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(kind.id() + " sampler: " + count + " points of dimension " + dimension
                    + " do not fit in one array");
        }
    }
}
