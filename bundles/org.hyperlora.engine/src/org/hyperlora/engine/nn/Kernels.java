package org.hyperlora.engine.nn;

/**
 * The elementwise kernels the network's passes, the loss and the solve share, on heap chunks. Most are plain loops
 * the JIT vectorizes; three are not — tanh (its exponential is one scalar call per value and its small-argument
 * series a branch), the reverse pass through the activation (the JIT vectorizes no loop that updates several arrays,
 * so the scalar code takes one loop per stream and output) and float32 conversions (scalar in Java 17's JIT) — so they
 * come from the JDK's Vector API where the JVM has it (the fragment {@code org.hyperlora.engine.vector}, JVM option
 * {@code --add-modules jdk.incubator.vector}) and from scalar loops otherwise. Both evaluate the same formulas with the
 * same operations in the same order — including the exponential, {@link #exp}, made of additions and
 * multiplications only — so they give the same bits, whether the JIT has compiled a loop or not and whether the JVM
 * has the Vector API or not. (The Vector API's own {@code EXP} is a vendor library once compiled and
 * {@code Math.exp} before: they differ in the last bit for about 5 % of arguments, which made two trainings of one
 * study differ.)
 */
final class Kernels {

    /**
     * The kernels that have a Vector API version. The scalar implementation, {@link ScalarKernels}, is the reference:
     * the vector one performs the same operations in the same order element by element, so both give the same bits.
     */
    interface Implementation {
        /** tanh over a chunk, to full double precision. */
        void tanh(double[] z, double[] out, int length);

        /**
         * dLoss/dz of every stream of a chunk from dLoss/da, by differentiating the forward-mode rules a = σ(z),
         * a_i = σ' z_i, a_ij = σ'' z_i z_j + σ' z_ij. {@code g[s]}: dLoss/da of stream s; {@code z[s]} (s ≥ 1): the
         * pre-activation of stream s; {@code s1, s2, s3}: the activation's first three derivatives; {@code out[s]}:
         * dLoss/dz of stream s. Streams 1..firsts are first derivatives; stream 1 + firsts + k is the second
         * derivative across the first-derivative streams {@code secondI[k]} and {@code secondJ[k]}.
         */
        void activationAdjoint(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2, double[] s3,
                int length, int firsts, int[] secondI, int[] secondJ);

        /** {@code destination[offset + k] = source[k]} for k below {@code length}. */
        void widen(float[] source, double[] destination, int offset, int length);

        /** {@code destination[k] = (float) source[offset + k]} for k below {@code length}. */
        void narrow(double[] source, int offset, float[] destination, int length);

        String describe();
    }

    /** The kernels in plain Java: the reference, and what runs without the Vector API. */
    static final class ScalarKernels implements Implementation {
        private final String why;

        ScalarKernels(String why) {
            this.why = why;
        }

        /**
         * (1 - e)/(1 + e) with e = exp(-2|z|), the sign copied, and the odd Taylor series to z⁹ where |z| < 1/32 (there
         * the quotient loses relative accuracy; the series is exact to rounding). Same formula as
         * {@link Activation#tanh}, one value at a time.
         */
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
        public void activationAdjoint(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2,
                double[] s3, int length, int firsts, int[] secondI, int[] secondJ) {
            activationAdjoint(g, z, out, s1, s2, s3, 0, length, firsts, secondI, secondJ);
        }

        /**
         * {@link #activationAdjoint} on elements {@code from..to-1}, one output per loop: the JIT vectorizes a loop
         * that updates one array, not one that updates several. Element by element, the vector kernel's order.
         */
        static void activationAdjoint(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2,
                double[] s3, int from, int to, int firsts, int[] secondI, int[] secondJ) {
            double[] value = out[0];
            double[] gValue = g[0];
            for (int e = from; e < to; e++) {
                value[e] = gValue[e] * s1[e];
            }
            for (int k = 0; k < firsts; k++) {
                int s = 1 + k;
                double[] gs = g[s];
                double[] zk = z[s];
                double[] os = out[s];
                for (int e = from; e < to; e++) {
                    os[e] = gs[e] * s1[e];
                }
                for (int e = from; e < to; e++) {
                    value[e] += gs[e] * s2[e] * zk[e];
                }
            }
            for (int k = 0; k < secondI.length; k++) {
                int s = 1 + firsts + k;
                double[] gs = g[s];
                double[] zij = z[s];
                double[] zi = z[secondI[k]];
                double[] zj = z[secondJ[k]];
                double[] os = out[s];
                double[] oi = out[secondI[k]];
                double[] oj = out[secondJ[k]];
                // (oi and oj are one array for a pure second derivative: updated in this order, as the rules say)
                for (int e = from; e < to; e++) {
                    os[e] = gs[e] * s1[e];
                }
                for (int e = from; e < to; e++) {
                    oi[e] += gs[e] * s2[e] * zj[e];
                }
                for (int e = from; e < to; e++) {
                    oj[e] += gs[e] * s2[e] * zi[e];
                }
                for (int e = from; e < to; e++) {
                    value[e] += gs[e] * (s3[e] * zi[e] * zj[e] + s2[e] * zij[e]);
                }
            }
        }

        @Override
        public void widen(float[] source, double[] destination, int offset, int length) {
            for (int k = 0; k < length; k++) {
                destination[offset + k] = source[k];
            }
        }

        @Override
        public void narrow(double[] source, int offset, float[] destination, int length) {
            for (int k = 0; k < length; k++) {
                destination[k] = (float) source[offset + k];
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

    static final Implementation KERNELS = choose();

    private Kernels() {
    }

    private static Implementation choose() {
        if (Boolean.getBoolean(SCALAR_PROPERTY)) {
            return new ScalarKernels("-D" + SCALAR_PROPERTY + "=true");
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return new ScalarKernels("start the JVM with --add-modules jdk.incubator.vector for the Vector API");
        }
        try {
            Implementation vector = (Implementation) Class.forName("org.hyperlora.engine.nn.VectorKernels", true,
                    Kernels.class.getClassLoader()).getDeclaredConstructor().newInstance();
            String disagreement = disagreement(vector);
            if (disagreement != null) {
                return new ScalarKernels("the Vector API's kernels disagreed with the scalar ones: " + disagreement);
            }
            return vector;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the fragment is not installed, or the module cannot be reached from this class loader
            return new ScalarKernels("the Vector API cannot be used here: " + e);
        }
    }

    /**
     * Where {@code candidate} differs from the scalar kernels (null where it does not): tanh from {@link Math#tanh},
     * the adjoint bit for bit on chunks of the stream plans the vector kernel treats apart and of two it does not, each
     * with a tail shorter than a vector; widening and narrowing exactly. Kernels that fail this are never used.
     */
    static String disagreement(Implementation candidate) {
        double[] probe = {0.5, -3, 0.01, -0.02, 25, 0.7, -0.9, 1.5, 2.5};
        double[] out = new double[probe.length];
        candidate.tanh(probe, out, probe.length);
        for (int k = 0; k < probe.length; k++) {
            if (Math.abs(out[k] - Math.tanh(probe[k])) > 1e-15) {
                return "tanh(" + probe[k] + ") = " + out[k];
            }
        }
        int[][][] plans = { // {{firsts}, secondI, secondJ}
                { { 2 }, {}, {} }, { { 2 }, { 1 }, { 1 } }, { { 2 }, { 1 }, { 2 } }, { { 2 }, { 1, 2 }, { 1, 2 } },
                { { 3 }, { 1, 1, 2 }, { 1, 3, 3 } }, { { 1 }, {}, {} } };
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int length = 37;
        for (int[][] plan : plans) {
            int streams = 1 + plan[0][0] + plan[1].length;
            double[][] g = new double[streams][length];
            double[][] z = new double[streams][length];
            double[][] expected = new double[streams][length];
            double[][] actual = new double[streams][length];
            double[] s1 = new double[length];
            double[] s2 = new double[length];
            double[] s3 = new double[length];
            for (int e = 0; e < length; e++) {
                s1[e] = random.nextDouble(-1, 1);
                s2[e] = random.nextDouble(-1, 1);
                s3[e] = random.nextDouble(-1, 1);
                for (int s = 0; s < streams; s++) {
                    g[s][e] = random.nextDouble(-1, 1);
                    z[s][e] = random.nextDouble(-1, 1);
                }
            }
            ScalarKernels.activationAdjoint(g, z, expected, s1, s2, s3, 0, length, plan[0][0], plan[1], plan[2]);
            candidate.activationAdjoint(g, z, actual, s1, s2, s3, length, plan[0][0], plan[1], plan[2]);
            for (int s = 0; s < streams; s++) {
                if (!java.util.Arrays.equals(expected[s], actual[s])) {
                    return "the adjoint of stream " + s + " with " + plan[0][0] + " first and " + plan[1].length
                            + " second derivatives";
                }
            }
        }
        float[] floats = new float[length];
        double[] doubles = new double[length + 3];
        for (int k = 0; k < length; k++) {
            floats[k] = (float) random.nextDouble(-1, 1);
        }
        candidate.widen(floats, doubles, 3, length);
        float[] back = new float[length];
        candidate.narrow(doubles, 3, back, length);
        for (int k = 0; k < length; k++) {
            if (doubles[3 + k] != floats[k] || back[k] != floats[k]) {
                return "widening and narrowing float32 at " + k;
            }
        }
        return null;
    }

    /** How the kernels are computed, for diagnostics. */
    static String describe() {
        return KERNELS.describe();
    }

    /** tanh over a chunk (see {@link ScalarKernels#tanh}). */
    static void tanh(double[] z, double[] out, int length) {
        KERNELS.tanh(z, out, length);
    }

    /** See {@link Implementation#activationAdjoint}. */
    static void activationAdjoint(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2, double[] s3,
            int length, int firsts, int[] secondI, int[] secondJ) {
        KERNELS.activationAdjoint(g, z, out, s1, s2, s3, length, firsts, secondI, secondJ);
    }

    /** See {@link Implementation#widen}. */
    static void widen(float[] source, double[] destination, int offset, int length) {
        KERNELS.widen(source, destination, offset, length);
    }

    /** See {@link Implementation#narrow}. */
    static void narrow(double[] source, int offset, float[] destination, int length) {
        KERNELS.narrow(source, offset, destination, length);
    }
}
