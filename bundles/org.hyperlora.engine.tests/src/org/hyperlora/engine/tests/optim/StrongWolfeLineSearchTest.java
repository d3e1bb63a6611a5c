package org.hyperlora.engine.tests.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlora.engine.optim.DifferentiableObjective;
import org.hyperlora.engine.optim.StrongWolfeLineSearch;
import org.hyperlora.engine.optim.StrongWolfeLineSearch.Result;
import org.hyperlora.engine.optim.StrongWolfeLineSearch.Status;
import org.junit.jupiter.api.Test;

class StrongWolfeLineSearchTest {

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final double[] INITIAL_STEPS = { 1e-8, 1e-4, 0.01, 1, 10, 1e4 };

    @Test
    void rosenbrockStepsSatisfyStrongWolfeFromEveryStartAndInitialStep() {
        double[][] starts = { { -1.2, 1 }, { 0, 0 }, { 2, 2 }, { 1.5, -0.5 }, { -0.3, 0.9 } };
        int searches = 0;
        for (double[] start : starts) {
            double[] gradient = new double[2];
            double value = TestObjectives.rosenbrock(start, gradient);
            double[] steepest = { -gradient[0], -gradient[1] };
            double[] newtonLike = { -gradient[0] / 1000, -gradient[1] / 200 };
            for (double[] direction : new double[][] { steepest, newtonLike }) {
                for (double initialStep : INITIAL_STEPS) {
                    assertStrongWolfe(TestObjectives::rosenbrock, start, value, gradient, direction, initialStep);
                    searches++;
                }
            }
        }
        assertEquals(60, searches);
    }

    @Test
    void quadraticStepsSatisfyStrongWolfeAndTightC2FindsExactMinimum() {
        int n = 30;
        double[] eigenvalues = new double[n];
        for (int i = 0; i < n; i++) {
            eigenvalues[i] = 1 + i * i;
        }
        TestObjectives.Quadratic quadratic = new TestObjectives.Quadratic(eigenvalues, 7);
        double[] start = new double[n];
        double[] gradient = new double[n];
        double value = quadratic.valueAndGradient(start, gradient);
        double[] direction = new double[n];
        for (int i = 0; i < n; i++) {
            direction[i] = -gradient[i];
        }
        for (double initialStep : INITIAL_STEPS) {
            assertStrongWolfe(quadratic, start, value, gradient, direction, initialStep);
        }

        // With c2 tiny, the step must be the exact line minimizer g'g / g'Ag (derivative ~ 0).
        StrongWolfeLineSearch exact = new StrongWolfeLineSearch(n, 1e-7, 1e-6, 50, 1e20);
        Result result = exact.search(quadratic, start, value, gradient, direction, 1, 50);
        double gg = 0;
        double gAg = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += quadratic.matrix[i][j] * gradient[j];
            }
            gg += gradient[i] * gradient[i];
            gAg += gradient[i] * row;
        }
        assertTrue(result.satisfied(), result.toString());
        assertEquals(gg / gAg, result.step(), 1e-6 * gg / gAg);
    }

    @Test
    void backtracksOutOfNaNRegion() {
        // (x - 1.5)^2 for x <= 2, NaN beyond: initial steps overshoot into NaN by up to 10^4.
        DifferentiableObjective partial = (p, g) -> {
            g[0] = 2 * (p[0] - 1.5);
            return p[0] > 2 ? Double.NaN : (p[0] - 1.5) * (p[0] - 1.5);
        };
        double[] start = { 0 };
        double[] gradient = new double[1];
        double value = partial.valueAndGradient(start, gradient);
        for (double initialStep : new double[] { 2.5, 10, 1e4 }) {
            Result result = assertStrongWolfe(partial, start, value, gradient, new double[] { 1 }, initialStep);
            assertTrue(result.step() <= 2, "step " + result.step());
        }
    }

    @Test
    void ascentDirectionIsRejectedWithoutEvaluating() {
        int[] evaluations = { 0 };
        DifferentiableObjective counting = (p, g) -> {
            evaluations[0]++;
            return TestObjectives.rosenbrock(p, g);
        };
        double[] start = { -1.2, 1 };
        double[] gradient = new double[2];
        double value = TestObjectives.rosenbrock(start, gradient);
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(2, C1, C2, 20, 1e20);
        Result result = search.search(counting, start, value, gradient, gradient.clone(), 1, 20);
        assertEquals(Status.NOT_DESCENT_DIRECTION, result.status());
        assertEquals(0, evaluations[0]);
        assertEquals(0, result.evaluations());
    }

    @Test
    void unboundedDescentEndsAtEvaluationLimitReportingLowestPoint() {
        DifferentiableObjective linear = (p, g) -> {
            g[0] = -1;
            return -p[0];
        };
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(1, C1, C2, 6, 1e20);
        double[] start = { 0 };
        Result result = search.search(linear, start, 0, new double[] { -1 }, new double[] { 1 }, 1, 100);
        assertFalse(result.satisfied());
        assertEquals(Status.EVALUATION_LIMIT, result.status());
        assertEquals(6, result.evaluations());
        assertTrue(result.lowestStep() >= 1 << 5, "extrapolation must at least double: " + result.lowestStep());
        assertEquals(-result.lowestStep(), result.lowestValue(), 0);
        assertArrayEquals(new double[] { -1 }, search.lowestGradient(), 0);
        assertArrayEquals(new double[] { 0 }, start, 0, "start must not be modified");
    }

    /** Runs one search with c1 = 1e-4, c2 = 0.9 and checks the step by evaluating there independently. */
    private static Result assertStrongWolfe(DifferentiableObjective objective, double[] start, double value,
            double[] gradient, double[] direction, double initialStep) {
        int n = start.length;
        double[] startCopy = start.clone();
        StrongWolfeLineSearch search = new StrongWolfeLineSearch(n, C1, C2, 40, 1e20);
        Result result = search.search(objective, start, value, gradient, direction, initialStep, 40);
        String context = "start " + java.util.Arrays.toString(start) + ", initial step " + initialStep + ": "
                + result;
        assertTrue(result.satisfied(), context);
        assertArrayEquals(startCopy, start, 0, "start must not be modified");

        double[] point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = start[i] + result.step() * direction[i];
        }
        double[] pointGradient = new double[n];
        double pointValue = objective.valueAndGradient(point, pointGradient);
        double initialDerivative = dot(gradient, direction);
        double derivative = dot(pointGradient, direction);
        assertTrue(initialDerivative < 0);
        assertEquals(pointValue, result.value(), 0, context);
        assertEquals(derivative, result.derivative(), 0, context);
        assertArrayEquals(point, search.acceptedPoint(), 0, context);
        assertArrayEquals(pointGradient, search.acceptedGradient(), 0, context);
        assertTrue(pointValue <= value + C1 * result.step() * initialDerivative, "sufficient decrease, " + context);
        assertTrue(Math.abs(derivative) <= C2 * Math.abs(initialDerivative), "curvature, " + context);
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
