package org.hyperlora.nd4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.hyperlora.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** ND4J really runs inside Equinox: backend, native GEMM, elementwise ops and SameDiff gradients. */
class Nd4jInOsgiTest {

    /** Precision used per data type: float32 keeps about 7 digits, float64 about 16. */
    enum Precision {
        FLOAT32(DataType.FLOAT, 1e-6, 1e-2, 2e-2), FLOAT64(DataType.DOUBLE, 1e-13, 1e-6, 1e-7);

        final DataType type;
        final double exactTolerance;
        final double finiteDifferenceStep;
        final double gradientTolerance;

        Precision(DataType type, double exactTolerance, double finiteDifferenceStep, double gradientTolerance) {
            this.type = type;
            this.exactTolerance = exactTolerance;
            this.finiteDifferenceStep = finiteDifferenceStep;
            this.gradientTolerance = gradientTolerance;
        }
    }

    private static Nd4jBackend backend;

    @BeforeAll
    static void loadBackend() {
        backend = Nd4jRuntime.initialize();
    }

    /**
     * OpenBLAS's kernels: a user's OPENBLAS_CORETYPE is kept; otherwise a processor with AVX-512 gets the SkylakeX
     * ones (OpenBLAS 0.3.19 would pick AVX2 on AMD Zen 4), and anything else OpenBLAS's own choice.
     */
    @Test
    void blasKernelsFollowTheUsersChoiceOrTheProcessor() throws Exception {
        String given = System.getenv("OPENBLAS_CORETYPE");
        String flags = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("flags")).findFirst().orElse("") + " ";
        boolean avx512 = java.util.stream.Stream.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl")
                .allMatch(flag -> flags.contains(" " + flag + " "));
        String expected = given != null && !given.isBlank() ? "OPENBLAS_CORETYPE=" + given + " (given)"
                : avx512 ? "OPENBLAS_CORETYPE=SkylakeX (AVX-512)" : "OpenBLAS's own detection";
        assertEquals(expected, Nd4jRuntime.blasKernels());
    }

    @Test
    void cpuBackendIsLoadedFromTheEmbeddingBundle() {
        assertEquals("CpuBackend", backend.getClass().getSimpleName());
        Bundle nd4jBundle = FrameworkUtil.getBundle(Nd4j.class);
        assertNotNull(nd4jBundle, "ND4J classes must come from an OSGi bundle, not the boot class path");
        assertEquals("org.hyperlora.nd4j", nd4jBundle.getSymbolicName());
        assertEquals(nd4jBundle, FrameworkUtil.getBundle(backend.getClass()));
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void gemmMatchesHandComputedProduct(Precision precision) {
        // [1 2 3; 4 5 6] x [7 8; 9 10; 11 12] = [58 64; 139 154], worked out by hand.
        INDArray a = Nd4j.create(new double[][] { { 1, 2, 3 }, { 4, 5, 6 } }).castTo(precision.type);
        INDArray b = Nd4j.create(new double[][] { { 7, 8 }, { 9, 10 }, { 11, 12 } }).castTo(precision.type);
        INDArray c = a.mmul(b);
        assertEquals(precision.type, c.dataType());
        double[][] expected = { { 58, 64 }, { 139, 154 } };
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(expected[i][j], c.getDouble(i, j), 0.0, "C[" + i + "," + j + "]");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void gemmOnLargerMatricesMatchesPlainJavaLoops(Precision precision) {
        // Large enough (67 x 53 x 71) to go through OpenBLAS's blocked kernels rather than a tiny path.
        int m = 67, k = 53, n = 71;
        Nd4j.getRandom().setSeed(42);
        INDArray a = Nd4j.rand(precision.type, m, k).subi(0.5);
        INDArray b = Nd4j.rand(precision.type, k, n).subi(0.5);
        INDArray c = a.mmul(b);
        double worst = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a.getDouble(i, p) * b.getDouble(p, j);
                }
                worst = Math.max(worst, Math.abs(sum - c.getDouble(i, j)));
            }
        }
        assertTrue(worst < 1e4 * precision.exactTolerance, "worst GEMM deviation " + worst);
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void elementwiseTanhAndExpMatchJavaMath(Precision precision) {
        double[] values = { -3.0, -0.5, 0.0, 0.25, 1.0, 2.5 };
        INDArray x = Nd4j.create(values).castTo(precision.type);
        INDArray tanh = Transforms.tanh(x, true);
        INDArray expPlusOne = Transforms.exp(x, true).addi(1.0);
        for (int i = 0; i < values.length; i++) {
            double tolerance = precision.exactTolerance * 10;
            assertEquals(Math.tanh(values[i]), tanh.getDouble(i), tolerance, "tanh(" + values[i] + ")");
            assertEquals(Math.exp(values[i]) + 1.0, expPlusOne.getDouble(i),
                    tolerance * (Math.exp(values[i]) + 1.0), "exp(" + values[i] + ")+1");
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void sameDiffGradientMatchesCentralFiniteDifferences(Precision precision) {
        // loss(W, b) = sum( tanh(x W + b)^2 ), gradient w.r.t. W and b by SameDiff's reverse mode.
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 5, 3).subi(0.5).muli(2).castTo(precision.type);
        INDArray w = Nd4j.rand(DataType.DOUBLE, 3, 4).subi(0.5).castTo(precision.type);
        INDArray b = Nd4j.rand(DataType.DOUBLE, 1, 4).subi(0.5).castTo(precision.type);

        SameDiff sd = SameDiff.create();
        SDVariable input = sd.placeHolder("x", precision.type, -1, 3);
        SDVariable weights = sd.var("w", w.dup());
        SDVariable bias = sd.var("b", b.dup());
        SDVariable hidden = sd.math().tanh(input.mmul(weights).add(bias));
        SDVariable loss = hidden.mul(hidden).sum("loss");
        sd.setLossVariables(loss);

        Map<String, INDArray> gradients = sd.calculateGradients(Map.of("x", x), "w", "b");
        assertFiniteDifferencesAgree(precision, x, w, b, gradients.get("w"), w, "dLoss/dW");
        assertFiniteDifferencesAgree(precision, x, w, b, gradients.get("b"), b, "dLoss/db");
    }

    /** Compares each entry of {@code gradient} with a central difference of the loss in {@code perturbed}. */
    private static void assertFiniteDifferencesAgree(Precision precision, INDArray x, INDArray w, INDArray b,
            INDArray gradient, INDArray perturbed, String label) {
        double h = precision.finiteDifferenceStep;
        double scale = Math.max(1.0, gradient.norm2Number().doubleValue());
        for (long i = 0; i < perturbed.length(); i++) {
            double original = perturbed.getDouble(i);
            perturbed.putScalar(i, original + h);
            double up = loss(x, w, b);
            perturbed.putScalar(i, original - h);
            double down = loss(x, w, b);
            perturbed.putScalar(i, original);
            double finiteDifference = (up - down) / (2 * h);
            double error = Math.abs(finiteDifference - gradient.getDouble(i)) / scale;
            assertTrue(error < precision.gradientTolerance, label + "[" + i + "]: SameDiff " + gradient.getDouble(i)
                    + " vs central difference " + finiteDifference + " (relative error " + error + ")");
        }
    }

    /** The same loss evaluated eagerly, in double precision, for the finite differences. */
    private static double loss(INDArray x, INDArray w, INDArray b) {
        INDArray hidden = Transforms.tanh(x.castTo(DataType.DOUBLE).mmul(w.castTo(DataType.DOUBLE))
                .addiRowVector(b.castTo(DataType.DOUBLE)), false);
        return hidden.mul(hidden).sumNumber().doubleValue();
    }
}
