package org.hyperlora.engine.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable n-dimensional array of float64 or float32 values in row-major order, as stored in an
 * {@link Artifact}. A shape of {@code []} is a scalar (one element); an extent of 0 means no elements.
 * <p>
 * Values are kept bit for bit: signed zeros, subnormals, infinities and NaN payloads survive a write and a
 * read. {@link #equals(Object)} compares bits, so two tensors holding the same NaN are equal.
 */
public final class Tensor {

    private final TensorType type;
    private final int[] shape;
    /** The elements when {@link #type} is FLOAT64, else null. */
    private final double[] float64;
    /** The elements when {@link #type} is FLOAT32, else null. */
    private final float[] float32;

    private Tensor(TensorType type, int[] shape, double[] float64, float[] float32) {
        this.type = type;
        this.shape = shape;
        this.float64 = float64;
        this.float32 = float32;
    }

    /**
     * A float64 tensor holding a copy of {@code values}.
     *
     * @throws IllegalArgumentException if an extent is negative or the shape does not hold exactly
     *             {@code values.length} elements
     */
    public static Tensor float64(double[] values, int... shape) {
        Objects.requireNonNull(values, "values");
        checkLength(values.length, shape);
        return new Tensor(TensorType.FLOAT64, shape.clone(), values.clone(), null);
    }

    /**
     * A float32 tensor holding a copy of {@code values}.
     *
     * @throws IllegalArgumentException if an extent is negative or the shape does not hold exactly
     *             {@code values.length} elements
     */
    public static Tensor float32(float[] values, int... shape) {
        Objects.requireNonNull(values, "values");
        checkLength(values.length, shape);
        return new Tensor(TensorType.FLOAT32, shape.clone(), null, values.clone());
    }

    /** Takes ownership of arrays the decoder has just filled, to avoid copying large tensors twice. */
    static Tensor adoptFloat64(double[] values, int[] shape) {
        return new Tensor(TensorType.FLOAT64, shape, values, null);
    }

    /** Takes ownership of arrays the decoder has just filled, to avoid copying large tensors twice. */
    static Tensor adoptFloat32(float[] values, int[] shape) {
        return new Tensor(TensorType.FLOAT32, shape, null, values);
    }

    /**
     * The number of elements a shape holds.
     *
     * @throws IllegalArgumentException if an extent is negative or the count exceeds what a Java array holds
     */
    public static int elementCount(int... shape) {
        Objects.requireNonNull(shape, "shape");
        for (int extent : shape) {
            if (extent < 0) {
                throw new IllegalArgumentException("negative extent in shape " + Arrays.toString(shape));
            }
            if (extent == 0) {
                return 0; // [65536, 65536, 0] is empty, however large the other extents
            }
        }
        long count = 1;
        for (int extent : shape) {
            count *= extent;
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has more than "
                        + Integer.MAX_VALUE + " elements");
            }
        }
        return (int) count;
    }

    private static void checkLength(int length, int[] shape) {
        int expected = elementCount(shape);
        if (expected != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + expected
                    + " elements but " + length + " values were given");
        }
    }

    /** How the elements are stored. */
    public TensorType type() {
        return type;
    }

    /** The extents, outermost first (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** The number of dimensions; 0 for a scalar. */
    public int rank() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return float64 != null ? float64.length : float32.length;
    }

    /** True if the extents are exactly {@code expected}; {@code hasShape()} asks for a scalar. */
    public boolean hasShape(int... expected) {
        return Arrays.equals(shape, expected);
    }

    /** The elements in row-major order (a copy); float32 elements are widened, which is exact. */
    public double[] doubles() {
        if (float64 != null) {
            return float64.clone();
        }
        double[] widened = new double[float32.length];
        copyTo(widened, 0);
        return widened;
    }

    /**
     * The elements of a float32 tensor in row-major order (a copy).
     *
     * @throws IllegalStateException for a float64 tensor, whose narrowing would lose precision silently
     */
    public float[] floats() {
        if (float32 == null) {
            throw new IllegalStateException("tensor is " + type + "; narrowing it to float32 would lose precision,"
                    + " use doubles()");
        }
        return float32.clone();
    }

    /**
     * Copies the elements into {@code target} starting at {@code offset}, widening float32, without
     * allocating: for loading weights straight into a network's parameter vector.
     *
     * @throws IndexOutOfBoundsException if they do not fit
     */
    public void copyTo(double[] target, int offset) {
        Objects.checkFromIndexSize(offset, size(), target.length);
        if (float64 != null) {
            System.arraycopy(float64, 0, target, offset, float64.length);
        } else {
            for (int i = 0; i < float32.length; i++) {
                target[offset + i] = float32[i];
            }
        }
    }

    /** The float64 elements without copying, for the encoder; null for float32. */
    double[] float64Storage() {
        return float64;
    }

    /** The float32 elements without copying, for the encoder; null for float64. */
    float[] float32Storage() {
        return float32;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Tensor that) || type != that.type || !Arrays.equals(shape, that.shape)) {
            return false;
        }
        // Raw bits: Arrays.equals(double[]) treats NaNs with different payloads as equal, but here "equal"
        // means "writes the same bytes".
        for (int i = 0; i < size(); i++) {
            if (float64 != null ? Double.doubleToRawLongBits(float64[i]) != Double.doubleToRawLongBits(that.float64[i])
                    : Float.floatToRawIntBits(float32[i]) != Float.floatToRawIntBits(that.float32[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 31 * type.hashCode() + Arrays.hashCode(shape);
        for (int i = 0; i < size(); i++) {
            hash = 31 * hash + (float64 != null ? Long.hashCode(Double.doubleToRawLongBits(float64[i]))
                    : Float.floatToRawIntBits(float32[i]));
        }
        return hash;
    }

    @Override
    public String toString() {
        return type + Arrays.toString(shape);
    }
}
