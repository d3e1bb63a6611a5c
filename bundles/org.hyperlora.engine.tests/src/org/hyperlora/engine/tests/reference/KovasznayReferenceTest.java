package org.hyperlora.engine.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.hyperlora.engine.reference.KovasznayReference;
import org.junit.jupiter.api.Test;

class KovasznayReferenceTest {

    private static final int U = 0;
    private static final int V = 1;
    private static final int P = 2;
    private static final double H = 1e-3;

    private final KovasznayReference reference = new KovasznayReference();

    @Test
    void lambdaMatchesTheDefinition() {
        for (double re : new double[] {1, 20, 40, 100, 1e4}) {
            double direct = re / 2 - Math.sqrt(re * re / 4 + 4 * Math.PI * Math.PI);
            assertEquals(direct, KovasznayReference.lambda(re), 1e-12 * Math.abs(direct) + 1e-12);
        }
        assertEquals(-0.9637405441957, KovasznayReference.lambda(40), 1e-12); // the common Re = 40 benchmark
    }

    @Test
    void continuityAndMomentumResidualsVanishAtRe20() {
        assertNavierStokes(20);
    }

    @Test
    void continuityAndMomentumResidualsVanishAtRe100() {
        assertNavierStokes(100);
    }

    /**
     * Residuals at a 16 x 21 grid over the benchmark domain, each divided by the largest magnitude of that
     * equation's terms over the grid (pointwise ratios are meaningless where all terms vanish, e.g. the
     * y-momentum terms on y = 0).
     */
    private void assertNavierStokes(double re) {
        double continuity = 0;
        double continuityScale = 0;
        double xMomentum = 0;
        double xScale = 0;
        double yMomentum = 0;
        double yScale = 0;
        for (int i = 0; i <= 15; i++) {
            for (int j = 0; j <= 20; j++) {
                double x = -0.5 + 1.5 * i / 15;
                double y = -0.5 + 2.0 * j / 20;
                double u = field(re, U, x, y);
                double v = field(re, V, x, y);
                double ux = FiniteDifferences.first(s -> field(re, U, s, y), x, H);
                double uy = FiniteDifferences.first(s -> field(re, U, x, s), y, H);
                double vx = FiniteDifferences.first(s -> field(re, V, s, y), x, H);
                double vy = FiniteDifferences.first(s -> field(re, V, x, s), y, H);
                double px = FiniteDifferences.first(s -> field(re, P, s, y), x, H);
                double py = FiniteDifferences.first(s -> field(re, P, x, s), y, H);
                double uLaplacian = FiniteDifferences.second(s -> field(re, U, s, y), x, H)
                        + FiniteDifferences.second(s -> field(re, U, x, s), y, H);
                double vLaplacian = FiniteDifferences.second(s -> field(re, V, s, y), x, H)
                        + FiniteDifferences.second(s -> field(re, V, x, s), y, H);
                continuity = Math.max(continuity, Math.abs(ux + vy));
                continuityScale = Math.max(continuityScale, Math.abs(ux) + Math.abs(vy));
                xMomentum = Math.max(xMomentum, Math.abs(u * ux + v * uy + px - uLaplacian / re));
                xScale = Math.max(xScale, Math.abs(u * ux) + Math.abs(v * uy) + Math.abs(px) + Math.abs(uLaplacian / re));
                yMomentum = Math.max(yMomentum, Math.abs(u * vx + v * vy + py - vLaplacian / re));
                yScale = Math.max(yScale, Math.abs(u * vx) + Math.abs(v * vy) + Math.abs(py) + Math.abs(vLaplacian / re));
            }
        }
        System.out.printf(Locale.ROOT, "kovasznay Re=%.0f: max residual / term scale: continuity %.2e (scale %.2f), "
                + "x-momentum %.2e (scale %.2f), y-momentum %.2e (scale %.2f)%n", re, continuity / continuityScale,
                continuityScale, xMomentum / xScale, xScale, yMomentum / yScale, yScale);
        assertTrue(continuity / continuityScale < 1e-9, "continuity " + continuity);
        assertTrue(xMomentum / xScale < 1e-9, "x-momentum " + xMomentum);
        assertTrue(yMomentum / yScale < 1e-9, "y-momentum " + yMomentum);
    }

    @Test
    void fieldValuesAtKnownPoints() {
        double lambda = KovasznayReference.lambda(20);
        double[][] fields = reference.evaluate(new double[] {20}, new double[][] {{0, 0}, {1, 0.25}, {-0.5, 0.5}});
        assertEquals(0.0, fields[U][0], 1e-15); // 1 - e^0 cos 0
        assertEquals(0.0, fields[V][0], 1e-15);
        assertEquals(0.0, fields[P][0], 1e-15);
        assertEquals(lambda / (2 * Math.PI) * Math.exp(lambda), fields[V][1], 1e-15);
        assertEquals(1 + Math.exp(-0.5 * lambda), fields[U][2], 1e-14);
        assertEquals(0.5 * (1 - Math.exp(-lambda)), fields[P][2], 1e-14);
    }

    @Test
    void rejectsInvalidReynoldsNumbersAndShapes() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {-5}, new double[][] {{0, 0}})).getMessage();
        assertTrue(message.contains("Re") && message.contains("-5.0"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {Double.POSITIVE_INFINITY}, new double[][] {{0, 0}})).getMessage();
        assertTrue(message.contains("Re") && message.contains("Infinity"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {20}, new double[][] {{0}})).getMessage();
        assertTrue(message.contains("[x, y]"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {20}, new double[][] {{0, 0}}, new double[2][1])).getMessage();
        assertTrue(message.contains("[u, v, p]"), message);
    }

    private double field(double re, int field, double x, double y) {
        return reference.evaluate(new double[] {re}, new double[][] {{x, y}})[field][0];
    }
}
