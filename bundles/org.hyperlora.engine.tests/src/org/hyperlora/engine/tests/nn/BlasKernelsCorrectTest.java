package org.hyperlora.engine.tests.nn;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.Test;

/**
 * The GEMMs of the kernels this process chose ({@link Nd4jRuntime#blasKernels()}) give the products: every shape and transpose the
 * engine uses, against a plain loop. Forced kernels a machine cannot run correctly would make every training wrong
 * while looking like a training.
 */
class BlasKernelsCorrectTest {

    @Test
    void theChosenKernelsMultiplyCorrectly() {
        Random random = new Random(5);
        // rows: points (forward) or a layer's width; sizes: widths, or the points a weight gradient sums over
        int[] rows = { 1, 7, 64, 333, 2000 };
        int[] sizes = { 1, 2, 5, 20, 48, 64, 401, 2000 };
        double worst = 0;
        String where = "";
        for (int m : rows) {
            for (int n : sizes) {
                for (int k : sizes) {
                    if ((long) m * n * k > 40_000_000L) {
                        continue; // the plain loop would take long; the kernels' blocking is exercised below that
                    }
                    for (int op = 0; op < 4; op++) {
                        boolean ta = (op & 1) != 0, tb = (op & 2) != 0;
                        double[] a = random(random, m * k), b = random(random, k * n), c = random(random, m * n);
                        double alpha = 0.7, beta = op == 3 ? 1.0 : 0.0;
                        double[] expected = new double[m * n];
                        for (int i = 0; i < m; i++) {
                            for (int j = 0; j < n; j++) {
                                double sum = 0;
                                for (int l = 0; l < k; l++) {
                                    sum += (ta ? a[l * m + i] : a[i * k + l]) * (tb ? b[j * k + l] : b[l * n + j]);
                                }
                                expected[i * n + j] = alpha * sum + beta * c[i * n + j];
                            }
                        }
                        try (DoublePointer pa = new DoublePointer(a); DoublePointer pb = new DoublePointer(b);
                                DoublePointer pc = new DoublePointer(c)) {
                            openblas_nolapack.cblas_dgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans,
                                    tb ? CblasTrans : CblasNoTrans, m, n, k, alpha, pa, ta ? m : k, pb, tb ? k : n,
                                    beta, pc, n);
                            double[] got = new double[m * n];
                            pc.get(got);
                            for (int i = 0; i < got.length; i++) {
                                double error = Math.abs(got[i] - expected[i]) / (1 + Math.abs(expected[i]));
                                if (!(error <= worst)) {
                                    worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
                                    where = m + "x" + k + " by " + k + "x" + n + (ta ? " A^T" : "") + (tb ? " B^T" : "")
                                            + " beta " + beta;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(worst < 1e-12, "worst relative error " + worst + " at " + where + " with "
                + Nd4jRuntime.blasKernels());
    }

    private static double[] random(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        return values;
    }
}
