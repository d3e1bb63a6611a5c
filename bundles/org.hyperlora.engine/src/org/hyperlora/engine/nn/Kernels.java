package org.hyperlora.engine.nn;

/**
 * The elementwise kernels the network's passes, the loss and the solve share, on heap chunks. Most are plain loops
 * the JIT vectorizes; tanh is not (its exponential is one scalar call per value and its small-argument series a
 * branch), so it comes from the JDK's Vector API where the JVM has it (the fragment
 * {@code org.hyperlora.engine.vector}, JVM option {@code --add-modules jdk.incubator.vector}) and from scalar loops
 * otherwise. Both evaluate the same formula and agree to an ulp or two.
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
     * Same formula as {@link Activation#tanh}, with {@link Math#exp} one value at a time.
     */
    static final class ScalarTanh implements Tanh {
        private final String why;

        ScalarTanh(String why) {
            this.why = why;
        }

        @Override
        public void tanh(double[] z, double[] out, int length) {
            for (int k = 0; k < length; k++) {
                double e = Math.exp(-2.0 * Math.abs(z[k]));
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
