package org.hyperlora.engine.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The elementwise work that the JIT cannot vectorize on its own, written with the JDK's Vector API: the
 * exponential inside tanh (the JIT compiles {@link Math#exp} to one scalar call per value, 3.5-5 ns on this
 * project's machine; the vector one takes 0.65 ns). Loaded by {@link Kernels} only when the JVM has the
 * {@code jdk.incubator.vector} module; otherwise the scalar loops run.
 */
final class VectorKernels implements Kernels.Exponentials {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void expOfMinusTwiceAbs(double[] z, double[] out, int length) {
        int k = 0;
        int bound = SPECIES.loopBound(length);
        for (; k < bound; k += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, z, k).abs().mul(-2.0).lanewise(VectorOperators.EXP).intoArray(out, k);
        }
        for (; k < length; k++) {
            out[k] = Math.exp(-2.0 * Math.abs(z[k]));
        }
    }

    @Override
    public String describe() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit)";
    }
}
