package org.hyperlora.engine.nn;

import java.util.Locale;

/**
 * Smooth activations with their first three derivatives. The forward-mode derivative streams need
 * σ, σ' and σ''; the reverse pass through the second-derivative streams needs σ''' as well.
 * <p>
 * Evaluated in Java on heap chunks, which the JIT compiles to tight loops (vectorized where no transcendental
 * function is called), rather than as ND4J ops: ND4J's OpenMP workers keep spinning after each op and then compete
 * with OpenBLAS's threads for the two cores, which measured 2–3× slower GEMMs in the training step.
 */
public enum Activation {
    /** tanh: σ' = 1 - a², σ'' = -2aσ', σ''' = -2σ'(1 - 3a²), all from a = σ(z). */
    TANH {
        @Override
        void forward(double[] z, double[] a, double[] s1, double[] s2, int length, boolean fast) {
            if (fast) {
                for (int k = 0; k < length; k++) {
                    a[k] = fastTanh(z[k]);
                }
            } else {
                Kernels.tanh(z, a, length);
            }
            for (int k = 0; k < length; k++) {
                double value = a[k];
                double first = 1.0 - value * value;
                s1[k] = first;
                s2[k] = -2.0 * value * first;
            }
        }

        @Override
        boolean derivativesFromValue() {
            return true;
        }

        @Override
        void derivatives(double[] a, double[] s1, double[] s2, double[] s3, int length) {
            for (int k = 0; k < length; k++) {
                double value = a[k];
                double first = 1.0 - value * value;
                s1[k] = first;
                s2[k] = -2.0 * value * first;
                s3[k] = -2.0 * first * (1.0 - 3.0 * value * value);
            }
        }
    },
    /** sin: σ' = cos, σ'' = -sin, σ''' = -cos (SIREN-style PINNs). */
    SIN {
        @Override
        void forward(double[] z, double[] a, double[] s1, double[] s2, int length, boolean fast) {
            for (int k = 0; k < length; k++) {
                double x = z[k];
                double sine = Math.sin(x);
                a[k] = sine;
                s1[k] = Math.cos(x);
                s2[k] = -sine;
            }
        }

        @Override
        void derivatives(double[] z, double[] s1, double[] s2, double[] s3, int length) {
            for (int k = 0; k < length; k++) {
                double x = z[k];
                double sine = Math.sin(x);
                double cosine = Math.cos(x);
                s1[k] = cosine;
                s2[k] = -sine;
                s3[k] = -cosine;
            }
        }
    },
    /**
     * SiLU (swish), z·s(z) with s the logistic sigmoid: smooth, non-saturating on one side.
     * σ' = s + z s(1-s); σ'' = s(1-s)(2 + z(1-2s)); σ''' = s(1-s)(3(1-2s) + z(1 - 6s + 6s²)).
     */
    SILU {
        @Override
        void forward(double[] z, double[] a, double[] s1, double[] s2, int length, boolean fast) {
            for (int k = 0; k < length; k++) {
                double x = z[k];
                double s = 1.0 / (1.0 + Math.exp(-x));
                double ds = s * (1.0 - s);
                a[k] = x * s;
                s1[k] = s + x * ds;
                s2[k] = ds * (2.0 + x * (1.0 - 2.0 * s));
            }
        }

        @Override
        void derivatives(double[] z, double[] s1, double[] s2, double[] s3, int length) {
            for (int k = 0; k < length; k++) {
                double x = z[k];
                double s = 1.0 / (1.0 + Math.exp(-x));
                double ds = s * (1.0 - s);
                s1[k] = s + x * ds;
                s2[k] = ds * (2.0 + x * (1.0 - 2.0 * s));
                s3[k] = ds * (3.0 * (1.0 - 2.0 * s) + x * (1.0 - 6.0 * s + 6.0 * s * s));
            }
        }
    };

    /**
     * σ(z), σ'(z) and σ''(z) for the first {@code length} entries of {@code z}: what the forward-mode derivative
     * streams need. With {@code fast}, tanh is {@link #fastTanh} (float32 networks: float-accurate, and it
     * vectorizes where the exact one, built on exp, does not).
     */
    abstract void forward(double[] z, double[] a, double[] s1, double[] s2, int length, boolean fast);

    /**
     * Whether {@link #derivatives} reads σ(z) rather than z. For tanh every derivative is a polynomial of σ(z), so
     * the reverse pass needs no transcendental function and no stored derivatives.
     */
    boolean derivativesFromValue() {
        return false;
    }

    /** σ', σ'' and σ''' (for the reverse pass) from σ(z) or z, see {@link #derivativesFromValue}. */
    abstract void derivatives(double[] source, double[] s1, double[] s2, double[] s3, int length);

    /**
     * σ in place on {@code values[0, length)}, for inference. With {@code fast}, tanh is a float-accurate
     * rational minimax approximation (the one Eigen uses for float, clamped at |z| = 7.9053): at most 2.6e-8
     * from tanh inside the clamp, 2.8e-7 beyond it, and about 3× cheaper than the exp-based tanh, which
     * dominates a solve. sin and SiLU are always exact. {@code scratch} holds at least {@code length} values.
     */
    void applyValuesInPlace(double[] values, double[] scratch, int length, boolean fast) {
        switch (this) {
        case TANH -> {
            if (fast) {
                for (int k = 0; k < length; k++) {
                    values[k] = fastTanh(values[k]);
                }
            } else {
                Kernels.tanh(values, scratch, length);
                System.arraycopy(scratch, 0, values, 0, length);
            }
        }
        case SIN -> {
            for (int k = 0; k < length; k++) {
                values[k] = Math.sin(values[k]);
            }
        }
        case SILU -> {
            for (int k = 0; k < length; k++) {
                double x = values[k];
                values[k] = x / (1.0 + Math.exp(-x));
            }
        }
        }
    }

    /** σ at every entry of {@code z}, as a network's exact forward pass computes it (diagnostics and tests). */
    public double[] values(double[] z) {
        double[] out = z.clone();
        applyValuesInPlace(out, new double[z.length], z.length, false);
        return out;
    }

    /** See {@link #applyValuesInPlace}. */
    static double fastTanh(double z) {
        double x = Math.max(-7.90531110763549805, Math.min(7.90531110763549805, z));
        double x2 = x * x;
        double p = x * (4.89352455891786e-03 + x2 * (6.37261928875436e-04 + x2 * (1.48572235717979e-05
                + x2 * (5.12229709037114e-08 + x2 * (-8.60467152213735e-11 + x2 * (2.00018790482477e-13
                        + x2 * -2.76076847742355e-16))))));
        double q = 4.89352518554385e-03 + x2 * (2.26843463243900e-03 + x2 * (1.18534705686654e-04
                + x2 * 1.19825839466702e-06));
        return p / q;
    }

    /**
     * tanh to full double precision: (1 - e)/(1 + e) with e = exp(-2|z|) ({@link Kernels#exp}, the vector kernel's
     * bits) loses relative accuracy only near zero, where the odd Taylor series to z⁹ is exact
     * to rounding for |z| < 1/32 (the next term is below 1e-18 relative). The sign is copied, not branched on: a
     * branch on the sign of random inputs is mispredicted half the time (measured 9.7 against 6.9 ns per value).
     */
    static double tanh(double z) {
        double magnitude = Math.abs(z);
        double e = Kernels.exp(-2.0 * Math.min(magnitude, Kernels.TANH_ONE_FROM));
        double result = (1.0 - e) / (1.0 + e);
        if (magnitude < Kernels.SERIES_BELOW) {
            result = Kernels.series(magnitude);
        }
        return Math.copySign(result, z);
    }

    /** Parses a user-facing name (tanh, sin, silu/swish), case-insensitive, with a clear error. */
    public static Activation parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
        case "tanh" -> TANH;
        case "sin", "sine" -> SIN;
        case "silu", "swish" -> SILU;
        default -> throw new IllegalArgumentException("unknown activation '" + name + "'; known: tanh, sin, silu");
        };
    }
}
