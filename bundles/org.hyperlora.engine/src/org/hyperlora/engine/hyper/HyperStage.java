package org.hyperlora.engine.hyper;

import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;

/**
 * One stage of hypernetwork training with its loss weights (see {@link HyperObjective}). The physics loss is
 * evaluated on {@code batchSize} parameter values per evaluation, one drawn at random in each of
 * {@code batchSize} equal cells of the (transformed) range, so every batch covers the whole range.
 */
public sealed interface HyperStage {

    int batchSize();

    double physicsWeight();

    double regressionWeight();

    String name();

    /**
     * Adam; a fresh batch every step. With {@code validateEvery > 0} and validation values given to the trainer, the
     * physics loss there is measured every that many steps and the stage ends with the best parameters measured (the
     * start included): stochastic steps across the range, judged where no fit pins the hypernetwork.
     */
    record Adam(int steps, LearningRateSchedule schedule, int batchSize, double physicsWeight, double regressionWeight,
            int validateEvery) implements HyperStage {
        public Adam {
            if (steps < 1) {
                throw new IllegalArgumentException("a hypernetwork Adam stage needs at least one step, got " + steps);
            }
            if (validateEvery < 0) {
                throw new IllegalArgumentException("validate every " + validateEvery + " steps: must be >= 0 (0: never)");
            }
            checkWeights(batchSize, physicsWeight, regressionWeight);
        }

        /** Without validation. */
        public Adam(int steps, LearningRateSchedule schedule, int batchSize, double physicsWeight,
                double regressionWeight) {
            this(steps, schedule, batchSize, physicsWeight, regressionWeight, 0);
        }

        @Override
        public String name() {
            return "Adam";
        }
    }

    /**
     * L-BFGS in {@code rounds} rounds, each on a batch drawn at its start (a fixed objective, as L-BFGS needs;
     * fresh batches between rounds, so the physics is enforced across the range, not at a few values).
     * Unlike Adam, whose first steps move every weight by about the learning rate whatever its gradient,
     * L-BFGS does not throw a pre-trained hypernetwork off its solution.
     */
    record Lbfgs(LbfgsOptions options, int rounds, int batchSize, double physicsWeight, double regressionWeight)
            implements HyperStage {
        public Lbfgs {
            if (rounds < 1) {
                throw new IllegalArgumentException("an L-BFGS stage needs at least one round, got " + rounds);
            }
            checkWeights(batchSize, physicsWeight, regressionWeight);
        }

        @Override
        public String name() {
            return "L-BFGS";
        }
    }

    private static void checkWeights(int batchSize, double physicsWeight, double regressionWeight) {
        if (!(physicsWeight >= 0 && regressionWeight >= 0 && physicsWeight + regressionWeight > 0)) {
            throw new IllegalArgumentException("stage weights must be >= 0 and not both 0, got physics " + physicsWeight
                    + " and regression " + regressionWeight);
        }
        if (physicsWeight > 0 && batchSize < 1) {
            throw new IllegalArgumentException("a stage with a physics loss needs a batch of >= 1 parameter values, got "
                    + batchSize);
        }
    }
}
