package org.hyperlora.solver;

/** A solver could not be opened or could not solve; the message names the solver, the study and the cause. */
public class SolverException extends Exception {

    private static final long serialVersionUID = 1L;

    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, Throwable cause) {
        super(message, cause);
    }
}
