package org.hyperlora.engine.sampling;

import java.util.SplittableRandom;

/**
 * The Sobol' low-discrepancy sequence in base 2, with the direction numbers of S. Joe and F. Y. Kuo,
 * "Constructing Sobol sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30 (2008),
 * file {@code new-joe-kuo-6.21201}, for dimensions 1 to {@value #MAX_DIMENSION}. Points are generated in
 * Gray-code order (Antonov-Saleev), so the unscrambled sequence is the one published by Joe and Kuo:
 * (0,0), (0.5,0.5), (0.75,0.25), (0.25,0.75), (0.375,0.375), ... Values carry {@value #BITS} bits.
 *
 * <h2>The origin, and scrambling</h2>
 * Point 0 of the plain sequence is the origin, a corner of the box: useless as an interior collocation point
 * and a duplicate of boundary points. Two modes deal with it:
 * <ul>
 * <li>{@link #scrambled()} (the default of {@link SamplerKind#SOBOL}) applies a random linear matrix scramble
 * followed by a random digital shift (Matoušek 1998; what SciPy's {@code Sobol(scramble=True)} does), both
 * drawn from the seed, and starts at point 0. Both operations map every (t,m,s)-net to a (t,m,s)-net, so
 * the first 2^m points keep their stratification, while point 0 lands at a random location (in any
 * coordinate exactly 0 with probability 2^-52). Dropping a point instead would break that balance (Owen,
 * "On dropping the first Sobol' point", 2022), and the randomization makes repeated samples with different
 * seeds independent, with an unbiased integral estimate.</li>
 * <li>{@link #unscrambled()} returns the plain sequence from point 1 on, skipping the origin; the seed is
 * ignored. Use it for reproducing published points.</li>
 * </ul>
 * Use counts that are powers of two for the best uniformity.
 */
public final class SobolSampler implements Sampler {

    /** The largest dimension with built-in direction numbers. */
    public static final int MAX_DIMENSION = 21;

    /** Bits per coordinate: points are multiples of 2^-52, so every value is an exact double below 1. */
    public static final int BITS = 52;

    private static final double SCALE = 0x1.0p-52;
    private static final long ALL_BITS = (1L << BITS) - 1;

    /**
     * Rows d = 2..21 of {@code new-joe-kuo-6.21201}: degree s of the primitive polynomial, its coefficients a
     * (interior bits), and the initial direction numbers m_1..m_s. Dimension 1 is the van der Corput sequence
     * (all m_k = 1) and has no row.
     */
    private static final int[][] JOE_KUO = {
        {1, 0, 1},
        {2, 1, 1, 3},
        {3, 1, 1, 3, 1},
        {3, 2, 1, 1, 1},
        {4, 1, 1, 1, 3, 3},
        {4, 4, 1, 3, 5, 13},
        {5, 2, 1, 1, 5, 5, 17},
        {5, 4, 1, 1, 5, 5, 5},
        {5, 7, 1, 1, 7, 11, 19},
        {5, 11, 1, 1, 5, 1, 1},
        {5, 13, 1, 1, 1, 3, 11},
        {5, 14, 1, 3, 5, 5, 31},
        {6, 1, 1, 3, 3, 9, 7, 49},
        {6, 13, 1, 1, 1, 15, 21, 21},
        {6, 16, 1, 3, 1, 13, 27, 49},
        {6, 19, 1, 1, 1, 15, 7, 5},
        {6, 22, 1, 3, 1, 15, 13, 25},
        {6, 25, 1, 1, 5, 5, 19, 61},
        {7, 1, 1, 3, 7, 11, 23, 15, 103},
        {7, 4, 1, 3, 7, 13, 13, 15, 69},
    };

    /** DIRECTIONS[j][k]: direction number v_(k+1) of dimension j as a BITS-bit integer (binary point on the left). */
    private static final long[][] DIRECTIONS = directionNumbers();

    private final boolean scrambled;

    private SobolSampler(boolean scrambled) {
        this.scrambled = scrambled;
    }

    /** Matoušek linear scramble plus digital shift, drawn from the seed; starts at point 0. */
    public static SobolSampler scrambled() {
        return new SobolSampler(true);
    }

    /** The plain Joe-Kuo sequence from point 1 on (the origin skipped); ignores the seed. */
    public static SobolSampler unscrambled() {
        return new SobolSampler(false);
    }

    /** Whether the points are randomized by the seed. */
    public boolean isScrambled() {
        return scrambled;
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.SOBOL;
    }

    @Override
    public double[] sampleUnitCube(int count, int dimension, long seed) {
        SamplerChecks.checkCountAndDimension(kind(), count, dimension);
        checkDimension(dimension);
        if (!scrambled) {
            return generate(directionsFor(dimension), new long[dimension], 1, count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[][] directions = new long[dimension][];
        long[] shifts = new long[dimension];
        for (int j = 0; j < dimension; j++) {
            directions[j] = linearScramble(DIRECTIONS[j], random);
            shifts[j] = random.nextLong() & ALL_BITS;
        }
        return generate(directions, shifts, 0, count);
    }

    /**
     * Points {@code firstIndex, firstIndex + 1, ...} of the plain sequence; point 0 is the origin.
     *
     * @throws IllegalArgumentException for a negative index, a count or dimension out of range
     */
    public static double[] sequence(long firstIndex, int count, int dimension) {
        SamplerChecks.checkCountAndDimension(SamplerKind.SOBOL, count, dimension);
        checkDimension(dimension);
        if (firstIndex < 0 || firstIndex > (1L << BITS) - count) {
            throw new IllegalArgumentException("sobol sampler: points 0.." + ((1L << BITS) - 1)
                    + " exist; cannot start at " + firstIndex + " for " + count + " points");
        }
        return generate(directionsFor(dimension), new long[dimension], firstIndex, count);
    }

    private static double[] generate(long[][] directions, long[] shifts, long firstIndex, int count) {
        int dimension = directions.length;
        double[] points = new double[count * dimension];
        long[] state = new long[dimension];
        long gray = firstIndex ^ (firstIndex >>> 1);
        for (int j = 0; j < dimension; j++) {
            long value = shifts[j];
            for (int bit = 0; bit < BITS; bit++) {
                if ((gray >>> bit & 1) != 0) {
                    value ^= directions[j][bit];
                }
            }
            state[j] = value;
        }
        long index = firstIndex;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                // Gray code: point index differs from point index-1 in the direction number of index's lowest set bit.
                index++;
                int bit = Long.numberOfTrailingZeros(index);
                for (int j = 0; j < dimension; j++) {
                    state[j] ^= directions[j][bit];
                }
            }
            for (int j = 0; j < dimension; j++) {
                points[i * dimension + j] = state[j] * SCALE;
            }
        }
        return points;
    }

    /**
     * Multiplies the generator matrix by a random lower-triangular binary matrix with unit diagonal: output
     * digit r (r = 0 most significant) is input digit r XOR a random subset of the more significant digits.
     * The matrix is invertible and leaves the leading m digits a function of the leading m digits, which is
     * why nets stay nets.
     */
    private static long[] linearScramble(long[] directions, SplittableRandom random) {
        long[] rowMasks = new long[BITS];
        for (int row = 0; row < BITS; row++) {
            int position = BITS - 1 - row;
            long moreSignificant = ALL_BITS & ~((1L << (position + 1)) - 1);
            rowMasks[row] = (1L << position) | (random.nextLong() & moreSignificant);
        }
        long[] scrambled = new long[BITS];
        for (int k = 0; k < BITS; k++) {
            long value = 0;
            for (int row = 0; row < BITS; row++) {
                value |= (long) (Long.bitCount(directions[k] & rowMasks[row]) & 1) << (BITS - 1 - row);
            }
            scrambled[k] = value;
        }
        return scrambled;
    }

    private static long[][] directionsFor(int dimension) {
        long[][] directions = new long[dimension][];
        System.arraycopy(DIRECTIONS, 0, directions, 0, dimension);
        return directions;
    }

    private static void checkDimension(int dimension) {
        if (dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("sobol sampler: dimensions 1.." + MAX_DIMENSION
                    + " are supported (Joe-Kuo direction numbers new-joe-kuo-6.21201 built in), got " + dimension
                    + "; use halton or lhs for more");
        }
    }

    /** The recurrence of Bratley and Fox (1988) as implemented by Joe and Kuo. */
    private static long[][] directionNumbers() {
        long[][] directions = new long[MAX_DIMENSION][BITS];
        for (int k = 0; k < BITS; k++) {
            directions[0][k] = 1L << (BITS - 1 - k);
        }
        for (int j = 1; j < MAX_DIMENSION; j++) {
            int[] row = JOE_KUO[j - 1];
            int degree = row[0];
            int coefficients = row[1];
            long[] v = directions[j];
            for (int k = 0; k < degree; k++) {
                v[k] = (long) row[2 + k] << (BITS - 1 - k);
            }
            for (int k = degree; k < BITS; k++) {
                v[k] = v[k - degree] ^ (v[k - degree] >>> degree);
                for (int i = 1; i < degree; i++) {
                    if ((coefficients >>> (degree - 1 - i) & 1) != 0) {
                        v[k] ^= v[k - i];
                    }
                }
            }
        }
        return directions;
    }

    @Override
    public String toString() {
        return scrambled ? "sobol (scrambled)" : "sobol (unscrambled)";
    }
}
