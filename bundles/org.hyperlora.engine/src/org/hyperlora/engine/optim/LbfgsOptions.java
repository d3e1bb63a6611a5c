package org.hyperlora.engine.optim;

/**
 * Settings of {@link Lbfgs}. Start from {@link #defaults()} and change what you need with the
 * {@code with...} methods; every constructor call validates.
 *
 * @param historySize               correction pairs (s, y) kept, m. Default 20: Nocedal &amp; Wright
 *                                  report 3 to 20 usually suffice, and PINN losses are ill-conditioned
 *                                  enough to profit from the upper end; PyTorch's default of 100 (also
 *                                  used by DeepXDE) costs 2 m n doubles, i.e. 160 MB at n = 1e5, whereas
 *                                  20 costs 32 MB
 * @param maxIterations             iteration limit, {@code >= 0}. Default 1000
 * @param maxEvaluations            objective evaluation limit including the start, {@code >= 1}.
 *                                  Default 2000 (L-BFGS typically needs little more than one per
 *                                  iteration)
 * @param gradientTolerance         stop when max |g_i| is at most this, {@code >= 0}. The max norm does
 *                                  not grow with the parameter count as the 2-norm does (SciPy and
 *                                  PyTorch test it too). Default 1e-8
 * @param relativeFunctionTolerance stop when an iteration changes f by at most this times
 *                                  max(|f_old|, |f_new|), {@code >= 0}; 0 stops only when f does not
 *                                  change at all. Purely relative (no absolute floor) because PINN losses
 *                                  legitimately go far below 1. Default 1e-12
 * @param curvatureTolerance        skip storing a pair when s'y &lt;= this * ||s|| ||y||, in [0, 1).
 *                                  Default 1e-10; see {@link Lbfgs} for why
 * @param sufficientDecrease        c1 of the Wolfe conditions. Default 1e-4
 * @param curvatureCondition        c2 of the Wolfe conditions, {@code c1 < c2 < 1}. Default 0.9, the usual
 *                                  choice for quasi-Newton methods (a loose line search; the step 1 is
 *                                  accepted most of the time)
 * @param maxLineSearchEvaluations  evaluations per line search, {@code >= 1}. Default 25
 */
public record LbfgsOptions(int historySize, int maxIterations, int maxEvaluations, double gradientTolerance,
        double relativeFunctionTolerance, double curvatureTolerance, double sufficientDecrease,
        double curvatureCondition, int maxLineSearchEvaluations) {

    /** Validates every setting. */
    public LbfgsOptions {
        if (historySize < 1) {
            throw new IllegalArgumentException("historySize must be >= 1, got " + historySize);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be >= 0, got " + maxIterations);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        requireNonNegativeFinite("gradientTolerance", gradientTolerance);
        requireNonNegativeFinite("relativeFunctionTolerance", relativeFunctionTolerance);
        if (!(curvatureTolerance >= 0 && curvatureTolerance < 1)) {
            throw new IllegalArgumentException("curvatureTolerance must lie in [0, 1), got " + curvatureTolerance);
        }
        if (!(sufficientDecrease > 0 && sufficientDecrease < curvatureCondition && curvatureCondition < 1)) {
            throw new IllegalArgumentException("need 0 < sufficientDecrease < curvatureCondition < 1, got "
                    + sufficientDecrease + " and " + curvatureCondition);
        }
        if (maxLineSearchEvaluations < 1) {
            throw new IllegalArgumentException(
                    "maxLineSearchEvaluations must be >= 1, got " + maxLineSearchEvaluations);
        }
    }

    /** The documented defaults. */
    /**
     * L-BFGS that runs its iterations rather than stopping at the default tolerances: PINN losses keep falling
     * slowly long after the gradient is small (history 50, tolerances at round-off, two evaluations per iteration).
     */
    public static LbfgsOptions forIterations(int iterations) {
        return defaults().withMaxIterations(iterations).withMaxEvaluations(2 * iterations).withHistorySize(50)
                .withGradientTolerance(1e-12).withRelativeFunctionTolerance(1e-16);
    }

    public static LbfgsOptions defaults() {
        return new LbfgsOptions(20, 1000, 2000, 1e-8, 1e-12, 1e-10, 1e-4, 0.9, 25);
    }

    public LbfgsOptions withHistorySize(int value) {
        return new LbfgsOptions(value, maxIterations, maxEvaluations, gradientTolerance, relativeFunctionTolerance,
                curvatureTolerance, sufficientDecrease, curvatureCondition, maxLineSearchEvaluations);
    }

    public LbfgsOptions withMaxIterations(int value) {
        return new LbfgsOptions(historySize, value, maxEvaluations, gradientTolerance, relativeFunctionTolerance,
                curvatureTolerance, sufficientDecrease, curvatureCondition, maxLineSearchEvaluations);
    }

    public LbfgsOptions withMaxEvaluations(int value) {
        return new LbfgsOptions(historySize, maxIterations, value, gradientTolerance, relativeFunctionTolerance,
                curvatureTolerance, sufficientDecrease, curvatureCondition, maxLineSearchEvaluations);
    }

    public LbfgsOptions withGradientTolerance(double value) {
        return new LbfgsOptions(historySize, maxIterations, maxEvaluations, value, relativeFunctionTolerance,
                curvatureTolerance, sufficientDecrease, curvatureCondition, maxLineSearchEvaluations);
    }

    public LbfgsOptions withRelativeFunctionTolerance(double value) {
        return new LbfgsOptions(historySize, maxIterations, maxEvaluations, gradientTolerance, value,
                curvatureTolerance, sufficientDecrease, curvatureCondition, maxLineSearchEvaluations);
    }

    public LbfgsOptions withCurvatureTolerance(double value) {
        return new LbfgsOptions(historySize, maxIterations, maxEvaluations, gradientTolerance,
                relativeFunctionTolerance, value, sufficientDecrease, curvatureCondition, maxLineSearchEvaluations);
    }

    /** Sets c1 and c2 together, since each bounds the other. */
    public LbfgsOptions withWolfeConstants(double c1, double c2) {
        return new LbfgsOptions(historySize, maxIterations, maxEvaluations, gradientTolerance,
                relativeFunctionTolerance, curvatureTolerance, c1, c2, maxLineSearchEvaluations);
    }

    public LbfgsOptions withMaxLineSearchEvaluations(int value) {
        return new LbfgsOptions(historySize, maxIterations, maxEvaluations, gradientTolerance,
                relativeFunctionTolerance, curvatureTolerance, sufficientDecrease, curvatureCondition, value);
    }

    private static void requireNonNegativeFinite(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }
}
