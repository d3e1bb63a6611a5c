package org.hyperlora.solver;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A solver opened for one study: solves the study's PDE for parameter vectors at given points and returns the
 * fields by name. Made by a {@link SurrogateSolverProvider}; found through {@link SurrogateSolverService}.
 *
 * <p>Points are row-major: point {@code i} is {@code points[i*d .. i*d+d-1]} in {@link #coordinates()} order;
 * parameter vectors are in {@link #parameters()} order. Cancellation is through the monitor: a cancelled solve
 * throws {@link OperationCanceledException} and returns nothing half-done. Implementations are thread-safe.
 */
public interface SurrogateSolver extends AutoCloseable {

    /** The contribution's id, e.g. {@code org.hyperlora.solver.hyperlora}. */
    String id();

    /** A name for people, e.g. "HyperLoRA surrogate". */
    String name();

    List<String> coordinates();

    List<String> fields();

    List<String> parameters();

    /** Whether the solver answers for these parameter values within what it was built for. */
    Validity validity(double[] parameterValues);

    /**
     * Solves at one parameter vector.
     *
     * @param monitor progress and cancellation (may be null)
     * @throws SolverException            when the solver cannot answer (the message says why)
     * @throws IllegalArgumentException   for a wrong number of parameters or coordinates, or non-finite values
     * @throws OperationCanceledException when cancelled
     */
    FieldSolution solve(double[] parameterValues, double[] points, IProgressMonitor monitor) throws SolverException;

    /** Solves for several parameter vectors at the same points; cancellation is checked between them. */
    default List<FieldSolution> solveBatch(double[][] parameterValues, double[] points, IProgressMonitor monitor)
            throws SolverException {
        SubMonitor progress = SubMonitor.convert(monitor, "Solving " + parameterValues.length + " parameter vectors",
                parameterValues.length);
        List<FieldSolution> solutions = new ArrayList<>();
        for (double[] values : parameterValues) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            solutions.add(solve(values, points, progress.split(1)));
        }
        return solutions;
    }

    /** Releases what the solver holds (networks, caches). */
    @Override
    default void close() {
    }
}
