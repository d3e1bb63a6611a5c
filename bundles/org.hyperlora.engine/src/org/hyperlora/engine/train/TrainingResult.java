package org.hyperlora.engine.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#train}: final weights (the best seen), final loss and term losses, why
 * training ended, a downsampled loss history, what residual refinement added, and for a hypernetwork what
 * validation kept of each L-BFGS stage's rounds. The message says the same for people.
 */
public record TrainingResult(Status status, String message, double[] weights, double loss, List<String> termNames,
        double[] termLosses, int totalSteps, long elapsedNanos, List<TrainingProgress> history,
        List<Refinement.Round> refinements, List<Validation> validations) {

    /**
     * What validation made of one L-BFGS stage of rounds: the physics loss at the validation values before the
     * stage and the best after it, and how many of its rounds were kept (the others were undone).
     */
    public record Validation(int stage, double firstLoss, double bestLoss, int roundsKept, int rounds) {
    }

    /** Why training ended. */
    public enum Status {
        COMPLETED, CANCELLED,
        /** The loss became NaN or infinite; the weights are the last finite ones. */
        DIVERGED
    }
}
