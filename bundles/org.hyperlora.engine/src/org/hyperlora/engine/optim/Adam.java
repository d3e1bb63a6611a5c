package org.hyperlora.engine.optim;

import java.util.Arrays;
import java.util.Objects;

/**
 * Adam (Kingma &amp; Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, Algorithm 1) with bias
 * correction, updating a flat parameter vector in place:
 * <pre>
 * t  = t + 1
 * m  = beta1 * m + (1 - beta1) * g
 * v  = beta2 * v + (1 - beta2) * g^2
 * p -= rate(t - 1) * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + epsilon)
 * </pre>
 * The complete state is the two moment vectors and the step count (the schedule is a pure function of
 * the step), so {@link #firstMoment()}, {@link #secondMoment()}, {@link #stepCount()} and
 * {@link #restoreState} let a checkpoint resume bit-identically.
 * <p>
 * A NaN or infinite gradient would poison both moments for good, so {@link #step} checks the gradient
 * first and throws {@link NonFiniteException} with nothing changed; the caller decides whether to skip
 * the batch, lower the rate, or stop. Not thread-safe.
 */
public final class Adam {

    /** Decay of the first-moment (mean) estimate, as in the paper. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** Decay of the second-moment (uncentred variance) estimate, as in the paper. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** Added to the denominator so parameters with vanishing gradients do not divide by zero. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final LearningRateSchedule schedule;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double[] firstMoment;
    private final double[] secondMoment;
    private int stepCount;

    /** Adam with the paper's defaults for beta1, beta2 and epsilon. */
    public Adam(int dimension, LearningRateSchedule schedule) {
        this(dimension, schedule, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /**
     * @param dimension number of parameters, {@code >= 0}
     * @param schedule  learning rate per step
     * @param beta1     in [0, 1)
     * @param beta2     in [0, 1)
     * @param epsilon   {@code > 0}, finite
     */
    public Adam(int dimension, LearningRateSchedule schedule, double beta1, double beta2, double epsilon) {
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must be >= 0, got " + dimension);
        }
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must lie in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must lie in [0, 1), got " + beta2);
        }
        if (!(epsilon > 0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("epsilon must be positive and finite, got " + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstMoment = new double[dimension];
        this.secondMoment = new double[dimension];
    }

    /**
     * Applies one update to {@code parameters} in place.
     *
     * @throws NonFiniteException       if {@code gradient} holds NaN or an infinity; then parameters,
     *                                  moments and step count are all unchanged
     * @throws IllegalStateException    if the schedule returns a negative or non-finite rate (nothing is
     *                                  changed either)
     * @throws IllegalArgumentException if the lengths do not match the dimension
     */
    public void step(double[] parameters, double[] gradient) {
        requireDimension(parameters, "parameters");
        requireDimension(gradient, "gradient");
        NonFiniteException.requireFinite("gradient", gradient,
                "Adam step " + (stepCount + 1) + " not applied, parameters and optimizer state unchanged");
        double learningRate = schedule.rate(stepCount);
        if (!(learningRate >= 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalStateException("learning rate schedule returned " + learningRate + " for step "
                    + stepCount + "; Adam step not applied");
        }
        int t = stepCount + 1;
        double firstCorrection = 1 - Math.pow(beta1, t);
        double secondCorrection = 1 - Math.pow(beta2, t);
        double oneMinusBeta1 = 1 - beta1;
        double oneMinusBeta2 = 1 - beta2;
        for (int i = 0; i < parameters.length; i++) {
            double g = gradient[i];
            double m = beta1 * firstMoment[i] + oneMinusBeta1 * g;
            double v = beta2 * secondMoment[i] + oneMinusBeta2 * g * g;
            firstMoment[i] = m;
            secondMoment[i] = v;
            parameters[i] -= learningRate * (m / firstCorrection) / (Math.sqrt(v / secondCorrection) + epsilon);
        }
        stepCount = t;
    }

    /** Number of updates applied since construction, the last {@link #reset()} or {@link #restoreState}. */
    public int stepCount() {
        return stepCount;
    }

    /** Number of parameters this optimizer updates. */
    public int dimension() {
        return firstMoment.length;
    }

    /** A copy of the first-moment estimate m (biased, as stored). */
    public double[] firstMoment() {
        return firstMoment.clone();
    }

    /** A copy of the second-moment estimate v (biased, as stored). */
    public double[] secondMoment() {
        return secondMoment.clone();
    }

    /**
     * Replaces the state with one previously exported from an Adam of the same dimension, hyperparameters
     * and schedule; subsequent steps then reproduce the original run bit for bit. The arrays are copied.
     *
     * @throws IllegalArgumentException if lengths differ, {@code stepCount < 0}, a moment is non-finite,
     *                                  or the second moment is negative (nothing is changed then)
     */
    public void restoreState(int stepCount, double[] firstMoment, double[] secondMoment) {
        if (stepCount < 0) {
            throw new IllegalArgumentException("stepCount must be >= 0, got " + stepCount);
        }
        requireDimension(firstMoment, "firstMoment");
        requireDimension(secondMoment, "secondMoment");
        int bad = VectorMath.firstNonFiniteIndex(firstMoment);
        if (bad >= 0) {
            throw new IllegalArgumentException("firstMoment[" + bad + "] is " + firstMoment[bad]);
        }
        for (int i = 0; i < secondMoment.length; i++) {
            if (!(secondMoment[i] >= 0 && secondMoment[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("secondMoment[" + i + "] must be finite and >= 0, got "
                        + secondMoment[i]);
            }
        }
        System.arraycopy(firstMoment, 0, this.firstMoment, 0, firstMoment.length);
        System.arraycopy(secondMoment, 0, this.secondMoment, 0, secondMoment.length);
        this.stepCount = stepCount;
    }

    /** Forgets all history: moments to zero, step count to zero (the schedule restarts too). */
    public void reset() {
        Arrays.fill(firstMoment, 0);
        Arrays.fill(secondMoment, 0);
        stepCount = 0;
    }

    private void requireDimension(double[] vector, String name) {
        Objects.requireNonNull(vector, name);
        if (vector.length != firstMoment.length) {
            throw new IllegalArgumentException(name + " has length " + vector.length + ", optimizer dimension is "
                    + firstMoment.length);
        }
    }
}
