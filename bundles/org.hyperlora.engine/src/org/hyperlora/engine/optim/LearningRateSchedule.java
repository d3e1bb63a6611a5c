package org.hyperlora.engine.optim;

/**
 * The learning rate as a function of the optimizer step index. Step {@code 0} is the first update, so
 * {@code rate(stepCount)} is the rate of the update about to be made when {@code stepCount} updates have
 * been made already. Schedules are pure functions of the step, which is what lets a checkpoint resume
 * bit-identically from the step count alone.
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /**
     * @param step zero-based index of the update, {@code >= 0}
     * @return the learning rate for that update, finite and {@code >= 0}
     */
    double rate(int step);

    /** The same rate for every step. */
    static LearningRateSchedule constant(double learningRate) {
        requirePositiveFinite("learningRate", learningRate);
        return step -> {
            requireNonNegativeStep(step);
            return learningRate;
        };
    }

    /**
     * Staircase decay: {@code initialRate * gamma^floor(step / stepSize)}, i.e. multiplied by {@code gamma}
     * once every {@code stepSize} steps.
     *
     * @param gamma decay factor in (0, 1]
     */
    static LearningRateSchedule stepDecay(double initialRate, int stepSize, double gamma) {
        requirePositiveFinite("initialRate", initialRate);
        requirePositiveStepCount("stepSize", stepSize);
        requireDecayFactor(gamma);
        return step -> {
            requireNonNegativeStep(step);
            return initialRate * Math.pow(gamma, step / stepSize);
        };
    }

    /**
     * Smooth exponential decay: {@code initialRate * gamma^(step / decaySteps)} with real division, so the
     * rate has fallen by exactly {@code gamma} after every {@code decaySteps} steps and changes a little at
     * each step in between (use {@link #stepDecay} for the staircase form).
     *
     * @param gamma decay factor in (0, 1]
     */
    static LearningRateSchedule exponential(double initialRate, double gamma, int decaySteps) {
        requirePositiveFinite("initialRate", initialRate);
        requireDecayFactor(gamma);
        requirePositiveStepCount("decaySteps", decaySteps);
        return step -> {
            requireNonNegativeStep(step);
            return initialRate * Math.pow(gamma, (double) step / decaySteps);
        };
    }

    /**
     * Cosine annealing from {@code initialRate} at step 0 down to {@code minimumRate} at step
     * {@code annealingSteps}, staying at {@code minimumRate} afterwards (no warm restarts):
     * {@code min + (initial - min) * (1 + cos(pi * step / annealingSteps)) / 2}.
     *
     * @param minimumRate in [0, initialRate]
     */
    static LearningRateSchedule cosineAnnealing(double initialRate, double minimumRate, int annealingSteps) {
        requirePositiveFinite("initialRate", initialRate);
        if (!(minimumRate >= 0 && minimumRate <= initialRate)) {
            throw new IllegalArgumentException(
                    "minimumRate must lie in [0, initialRate = " + initialRate + "], got " + minimumRate);
        }
        requirePositiveStepCount("annealingSteps", annealingSteps);
        return step -> {
            requireNonNegativeStep(step);
            if (step >= annealingSteps) {
                return minimumRate;
            }
            double progress = (double) step / annealingSteps;
            return minimumRate + (initialRate - minimumRate) * 0.5 * (1 + Math.cos(Math.PI * progress));
        };
    }

    private static void requirePositiveFinite(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
    }

    private static void requirePositiveStepCount(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    private static void requireDecayFactor(double gamma) {
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must lie in (0, 1], got " + gamma);
        }
    }

    private static void requireNonNegativeStep(int step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }
}
