package org.hyperlora.runner;

/** Follows a training run: for terminals, live views and logs. Calls may come from worker threads. */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** A stage starts: its number (1-based) of {@code stages}, its name and what it will do. */
    default void onStage(int stage, int stages, String name, String description) {
    }

    /**
     * Progress within the current stage: {@code done} of {@code total} units (steps, fits), the current loss (NaN
     * when there is none) and the estimated seconds remaining in the stage (NaN while unknown).
     */
    default void onProgress(String stage, int done, int total, double loss, double secondsRemaining) {
    }

    /**
     * The loss terms at a training step of a network stage ({@code base} or {@code hypernetwork}): the optimizer
     * stage (e.g. {@code adam}, {@code lbfgs}), the step counted over the whole runner stage, and each term's value
     * (e.g. {@code pde}, {@code boundary}) in the same order as {@code termNames}; NaN for a term the stage does not
     * compute (the hypernetwork's physics term while it regresses onto the fits). For live loss curves per term.
     */
    default void onLosses(String stage, String optimizerStage, int step, java.util.List<String> termNames,
            double[] termLosses) {
    }

    /** A measured number: e.g. stage {@code evaluation}, name {@code relativeL2 u}, at Re = 40. */
    default void onMetric(String stage, String name, double value, String at) {
    }

    /** A line worth telling the user (a stage finished, a checkpoint reused, a warning). */
    default void onMessage(String message) {
    }
}
