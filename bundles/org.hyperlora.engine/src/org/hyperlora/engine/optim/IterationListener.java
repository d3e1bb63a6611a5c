package org.hyperlora.engine.optim;

/**
 * Told after every completed L-BFGS iteration; used for progress reporting and cancellation (a training
 * job's monitor returns {@code false} when the user presses cancel).
 */
@FunctionalInterface
public interface IterationListener {

    /** A listener that never cancels. */
    IterationListener NONE = (iteration, value, gradientNorm, evaluations) -> true;

    /**
     * @param iteration    number of completed iterations, starting at 1
     * @param value        objective value at the current iterate
     * @param gradientNorm largest absolute gradient element there (the norm the tolerance is tested on)
     * @param evaluations  objective evaluations so far, including line-search trials
     * @return {@code true} to continue, {@code false} to stop at the best point found so far
     */
    boolean onIteration(int iteration, double value, double gradientNorm, int evaluations);
}
