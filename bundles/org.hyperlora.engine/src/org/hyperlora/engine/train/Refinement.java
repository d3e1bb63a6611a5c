package org.hyperlora.engine.train;

import java.util.Locale;

/**
 * Changes a loss's points during training, e.g. residual-based adaptive refinement (RAR): add
 * collocation points where the PDE residual is largest. Called by the {@link Trainer} between Adam steps.
 */
@FunctionalInterface
public interface Refinement {

    /** What one round did: points added (with the largest residual among the candidates) and the new total. */
    record Round(int round, int added, double largestResidual, int total) {

        /** For the progress log: {@code round 1 added 100 points (largest |r| 0.31), 1100 in all}. */
        public String describe() {
            return String.format(Locale.ROOT, "round %d added %d points (largest |r| %.3g), %d in all", round + 1, added,
                    largestResidual, total);
        }
    }

    /**
     * @param loss    the loss being minimized (its groups may be replaced)
     * @param weights the network weights at this point of training
     * @param round   0 for the first refinement, then 1, 2, ...
     */
    Round refine(PinnLoss loss, double[] weights, int round);
}
