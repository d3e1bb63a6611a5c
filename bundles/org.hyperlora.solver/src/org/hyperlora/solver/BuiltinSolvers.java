package org.hyperlora.solver;

/**
 * The ids of the solvers this bundle contributes to {@code org.hyperlora.solver.surrogateSolvers} (its plugin.xml
 * declares the same ids; the registry tests check that they agree).
 */
public final class BuiltinSolvers {

    /** The trained HyperLoRA surrogate of the study. */
    public static final String HYPERLORA = "org.hyperlora.solver.hyperlora";
    /** The trained parametric PINN of a study whose method it is. */
    public static final String PARAMETRIC_PINN = "org.hyperlora.solver.parametric";
    /** The study's built-in exact solution. */
    public static final String EXACT = "org.hyperlora.solver.exact";
    /** A PINN retrained from scratch at the asked parameter values. */
    public static final String RETRAIN = "org.hyperlora.solver.retrain";

    private BuiltinSolvers() {
    }
}
