package org.hyperlora.engine.optim;

/** Why {@link Lbfgs#minimize} stopped. */
public enum LbfgsTermination {
    /** The largest absolute gradient element fell to the gradient tolerance: converged. */
    GRADIENT_TOLERANCE(true),
    /** An iteration changed the value by no more than the relative function tolerance: converged. */
    FUNCTION_TOLERANCE(true),
    /** The iteration limit was reached. */
    MAX_ITERATIONS(false),
    /** The evaluation limit was reached (possibly in the middle of a line search). */
    MAX_EVALUATIONS(false),
    /**
     * A line search found no point lower than the current iterate (typically at the resolution of
     * floating point, or a direction the objective's noise hides); the parameters are the best point.
     */
    LINE_SEARCH_FAILED(false),
    /** The {@link IterationListener} asked to stop. */
    CANCELLED(false),
    /** The value or gradient at the start point is NaN or infinite; the parameters are unchanged. */
    NON_FINITE_START(false);

    private final boolean converged;

    LbfgsTermination(boolean converged) {
        this.converged = converged;
    }

    /** Whether this reason means a convergence test was met (as opposed to a limit or a failure). */
    public boolean converged() {
        return converged;
    }
}
