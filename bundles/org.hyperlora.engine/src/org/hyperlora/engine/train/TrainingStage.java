package org.hyperlora.engine.train;

import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;

/** One stage of a training plan: Adam for a number of steps, or L-BFGS until it converges or stops. */
public sealed interface TrainingStage {

    String name();

    /** The steps this stage runs at most: Adam's steps, L-BFGS's iteration limit (for progress and estimates). */
    default int plannedSteps() {
        return this instanceof Adam adam ? adam.steps() : ((Lbfgs) this).options().maxIterations();
    }

    /**
     * Adam with a learning-rate schedule; optionally learning-rate annealing of the term weights (Wang,
     * Teng & Perdikaris 2021): every {@code annealingInterval} steps (0 = off) each non-equation term's
     * weight moves towards max|∇L_equations| / mean|∇L_term| with rate {@code annealingRate}. Optionally
     * a {@link Refinement} runs every {@code refinementInterval} steps (0 = off), e.g. to add collocation
     * points where the residual is largest.
     */
    record Adam(int steps, LearningRateSchedule schedule, int annealingInterval, double annealingRate,
            int refinementInterval, Refinement refinement) implements TrainingStage {
        public Adam {
            if (refinementInterval < 0 || (refinementInterval > 0 && refinement == null)) {
                throw new IllegalArgumentException("refinement interval must be >= 0 and needs a refinement, got "
                        + refinementInterval);
            }
            if (steps < 1) {
                throw new IllegalArgumentException("Adam stage needs at least one step, got " + steps);
            }
            if (annealingInterval < 0 || !(annealingRate > 0 && annealingRate <= 1)) {
                throw new IllegalArgumentException("annealing interval must be >= 0 and rate in (0, 1], got "
                        + annealingInterval + " and " + annealingRate);
            }
        }

        public Adam(int steps, LearningRateSchedule schedule) {
            this(steps, schedule, 0, 0.1);
        }

        public Adam(int steps, LearningRateSchedule schedule, int annealingInterval, double annealingRate) {
            this(steps, schedule, annealingInterval, annealingRate, 0, null);
        }

        /** The same stage with residual-based refinement every {@code interval} steps (not at step 0). */
        public Adam withRefinement(int interval, Refinement value) {
            return new Adam(steps, schedule, annealingInterval, annealingRate, interval, value);
        }

        @Override
        public String name() {
            return "Adam";
        }
    }

    /** L-BFGS with a strong-Wolfe line search. */
    record Lbfgs(LbfgsOptions options) implements TrainingStage {
        @Override
        public String name() {
            return "L-BFGS";
        }
    }
}
