package org.hyperlora.engine.train;

/**
 * Changes a loss's points during training, e.g. residual-based adaptive refinement (RAR): add
 * collocation points where the PDE residual is largest. Called by the {@link Trainer} between Adam steps.
 */
@FunctionalInterface
public interface Refinement {

    /**
     * @param loss    the loss being minimized (its groups may be replaced)
     * @param weights the network weights at this point of training
     * @param round   0 for the first refinement, then 1, 2, ...
     * @return a short description for the progress log, e.g. "added 100 points (max |r| 0.31)"
     */
    String refine(PinnLoss loss, double[] weights, int round);
}
