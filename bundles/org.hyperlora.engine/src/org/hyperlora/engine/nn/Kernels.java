package org.hyperlora.engine.nn;

/**
 * The elementwise kernels the network's passes, the loss and the solve share, on heap chunks. Most are plain loops
 * the JIT vectorizes; the exponential is not, so it comes from the JDK's Vector API where the JVM has it (the
 * fragment {@code org.hyperlora.engine.vector}, JVM option {@code --add-modules jdk.incubator.vector}) and from
 * {@link Math#exp} otherwise. Both agree to an ulp or two.
 */
final class Kernels {

    /** exp(-2|z|) over a chunk: the costly part of tanh. */
    interface Exponentials {
        void expOfMinusTwiceAbs(double[] z, double[] out, int length);

        String describe();
    }

    /** Scalar {@link Math#exp}, one call per value. */
    static final class ScalarExponentials implements Exponentials {
        private final String why;

        ScalarExponentials(String why) {
            this.why = why;
        }

        @Override
        public void expOfMinusTwiceAbs(double[] z, double[] out, int length) {
            for (int k = 0; k < length; k++) {
                out[k] = Math.exp(-2.0 * Math.abs(z[k]));
            }
        }

        @Override
        public String describe() {
            return "scalar (" + why + ")";
        }
    }

    /** System property that turns the Vector API off (true): for comparisons and as a way out. */
    static final String SCALAR_PROPERTY = "hyperlora.scalarKernels";

    static final Exponentials EXPONENTIALS = choose();

    private Kernels() {
    }

    private static Exponentials choose() {
        if (Boolean.getBoolean(SCALAR_PROPERTY)) {
            return new ScalarExponentials("-D" + SCALAR_PROPERTY + "=true");
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return new ScalarExponentials("start the JVM with --add-modules jdk.incubator.vector for the Vector API");
        }
        try {
            Exponentials vector = (Exponentials) Class.forName("org.hyperlora.engine.nn.VectorKernels", true,
                    Kernels.class.getClassLoader()).getDeclaredConstructor().newInstance();
            double[] probe = {0.5, -3};
            double[] out = new double[2];
            vector.expOfMinusTwiceAbs(probe, out, 2);
            if (Math.abs(out[0] - Math.exp(-1)) > 1e-15 || Math.abs(out[1] - Math.exp(-6)) > 1e-17) {
                return new ScalarExponentials("the Vector API's exponential disagreed with Math.exp"); // never use it
            }
            return vector;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the fragment is not installed, or the module cannot be reached from this class loader
            return new ScalarExponentials("the Vector API cannot be used here: " + e);
        }
    }

    /** How the exponentials are computed, for diagnostics. */
    static String describe() {
        return EXPONENTIALS.describe();
    }

    /**
     * tanh over a chunk, to full double precision: (1 - e)/(1 + e) with e = exp(-2|z|), the sign copied, and the
     * odd Taylor series to z⁹ where |z| < 1/32 (there the quotient loses relative accuracy; the series is exact to
     * rounding). Same formula as {@link Activation#tanh}, with the exponentials computed a chunk at a time.
     */
    static void tanh(double[] z, double[] out, int length) {
        EXPONENTIALS.expOfMinusTwiceAbs(z, out, length);
        for (int k = 0; k < length; k++) {
            double e = out[k];
            out[k] = (1.0 - e) / (1.0 + e);
        }
        for (int k = 0; k < length; k++) {
            double magnitude = Math.abs(z[k]);
            if (magnitude < 0.03125) {
                double m2 = magnitude * magnitude;
                out[k] = magnitude * (1.0 + m2 * (-1.0 / 3 + m2 * (2.0 / 15 + m2 * (-17.0 / 315 + m2 * (62.0 / 2835)))));
            }
        }
        for (int k = 0; k < length; k++) {
            out[k] = Math.copySign(out[k], z[k]);
        }
    }
}
