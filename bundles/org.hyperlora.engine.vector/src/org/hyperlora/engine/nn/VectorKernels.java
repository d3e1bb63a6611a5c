package org.hyperlora.engine.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The elementwise work that the JIT cannot vectorize on its own, written with the JDK's Vector API: tanh, whose
 * exponential the JIT compiles to one scalar call per value (3.5-5 ns on this project's machine) and whose
 * small-argument series is a branch. The same formula as {@link Kernels.ScalarTanh}, lane by lane. Loaded by
 * {@link Kernels} only when the JVM has the {@code jdk.incubator.vector} module; otherwise the scalar loops run.
 * <p>
 * The exponential is {@link Kernels#exp} lane by lane, not the Vector API's {@code EXP} (see {@link Kernels}): the
 * numbers do not depend on when the JIT compiles the loop, nor on whether the JVM has the Vector API.
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
            // |x| >= 20: tanh rounds to 1 and exp(-40) keeps the reduction below in range
            DoubleVector e = exp(magnitude.min(Kernels.TANH_ONE_FROM).mul(-2.0));
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

    /** The bits of {@link Kernels#ROUND}: subtracted from the bits of ROUND + k, they leave the integer k. */
    private static final long ROUND_BITS = Double.doubleToRawLongBits(Kernels.ROUND);

    /**
     * {@link Kernels#exp} lane by lane: the same operations in the same order, so the same bits. Horner's rule is
     * written out (a loop over the coefficients ran 8× slower), and 2^k is made from the bits of ROUND + k rather than
     * by a conversion (exact either way).
     */
    static DoubleVector exp(DoubleVector x) {
        DoubleVector t = x.mul(Kernels.INV_LN2).add(Kernels.ROUND);
        DoubleVector k = t.sub(Kernels.ROUND);
        DoubleVector r = x.sub(k.mul(Kernels.LN2_HI)).sub(k.mul(Kernels.LN2_LO));
        double[] c = Kernels.EXP_COEFFICIENTS;
        DoubleVector p = r.mul(c[0]).add(c[1]);
        p = p.mul(r).add(c[2]);
        p = p.mul(r).add(c[3]);
        p = p.mul(r).add(c[4]);
        p = p.mul(r).add(c[5]);
        p = p.mul(r).add(c[6]);
        p = p.mul(r).add(c[7]);
        p = p.mul(r).add(c[8]);
        p = p.mul(r).add(c[9]);
        p = p.mul(r).add(c[10]);
        p = p.mul(r).add(c[11]);
        p = p.mul(r).add(c[12]);
        p = p.mul(r).add(c[13]);
        LongVector bits = t.reinterpretAsLongs().sub(ROUND_BITS - 1023L).lanewise(VectorOperators.LSHL, 52);
        return p.mul(bits.reinterpretAsDoubles());
    }

    @Override
    public String describe() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit)";
    }
}
