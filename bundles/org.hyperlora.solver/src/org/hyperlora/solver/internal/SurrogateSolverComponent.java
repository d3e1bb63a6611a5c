package org.hyperlora.solver.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperlora.solver.SolverContribution;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.solver.SurrogateSolvers;

/**
 * The OSGi service (declarative services, OSGI-INF/surrogateSolverService.xml): the same registry as
 * {@link SurrogateSolvers#registry()}, for code that uses services rather than the extension registry.
 */
public final class SurrogateSolverComponent implements SurrogateSolverService {

    private SurrogateSolverService delegate() {
        return SurrogateSolvers.registry();
    }

    @Override
    public List<SolverContribution> contributions() {
        return delegate().contributions();
    }

    @Override
    public Optional<SolverContribution> contribution(String id) {
        return delegate().contribution(id);
    }

    @Override
    public List<Candidate> candidates(StudyContext study) {
        return delegate().candidates(study);
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        return delegate().open(study, monitor);
    }

    @Override
    public SurrogateSolver openFor(StudyContext study, double[] parameterValues, IProgressMonitor monitor)
            throws SolverException {
        return delegate().openFor(study, parameterValues, monitor);
    }

    @Override
    public SurrogateSolver open(String id, StudyContext study, IProgressMonitor monitor) throws SolverException {
        return delegate().open(id, study, monitor);
    }
}
