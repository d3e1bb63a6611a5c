package org.hyperlora.engine.tests.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.SymbolTable;
import org.junit.jupiter.api.Test;

/** {@link Expression#derivative(int)} against central finite differences, first, second and mixed order. */
class SymbolicDerivativeTest {

    private static final SymbolTable SYMBOLS = SymbolTable.builder().coordinates("x", "y", "t").fields("u")
            .parameters("a", "b").build();
    private static final double[] PARAMETERS = { 0.7, -1.3 };

    /** Every operator and function, constant and variable exponents; defined on [0.2, 1.2]^3. */
    private static final List<String> EXPRESSIONS = List.of(
            "x^2*y + 3*x - t",
            "-sin(pi*x)",
            "t*(1 - x^2)",
            "sin(pi*x)*exp(-t)",
            "cos(a*x*y) + log(1 + x^2 + y^2)",
            "sqrt(2 + x*y)/(1 + t^2)",
            "tanh(a*x - b*t)",
            "abs(x - 0.1)*y - abs(b*y)",
            "x^y",
            "x^(y*t) - 2^x",
            "x^a + (x + y)^-1.5",
            "exp(x)/x - e^(x*y)",
            "a/(x*y + b^2) - x/y/t",
            "x^3 - 2*x^2*y + y^3/t",
            "-(-x)*-y + -(x*y)^2",
            "log(x)*x^0.5 + sqrt(y)",
            "1/(1 + exp(-x*t))",
            "(x - y)*(y - t)*(t - x)",
            "pi*a + b^2",
            "x^0 + y^1 + t^2 + 2^3",
            "tanh(x)^2 + cos(t)^3");

    private static final int POINTS = 5;
    private static final double H = 1e-5;

    @Test
    void firstDerivativesMatchCentralDifferences() {
        Random random = new Random(1);
        for (String text : EXPRESSIONS) {
            Expression f = SYMBOLS.parse(text);
            for (int i = 0; i < 3; i++) {
                Expression df = f.derivative(i);
                for (int p = 0; p < POINTS; p++) {
                    double[] at = point(random);
                    double fd = centralDifference(f, at, i);
                    assertClose(fd, value(df, at), 1e-7, "d/d" + name(i) + " of " + text + " = " + df + " at "
                            + Arrays.toString(at));
                }
            }
        }
    }

    @Test
    void secondAndMixedDerivativesMatchCentralDifferences() {
        Random random = new Random(2);
        for (String text : EXPRESSIONS) {
            Expression f = SYMBOLS.parse(text);
            for (int i = 0; i < 3; i++) {
                Expression fi = f.derivative(i);
                for (int j = 0; j < 3; j++) {
                    Expression fij = fi.derivative(j);
                    for (int p = 0; p < POINTS; p++) {
                        double[] at = point(random);
                        String what = "d2/d" + name(i) + "d" + name(j) + " of " + text + " = " + fij + " at "
                                + Arrays.toString(at);
                        // Central difference of the (already checked) first derivative: tight.
                        assertClose(centralDifference(fi, at, j), value(fij, at), 1e-7, what);
                        // Directly from f, second-order stencils: looser.
                        assertClose(secondDifference(f, at, i, j), value(fij, at), 2e-5, what + " (from f)");
                        // Symmetry of mixed derivatives.
                        assertClose(value(f.derivative(j).derivative(i), at), value(fij, at), 1e-9, what + " (symmetry)");
                    }
                }
            }
        }
    }

    @Test
    void derivativeByMultiIndexAppliesEachCoordinate() {
        Expression f = SYMBOLS.parse("x^3*y^2*sin(t)");
        assertEquals(f, f.derivative(Derivative.VALUE));
        assertEquals(f.derivative(0).derivative(2), f.derivative(Derivative.of(2, 0)));
        assertEquals(f.derivative(1).derivative(1), f.derivative(Derivative.of(1, 1)));
    }

    @Test
    void simplificationKeepsDerivativesSmall() {
        assertEquals("1", derivative("x", 0));
        assertEquals("0", derivative("x", 1));
        assertEquals("0", derivative("pi*a + b^2", 0));
        assertEquals("a", derivative("a*x", 0));
        assertEquals("6*x", derivative("3*x^2", 0));
        assertEquals("1 - x^2", derivative("t*(1 - x^2)", 2));
        assertEquals("0", SYMBOLS.parse("t*(1 - x^2)").derivative(2).derivative(2).format());
        assertEquals("-(2*t)", SYMBOLS.parse("t*(1 - x^2)").derivative(0).derivative(0).format());
        assertEquals("-(pi*cos(pi*x))", derivative("-sin(pi*x)", 0));
        assertEquals("cos(x)", derivative("sin(x)", 0));
        assertEquals("-sin(x)", derivative("cos(x)", 0));
        assertEquals("1/x", derivative("log(x)", 0));
        assertEquals("0.6931471805599453*2^x", derivative("2^x", 0));
        assertEquals("x^y*log(x)", derivative("x^y", 1));
        assertEquals("y*t*x^(y*t - 1)", derivative("x^(y*t)", 0));
        assertEquals("a*x^(a - 1)", derivative("x^a", 0));
        // Second derivatives of the Burgers constraint stay as small as written by hand.
        Expression g = SYMBOLS.parse("-sin(pi*x)");
        assertTrue(g.derivative(0).derivative(0).format().length() < 40, g.derivative(0).derivative(0).format());
    }

    @Test
    void derivativesParseBackToEqualExpressions() {
        for (String text : EXPRESSIONS) {
            Expression f = SYMBOLS.parse(text);
            for (int i = 0; i < 3; i++) {
                for (int j = i; j < 3; j++) {
                    Expression fij = f.derivative(Derivative.of(i, j));
                    assertEquals(fij, SYMBOLS.parse(fij.format()), text + " -> " + fij.format());
                    assertEquals(fij.format(), fij.source());
                    assertTrue(fij.isFieldFree());
                }
            }
        }
    }

    @Test
    void absHasNoDerivativeAtItsKink() {
        Expression dAbs = SYMBOLS.parse("abs(x)").derivative(0);
        assertEquals(1.0, value(dAbs, new double[] { 0.5, 0, 0 }));
        assertEquals(-1.0, value(dAbs, new double[] { -0.5, 0, 0 }));
        assertTrue(Double.isNaN(value(dAbs, new double[] { 0, 0, 0 })), "documented: NaN at the kink");
    }

    @Test
    void fieldsAndUnknownCoordinatesAreRejected() {
        IllegalStateException fields = assertThrows(IllegalStateException.class,
                () -> SYMBOLS.parse("u*x").derivative(0));
        assertTrue(fields.getMessage().contains("reads field streams [u]"), fields.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
                () -> SYMBOLS.parse("x").derivative(3));
        assertTrue(index.getMessage().contains("coordinate index 3 outside 0..2"), index.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SYMBOLS.parse("x").derivative(-1));
    }

    // ---------------------------------------------------------------- helpers

    private static String derivative(String text, int coordinate) {
        return SYMBOLS.parse(text).derivative(coordinate).format();
    }

    private static String name(int coordinate) {
        return SYMBOLS.coordinates().get(coordinate);
    }

    private static double[] point(Random random) {
        return new double[] { 0.2 + random.nextDouble(), 0.2 + random.nextDouble(), 0.2 + random.nextDouble() };
    }

    private static double value(Expression f, double[] at) {
        return f.compile().evaluateAt(at, PARAMETERS);
    }

    private static double centralDifference(Expression f, double[] at, int i) {
        double[] plus = at.clone();
        double[] minus = at.clone();
        plus[i] += H;
        minus[i] -= H;
        return (value(f, plus) - value(f, minus)) / (2 * H);
    }

    private static double secondDifference(Expression f, double[] at, int i, int j) {
        double h = 1e-4;
        if (i == j) {
            double[] plus = at.clone();
            double[] minus = at.clone();
            plus[i] += h;
            minus[i] -= h;
            return (value(f, plus) - 2 * value(f, at) + value(f, minus)) / (h * h);
        }
        double sum = 0;
        for (int si = -1; si <= 1; si += 2) {
            for (int sj = -1; sj <= 1; sj += 2) {
                double[] shifted = at.clone();
                shifted[i] += si * h;
                shifted[j] += sj * h;
                sum += si * sj * value(f, shifted);
            }
        }
        return sum / (4 * h * h);
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Double.isFinite(actual) && Math.abs(expected - actual) <= relative * scale,
                what + ": expected " + expected + ", got " + actual + " (difference " + Math.abs(expected - actual) + ")");
    }
}
