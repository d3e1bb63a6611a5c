package org.hyperlora.engine.optim;

import java.util.Objects;

/**
 * Limited-memory BFGS (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., Algorithm 7.5) with
 * a strong-Wolfe line search ({@link StrongWolfeLineSearch}), for minimizing a smooth objective over a
 * flat parameter vector, typically as the second, fine-tuning phase of PINN training after Adam.
 * <p>
 * <b>Direction.</b> The two-loop recursion (Algorithm 7.4) applies the inverse-Hessian approximation
 * built from the last {@code m} pairs {@code s = x_{k+1} - x_k}, {@code y = g_{k+1} - g_k}, starting from
 * {@code H0 = gamma I} with {@code gamma = s'y / y'y} of the newest pair (eq. 7.20), so the unit step is
 * usually well scaled and accepted at once. Without history (first iteration, or after a reset) the
 * direction is steepest descent with a first trial step of length {@code min(1, 1/||g||)} times ||g||,
 * i.e. at most one unit in parameter space.
 * <p>
 * <b>Skipped updates.</b> A pair is stored only if {@code s'y > eps ||s|| ||y||} ({@code eps} =
 * {@link LbfgsOptions#curvatureTolerance()}). The BFGS update stays positive definite only when
 * {@code s'y > 0}; the strong Wolfe conditions guarantee that in exact arithmetic, but near convergence
 * {@code y} is a difference of nearly equal gradients and rounding can make {@code s'y} tiny or negative.
 * Storing such a pair makes {@code rho = 1/s'y} enormous and the next direction uphill or absurdly long.
 * The test compares the cosine of the angle between {@code s} and {@code y}, so unlike an absolute
 * threshold it does not depend on how the parameters or the loss are scaled.
 * <p>
 * <b>Robustness.</b> {@code parametersInOut} is written only when a point is accepted, and on return it
 * holds the lowest-valued point ever evaluated (including line-search trials), also when the objective
 * throws (then it holds the current iterate), the listener cancels, or a limit is hit. A NaN or infinite
 * trial value is "too far" for the line search, which backtracks from it. If a line search fails but
 * went downhill, its lowest point is taken and the history is dropped (restart with steepest descent);
 * if it found nothing lower, the run stops with {@link LbfgsTermination#LINE_SEARCH_FAILED}. A
 * non-finite value or gradient at the start stops at once with {@link LbfgsTermination#NON_FINITE_START}.
 * <p>
 * <b>Cost.</b> Memory is {@code 2 m n} doubles for the history plus six work vectors, all allocated once
 * per call; an iteration allocates no arrays and costs about {@code 4 m n} multiply-adds beyond the
 * objective evaluations.
 */
public final class Lbfgs {

    /**
     * Longest step (in units of the search direction) the line search tries; reaching it while the
     * objective still falls steeply means the objective is unbounded below for practical purposes.
     */
    private static final double MAX_STEP = 1e20;

    private Lbfgs() {
    }

    /** {@link #minimize(DifferentiableObjective, double[], LbfgsOptions, IterationListener)} without listener. */
    public static LbfgsResult minimize(DifferentiableObjective objective, double[] parametersInOut,
            LbfgsOptions options) {
        return minimize(objective, parametersInOut, options, IterationListener.NONE);
    }

    /**
     * Minimizes {@code objective} starting from, and overwriting, {@code parametersInOut}.
     *
     * @param objective       value and gradient
     * @param parametersInOut start point on entry; the best point found on return
     * @param options         tolerances and limits
     * @param listener        told after every iteration, may cancel; {@code null} for none
     * @return why it stopped, and the value, gradient norm and counts at the returned point
     */
    public static LbfgsResult minimize(DifferentiableObjective objective, double[] parametersInOut,
            LbfgsOptions options, IterationListener listener) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(parametersInOut, "parametersInOut");
        Objects.requireNonNull(options, "options");
        IterationListener progress = listener == null ? IterationListener.NONE : listener;
        double[] parameters = parametersInOut;
        int dimension = parameters.length;

        double[] gradient = new double[dimension];
        double value = objective.valueAndGradient(parameters, gradient);
        int evaluations = 1;
        if (!Double.isFinite(value)) {
            return new LbfgsResult(LbfgsTermination.NON_FINITE_START, value, Double.NaN, 0, evaluations,
                    "objective value at the start point is " + value + "; parameters unchanged");
        }
        int badIndex = VectorMath.firstNonFiniteIndex(gradient);
        if (badIndex >= 0) {
            return new LbfgsResult(LbfgsTermination.NON_FINITE_START, value, Double.NaN, 0, evaluations,
                    "gradient[" + badIndex + "] at the start point is " + gradient[badIndex]
                            + "; parameters unchanged");
        }
        double gradientNorm = VectorMath.infinityNorm(gradient);
        if (gradientNorm <= options.gradientTolerance()) {
            return new LbfgsResult(LbfgsTermination.GRADIENT_TOLERANCE, value, gradientNorm, 0, evaluations,
                    gradientToleranceDetail(gradientNorm, options));
        }

        History history = new History(Math.min(options.historySize(), Math.max(1, options.maxIterations())),
                dimension);
        double[] direction = new double[dimension];
        StrongWolfeLineSearch lineSearch = new StrongWolfeLineSearch(dimension, options.sufficientDecrease(),
                options.curvatureCondition(), options.maxLineSearchEvaluations(), MAX_STEP);
        // A trial lower than the accepted Wolfe point is kept here so the run can end on it.
        double[] offPathBest = new double[dimension];
        double offPathValue = Double.POSITIVE_INFINITY;
        double offPathGradientNorm = Double.NaN;

        LbfgsTermination termination = null;
        String detail = null;
        int iterations = 0;
        while (true) {
            if (iterations >= options.maxIterations()) {
                termination = LbfgsTermination.MAX_ITERATIONS;
                detail = "reached the iteration limit of " + options.maxIterations();
                break;
            }
            if (evaluations >= options.maxEvaluations()) {
                termination = LbfgsTermination.MAX_EVALUATIONS;
                detail = "reached the evaluation limit of " + options.maxEvaluations();
                break;
            }

            double initialStep = 1;
            boolean steepestDescent = history.isEmpty();
            if (!steepestDescent) {
                history.searchDirection(gradient, direction);
                if (!(VectorMath.dot(gradient, direction) < 0)) {
                    // Rounding made H indefinite in effect; its curvature information is worthless now.
                    history.clear();
                    steepestDescent = true;
                }
            }
            if (steepestDescent) {
                for (int i = 0; i < dimension; i++) {
                    direction[i] = -gradient[i];
                }
                initialStep = Math.max(Double.MIN_NORMAL, Math.min(1, 1 / VectorMath.twoNorm(gradient)));
            }

            StrongWolfeLineSearch.Result search = lineSearch.search(objective, parameters, value, gradient, direction,
                    initialStep, options.maxEvaluations() - evaluations);
            evaluations += search.evaluations();
            double previousValue = value;
            if (search.satisfied()) {
                if (search.lowestValue() < search.value() && search.lowestValue() < offPathValue) {
                    for (int i = 0; i < dimension; i++) {
                        offPathBest[i] = parameters[i] + search.lowestStep() * direction[i];
                    }
                    offPathValue = search.lowestValue();
                    offPathGradientNorm = VectorMath.infinityNorm(lineSearch.lowestGradient());
                }
                history.offer(parameters, lineSearch.acceptedPoint(), gradient, lineSearch.acceptedGradient(),
                        options.curvatureTolerance());
                System.arraycopy(lineSearch.acceptedPoint(), 0, parameters, 0, dimension);
                System.arraycopy(lineSearch.acceptedGradient(), 0, gradient, 0, dimension);
                value = search.value();
            } else if (search.lowestValue() < value) {
                // Same expression as the line search's trial point, hence bit-identical to what was evaluated.
                double step = search.lowestStep();
                for (int i = 0; i < dimension; i++) {
                    parameters[i] = parameters[i] + step * direction[i];
                }
                System.arraycopy(lineSearch.lowestGradient(), 0, gradient, 0, dimension);
                value = search.lowestValue();
                history.clear();
            } else {
                boolean outOfEvaluations = search.status() == StrongWolfeLineSearch.Status.EVALUATION_LIMIT
                        && evaluations >= options.maxEvaluations();
                termination = outOfEvaluations ? LbfgsTermination.MAX_EVALUATIONS
                        : LbfgsTermination.LINE_SEARCH_FAILED;
                detail = outOfEvaluations ? "reached the evaluation limit of " + options.maxEvaluations()
                        : "line search (" + search.status() + " after " + search.evaluations()
                                + " evaluations) found no point below f = " + value
                                + "; parameters left at the best point";
                break;
            }
            iterations++;
            gradientNorm = VectorMath.infinityNorm(gradient);

            double change = Math.abs(previousValue - value);
            if (gradientNorm <= options.gradientTolerance()) {
                termination = LbfgsTermination.GRADIENT_TOLERANCE;
                detail = gradientToleranceDetail(gradientNorm, options);
            } else if (change <= options.relativeFunctionTolerance()
                    * Math.max(Math.abs(previousValue), Math.abs(value))) {
                termination = LbfgsTermination.FUNCTION_TOLERANCE;
                detail = "objective changed by " + change + " from " + previousValue + " to " + value
                        + ", within the relative tolerance " + options.relativeFunctionTolerance();
            }
            boolean keepGoing = progress.onIteration(iterations, value, gradientNorm, evaluations);
            if (termination == null && !keepGoing) {
                termination = LbfgsTermination.CANCELLED;
                detail = "cancelled by the listener after iteration " + iterations;
            }
            if (termination != null) {
                break;
            }
        }

        if (offPathValue < value) {
            System.arraycopy(offPathBest, 0, parameters, 0, dimension);
            detail += "; returning a rejected line-search trial with f = " + offPathValue
                    + ", lower than the final iterate's f = " + value;
            value = offPathValue;
            gradientNorm = offPathGradientNorm;
        }
        return new LbfgsResult(termination, value, gradientNorm, iterations, evaluations, detail);
    }

    private static String gradientToleranceDetail(double gradientNorm, LbfgsOptions options) {
        return "max |gradient| = " + gradientNorm + " <= tolerance " + options.gradientTolerance();
    }

    /** The ring buffer of correction pairs and the two-loop recursion over it. */
    private static final class History {

        private final int capacity;
        private final double[][] steps;
        private final double[][] gradientChanges;
        private final double[] inverseCurvatures;
        private final double[] coefficients;
        private int newest = -1;
        private int size;
        /** gamma = s'y / y'y of the newest pair: the scale of the initial inverse Hessian. */
        private double initialScaling = 1;

        History(int capacity, int dimension) {
            this.capacity = capacity;
            this.steps = new double[capacity][dimension];
            this.gradientChanges = new double[capacity][dimension];
            this.inverseCurvatures = new double[capacity];
            this.coefficients = new double[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        /** Stores the pair from the step {@code oldPoint -> newPoint} unless its curvature is unreliable. */
        boolean offer(double[] oldPoint, double[] newPoint, double[] oldGradient, double[] newGradient,
                double curvatureTolerance) {
            double sy = 0;
            double ss = 0;
            double yy = 0;
            for (int i = 0; i < oldPoint.length; i++) {
                double s = newPoint[i] - oldPoint[i];
                double y = newGradient[i] - oldGradient[i];
                sy += s * y;
                ss += s * s;
                yy += y * y;
            }
            // Separate square roots: ss * yy could overflow where the product of norms does not.
            if (!(sy > curvatureTolerance * Math.sqrt(ss) * Math.sqrt(yy)) || !Double.isFinite(sy / yy)) {
                return false;
            }
            int slot = (newest + 1) % capacity;
            double[] s = steps[slot];
            double[] y = gradientChanges[slot];
            for (int i = 0; i < oldPoint.length; i++) {
                s[i] = newPoint[i] - oldPoint[i];
                y[i] = newGradient[i] - oldGradient[i];
            }
            inverseCurvatures[slot] = 1 / sy;
            initialScaling = sy / yy;
            newest = slot;
            size = Math.min(size + 1, capacity);
            return true;
        }

        /** direction = -H g by the two-loop recursion (Nocedal &amp; Wright, Algorithm 7.4). */
        void searchDirection(double[] gradient, double[] direction) {
            double[] q = direction;
            System.arraycopy(gradient, 0, q, 0, gradient.length);
            for (int k = 0; k < size; k++) {
                int slot = Math.floorMod(newest - k, capacity);
                double coefficient = inverseCurvatures[slot] * VectorMath.dot(steps[slot], q);
                coefficients[slot] = coefficient;
                double[] y = gradientChanges[slot];
                for (int i = 0; i < q.length; i++) {
                    q[i] -= coefficient * y[i];
                }
            }
            for (int i = 0; i < q.length; i++) {
                q[i] *= initialScaling;
            }
            for (int k = size - 1; k >= 0; k--) {
                int slot = Math.floorMod(newest - k, capacity);
                double beta = inverseCurvatures[slot] * VectorMath.dot(gradientChanges[slot], q);
                double factor = coefficients[slot] - beta;
                double[] s = steps[slot];
                for (int i = 0; i < q.length; i++) {
                    q[i] += factor * s[i];
                }
            }
            for (int i = 0; i < q.length; i++) {
                q[i] = -q[i];
            }
        }
    }
}
