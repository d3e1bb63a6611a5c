package org.hyperlora.solver;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What a contribution to the extension point {@code org.hyperlora.solver.surrogateSolvers} implements (its
 * {@code class} attribute; a public no-argument constructor). The registry creates it on first use only.
 */
public interface SurrogateSolverProvider {

    /** Whether this provider can solve the study, and why not. Cheap: no training, no large reads. */
    Applicability appliesTo(StudyContext study);

    /**
     * Opens a solver for the study (loads artifacts, maps the study to the engine).
     *
     * @throws SolverException when the study cannot be solved by this provider; the message says why
     */
    SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException;
}
