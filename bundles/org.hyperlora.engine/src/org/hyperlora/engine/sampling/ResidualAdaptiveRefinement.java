package org.hyperlora.engine.sampling;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Residual-based adaptive refinement: picks, from a set of candidate points (typically a dense fresh interior
 * sample), the ones to append to the collocation set, guided by the PDE residual the caller evaluated at
 * each candidate. Two strategies:
 * <ul>
 * <li>{@link #largest(int)}: RAR of Lu, Meng, Mao &amp; Karniadakis, "DeepXDE" (SIAM Review 63, 2021): the k
 * candidates with the largest |r|. Deterministic; ties go to the lower candidate index, and the result is
 * ordered by decreasing |r|.</li>
 * <li>{@link #residualDensity(int, double, double)}: RAR-D of Wu, Zhu, Tan, Kartha &amp; Lu (CMAME 403, 2023):
 * k distinct candidates drawn with probability proportional to {@code |r|^p / mean(|r|^p) + c}, without
 * replacement (each draw proportional to the weights of the candidates still left), by the exponential-key
 * method of Efraimidis &amp; Spirakis (2006). Deterministic given the seed; the result is in draw order.
 * p = 2, c = 0 and p = 1, c = 1 are the settings recommended in that paper. Large p approaches RAR, p = 0
 * is uniform resampling.</li>
 * </ul>
 * Residuals are used by magnitude (their sign is ignored); a NaN or infinite residual is an error, since it
 * means the network or the residual evaluation has diverged. Immutable.
 */
public final class ResidualAdaptiveRefinement {

    /** How candidates are chosen. */
    public enum Strategy {
        /** The k largest residuals. */
        LARGEST,
        /** k draws with probability proportional to |r|^p / mean(|r|^p) + c. */
        RESIDUAL_DENSITY
    }

    private final Strategy strategy;
    private final int pointsPerRound;
    private final double exponent;
    private final double offset;

    private ResidualAdaptiveRefinement(Strategy strategy, int pointsPerRound, double exponent, double offset) {
        if (pointsPerRound < 1) {
            throw new IllegalArgumentException("adaptive refinement must add at least 1 point per round, got "
                    + pointsPerRound);
        }
        if (!(exponent >= 0 && exponent < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the residual exponent p must be finite and >= 0, got " + exponent);
        }
        if (!(offset >= 0 && offset < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the density offset c must be finite and >= 0, got " + offset);
        }
        this.strategy = strategy;
        this.pointsPerRound = pointsPerRound;
        this.exponent = exponent;
        this.offset = offset;
    }

    /** RAR: the {@code pointsPerRound} candidates with the largest residuals. */
    public static ResidualAdaptiveRefinement largest(int pointsPerRound) {
        return new ResidualAdaptiveRefinement(Strategy.LARGEST, pointsPerRound, 0, 0);
    }

    /**
     * RAR-D: {@code pointsPerRound} distinct candidates drawn with probability proportional to
     * {@code |r|^exponent / mean(|r|^exponent) + offset}.
     *
     * @param exponent p, finite and {@code >= 0}
     * @param offset c, finite and {@code >= 0}; a positive c keeps some probability on low-residual regions.
     *        With c = 0, candidates with zero residual have zero weight and are taken only when too few others
     *        are left, lowest index first.
     */
    public static ResidualAdaptiveRefinement residualDensity(int pointsPerRound, double exponent, double offset) {
        return new ResidualAdaptiveRefinement(Strategy.RESIDUAL_DENSITY, pointsPerRound, exponent, offset);
    }

    /** RAR-D with offset c = 0: probability proportional to {@code |r|^exponent}. */
    public static ResidualAdaptiveRefinement residualDensity(int pointsPerRound, double exponent) {
        return residualDensity(pointsPerRound, exponent, 0);
    }

    /** The strategy. */
    public Strategy strategy() {
        return strategy;
    }

    /** k, the number of candidates chosen per round. */
    public int pointsPerRound() {
        return pointsPerRound;
    }

    /** p of RAR-D (0 for RAR). */
    public double exponent() {
        return exponent;
    }

    /** c of RAR-D (0 for RAR). */
    public double offset() {
        return offset;
    }

    /**
     * Indices of the chosen candidates.
     *
     * @param residuals the residual at each candidate
     * @param seed used by RAR-D only
     * @throws IllegalArgumentException if there are fewer candidates than {@link #pointsPerRound()} or a
     *         residual is NaN or infinite
     */
    public int[] selectIndices(double[] residuals, long seed) {
        Objects.requireNonNull(residuals, "residuals");
        if (residuals.length < pointsPerRound) {
            throw new IllegalArgumentException("adaptive refinement: cannot choose " + pointsPerRound + " of "
                    + residuals.length + " candidates; sample more candidates");
        }
        double[] magnitudes = new double[residuals.length];
        double largest = 0;
        for (int i = 0; i < residuals.length; i++) {
            if (!Double.isFinite(residuals[i])) {
                throw new IllegalArgumentException("adaptive refinement: residual at candidate " + i + " is "
                        + residuals[i] + "; the network or the residual evaluation has diverged");
            }
            magnitudes[i] = Math.abs(residuals[i]);
            largest = Math.max(largest, magnitudes[i]);
        }
        if (strategy == Strategy.LARGEST) {
            return topIndices(magnitudes, pointsPerRound);
        }
        return topIndices(drawKeys(magnitudes, largest, seed), pointsPerRound);
    }

    /**
     * The chosen candidate points, flat row-major in the order of {@link #selectIndices}, ready to be appended
     * to the collocation set.
     *
     * @param candidates flat row-major, one point per residual
     */
    public double[] select(double[] candidates, int dimension, double[] residuals, long seed) {
        Objects.requireNonNull(residuals, "residuals");
        int count = PointArrays.count(candidates, dimension);
        if (count != residuals.length) {
            throw new IllegalArgumentException("adaptive refinement: " + count + " candidate points but "
                    + residuals.length + " residuals");
        }
        return PointArrays.gather(candidates, dimension, selectIndices(residuals, seed));
    }

    /**
     * Efraimidis-Spirakis keys log(u)/w: taking the k largest keys is weighted sampling without replacement.
     * Weights are computed from |r| / max|r| so that |r|^p cannot overflow; the scale cancels in the mean.
     */
    private double[] drawKeys(double[] magnitudes, double largest, long seed) {
        int n = magnitudes.length;
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = largest == 0 ? 1.0 : Math.pow(magnitudes[i] / largest, exponent);
            sum += weights[i];
        }
        double mean = sum / n;
        SplittableRandom random = new SplittableRandom(seed);
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            double weight = weights[i] / mean + offset;
            // One draw per candidate whatever its weight, so the stream does not depend on the residuals.
            double uniform = 1.0 - random.nextDouble();
            keys[i] = weight > 0 ? Math.log(uniform) / weight : Double.NEGATIVE_INFINITY;
        }
        return keys;
    }

    /**
     * The indices of the k largest scores, largest first, ties to the lower index; a size-k heap keeps this
     * O(n log k) for large candidate sets.
     */
    static int[] topIndices(double[] scores, int k) {
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (size < k) {
                heap[size] = i;
                siftUp(heap, size, scores);
                size++;
            } else if (ranksAbove(i, heap[0], scores)) {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
        }
        int[] ordered = new int[k];
        for (int slot = k - 1; slot >= 0; slot--) {
            ordered[slot] = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, scores);
        }
        return ordered;
    }

    /** Whether candidate a ranks above b: larger score, or equal score and lower index. */
    private static boolean ranksAbove(int a, int b, double[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    /** Min-heap on rank: the root is the lowest-ranked index kept so far. */
    private static void siftUp(int[] heap, int position, double[] scores) {
        while (position > 0) {
            int parent = (position - 1) / 2;
            if (!ranksAbove(heap[parent], heap[position], scores)) {
                return;
            }
            swap(heap, parent, position);
            position = parent;
        }
    }

    private static void siftDown(int[] heap, int size, double[] scores) {
        int position = 0;
        while (true) {
            int left = 2 * position + 1;
            if (left >= size) {
                return;
            }
            int lowest = left;
            int right = left + 1;
            if (right < size && ranksAbove(heap[left], heap[right], scores)) {
                lowest = right;
            }
            if (!ranksAbove(heap[position], heap[lowest], scores)) {
                return;
            }
            swap(heap, position, lowest);
            position = lowest;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int keep = heap[a];
        heap[a] = heap[b];
        heap[b] = keep;
    }

    @Override
    public String toString() {
        return strategy == Strategy.LARGEST
                ? "RAR (largest " + pointsPerRound + ")"
                : "RAR-D (" + pointsPerRound + " points, p = " + exponent + ", c = " + offset + ")";
    }
}
