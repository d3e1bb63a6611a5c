package org.hyperlora.engine.tests.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hyperlora.engine.optim.DifferentiableObjective;
import org.hyperlora.engine.optim.Lbfgs;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LbfgsResult;
import org.hyperlora.engine.optim.LbfgsTermination;
import org.junit.jupiter.api.Test;

class LbfgsTest {

    /** Tolerances tight enough that only the gradient test (or numerical failure) can end a run. */
    private static final LbfgsOptions PRECISE = LbfgsOptions.defaults().withGradientTolerance(1e-10)
            .withRelativeFunctionTolerance(0);

    /**
     * With full memory (m = n) and a near-exact line search, L-BFGS on a quadratic behaves like conjugate
     * gradients and finishes in about n iterations despite the condition number. With the loose default
     * c2 = 0.9 the conjugacy is lost: see {@link #illConditionedQuadraticWithDefaultsConvergesSlowly()}.
     */
    @Test
    void illConditionedQuadraticIn50DimensionsReachesExactMinimizer() {
        int n = 50;
        TestObjectives.Quadratic quadratic = illConditionedQuadratic(n);
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(quadratic);
        double[] x = new double[n];

        LbfgsResult result = Lbfgs.minimize(recorder, x,
                PRECISE.withGradientTolerance(1e-11).withHistorySize(n).withWolfeConstants(1e-4, 0.01));

        System.out.println("quadratic n=50 cond=1e4, m=50, c2=0.01: " + result);
        assertEquals(LbfgsTermination.GRADIENT_TOLERANCE, result.termination(), result.detail());
        assertArrayEquals(quadratic.minimizer, x, 1e-8);
        assertTrue(result.iterations() <= 3 * n / 2, "iterations " + result.iterations() + ", 3n = " + 3 * n);
        assertEquals(recorder.evaluations, result.evaluations());
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    /**
     * Characterizes the defaults (m = 20, c2 = 0.9) on the same problem: they reach the minimizer to 1e-8,
     * but only after several hundred iterations, as SciPy's L-BFGS-B with m = 20 does (about 1000
     * iterations to a gradient of 1e-11 on this spectrum). A regression that slows this down shows here.
     */
    @Test
    void illConditionedQuadraticWithDefaultsConvergesSlowly() {
        int n = 50;
        TestObjectives.Quadratic quadratic = illConditionedQuadratic(n);
        double[] x = new double[n];

        LbfgsResult result = Lbfgs.minimize(quadratic, x, LbfgsOptions.defaults());

        System.out.println("quadratic n=50 cond=1e4, defaults: " + result);
        assertEquals(LbfgsTermination.GRADIENT_TOLERANCE, result.termination(), result.detail());
        assertArrayEquals(quadratic.minimizer, x, 1e-8);
        assertTrue(result.iterations() < 1000, "iterations " + result.iterations());
    }

    private static TestObjectives.Quadratic illConditionedQuadratic(int n) {
        double[] eigenvalues = new double[n];
        for (int i = 0; i < n; i++) {
            eigenvalues[i] = Math.pow(10, 4.0 * i / (n - 1)); // condition number 1e4
        }
        return new TestObjectives.Quadratic(eigenvalues, 42);
    }

    @Test
    void rosenbrockFromClassicStartReachesOneOne() {
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(TestObjectives::rosenbrock);
        double[] x = { -1.2, 1 };

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE);

        System.out.println("Rosenbrock 2-D: " + result);
        assertTrue(result.termination().converged(), result.detail());
        assertArrayEquals(new double[] { 1, 1 }, x, 1e-6);
        assertTrue(result.iterations() < 100, "iterations " + result.iterations());
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    @Test
    void extendedRosenbrockIn10DimensionsReachesAllOnes() {
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(TestObjectives::extendedRosenbrock);
        double[] x = new double[10];
        for (int i = 0; i < x.length; i += 2) {
            x[i] = -1.2;
            x[i + 1] = 1;
        }

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE);

        System.out.println("extended Rosenbrock 10-D: " + result);
        assertTrue(result.termination().converged(), result.detail());
        double[] ones = new double[10];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, x, 1e-6);
        assertTrue(result.iterations() < 200, "iterations " + result.iterations());
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    @Test
    void smallHistoryStillConverges() {
        double[] x = { -1.2, 1 };
        LbfgsResult result = Lbfgs.minimize(TestObjectives::rosenbrock, x, PRECISE.withHistorySize(1));
        System.out.println("Rosenbrock 2-D, m=1: " + result);
        assertTrue(result.termination().converged(), result.detail());
        assertArrayEquals(new double[] { 1, 1 }, x, 1e-6);
    }

    @Test
    void cancellationStopsAtTheBestPointSoFar() {
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(TestObjectives::rosenbrock);
        double[] x = { -1.2, 1 };
        int[] calls = { 0 };
        double[] reportedValue = { Double.NaN };

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE, (iteration, value, gradientNorm, evaluations) -> {
            calls[0]++;
            assertEquals(calls[0], iteration);
            assertEquals(recorder.evaluations, evaluations);
            reportedValue[0] = value;
            return iteration < 5;
        });

        assertEquals(LbfgsTermination.CANCELLED, result.termination());
        assertEquals(5, result.iterations());
        assertEquals(5, calls[0]);
        assertTrue(result.value() < 24.2, "must have gone downhill from f(-1.2, 1) = 24.2");
        assertTrue(result.value() <= reportedValue[0]);
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    @Test
    void backtracksFromRegionWhereObjectiveIsNaN() {
        // (x - 1.9)^2, undefined beyond 2. From 1.2 the first trial step has unit length and lands on 2.2.
        DifferentiableObjective partial = (p, g) -> {
            g[0] = 2 * (p[0] - 1.9);
            return p[0] > 2 ? Double.NaN : (p[0] - 1.9) * (p[0] - 1.9);
        };
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(partial);
        double[] x = { 1.2 };

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE);

        System.out.println("NaN beyond x=2: " + result + ", non-finite evaluations " + recorder.nonFiniteEvaluations);
        assertTrue(recorder.nonFiniteEvaluations > 0, "the test must actually hit the NaN region");
        assertTrue(result.termination().converged(), result.detail());
        assertEquals(1.9, x[0], 1e-9);
        assertTrue(Double.isFinite(result.value()));
    }

    @Test
    void backtracksFromInfinityInManyDimensions() {
        // A quadratic bowl with its minimum at 0.98, just inside walls at |x_i| = 1 beyond which it is +infinity:
        // quasi-Newton steps overshoot into the wall and must be pulled back (Inf instead of NaN this time).
        int n = 20;
        DifferentiableObjective walled = (p, g) -> {
            double f = 0;
            boolean outside = false;
            for (int i = 0; i < p.length; i++) {
                double d = p[i] - 0.98;
                g[i] = 2 * (i + 1) * d;
                f += (i + 1) * d * d;
                outside |= Math.abs(p[i]) > 1;
            }
            return outside ? Double.POSITIVE_INFINITY : f;
        };
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(walled);
        double[] x = new double[n];
        Arrays.fill(x, -0.9);

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE);

        double[] expected = new double[n];
        Arrays.fill(expected, 0.98);
        System.out.println("Inf outside the unit box: " + result + ", non-finite evaluations "
                + recorder.nonFiniteEvaluations);
        assertTrue(recorder.nonFiniteEvaluations > 0, "the test must actually hit the wall");
        assertTrue(result.termination().converged(), result.detail());
        assertArrayEquals(expected, x, 1e-9);
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    @Test
    void failedLineSearchRestoresBestPointAndSaysWhy() {
        // f = -x keeps falling up to x = 2 and is NaN beyond: no step can satisfy the curvature condition,
        // so the run must end on the best point it has seen, just below 2, with a line-search failure.
        DifferentiableObjective cliff = (p, g) -> {
            g[0] = -1;
            return p[0] > 2 ? Double.NaN : -p[0];
        };
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(cliff);
        double[] x = { 0 };

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE.withMaxEvaluations(100_000));

        System.out.println("cliff: " + result);
        assertEquals(LbfgsTermination.LINE_SEARCH_FAILED, result.termination(), result.detail());
        assertTrue(x[0] <= 2 && x[0] > 2 - 1e-6, "x = " + x[0]);
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    @Test
    void endsOnRejectedTrialWhenItIsLowerThanTheFinalIterate() {
        // phi(x) = -x + a x^2 + b x^3 has a local minimum at 0.3 (phi = -0.126) and phi(1) = -0.3. The first
        // trial x = 1 fails sufficient decrease with c1 = 0.35 yet is the lower point; zoom then accepts the
        // local minimum, where the gradient test stops the run. The run must still end on x = 1.
        double b = -0.58 / 0.33;
        double a = 0.7 - b;
        DifferentiableObjective cubic = (p, g) -> {
            double x = p[0];
            g[0] = -1 + 2 * a * x + 3 * b * x * x;
            return -x + a * x * x + b * x * x * x;
        };
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(cubic);
        double[] x = { 0 };

        LbfgsResult result = Lbfgs.minimize(recorder, x, PRECISE.withWolfeConstants(0.35, 0.9));

        System.out.println("lower rejected trial: " + result);
        assertEquals(LbfgsTermination.GRADIENT_TOLERANCE, result.termination(), result.detail());
        assertEquals(1, x[0], 0);
        assertEquals(-0.3, result.value(), 1e-12);
        assertEquals(Math.abs(-1 + 2 * a + 3 * b), result.gradientNorm(), 1e-12);
        assertTrue(result.detail().contains("rejected line-search trial"), result.detail());
        assertEndsOnLowestEvaluatedPoint(recorder, x, result);
    }

    @Test
    void nonFiniteStartStopsWithoutTouchingParameters() {
        double[] x = { 3, 4 };
        LbfgsResult nanValue = Lbfgs.minimize((p, g) -> {
            g[0] = 1;
            g[1] = 1;
            return Double.NaN;
        }, x, PRECISE);
        assertEquals(LbfgsTermination.NON_FINITE_START, nanValue.termination());
        assertEquals(1, nanValue.evaluations());
        assertArrayEquals(new double[] { 3, 4 }, x, 0);

        LbfgsResult infiniteGradient = Lbfgs.minimize((p, g) -> {
            g[0] = 1;
            g[1] = Double.NEGATIVE_INFINITY;
            return 1;
        }, x, PRECISE);
        assertEquals(LbfgsTermination.NON_FINITE_START, infiniteGradient.termination());
        assertTrue(infiniteGradient.detail().contains("gradient[1]"), infiniteGradient.detail());
        assertArrayEquals(new double[] { 3, 4 }, x, 0);
    }

    @Test
    void limitsAreHonoured() {
        double[] x = { -1.2, 1 };
        LbfgsResult byIterations = Lbfgs.minimize(TestObjectives::rosenbrock, x, PRECISE.withMaxIterations(3));
        assertEquals(LbfgsTermination.MAX_ITERATIONS, byIterations.termination());
        assertEquals(3, byIterations.iterations());

        x = new double[] { -1.2, 1 };
        TestObjectives.Recorder recorder = new TestObjectives.Recorder(TestObjectives::rosenbrock);
        LbfgsResult byEvaluations = Lbfgs.minimize(recorder, x, PRECISE.withMaxEvaluations(7));
        assertEquals(LbfgsTermination.MAX_EVALUATIONS, byEvaluations.termination());
        assertEquals(7, recorder.evaluations);
        assertEquals(7, byEvaluations.evaluations());
        assertEndsOnLowestEvaluatedPoint(recorder, x, byEvaluations);
    }

    @Test
    void relativeFunctionToleranceStopsEarly() {
        double[] x = { -1.2, 1 };
        LbfgsResult result = Lbfgs.minimize(TestObjectives::rosenbrock, x,
                LbfgsOptions.defaults().withGradientTolerance(0).withRelativeFunctionTolerance(1e-2));
        assertEquals(LbfgsTermination.FUNCTION_TOLERANCE, result.termination());
        assertTrue(result.detail().contains("relative tolerance"));
    }

    @Test
    void startingAtTheMinimumTakesNoIteration() {
        double[] x = { 1, 1 };
        LbfgsResult result = Lbfgs.minimize(TestObjectives::rosenbrock, x, PRECISE);
        assertEquals(LbfgsTermination.GRADIENT_TOLERANCE, result.termination());
        assertEquals(0, result.iterations());
        assertEquals(1, result.evaluations());
    }

    @Test
    void optionsRejectNonsense() {
        LbfgsOptions defaults = LbfgsOptions.defaults();
        assertEquals(20, defaults.historySize());
        assertEquals(1e-4, defaults.sufficientDecrease());
        assertEquals(0.9, defaults.curvatureCondition());
        assertThrows(IllegalArgumentException.class, () -> defaults.withHistorySize(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxEvaluations(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withGradientTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> defaults.withWolfeConstants(0.5, 0.4));
        assertThrows(IllegalArgumentException.class, () -> defaults.withWolfeConstants(1e-4, 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withCurvatureTolerance(1));
    }

    /** The returned point is the lowest evaluated one, and the result describes exactly that point. */
    private static void assertEndsOnLowestEvaluatedPoint(TestObjectives.Recorder recorder, double[] x,
            LbfgsResult result) {
        assertArrayEquals(recorder.lowestPoint, x, 0, "parameters must be the lowest point evaluated");
        assertEquals(recorder.lowestValue, result.value(), 0);
    }
}
