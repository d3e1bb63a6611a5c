package org.hyperlora.engine.optim;

/**
 * A scalar function of a flat parameter vector that also supplies its gradient: the shape in which a
 * trainer exposes its loss (all trainable tensors flattened into one {@code double[]}) to the optimizers
 * of this package.
 * <p>
 * Computing value and gradient together matters because one reverse pass yields both; the optimizers
 * never ask for one without the other.
 */
@FunctionalInterface
public interface DifferentiableObjective {

    /**
     * Evaluates the objective at {@code parameters}.
     *
     * @param parameters  the point to evaluate; must not be modified, and must not be retained after the
     *                    call returns (optimizers reuse the array for the next trial point)
     * @param gradientOut receives the gradient, same length as {@code parameters}; every element must be
     *                    written (optimizers reuse this buffer, so stale values would leak in)
     * @return the objective value; NaN or an infinity marks a point where the objective is undefined,
     *         which the optimizers treat as described on {@link Adam} and {@link Lbfgs}
     */
    double valueAndGradient(double[] parameters, double[] gradientOut);
}
