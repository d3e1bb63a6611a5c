package org.hyperlora.engine.sampling;

import java.util.SplittableRandom;

/**
 * The Halton sequence: coordinate j of point i is the radical inverse of i in the j-th prime base
 * (2, 3, 5, 7, 11, ...), i.e. the base-b digits of i mirrored about the radix point. Point i = 1 in two
 * dimensions is (1/2, 1/3), point 2 is (1/4, 2/3), point 3 is (3/4, 1/9).
 *
 * <h2>Burn-in and scrambling</h2>
 * Points {@code burnIn, burnIn + 1, ...} are used. Point 0 is the origin, a corner of the box, so the default
 * burn-in {@value #DEFAULT_BURN_IN} skips exactly it; a longer burn-in can be configured but brings no known
 * benefit in the low dimensions of a PDE domain. {@link #scrambled()} (the default of
 * {@link SamplerKind#HALTON}) replaces every digit, at every digit position of every coordinate, by a random
 * permutation of the digits drawn from the seed (random digit permutation, as in SciPy's
 * {@code Halton(scramble=True)}), applied also to the trailing zero digits up to double precision. That
 * keeps the stratification of the sequence, removes the correlation of the first points in large bases, and
 * gives each seed an independent randomized point set. {@link #unscrambled()} ignores the seed.
 */
public final class HaltonSampler implements Sampler {

    /** Points skipped at the start of the sequence: just the origin. */
    public static final long DEFAULT_BURN_IN = 1;

    /** The largest supported dimension (the 1000th prime is 7919). */
    public static final int MAX_DIMENSION = 1000;

    private final boolean scrambled;
    private final long burnIn;

    private HaltonSampler(boolean scrambled, long burnIn) {
        if (burnIn < 0) {
            throw new IllegalArgumentException("halton sampler: the burn-in must not be negative, got " + burnIn);
        }
        this.scrambled = scrambled;
        this.burnIn = burnIn;
    }

    /** Random digit permutations drawn from the seed, default burn-in. */
    public static HaltonSampler scrambled() {
        return new HaltonSampler(true, DEFAULT_BURN_IN);
    }

    /** The plain sequence with the default burn-in; ignores the seed. */
    public static HaltonSampler unscrambled() {
        return new HaltonSampler(false, DEFAULT_BURN_IN);
    }

    /**
     * A Halton sampler with an explicit burn-in.
     *
     * @param scrambled whether to apply seeded random digit permutations
     * @param burnIn number of leading points skipped, {@code >= 0}
     */
    public static HaltonSampler of(boolean scrambled, long burnIn) {
        return new HaltonSampler(scrambled, burnIn);
    }

    /** Whether the points are randomized by the seed. */
    public boolean isScrambled() {
        return scrambled;
    }

    /** Number of leading points skipped. */
    public long burnIn() {
        return burnIn;
    }

    @Override
    public SamplerKind kind() {
        return SamplerKind.HALTON;
    }

    @Override
    public double[] sampleUnitCube(int count, int dimension, long seed) {
        SamplerChecks.checkCountAndDimension(kind(), count, dimension);
        if (dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("halton sampler: dimensions 1.." + MAX_DIMENSION + " are supported, got "
                    + dimension);
        }
        if (burnIn > Long.MAX_VALUE - count) {
            throw new IllegalArgumentException("halton sampler: burn-in " + burnIn + " leaves no room for " + count
                    + " points");
        }
        int[] bases = primes(dimension);
        double[] points = new double[count * dimension];
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < dimension; j++) {
            int base = bases[j];
            int[][] permutations = scrambled ? digitPermutations(base, random) : null;
            for (int i = 0; i < count; i++) {
                long index = burnIn + i;
                points[i * dimension + j] = scrambled
                        ? scrambledRadicalInverse(index, base, permutations)
                        : radicalInverse(index, base);
            }
        }
        return points;
    }

    /**
     * The radical inverse of {@code index} in {@code base}: 0.d_0 d_1 d_2 ... (base b) where
     * index = d_0 + d_1 b + d_2 b^2 + ...
     */
    public static double radicalInverse(long index, int base) {
        if (index < 0 || base < 2) {
            throw new IllegalArgumentException("radical inverse needs index >= 0 and base >= 2, got " + index + ", "
                    + base);
        }
        double inverseBase = 1.0 / base;
        double factor = inverseBase;
        double value = 0;
        while (index > 0) {
            value += (index % base) * factor;
            index /= base;
            factor *= inverseBase;
        }
        return value;
    }

    /** The first {@code count} primes, 2, 3, 5, 7, 11, ... */
    public static int[] primes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++) {
            boolean prime = true;
            for (int i = 0; i < found && primes[i] * primes[i] <= candidate; i++) {
                if (candidate % primes[i] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes[found++] = candidate;
            }
        }
        return primes;
    }

    /** One random permutation of 0..base-1 per digit position that still matters in double precision. */
    private static int[][] digitPermutations(int base, SplittableRandom random) {
        int positions = (int) Math.ceil(53 / (Math.log(base) / Math.log(2)));
        int[][] permutations = new int[positions][base];
        for (int[] permutation : permutations) {
            for (int digit = 0; digit < base; digit++) {
                permutation[digit] = digit;
            }
            for (int i = base - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = permutation[i];
                permutation[i] = permutation[j];
                permutation[j] = swap;
            }
        }
        return permutations;
    }

    private static double scrambledRadicalInverse(long index, int base, int[][] permutations) {
        double inverseBase = 1.0 / base;
        double factor = inverseBase;
        double value = 0;
        // Trailing zero digits are permuted too; otherwise every point would share the same tiny tail.
        for (int[] permutation : permutations) {
            value += permutation[(int) (index % base)] * factor;
            index /= base;
            factor *= inverseBase;
        }
        // All digits at base-1 sum to 1 - b^-K, which may round up to 1.0.
        return value < 1.0 ? value : Math.nextDown(1.0);
    }

    @Override
    public String toString() {
        return "halton (" + (scrambled ? "scrambled" : "unscrambled") + ", burn-in " + burnIn + ")";
    }
}
