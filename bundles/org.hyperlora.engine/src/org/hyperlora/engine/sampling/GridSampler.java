package org.hyperlora.engine.sampling;

import java.util.Arrays;
import java.util.Objects;

/**
 * A regular, cell-centred grid: with n_j points on axis j the coordinates are (k + 1/2) / n_j,
 * k = 0..n_j-1, i.e. the midpoints of n_j equal cells. Cell-centred rather than including the end points
 * because interior collocation points on the boundary would duplicate boundary points (and on a face the
 * corners would belong to two faces at once); it also keeps every value in [0,1) like the other samplers,
 * and is the midpoint rule for integrals. Points are in row-major order with the last axis varying fastest.
 * <p>
 * A grid cannot have an arbitrary number of points: asked for {@code count}, the sampler picks per-axis counts
 * with {@link #countsForTotal(int, double...)} and returns the grid closest to {@code count}; ask for counts
 * per axis with {@link #grid(int...)} when they matter. The seed is ignored.
 */
public final class GridSampler implements Sampler {

    @Override
    public SamplerKind kind() {
        return SamplerKind.GRID;
    }

    /** The grid with equal counts per axis whose size is closest to {@code count}. */
    @Override
    public double[] sampleUnitCube(int count, int dimension, long seed) {
        SamplerChecks.checkCountAndDimension(kind(), count, dimension);
        double[] equalSides = new double[dimension];
        Arrays.fill(equalSides, 1.0);
        return grid(countsForTotal(count, equalSides));
    }

    /** The grid with about equal spacing in a box of these side lengths whose size is closest to {@code count}. */
    @Override
    public double[] sampleUnitCubeForBox(int count, double[] sideLengths, long seed) {
        Objects.requireNonNull(sideLengths, "sideLengths");
        SamplerChecks.checkCountAndDimension(kind(), count, sideLengths.length);
        return grid(countsForTotal(count, sideLengths));
    }

    /**
     * The cell-centred grid with the given number of points per axis.
     *
     * @param countsPerAxis at least one axis, every count {@code >= 1}
     * @return {@code product(counts) * counts.length} values, last axis fastest
     */
    public static double[] grid(int... countsPerAxis) {
        Objects.requireNonNull(countsPerAxis, "countsPerAxis");
        int dimension = countsPerAxis.length;
        if (dimension < 1) {
            throw new IllegalArgumentException("grid sampler: give a point count for at least one axis");
        }
        long total = 1;
        for (int axis = 0; axis < dimension; axis++) {
            if (countsPerAxis[axis] < 1) {
                throw new IllegalArgumentException("grid sampler: every axis needs at least 1 point, axis " + axis
                        + " has " + countsPerAxis[axis] + " in " + Arrays.toString(countsPerAxis));
            }
            total *= countsPerAxis[axis];
            if (total * dimension > SamplerChecks.MAX_ARRAY_LENGTH) {
                throw new IllegalArgumentException("grid sampler: grid " + Arrays.toString(countsPerAxis)
                        + " is too large for one array");
            }
        }
        double[] points = new double[(int) total * dimension];
        int[] position = new int[dimension];
        for (int point = 0; point < total; point++) {
            for (int axis = 0; axis < dimension; axis++) {
                points[point * dimension + axis] = (position[axis] + 0.5) / countsPerAxis[axis];
            }
            // Odometer step, last axis fastest.
            for (int axis = dimension - 1; axis >= 0; axis--) {
                if (++position[axis] < countsPerAxis[axis]) {
                    break;
                }
                position[axis] = 0;
            }
        }
        return points;
    }

    /**
     * Per-axis point counts for a grid of about {@code total} points in a box with these side lengths, with
     * counts proportional to the side lengths (equal spacing on every axis) as far as integers allow.
     * <p>
     * The ideal real count of axis j is L_j / h with h = (volume / total)^(1/d); an axis whose ideal count is
     * below 1 gets 1 point and h is recomputed over the other axes. Each count is then the floor or the
     * ceiling of its ideal count: starting from the rounded values, one count at a time is moved to the other
     * choice while that brings the product closer to {@code total} (in ratio), preferring moves that keep the
     * spacings most even, then the lowest axis. For example 2000 points on a 2 x 1 box give 63 x 32 and 1000
     * points on the unit 4-cube give 5 x 6 x 6 x 6.
     *
     * @param total wanted number of points, {@code >= 1}
     * @param sideLengths positive finite lengths, one per axis
     */
    public static int[] countsForTotal(int total, double... sideLengths) {
        Objects.requireNonNull(sideLengths, "sideLengths");
        if (total < 1) {
            throw new IllegalArgumentException("grid sampler: the number of points must be at least 1, got " + total);
        }
        int dimension = sideLengths.length;
        if (dimension < 1) {
            throw new IllegalArgumentException("grid sampler: give the side length of at least one axis");
        }
        for (double length : sideLengths) {
            if (!(length > 0 && length < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("grid sampler: side lengths must be positive and finite, got "
                        + Arrays.toString(sideLengths));
            }
        }
        double[] ideal = idealCounts(total, sideLengths);
        int[] low = new int[dimension];
        int[] high = new int[dimension];
        int[] counts = new int[dimension];
        for (int axis = 0; axis < dimension; axis++) {
            low[axis] = (int) Math.max(1, Math.floor(ideal[axis]));
            high[axis] = (int) Math.max(1, Math.ceil(ideal[axis]));
            counts[axis] = (int) Math.max(low[axis], Math.min(high[axis], Math.round(ideal[axis])));
        }
        while (true) {
            double bestMismatch = mismatch(counts, total);
            double bestUnevenness = Double.POSITIVE_INFINITY;
            int bestAxis = -1;
            int bestCount = 0;
            for (int axis = 0; axis < dimension; axis++) {
                int current = counts[axis];
                int other = current == low[axis] ? high[axis] : low[axis];
                if (other == current) {
                    continue;
                }
                counts[axis] = other;
                double candidateMismatch = mismatch(counts, total);
                double candidateUnevenness = unevenness(counts, sideLengths);
                counts[axis] = current;
                if (candidateMismatch < bestMismatch
                        || (bestAxis >= 0 && candidateMismatch == bestMismatch && candidateUnevenness < bestUnevenness)) {
                    bestMismatch = candidateMismatch;
                    bestUnevenness = candidateUnevenness;
                    bestAxis = axis;
                    bestCount = other;
                }
            }
            if (bestAxis < 0) {
                return counts;
            }
            counts[bestAxis] = bestCount;
        }
    }

    /** Real counts proportional to the side lengths with product {@code total}, none below 1. */
    private static double[] idealCounts(int total, double[] sideLengths) {
        int dimension = sideLengths.length;
        double[] ideal = new double[dimension];
        boolean[] pinned = new boolean[dimension];
        boolean changed = true;
        while (changed) {
            changed = false;
            double logVolume = 0;
            int free = 0;
            for (int axis = 0; axis < dimension; axis++) {
                if (!pinned[axis]) {
                    logVolume += Math.log(sideLengths[axis]);
                    free++;
                }
            }
            // Pinned axes contribute a factor 1, so the free axes must still multiply to total.
            double spacing = Math.exp((logVolume - Math.log(total)) / free);
            for (int axis = 0; axis < dimension; axis++) {
                if (pinned[axis]) {
                    ideal[axis] = 1;
                } else {
                    ideal[axis] = sideLengths[axis] / spacing;
                    if (ideal[axis] < 1) {
                        pinned[axis] = true;
                        changed = true;
                    }
                }
            }
        }
        return ideal;
    }

    /** |log(product / total)|; the product of a few ints is exact in a double, so equal products tie exactly. */
    private static double mismatch(int[] counts, int total) {
        double product = 1;
        for (int count : counts) {
            product *= count;
        }
        return Math.abs(Math.log(product / total));
    }

    /** Largest over smallest grid spacing L_j / n_j; 1 when the spacing is the same on every axis. */
    private static double unevenness(int[] counts, double[] sideLengths) {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int axis = 0; axis < counts.length; axis++) {
            double spacing = sideLengths[axis] / counts[axis];
            largest = Math.max(largest, spacing);
            smallest = Math.min(smallest, spacing);
        }
        return largest / smallest;
    }

    @Override
    public String toString() {
        return "grid (cell-centred)";
    }
}
