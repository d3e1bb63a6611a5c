package org.hyperlora.engine.optim;

/** Plain loops over {@code double[]} shared by the optimizers; kept tiny so the JIT inlines them. */
final class VectorMath {

    private VectorMath() {
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Largest absolute element; 0 for an empty vector, NaN if any element is NaN. */
    static double infinityNorm(double[] a) {
        double max = 0;
        for (double element : a) {
            double magnitude = Math.abs(element);
            if (!(magnitude <= max)) { // also propagates NaN
                max = magnitude;
            }
        }
        return max;
    }

    /** Euclidean norm, scaled by the largest element so squares cannot overflow or underflow. */
    static double twoNorm(double[] a) {
        double scale = infinityNorm(a);
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (double element : a) {
            double scaled = element / scale;
            sum += scaled * scaled;
        }
        return scale * Math.sqrt(sum);
    }

    /** Index of the first NaN or infinite element, or -1 if all are finite. */
    static int firstNonFiniteIndex(double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                return i;
            }
        }
        return -1;
    }
}
