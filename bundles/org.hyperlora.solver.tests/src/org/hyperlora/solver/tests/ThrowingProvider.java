package org.hyperlora.solver.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperlora.solver.Applicability;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverProvider;

/** A contribution whose constructor throws: the registry must log it and carry on. */
public final class ThrowingProvider implements SurrogateSolverProvider {

    public ThrowingProvider() {
        throw new IllegalStateException("deliberately broken constructor");
    }

    @Override
    public Applicability appliesTo(StudyContext study) {
        return Applicability.yes();
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) {
        throw new AssertionError("never created");
    }
}
