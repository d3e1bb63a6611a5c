package org.hyperlora.engine.tests.pde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamKey;
import org.hyperlora.engine.pde.SymbolTable;
import org.junit.jupiter.api.Test;

/** Vectorized evaluation and the reverse pass, checked against central finite differences. */
class CompiledExpressionTest {

    private static final SymbolTable BURGERS = ExpressionTest.BURGERS;
    private static final SymbolTable KOVASZNAY = ExpressionTest.KOVASZNAY;
    private static final SymbolTable PLANE = SymbolTable.builder()
            .coordinates("x", "y").fields("u", "v").parameters("nu").build();

    /** Every function, every operator, scalar and column exponents, constants, a coordinate and a parameter. */
    private static final String EVERY_FUNCTION = "sin(u)*cos(v_x) + exp(0.3*u_y)*nu - log(1 + u^2)"
            + " + sqrt(2 + tanh(u_xy)) + abs(v)^1.5 + u^3/(2 + v_x^2) + (1.5 + u_x^2)^(0.5*v)"
            + " - 2^u_yy*x + e^(u*pi/4) - -v/(u_x - 3) + nu/(3 + u^2) - (-u)*v_yy";

    private static final int POINTS = 6;
    private static final double MAX_RELATIVE_ERROR = 1e-6;

    @Test
    void burgersBackwardMatchesFiniteDifferences() {
        checkBackwardAgainstFiniteDifferences(BURGERS.parse(ExpressionTest.BURGERS_RESIDUAL), new double[] { 0.01 / Math.PI }, 1);
    }

    @Test
    void kovasznayMomentumBackwardMatchesFiniteDifferences() {
        checkBackwardAgainstFiniteDifferences(KOVASZNAY.parse(ExpressionTest.KOVASZNAY_MOMENTUM), new double[] { 20, -1.8 }, 2);
    }

    @Test
    void kovasznayContinuityBackwardMatchesFiniteDifferences() {
        checkBackwardAgainstFiniteDifferences(KOVASZNAY.parse("u_x + v_y"), new double[] { 20, -1.8 }, 3);
    }

    @Test
    void everyFunctionBackwardMatchesFiniteDifferences() {
        Expression expression = PLANE.parse(EVERY_FUNCTION);
        assertEquals(8, expression.streams().size());
        checkBackwardAgainstFiniteDifferences(expression, new double[] { 0.7 }, 4);
    }

    @Test
    void everyFunctionVectorizedEqualsPointByPointFormula() {
        Random random = new Random(5);
        Expression expression = PLANE.parse(EVERY_FUNCTION);
        Map<StreamKey, double[]> streams = randomStreams(expression, random);
        double[][] coordinates = randomCoordinates(PLANE, random);
        double nu = 0.7;
        double[] residual = expression.compile().evaluate(PointColumns.of(POINTS, streams, coordinates, new double[] { nu }));
        for (int k = 0; k < POINTS; k++) {
            double u = streams.get(StreamKey.value(0))[k];
            double v = streams.get(StreamKey.value(1))[k];
            double ux = streams.get(StreamKey.of(0, 0))[k];
            double uy = streams.get(StreamKey.of(0, 1))[k];
            double uxy = streams.get(StreamKey.of(0, 0, 1))[k];
            double uyy = streams.get(StreamKey.of(0, 1, 1))[k];
            double vx = streams.get(StreamKey.of(1, 0))[k];
            double vyy = streams.get(StreamKey.of(1, 1, 1))[k];
            double x = coordinates[0][k];
            double expected = Math.sin(u) * Math.cos(vx) + Math.exp(0.3 * uy) * nu - Math.log(1 + u * u)
                    + Math.sqrt(2 + Math.tanh(uxy)) + Math.pow(Math.abs(v), 1.5) + u * u * u / (2 + vx * vx)
                    + Math.pow(1.5 + ux * ux, 0.5 * v) - Math.pow(2, uyy) * x + Math.pow(Math.E, u * Math.PI / 4)
                    + v / (ux - 3) + nu / (3 + u * u) + u * vyy;
            assertEquals(expected, residual[k], 1e-13 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void evaluatingTwiceWithDifferentInputsUsesTheNewInputs() {
        CompiledExpression burgers = BURGERS.parse(ExpressionTest.BURGERS_RESIDUAL).compile();
        Points first = new Points(BURGERS, 2).stream("u", 1, 2).stream("u_x", 3, 4).stream("u_t", 5, 6)
                .stream("u_xx", 7, 8).parameter("nu", 0.5);
        assertArrayEquals(new double[] { 5 + 3 - 3.5, 6 + 8 - 4 }, burgers.evaluate(first.columns()).clone(), 1e-15);
        Points second = new Points(BURGERS, 3).stream("u", 1, 0, -1).stream("u_x", 1, 1, 1).stream("u_t", 0, 0, 0)
                .stream("u_xx", 2, 2, 2).parameter("nu", 1);
        assertArrayEquals(new double[] { -1, -2, -3 }, burgers.evaluate(second.columns()), 1e-15);
        assertArrayEquals(new double[] { 5 + 3 - 3.5, 6 + 8 - 4 }, burgers.evaluate(first.columns()), 1e-15);
    }

    @Test
    void backwardAddsToWhatTheCallerHolds() {
        CompiledExpression burgers = BURGERS.parse(ExpressionTest.BURGERS_RESIDUAL).compile();
        Points points = new Points(BURGERS, 2).stream("u", 1, 2).stream("u_x", 3, 4).stream("u_t", 5, 6)
                .stream("u_xx", 7, 8).parameter("nu", 0.5);
        burgers.evaluate(points.columns());
        Map<StreamKey, double[]> adjoints = new HashMap<>();
        for (StreamKey key : burgers.expression().streams()) {
            adjoints.put(key, new double[] { 10, 20 });
        }
        burgers.backward(points.columns(), new double[] { 1, -2 }, adjoints::get);
        // dr/du = u_x, dr/du_x = u, dr/du_t = 1, dr/du_xx = -nu; times the adjoint, plus what was there.
        assertArrayEquals(new double[] { 10 + 3, 20 - 2 * 4 }, adjoints.get(points.key("u")), 1e-15);
        assertArrayEquals(new double[] { 10 + 1, 20 - 2 * 2 }, adjoints.get(points.key("u_x")), 1e-15);
        assertArrayEquals(new double[] { 10 + 1, 20 - 2 }, adjoints.get(points.key("u_t")), 1e-15);
        assertArrayEquals(new double[] { 10 - 0.5, 20 + 1 }, adjoints.get(points.key("u_xx")), 1e-15);
    }

    @Test
    void repeatedStreamAccumulatesEveryOccurrence() {
        SymbolTable line = SymbolTable.builder().coordinates("x").fields("u").build();
        CompiledExpression square = line.parse("u*u + 3*u").compile();
        Points points = new Points(line, 2).stream("u", 2, -1);
        assertArrayEquals(new double[] { 10, -2 }, square.evaluate(points.columns()), 0);
        double[] du = new double[2];
        square.backward(points.columns(), new double[] { 1, 1 }, key -> du);
        assertArrayEquals(new double[] { 2 * 2 + 3, 2 * -1 + 3 }, du, 0);
    }

    @Test
    void singleStreamResidualReturnsACopyAndPassesTheAdjointThrough() {
        CompiledExpression continuity = KOVASZNAY.parse("u_x").compile();
        Points points = new Points(KOVASZNAY, 3).stream("u_x", 1, 2, 3);
        double[] residual = continuity.evaluate(points.columns());
        assertArrayEquals(new double[] { 1, 2, 3 }, residual, 0);
        residual[0] = 99;
        assertEquals(1, points.streams().get(points.key("u_x"))[0], "the input column must not be aliased");
        double[] adjoint = { 0.5, 0.5, 0.5 };
        continuity.backward(points.columns(), new double[] { 1, 2, 3 }, key -> adjoint);
        assertArrayEquals(new double[] { 1.5, 2.5, 3.5 }, adjoint, 0);
    }

    @Test
    void parameterOnlySubexpressionsAreScalarsAndConstantsFold() {
        CompiledExpression scaled = BURGERS.parse("u*(2*pi)/nu + sin(nu) + x").compile();
        Points points = new Points(BURGERS, 2).stream("u", 1, 2).coordinate("x", 10, 20).parameter("nu", 0.5);
        assertArrayEquals(new double[] { 4 * Math.PI + Math.sin(0.5) + 10, 8 * Math.PI + Math.sin(0.5) + 20 },
                scaled.evaluate(points.columns()), 1e-13);
        double[] du = new double[2];
        scaled.backward(points.columns(), new double[] { 1, 1 }, key -> du);
        assertArrayEquals(new double[] { 4 * Math.PI, 4 * Math.PI }, du, 1e-13);
    }

    @Test
    void pointIndependentExpressionFillsEveryPoint() {
        CompiledExpression constant = BURGERS.parse("2*pi + nu").compile();
        double[] values = constant.evaluate(PointColumns.ofCoordinates(3, new double[0][], new double[] { 1 }));
        assertArrayEquals(new double[] { 2 * Math.PI + 1, 2 * Math.PI + 1, 2 * Math.PI + 1 }, values, 0);
        assertEquals(2 * Math.PI + 1, constant.evaluateAt(new double[0], new double[] { 1 }), 0);
    }

    @Test
    void misuseIsReportedClearly() {
        CompiledExpression burgers = BURGERS.parse(ExpressionTest.BURGERS_RESIDUAL).compile();
        Points points = new Points(BURGERS, 2).stream("u", 1, 2).stream("u_x", 3, 4).stream("u_t", 5, 6)
                .stream("u_xx", 7, 8);
        IllegalStateException early = assertThrows(IllegalStateException.class,
                () -> burgers.backward(points.columns(), new double[2], key -> new double[2]));
        assertTrue(early.getMessage().contains("preceding evaluate"), early.getMessage());

        IllegalStateException fieldFree = assertThrows(IllegalStateException.class,
                () -> burgers.evaluateAt(new double[2], new double[1]));
        assertTrue(fieldFree.getMessage().contains("[u, u_x, u_t, u_xx]"), fieldFree.getMessage());

        Map<StreamKey, double[]> missing = new HashMap<>(points.streams());
        missing.remove(points.key("u_t"));
        IllegalArgumentException noColumn = assertThrows(IllegalArgumentException.class,
                () -> burgers.evaluate(PointColumns.of(2, missing, new double[2][2], new double[1])));
        assertTrue(noColumn.getMessage().contains("no column for stream"), noColumn.getMessage());

        Map<StreamKey, double[]> shortColumn = new HashMap<>(points.streams());
        shortColumn.put(points.key("u_t"), new double[1]);
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> burgers.evaluate(PointColumns.of(2, shortColumn, new double[2][2], new double[1])));
        assertEquals("stream u_t has length 1 but there are 2 points", wrongLength.getMessage());
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * Evaluates L = sum_k w_k r_k for random weights w, runs backward with adjoint w, and compares
     * dL/d(stream[k]) for every stream and point with a central difference of L.
     */
    private static void checkBackwardAgainstFiniteDifferences(Expression expression, double[] parameters, long seed) {
        Random random = new Random(seed);
        SymbolTable symbols = expression.symbols();
        Map<StreamKey, double[]> streams = randomStreams(expression, random);
        double[][] coordinates = randomCoordinates(symbols, random);
        PointColumns columns = PointColumns.of(POINTS, streams, coordinates, parameters);
        double[] weights = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            weights[k] = 0.5 + random.nextDouble();
        }
        CompiledExpression compiled = expression.compile();
        compiled.evaluate(columns);
        Map<StreamKey, double[]> adjoints = new HashMap<>();
        for (StreamKey key : expression.streams()) {
            adjoints.put(key, new double[POINTS]);
        }
        compiled.backward(columns, weights, adjoints::get);

        for (StreamKey key : expression.streams()) {
            double[] column = streams.get(key);
            for (int k = 0; k < POINTS; k++) {
                double original = column[k];
                double step = 1e-5 * Math.max(1, Math.abs(original));
                column[k] = original + step;
                double plus = weightedSum(compiled.evaluate(columns), weights);
                column[k] = original - step;
                double minus = weightedSum(compiled.evaluate(columns), weights);
                column[k] = original;
                double finiteDifference = (plus - minus) / (2 * step);
                double analytic = adjoints.get(key)[k];
                double relativeError = Math.abs(finiteDifference - analytic)
                        / Math.max(Math.max(Math.abs(finiteDifference), Math.abs(analytic)), 1e-3);
                assertTrue(relativeError < MAX_RELATIVE_ERROR, () -> key.format(symbols) + "[" + original + "]: analytic "
                        + analytic + ", finite difference " + finiteDifference + ", relative error " + relativeError);
            }
        }
    }

    private static double weightedSum(double[] values, double[] weights) {
        double sum = 0;
        for (int k = 0; k < values.length; k++) {
            sum += weights[k] * values[k];
        }
        return sum;
    }

    /** Values of magnitude 0.3 to 1.2 with random sign, away from the kink of abs and the poles of the test expressions. */
    private static Map<StreamKey, double[]> randomStreams(Expression expression, Random random) {
        Map<StreamKey, double[]> streams = new HashMap<>();
        for (StreamKey key : expression.streams()) {
            double[] column = new double[POINTS];
            for (int k = 0; k < POINTS; k++) {
                column[k] = (0.3 + 0.9 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            }
            streams.put(key, column);
        }
        return streams;
    }

    private static double[][] randomCoordinates(SymbolTable symbols, Random random) {
        double[][] coordinates = new double[symbols.coordinates().size()][POINTS];
        for (double[] column : coordinates) {
            for (int k = 0; k < POINTS; k++) {
                column[k] = 2 * random.nextDouble() - 1;
            }
        }
        return coordinates;
    }
}
