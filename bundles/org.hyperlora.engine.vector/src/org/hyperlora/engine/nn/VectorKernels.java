package org.hyperlora.engine.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The elementwise work that the JIT cannot vectorize on its own, written with the JDK's Vector API: tanh, whose
 * exponential the JIT compiles to one scalar call per value (3.5-5 ns on this project's machine) and whose
 * small-argument series is a branch; the reverse pass through the activation, whose many streams the scalar code must
 * run as one loop per output array (the JIT vectorizes no loop that updates several), each reading σ', σ'' and
 * the adjoint again; and float32 widening and narrowing, which Java 17's JIT leaves scalar. The same operations as
 * {@link Kernels.ScalarKernels}, lane by lane, so the same bits. Loaded by {@link Kernels} only when the JVM has the
 * {@code jdk.incubator.vector} module; otherwise the scalar loops run.
 * <p>
 * The exponential is {@link Kernels#exp} lane by lane, not the Vector API's {@code EXP} (see {@link Kernels}): the
 * numbers do not depend on when the JIT compiles the loop, nor on whether the JVM has the Vector API.
 */
final class VectorKernels implements Kernels.Implementation {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** As many float lanes as {@link #SPECIES} has double lanes, for conversions. */
    private static final VectorSpecies<Float> FLOATS = VectorSpecies.of(float.class,
            VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));

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

    /**
     * One pass over the chunk with the adjoints in registers where the plan is one of the common ones (two inputs —
     * space-time or the plane — with no or one second derivative; a further one, as in a Laplacian, is a second pass);
     * other plans keep the value's adjoint in memory between the streams. Java's Vector API does not keep a vector in a register
     * across a loop over the streams (it measured 3× slower than the loops written out), hence the cases.
     */
    @Override
    public void activationAdjoint(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2, double[] s3,
            int length, int firsts, int[] secondI, int[] secondJ) {
        int bound = SPECIES.loopBound(length);
        if (firsts == 2 && secondI.length == 0) {
            twoFirsts(g, z, out, s1, s2, bound);
        } else if (firsts == 2 && secondI.length == 1) {
            twoFirstsOneSecond(g, z, out, s1, s2, s3, bound, secondI[0], secondJ[0]);
        } else if (firsts == 2 && secondI.length > 1) {
            // one kernel for all of a Laplacian's streams grows too large for the JIT to inline the Vector API
            // calls (they then run as method calls, several times slower): the further second derivatives follow
            twoFirstsOneSecond(g, z, out, s1, s2, s3, bound, secondI[0], secondJ[0]);
            for (int k = 1; k < secondI.length; k++) {
                secondDerivative(g, z, out, s1, s2, s3, bound, 3 + k, secondI[k], secondJ[k]);
            }
        } else {
            anyPlan(g, z, out, s1, s2, s3, bound, firsts, secondI, secondJ);
        }
        Kernels.ScalarKernels.activationAdjoint(g, z, out, s1, s2, s3, bound, length, firsts, secondI, secondJ);
    }

    private static DoubleVector load(double[] array, int e) {
        return DoubleVector.fromArray(SPECIES, array, e);
    }

    private static void twoFirsts(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2, int bound) {
        double[] g0 = g[0], g1 = g[1], g2 = g[2], z1 = z[1], z2 = z[2], o0 = out[0], o1 = out[1], o2 = out[2];
        for (int e = 0; e < bound; e += SPECIES.length()) {
            DoubleVector first = load(s1, e), second = load(s2, e);
            DoubleVector gv1 = load(g1, e), gv2 = load(g2, e);
            DoubleVector value = load(g0, e).mul(first);
            gv1.mul(first).intoArray(o1, e);
            value = value.add(gv1.mul(second).mul(load(z1, e)));
            gv2.mul(first).intoArray(o2, e);
            value = value.add(gv2.mul(second).mul(load(z2, e)));
            value.intoArray(o0, e);
        }
    }

    /** Streams u, u_i, u_j and one second derivative across the first-derivative streams si and sj. */
    private static void twoFirstsOneSecond(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2,
            double[] s3, int bound, int si, int sj) {
        double[] g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], z1 = z[1], z2 = z[2], z3 = z[3];
        double[] zi = z[si], zj = z[sj], o0 = out[0], o1 = out[1], o2 = out[2], o3 = out[3], oi = out[si],
                oj = out[sj];
        for (int e = 0; e < bound; e += SPECIES.length()) {
            DoubleVector first = load(s1, e), second = load(s2, e), third = load(s3, e);
            DoubleVector gv1 = load(g1, e), gv2 = load(g2, e), gv3 = load(g3, e);
            DoubleVector value = load(g0, e).mul(first);
            gv1.mul(first).intoArray(o1, e);
            value = value.add(gv1.mul(second).mul(load(z1, e)));
            gv2.mul(first).intoArray(o2, e);
            value = value.add(gv2.mul(second).mul(load(z2, e)));
            DoubleVector zvi = load(zi, e), zvj = load(zj, e);
            gv3.mul(first).intoArray(o3, e);
            load(oi, e).add(gv3.mul(second).mul(zvj)).intoArray(oi, e);
            load(oj, e).add(gv3.mul(second).mul(zvi)).intoArray(oj, e);
            value = value.add(gv3.mul(third.mul(zvi).mul(zvj).add(second.mul(load(z3, e)))));
            value.intoArray(o0, e);
        }
    }

    /** Any plan: stream by stream, the value adjoint accumulated in memory (each loop updates its arrays in place). */
    private static void anyPlan(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2, double[] s3,
            int bound, int firsts, int[] secondI, int[] secondJ) {
        double[] g0 = g[0], o0 = out[0];
        for (int e = 0; e < bound; e += SPECIES.length()) {
            load(g0, e).mul(load(s1, e)).intoArray(o0, e);
        }
        for (int k = 0; k < firsts; k++) {
            double[] gs = g[1 + k], zk = z[1 + k], os = out[1 + k];
            for (int e = 0; e < bound; e += SPECIES.length()) {
                DoubleVector gv = load(gs, e);
                gv.mul(load(s1, e)).intoArray(os, e);
                load(o0, e).add(gv.mul(load(s2, e)).mul(load(zk, e))).intoArray(o0, e);
            }
        }
        for (int k = 0; k < secondI.length; k++) {
            secondDerivative(g, z, out, s1, s2, s3, bound, 1 + firsts + k, secondI[k], secondJ[k]);
        }
    }

    /**
     * Second-derivative stream s across the first-derivative streams si and sj, added to the adjoints of those and of
     * the value in memory.
     */
    private static void secondDerivative(double[][] g, double[][] z, double[][] out, double[] s1, double[] s2,
            double[] s3, int bound, int s, int si, int sj) {
        double[] gs = g[s], zij = z[s], os = out[s], o0 = out[0];
        double[] zi = z[si], zj = z[sj], oi = out[si], oj = out[sj];
        for (int e = 0; e < bound; e += SPECIES.length()) {
            DoubleVector gv = load(gs, e), second = load(s2, e), zvi = load(zi, e), zvj = load(zj, e);
            gv.mul(load(s1, e)).intoArray(os, e);
            load(oi, e).add(gv.mul(second).mul(zvj)).intoArray(oi, e);
            load(oj, e).add(gv.mul(second).mul(zvi)).intoArray(oj, e);
            load(o0, e).add(gv.mul(load(s3, e).mul(zvi).mul(zvj).add(second.mul(load(zij, e))))).intoArray(o0, e);
        }
    }

    @Override
    public void widen(float[] source, double[] destination, int offset, int length) {
        int k = 0;
        for (int bound = FLOATS.loopBound(length); k < bound; k += FLOATS.length()) {
            ((DoubleVector) FloatVector.fromArray(FLOATS, source, k).convertShape(VectorOperators.F2D, SPECIES, 0))
                    .intoArray(destination, offset + k);
        }
        for (; k < length; k++) {
            destination[offset + k] = source[k];
        }
    }

    @Override
    public void narrow(double[] source, int offset, float[] destination, int length) {
        int k = 0;
        for (int bound = SPECIES.loopBound(length); k < bound; k += SPECIES.length()) {
            ((FloatVector) DoubleVector.fromArray(SPECIES, source, offset + k).convertShape(VectorOperators.D2F, FLOATS,
                    0)).intoArray(destination, k);
        }
        for (; k < length; k++) {
            destination[k] = (float) source[offset + k];
        }
    }

    @Override
    public String describe() {
        return "Vector API (" + SPECIES.vectorBitSize() + "-bit)";
    }
}
