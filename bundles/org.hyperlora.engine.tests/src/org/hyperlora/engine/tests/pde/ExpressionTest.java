package org.hyperlora.engine.tests.pde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Parsing, analysis, formatting and plain evaluation against hand-computed values. */
class ExpressionTest {

    static final SymbolTable BURGERS = SymbolTable.builder().coordinates("x", "t").fields("u").parameters("nu").build();
    static final SymbolTable KOVASZNAY = SymbolTable.builder()
            .coordinates("x", "y").fields("u", "v", "p").parameters("Re", "lambda").build();
    static final String BURGERS_RESIDUAL = "u_t + u*u_x - nu*u_xx";
    static final String KOVASZNAY_MOMENTUM = "u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re";

    private static final SymbolTable NUMBERS_ONLY = SymbolTable.builder().build();

    private static double constantValue(String source) {
        return Expression.parse(source, NUMBERS_ONLY).compile().evaluateAt(new double[0], new double[0]);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2^3^2 | 512",
            "(2^3)^2 | 64",
            "-2^2 | -4",
            "(-2)^2 | 4",
            "1-2-3 | -4",
            "1-(2-3) | 2",
            "8/4/2 | 1",
            "8/(4/2) | 4",
            "2+3*4 | 14",
            "(2+3)*4 | 20",
            "2*3^2 | 18",
            "12/2^2 | 3",
            "2^-1 | 0.5",
            "-2^-2 | -0.25",
            "2*-3 | -6",
            "- -2 | 2",
            "+3 - +1 | 2",
            "-3*2+1 | -5",
            ".5 + 1e-3 | 0.501",
            "2.5E2 | 250",
            "1.5e+1 | 15",
            "sqrt(16) + abs(-3) | 7",
            "exp(log(5)) | 5",
            "tanh(0) + cos(0) + sin(0) | 1",
    })
    void precedenceAssociativityAndNumbers(String source, double expected) {
        assertEquals(expected, constantValue(source), 1e-12);
    }

    @Test
    void constantsArePiAndE() {
        assertEquals(Math.PI, constantValue("pi"), 0);
        assertEquals(Math.E, constantValue("e"), 0);
        assertEquals(1.0, constantValue("log(e)"), 1e-15);
        assertEquals(-1.0, constantValue("cos(pi)"), 1e-15);
    }

    @Test
    void whitespaceAndNewlinesAreFree() {
        Expression spread = Expression.parse("  u_t\n\t+ u * u_x\r\n   - nu *\n u_xx  ", BURGERS);
        assertEquals(Expression.parse(BURGERS_RESIDUAL, BURGERS), spread);
    }

    @Test
    void burgersResidualEvaluatesPointwise() {
        Points points = new Points(BURGERS, 2)
                .stream("u", 0.5, -1.0)
                .stream("u_x", 2.0, 3.0)
                .stream("u_t", -1.0, 0.25)
                .stream("u_xx", 3.0, -4.0)
                .parameter("nu", 0.01);
        double[] residual = BURGERS.parse(BURGERS_RESIDUAL).compile().evaluate(points.columns());
        // -1 + 0.5*2 - 0.01*3 and 0.25 + (-1)*3 - 0.01*(-4)
        assertArrayEquals(new double[] { -0.03, -2.71 }, residual, 1e-15);
    }

    @Test
    void kovasznayMomentumEvaluatesPointwise() {
        Points points = new Points(KOVASZNAY, 1)
                .stream("u", 1.5).stream("u_x", 0.2).stream("u_y", 0.4).stream("u_xx", 2.0).stream("u_yy", -1.0)
                .stream("v", -0.5).stream("p_x", 0.1)
                .parameter("Re", 20);
        double[] residual = KOVASZNAY.parse(KOVASZNAY_MOMENTUM).compile().evaluate(points.columns());
        // 0.3 - 0.2 + 0.1 - 1/20
        assertEquals(0.15, residual[0], 1e-15);
    }

    @Test
    void boundaryRightHandSidesAreFunctionsOfCoordinatesAndParameters() {
        Expression kovasznayInflow = KOVASZNAY.parse("1 - exp(lambda*x)*cos(2*pi*y)");
        assertTrue(kovasznayInflow.isFieldFree());
        assertEquals(Set.of(0, 1), kovasznayInflow.coordinates());
        assertEquals(Set.of(1), kovasznayInflow.parameters());
        double[] parameters = { 20, -2 };
        double atYZero = kovasznayInflow.compile().evaluateAt(new double[] { 0.5, 0 }, parameters);
        assertEquals(1 - Math.exp(-1), atYZero, 1e-15);
        double atYSixth = kovasznayInflow.compile().evaluateAt(new double[] { 0.5, 1.0 / 6 }, parameters);
        assertEquals(1 - 0.5 * Math.exp(-1), atYSixth, 1e-15);

        Expression burgersInitial = BURGERS.parse("-sin(pi*x)");
        double[] x = { -1, -0.5, 0, 0.25 };
        double[] values = burgersInitial.compile().evaluate(
                org.hyperlora.engine.pde.PointColumns.ofCoordinates(4, new double[][] { x, new double[4] }, new double[] { 0.01 }));
        assertArrayEquals(new double[] { Math.sin(Math.PI), 1, 0, -Math.sqrt(0.5) }, values, 1e-15);
    }

    @Test
    void burgersStreamsAreValueFirstThenDerivativesByOrder() {
        Expression burgers = BURGERS.parse(BURGERS_RESIDUAL);
        assertEquals(List.of(StreamKey.value(0), StreamKey.of(0, 0), StreamKey.of(0, 1), StreamKey.of(0, 0, 0)),
                List.copyOf(burgers.streams()));
        assertEquals(Set.of(0), burgers.parameters());
        assertEquals(Set.of(), burgers.coordinates(), "x and t appear only inside derivatives");
        assertFalse(burgers.isFieldFree());
    }

    @Test
    void kovasznayStreams() {
        Expression momentum = KOVASZNAY.parse(KOVASZNAY_MOMENTUM);
        assertEquals(List.of("u", "u_x", "u_y", "u_xx", "u_yy", "v", "p_x"),
                momentum.streams().stream().map(k -> k.format(KOVASZNAY)).toList());
        assertEquals(Set.of(0), momentum.parameters());
        Expression continuity = KOVASZNAY.parse("u_x + v_y");
        assertEquals(Set.of(StreamKey.of(0, 0), StreamKey.of(1, 1)), continuity.streams());
        assertTrue(continuity.parameters().isEmpty());
    }

    @Test
    void mixedDerivativeOrderDoesNotMatter() {
        SymbolTable plane = SymbolTable.builder().coordinates("x", "y").fields("u").build();
        Expression xy = plane.parse("u_xy");
        Expression yx = plane.parse("u_yx");
        assertEquals(xy, yx);
        assertEquals(xy.hashCode(), yx.hashCode());
        assertEquals(Set.of(StreamKey.of(0, 0, 1)), yx.streams());
        assertEquals(StreamKey.of(0, 1, 0), StreamKey.of(0, 0, 1));
        assertEquals(Derivative.of(1, 0), Derivative.of(0, 1));
        assertEquals("u_xy", yx.format());
        assertEquals(1, plane.parse("u_xy - u_yx").streams().size());
        Points points = new Points(plane, 1).stream("u_yx", 4.0);
        assertEquals(0.0, plane.parse("u_xy - u_yx").compile().evaluate(points.columns())[0]);
        assertEquals(4.0, xy.compile().evaluate(points.columns())[0]);
    }

    @Test
    void derivativeIndexArithmetic() {
        Derivative mixed = Derivative.of(1, 0);
        assertEquals(2, mixed.order());
        assertEquals(0, mixed.coordinate(0));
        assertEquals(1, mixed.count(1));
        assertArrayEquals(new int[] { 0, 1 }, mixed.coordinates());
        assertEquals("d[0,1]", mixed.toString());
        assertEquals("xt", mixed.format(BURGERS));
        assertEquals(0, Derivative.VALUE.order());
        assertTrue(Derivative.VALUE.isValue());
        assertEquals("", Derivative.VALUE.format(BURGERS));
        assertEquals(Derivative.VALUE, Derivative.of());
        assertTrue(Derivative.of(1).compareTo(Derivative.of(0, 0)) < 0, "lower order sorts first");
        assertThrows(IllegalArgumentException.class, () -> Derivative.of(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Derivative.of(-1));
        assertEquals("u_xt", StreamKey.of(0, 1, 0).format(BURGERS));
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', value = {
            "u_x+u*u_y-Re*u_xx | u_x + u*u_y - Re*u_xx",
            "u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re | u*u_x + v*u_y + p_x - (u_xx + u_yy)/Re",
            "((u)) | u",
            "-x^2 | -x^2",
            "(-x)^2 | (-x)^2",
            "-(x^2) | -x^2",
            "(x^2)^3 | (x^2)^3",
            "x^(2^3) | x^2^3",
            "x^(-y) | x^-y",
            "x^(y*2) | x^(y*2)",
            "(x-y)-u | x - y - u",
            "x-(y-u) | x - (y - u)",
            "x-(y+u) | x - (y + u)",
            "x+(y+u) | x + (y + u)",
            "(x*y)/u | x*y/u",
            "x/(y*u) | x/(y*u)",
            "x*(y/u) | x*(y/u)",
            "-(x*y) | -(x*y)",
            "(-x)*y | -x*y",
            "x*(-y) | x*-y",
            "-(-x) | -(-x)",
            "x - -y | x - -y",
            "sin(  pi *x ) | sin(pi*x)",
            "1e-3*u + 2.0 + .5 | 0.001*u + 2 + 0.5",
            "1 - exp(lambda*x)*cos(2*pi*y) | 1 - exp(lambda*x)*cos(2*pi*y)",
            "u_yx | u_xy",
    })
    void formatsWithMinimalParenthesesAndRoundTrips(String source, String expected) {
        Expression expression = KOVASZNAY.parse(source);
        assertEquals(expected, expression.format());
        assertEquals(expected, expression.toString());
        assertEquals(expression, KOVASZNAY.parse(expression.format()), "format must parse back to the same tree");
    }

    @Test
    void differentTreesAreNotEqual() {
        assertNotEquals(KOVASZNAY.parse("x + (y + u)"), KOVASZNAY.parse("x + y + u"));
        assertNotEquals(KOVASZNAY.parse("u"), BURGERS.parse("u"), "different symbol tables");
        assertEquals(KOVASZNAY.parse("u_x"), KOVASZNAY.parse(" u_x "));
    }
}
