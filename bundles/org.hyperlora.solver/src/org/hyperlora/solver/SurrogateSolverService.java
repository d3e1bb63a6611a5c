package org.hyperlora.solver;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Finds and opens surrogate solvers: the contributions to {@code org.hyperlora.solver.surrogateSolvers}. Offered
 * as an OSGi service (declarative services) and as {@link SurrogateSolvers#registry()} for code without a
 * service tracker.
 */
public interface SurrogateSolverService {

    /** Every readable contribution, highest priority first (none is instantiated by this). */
    List<SolverContribution> contributions();

    /** The contribution with that id. */
    Optional<SolverContribution> contribution(String id);

    /**
     * The contributions whose declared families admit the study, highest priority first, each with whether its
     * provider accepts the study (and why not); broken contributions (class missing, constructor throwing) are
     * logged once and left out.
     */
    List<Candidate> candidates(StudyContext study);

    /**
     * Opens the highest-priority solver that applies to the study; one that fails to open (e.g. a damaged
     * artifact) is passed over for the next.
     *
     * @throws SolverException when none applies or opens; the message lists each contribution's reason
     */
    SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException;

    /**
     * Opens the highest-priority applicable solver whose validity range holds these parameter values (e.g. the
     * retraining solver for a value outside the surrogate's trained range); falls back to the best applicable
     * one, whose solutions then say they are outside. Solvers opened and not chosen are closed.
     */
    SurrogateSolver openFor(StudyContext study, double[] parameterValues, IProgressMonitor monitor)
            throws SolverException;

    /**
     * Opens a given contribution's solver for the study.
     *
     * @throws SolverException for an unknown id, a broken contribution, or one that does not apply (with why)
     */
    SurrogateSolver open(String id, StudyContext study, IProgressMonitor monitor) throws SolverException;

    /**
     * The candidates ranked above the solver with id {@code chosenId} that were passed over for a problem (a damaged
     * or out-of-date artifact, see {@link Applicability#problem}): what to tell the user along with the answer.
     */
    default List<Candidate> passedOver(StudyContext study, String chosenId) {
        List<Candidate> passed = new java.util.ArrayList<>();
        for (Candidate candidate : candidates(study)) {
            if (candidate.contribution().id().equals(chosenId)) {
                break;
            }
            if (candidate.applicability().problem()) {
                passed.add(candidate);
            }
        }
        return passed;
    }

    /** A contribution that serves a study, and whether its provider accepts it. */
    record Candidate(SolverContribution contribution, Applicability applicability) {
    }
}
