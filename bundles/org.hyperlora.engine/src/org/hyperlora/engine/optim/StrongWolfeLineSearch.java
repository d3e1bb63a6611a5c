package org.hyperlora.engine.optim;

import java.util.Objects;

/**
 * Line search for a step length satisfying the strong Wolfe conditions, following Nocedal &amp; Wright,
 * <i>Numerical Optimization</i> (2nd ed.), Algorithm 3.5 (bracketing) and Algorithm 3.6 (zoom), with
 * safeguarded cubic interpolation (eq. 3.59) both to extrapolate and to zoom. With
 * {@code phi(a) = f(x + a p)}, an accepted step {@code a} satisfies
 * <pre>
 * phi(a) &lt;= phi(0) + c1 a phi'(0)       (sufficient decrease)
 * |phi'(a)| &lt;= c2 |phi'(0)|             (curvature)
 * </pre>
 * A trial point where the objective value or its directional derivative is NaN or infinite is treated
 * like one that violates sufficient decrease: "too far". It becomes the upper end of the bracket and the
 * search backtracks towards the last good point, by bisection since nothing can be interpolated from it.
 * <p>
 * The search never modifies its inputs: trial points are built in an internal buffer. Whatever the
 * outcome, it reports the lowest finite value it evaluated, so a caller can fall back to that point.
 * Buffers are sized once per instance, so repeated searches do not allocate arrays. Not thread-safe.
 */
public final class StrongWolfeLineSearch {

    /** How a search ended. Only {@link #STRONG_WOLFE} carries an accepted step. */
    public enum Status {
        /** The returned step satisfies both strong Wolfe conditions. */
        STRONG_WOLFE,
        /** The evaluation budget ran out first. */
        EVALUATION_LIMIT,
        /** The bracket shrank to floating-point resolution: no representable step does better. */
        INTERVAL_COLLAPSED,
        /** The step reached the maximum step length while the function was still decreasing steeply. */
        STEP_LIMIT,
        /** {@code phi'(0) >= 0} (or is not finite): the direction does not descend, nothing was evaluated. */
        NOT_DESCENT_DIRECTION
    }

    /**
     * The outcome of one search.
     *
     * @param status          how it ended
     * @param step            the accepted step if {@code status == STRONG_WOLFE}, else {@code lowestStep}
     * @param value           {@code phi(step)}
     * @param derivative      {@code phi'(step)}, the directional derivative there (NaN if nothing finite
     *                        was evaluated)
     * @param lowestStep      the step with the lowest finite value evaluated, 0 if none was finite
     * @param lowestValue     that value; {@code +infinity} if no finite value was evaluated. Usually equals
     *                        {@code value} on success, but can be lower when a step violated sufficient
     *                        decrease yet landed lower than the accepted one
     * @param evaluations     objective evaluations this search made
     */
    public record Result(Status status, double step, double value, double derivative, double lowestStep,
            double lowestValue, int evaluations) {

        /** Whether a strong-Wolfe step was found. */
        public boolean satisfied() {
            return status == Status.STRONG_WOLFE;
        }
    }

    /** Extrapolation grows the step by at least this factor, so the bracketing phase makes progress. */
    private static final double MIN_EXTRAPOLATION_FACTOR = 2;
    /** ... and by at most this factor, so a wild cubic cannot throw the step far into nonsense. */
    private static final double MAX_EXTRAPOLATION_FACTOR = 10;
    /** Zoom trials keep this fraction of the bracket width away from its ends (guarantees shrinkage). */
    private static final double INTERPOLATION_MARGIN = 0.1;

    private final double sufficientDecrease;
    private final double curvature;
    private final int maxEvaluations;
    private final double maxStep;
    private final double[] trialPoint;
    private final double[] trialGradient;
    private final double[] lowestGradient;

    // Per-search state, kept in fields so the helpers need no argument lists or result objects.
    private DifferentiableObjective objective;
    private double[] start;
    private double[] direction;
    private double startValue;
    private double startDerivative;
    private int evaluationBudget;
    private int evaluations;
    private double trialValue;
    private double trialDerivative;
    private double lowestStep;
    private double lowestValue;
    private double lowestDerivative;

    /**
     * @param dimension          length of the parameter vectors searched over
     * @param sufficientDecrease c1, in (0, c2)
     * @param curvature          c2, in (c1, 1)
     * @param maxEvaluations     objective evaluations per search, {@code >= 1}
     * @param maxStep            largest step length tried, {@code > 0} (may be infinite)
     */
    public StrongWolfeLineSearch(int dimension, double sufficientDecrease, double curvature, int maxEvaluations,
            double maxStep) {
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must be >= 0, got " + dimension);
        }
        if (!(sufficientDecrease > 0 && sufficientDecrease < curvature && curvature < 1)) {
            throw new IllegalArgumentException(
                    "need 0 < c1 < c2 < 1, got c1 = " + sufficientDecrease + ", c2 = " + curvature);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be positive, got " + maxStep);
        }
        this.sufficientDecrease = sufficientDecrease;
        this.curvature = curvature;
        this.maxEvaluations = maxEvaluations;
        this.maxStep = maxStep;
        this.trialPoint = new double[dimension];
        this.trialGradient = new double[dimension];
        this.lowestGradient = new double[dimension];
    }

    /**
     * Searches along {@code direction} from {@code start}.
     *
     * @param objective        the function
     * @param start            x, not modified
     * @param startValue       f(x), finite
     * @param startGradient    grad f(x), finite, not modified
     * @param direction        p, not modified; should satisfy {@code grad f(x) . p < 0}
     * @param initialStep      first trial step, {@code > 0}
     * @param evaluationBudget at most this many evaluations (further capped by the constructor's limit)
     * @return the outcome; on success {@link #acceptedPoint()} and {@link #acceptedGradient()} hold
     *         x + step p and its gradient, and {@link #lowestGradient()} always holds the gradient at the
     *         lowest point evaluated
     */
    public Result search(DifferentiableObjective objective, double[] start, double startValue, double[] startGradient,
            double[] direction, double initialStep, int evaluationBudget) {
        this.objective = Objects.requireNonNull(objective, "objective");
        requireDimension(start, "start");
        requireDimension(startGradient, "startGradient");
        requireDimension(direction, "direction");
        if (!Double.isFinite(startValue)) {
            throw new IllegalArgumentException("startValue must be finite, got " + startValue);
        }
        if (!(initialStep > 0 && initialStep < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initialStep must be positive and finite, got " + initialStep);
        }
        this.start = start;
        this.direction = direction;
        this.startValue = startValue;
        this.startDerivative = VectorMath.dot(startGradient, direction);
        this.evaluationBudget = Math.min(maxEvaluations, evaluationBudget);
        this.evaluations = 0;
        this.lowestStep = 0;
        this.lowestValue = Double.POSITIVE_INFINITY;
        this.lowestDerivative = Double.NaN;
        try {
            if (!(startDerivative < 0)) {
                return failure(Status.NOT_DESCENT_DIRECTION);
            }
            return bracket(Math.min(initialStep, maxStep));
        } finally {
            // Do not keep the caller's objects reachable between searches.
            this.objective = null;
            this.start = null;
            this.direction = null;
        }
    }

    /** x + step p of the last successful search (the buffer is reused by the next search). */
    public double[] acceptedPoint() {
        return trialPoint;
    }

    /** The gradient at {@link #acceptedPoint()} after a successful search (reused by the next search). */
    public double[] acceptedGradient() {
        return trialGradient;
    }

    /** The gradient at the lowest point of the last search (reused by the next search). */
    public double[] lowestGradient() {
        return lowestGradient;
    }

    /** Algorithm 3.5: grow the step until the minimum along the line is bracketed or Wolfe holds. */
    private Result bracket(double firstStep) {
        double previousStep = 0;
        double previousValue = startValue;
        double previousDerivative = startDerivative;
        double step = firstStep;
        for (int iteration = 1;; iteration++) {
            if (evaluations >= evaluationBudget) {
                return failure(Status.EVALUATION_LIMIT);
            }
            boolean finite = evaluate(step);
            if (!finite || !sufficientlyDecreased(step, trialValue) || (iteration > 1 && trialValue >= previousValue)) {
                return zoom(previousStep, previousValue, previousDerivative, step,
                        finite ? trialValue : Double.NaN, finite ? trialDerivative : Double.NaN);
            }
            if (curvatureSatisfied(trialDerivative)) {
                return success(step);
            }
            if (trialDerivative >= 0) {
                return zoom(step, trialValue, trialDerivative, previousStep, previousValue, previousDerivative);
            }
            if (step >= maxStep) {
                return failure(Status.STEP_LIMIT);
            }
            double next = cubicMinimizer(previousStep, previousValue, previousDerivative, step, trialValue,
                    trialDerivative);
            double lowerBound = step * MIN_EXTRAPOLATION_FACTOR;
            double upperBound = step * MAX_EXTRAPOLATION_FACTOR;
            // A cubic without a minimum beyond 'step' means the slope keeps falling: go as far as allowed.
            next = Double.isNaN(next) ? upperBound : Math.max(lowerBound, Math.min(upperBound, next));
            previousStep = step;
            previousValue = trialValue;
            previousDerivative = trialDerivative;
            step = Math.min(next, maxStep);
        }
    }

    /**
     * Algorithm 3.6. Invariants: the bracket between {@code lo} and {@code hi} contains strong-Wolfe steps;
     * {@code lo} has the lowest value among evaluated steps satisfying sufficient decrease;
     * {@code phi'(lo) (hi - lo) < 0}. {@code hiValue} is NaN when the objective was not finite there.
     */
    private Result zoom(double lo, double loValue, double loDerivative, double hi, double hiValue,
            double hiDerivative) {
        while (true) {
            if (evaluations >= evaluationBudget) {
                return failure(Status.EVALUATION_LIMIT);
            }
            double trial = interpolate(lo, loValue, loDerivative, hi, hiValue, hiDerivative);
            if (trial == lo || trial == hi) {
                return failure(Status.INTERVAL_COLLAPSED);
            }
            boolean finite = evaluate(trial);
            if (!finite || !sufficientlyDecreased(trial, trialValue) || trialValue >= loValue) {
                hi = trial;
                hiValue = finite ? trialValue : Double.NaN;
                hiDerivative = finite ? trialDerivative : Double.NaN;
            } else {
                if (curvatureSatisfied(trialDerivative)) {
                    return success(trial);
                }
                if (trialDerivative * (hi - lo) >= 0) {
                    hi = lo;
                    hiValue = loValue;
                    hiDerivative = loDerivative;
                }
                lo = trial;
                loValue = trialValue;
                loDerivative = trialDerivative;
            }
        }
    }

    /**
     * A trial step strictly inside the bracket: the cubic's minimizer when both ends are finite, else the
     * midpoint, kept {@link #INTERPOLATION_MARGIN} of the width away from either end so the bracket
     * shrinks geometrically even when the cubic is a poor model. Returns an end point only when the
     * bracket is too narrow to hold another double.
     */
    private static double interpolate(double lo, double loValue, double loDerivative, double hi, double hiValue,
            double hiDerivative) {
        double left = Math.min(lo, hi);
        double right = Math.max(lo, hi);
        double width = right - left;
        double candidate = Double.isNaN(hiValue) || Double.isNaN(hiDerivative)
                ? Double.NaN
                : cubicMinimizer(lo, loValue, loDerivative, hi, hiValue, hiDerivative);
        double trial;
        if (Double.isNaN(candidate)) {
            trial = left + 0.5 * width;
        } else {
            double margin = INTERPOLATION_MARGIN * width;
            trial = Math.max(left + margin, Math.min(right - margin, candidate));
        }
        return trial;
    }

    /**
     * Minimizer of the cubic matching values and derivatives at {@code a} and {@code b} (Nocedal &amp;
     * Wright eq. 3.59), or NaN when that cubic has no local minimum.
     */
    static double cubicMinimizer(double a, double valueA, double derivativeA, double b, double valueB,
            double derivativeB) {
        double d1 = derivativeA + derivativeB - 3 * (valueA - valueB) / (a - b);
        double discriminant = d1 * d1 - derivativeA * derivativeB;
        if (!(discriminant >= 0)) {
            return Double.NaN;
        }
        double d2 = Math.copySign(Math.sqrt(discriminant), b - a);
        double denominator = derivativeB - derivativeA + 2 * d2;
        double minimizer = b - (b - a) * (derivativeB + d2 - d1) / denominator;
        return Double.isFinite(minimizer) ? minimizer : Double.NaN;
    }

    /** Evaluates phi at {@code step}; false if value or directional derivative is not finite. */
    private boolean evaluate(double step) {
        for (int i = 0; i < trialPoint.length; i++) {
            trialPoint[i] = start[i] + step * direction[i];
        }
        double value = objective.valueAndGradient(trialPoint, trialGradient);
        evaluations++;
        // A finite dot product implies every gradient element is finite (NaN or inf in any would spread).
        double derivative = VectorMath.dot(trialGradient, direction);
        if (!Double.isFinite(value) || !Double.isFinite(derivative)) {
            return false;
        }
        trialValue = value;
        trialDerivative = derivative;
        if (value < lowestValue) {
            lowestValue = value;
            lowestStep = step;
            lowestDerivative = derivative;
            System.arraycopy(trialGradient, 0, lowestGradient, 0, trialGradient.length);
        }
        return true;
    }

    private boolean sufficientlyDecreased(double step, double value) {
        return value <= startValue + sufficientDecrease * step * startDerivative;
    }

    private boolean curvatureSatisfied(double derivative) {
        return Math.abs(derivative) <= -curvature * startDerivative;
    }

    private Result success(double step) {
        return new Result(Status.STRONG_WOLFE, step, trialValue, trialDerivative, lowestStep, lowestValue,
                evaluations);
    }

    private Result failure(Status status) {
        return new Result(status, lowestStep, lowestValue, lowestDerivative, lowestStep, lowestValue, evaluations);
    }

    private void requireDimension(double[] vector, String name) {
        Objects.requireNonNull(vector, name);
        if (vector.length != trialPoint.length) {
            throw new IllegalArgumentException(
                    name + " has length " + vector.length + ", line search dimension is " + trialPoint.length);
        }
    }
}
