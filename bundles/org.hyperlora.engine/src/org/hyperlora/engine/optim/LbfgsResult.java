package org.hyperlora.engine.optim;

/**
 * The outcome of {@link Lbfgs#minimize}. The parameter array passed in holds the point these numbers
 * describe: the lowest-valued point evaluated.
 *
 * @param termination  why it stopped
 * @param value        objective value at the returned parameters
 * @param gradientNorm largest absolute gradient element there (NaN if the start was not finite)
 * @param iterations   completed iterations (accepted steps)
 * @param evaluations  objective evaluations, including the one at the start point and line-search trials
 * @param detail       a human-readable sentence explaining the termination, for logs and the UI
 */
public record LbfgsResult(LbfgsTermination termination, double value, double gradientNorm, int iterations,
        int evaluations, String detail) {
}
