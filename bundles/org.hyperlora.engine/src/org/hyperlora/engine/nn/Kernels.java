package org.hyperlora.engine.nn;

/**
 * The elementwise kernels the network's passes, the loss and the solve share, on heap chunks. Most are plain loops
 * the JIT vectorizes; tanh is not (its exponential is one scalar call per value and its small-argument series a
 * branch), so it comes from the JDK's Vector API where the JVM has it (the fragment
 * {@code org.hyperlora.engine.vector}, JVM option {@code --add-modules jdk.incubator.vector}) and from scalar loops
 * otherwise. Both evaluate the same formula with the same operations in the same order — including the
 * exponential, {@link #exp}, made of additions and multiplications only — so they give the same bits, whether the JIT
 * has compiled a loop or not and whether the JVM has the Vector API or not. (The Vector API's own {@code EXP} is a
 * vendor library once compiled and {@code Math.exp} before: they differ in the last bit for about 5 % of arguments,
 * which made two trainings of one study differ.)
 */
final class Kernels {

    /** tanh over a chunk, to full double precision. */
    interface Tanh {
        void tanh(double[] z, double[] out, int length);

        String describe();
    }

    /**
     * tanh to full double precision: (1 - e)/(1 + e) with e = exp(-2|z|), the sign copied, and the odd Taylor
     * series to z⁹ where |z| < 1/32 (there the quotient loses relative accuracy; the series is exact to rounding).
     * Same formula as {@link Activation#tanh}, one value at a time.
     */
    static final class ScalarTanh implements Tanh {
        private final String why;

        ScalarTanh(String why) {
            this.why = why;
        }

        @Override
        public void tanh(double[] z, double[] out, int length) {
            for (int k = 0; k < length; k++) {
                double e = exp(-2.0 * Math.min(Math.abs(z[k]), TANH_ONE_FROM));
                out[k] = (1.0 - e) / (1.0 + e);
            }
            for (int k = 0; k < length; k++) {
                double magnitude = Math.abs(z[k]);
                if (magnitude < SERIES_BELOW) {
                    out[k] = series(magnitude);
                }
            }
            for (int k = 0; k < length; k++) {
                out[k] = Math.copySign(out[k], z[k]);
            }
        }

        @Override
        public String describe() {
            return "scalar (" + why + ")";
        }
    }

    /** From this magnitude on tanh rounds to 1 (exp(-40) = 4e-18); clamping there keeps {@link #exp} in range. */
    static final double TANH_ONE_FROM = 20.0;

    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    static final double INV_LN2 = 1.44269504088896338700e+00;
    /** Adding and subtracting 1.5·2^52 rounds a double of magnitude below 2^51 to the nearest integer. */
    static final double ROUND = 6755399441055744.0;
    /** 1/n! for n = 13 down to 0: Taylor's series of e^r to r^13, whose remainder is below 5e-18 for |r| <= ln2/2. */
    static final double[] EXP_COEFFICIENTS = { 1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0,
            1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0,
            1.0 / 6.0, 0.5, 1.0, 1.0 };

    /**
     * e^x for -40 <= x <= 0 to about an ulp, from additions, multiplications and an exact power of two: x = k·ln2 + r
     * with |r| <= ln2/2 (ln2 split in two so that k·ln2's high part is exact), then e^r by Horner's rule. The vector
     * kernel performs the same operations lane by lane.
     */
    static double exp(double x) {
        double k = (x * INV_LN2 + ROUND) - ROUND;
        double r = (x - k * LN2_HI) - k * LN2_LO;
        double p = EXP_COEFFICIENTS[0];
        for (int n = 1; n < EXP_COEFFICIENTS.length; n++) {
            p = p * r + EXP_COEFFICIENTS[n];
        }
        return p * Double.longBitsToDouble((long) (k + 1023.0) << 52);
    }

    /** Below this magnitude tanh is its Taylor series. */
    static final double SERIES_BELOW = 0.03125;

    /** The odd Taylor series of tanh to z⁹ at a magnitude below {@link #SERIES_BELOW}. */
    static double series(double magnitude) {
        double m2 = magnitude * magnitude;
        return magnitude * (1.0 + m2 * (-1.0 / 3 + m2 * (2.0 / 15 + m2 * (-17.0 / 315 + m2 * (62.0 / 2835)))));
    }

    /** System property that turns the Vector API off (true): for comparisons and as a way out. */
    static final String SCALAR_PROPERTY = "hyperlora.scalarKernels";

    static final Tanh TANH = choose();

    private Kernels() {
    }

    private static Tanh choose() {
        if (Boolean.getBoolean(SCALAR_PROPERTY)) {
            return new ScalarTanh("-D" + SCALAR_PROPERTY + "=true");
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return new ScalarTanh("start the JVM with --add-modules jdk.incubator.vector for the Vector API");
        }
        try {
            Tanh vector = (Tanh) Class.forName("org.hyperlora.engine.nn.VectorKernels", true,
                    Kernels.class.getClassLoader()).getDeclaredConstructor().newInstance();
            double[] probe = {0.5, -3, 0.01, -0.02, 25, 0.7, -0.9, 1.5, 2.5};
            double[] out = new double[probe.length];
            vector.tanh(probe, out, probe.length);
            for (int k = 0; k < probe.length; k++) {
                if (Math.abs(out[k] - Math.tanh(probe[k])) > 1e-15) {
                    return new ScalarTanh("the Vector API's tanh disagreed with Math.tanh"); // never use it
                }
            }
            return vector;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the fragment is not installed, or the module cannot be reached from this class loader
            return new ScalarTanh("the Vector API cannot be used here: " + e);
        }
    }

    /** How tanh is computed, for diagnostics. */
    static String describe() {
        return TANH.describe();
    }

    /** tanh over a chunk (see {@link ScalarTanh}). */
    static void tanh(double[] z, double[] out, int length) {
        TANH.tanh(z, out, length);
    }
}
