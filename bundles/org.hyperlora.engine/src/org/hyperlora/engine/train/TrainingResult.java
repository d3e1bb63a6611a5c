package org.hyperlora.engine.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#train}: final weights (the best seen), final loss and term losses, why
 * training ended, and a downsampled loss history.
 */
public record TrainingResult(Status status, String message, double[] weights, double loss, List<String> termNames,
        double[] termLosses, int totalSteps, long elapsedNanos, List<TrainingProgress> history) {

    /** Why training ended. */
    public enum Status {
        COMPLETED, CANCELLED,
        /** The loss became NaN or infinite; the weights are the last finite ones. */
        DIVERGED
    }
}
