package org.hyperlora.solver.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperlora.solver.Applicability;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolverProvider;
import org.hyperlora.solver.Validity;

/**
 * Counts its constructions (the registry must create it only when a study of its family asks) and solves
 * u = λ·(sum of coordinates), so a test can check what comes back.
 */
public final class CountingProvider implements SurrogateSolverProvider {

    static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    public CountingProvider() {
        CONSTRUCTED.incrementAndGet();
    }

    @Override
    public Applicability appliesTo(StudyContext study) {
        return Applicability.yes();
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) {
        int dimension = study.study().getFamily().getCoordinates().size();
        return new SurrogateSolver() {
            @Override
            public String id() {
                return "org.hyperlora.solver.tests.counting";
            }

            @Override
            public String name() {
                return "Counting";
            }

            @Override
            public List<String> coordinates() {
                return List.of();
            }

            @Override
            public List<String> fields() {
                return List.of("u");
            }

            @Override
            public List<String> parameters() {
                return List.of("lambda");
            }

            @Override
            public Validity validity(double[] parameterValues) {
                return Validity.within();
            }

            @Override
            public FieldSolution solve(double[] parameterValues, double[] points, IProgressMonitor m) {
                double[] u = new double[points.length / dimension];
                for (int i = 0; i < u.length; i++) {
                    for (int d = 0; d < dimension; d++) {
                        u[i] += parameterValues[0] * points[i * dimension + d];
                    }
                }
                return new FieldSolution(parameterValues, List.of("u"), new double[][] {u}, Validity.within(), 0);
            }
        };
    }
}
