package org.hyperlora.engine.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The elementwise work that the JIT cannot vectorize on its own, written with the JDK's Vector API: tanh, whose
 * exponential the JIT compiles to one scalar call per value (3.5-5 ns on this project's machine) and whose
 * small-argument series is a branch. The same formula as {@link Kernels.ScalarTanh}, lane by lane. Loaded by
 * {@link Kernels} only when the JVM has the {@code jdk.incubator.vector} module; otherwise the scalar loops run.
 */
final class VectorKernels implements Kernels.Tanh {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void tanh(double[] z, double[] out, int length) {
        int k = 0;
        int bound = SPECIES.loopBound(length);
        for (; k < bound; k += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, z, k);
            DoubleVector magnitude = x.abs();
            DoubleVector e = magnitude.mul(-2.0).lanewise(VectorOperators.EXP);
            DoubleVector t = e.neg().add(1.0).div(e.add(1.0));
            VectorMask<Double> small = magnitude.lt(Kernels.SERIES_BELOW);
            if (small.anyTrue()) {
                // Horner in the scalar series' order, so both round alike
                DoubleVector m2 = magnitude.mul(magnitude);
                DoubleVector series = magnitude.mul(m2.mul(m2.mul(m2.mul(m2.mul(62.0 / 2835).add(-17.0 / 315))
                        .add(2.0 / 15)).add(-1.0 / 3)).add(1.0));
                t = t.blend(series, small);
            }
            t.blend(t.neg(), x.lt(0.0)).intoArray(out, k);
        }
        for (; k < length; k++) {
            out[k] = Activation.tanh(z[k]); // fewer values than a vector's lanes
        }
    }

    @Override
    public String describe() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit)";
    }
}
