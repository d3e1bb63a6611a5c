package org.hyperlora.engine.sampling;

import java.util.Objects;

/**
 * Small helpers for flat row-major point arrays (count x dimension): counting, picking, appending, and
 * turning them into the per-coordinate columns that {@code org.hyperlora.engine.pde.PointColumns} reads.
 */
public final class PointArrays {

    private PointArrays() {
    }

    /**
     * Number of points in the array.
     *
     * @throws IllegalArgumentException if the length is not a multiple of the dimension
     */
    public static int count(double[] points, int dimension) {
        Objects.requireNonNull(points, "points");
        if (dimension < 1) {
            throw new IllegalArgumentException("the dimension must be at least 1, got " + dimension);
        }
        if (points.length % dimension != 0) {
            throw new IllegalArgumentException("points of dimension " + dimension + " need a multiple of " + dimension
                    + " values, got " + points.length);
        }
        return points.length / dimension;
    }

    /** Point {@code index} as its own array. */
    public static double[] point(double[] points, int dimension, int index) {
        int count = count(points, dimension);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("point index " + index + " outside 0.." + (count - 1));
        }
        double[] point = new double[dimension];
        System.arraycopy(points, index * dimension, point, 0, dimension);
        return point;
    }

    /** The points at the given indices, in that order. */
    public static double[] gather(double[] points, int dimension, int[] indices) {
        Objects.requireNonNull(indices, "indices");
        int count = count(points, dimension);
        double[] gathered = new double[indices.length * dimension];
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException("point index " + index + " outside 0.." + (count - 1));
            }
            System.arraycopy(points, index * dimension, gathered, i * dimension, dimension);
        }
        return gathered;
    }

    /** The arrays one after the other, e.g. collocation points followed by refinement points. */
    public static double[] concatenate(double[]... parts) {
        Objects.requireNonNull(parts, "parts");
        long length = 0;
        for (double[] part : parts) {
            length += Objects.requireNonNull(part, "part").length;
        }
        if (length > SamplerChecks.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(length + " values do not fit in one array");
        }
        double[] joined = new double[(int) length];
        int offset = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }

    /** Column form: {@code columns[j][i]} is coordinate j of point i. */
    public static double[][] columns(double[] points, int dimension) {
        int count = count(points, dimension);
        double[][] columns = new double[dimension][count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < dimension; j++) {
                columns[j][i] = points[i * dimension + j];
            }
        }
        return columns;
    }
}
