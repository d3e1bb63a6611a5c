package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.junit.jupiter.api.Test;

/** The exact-reference contribution against closed forms written out here. */
class ExactSolverTest {

    @Test
    void solvesKovasznayExactlyForOneAndForABatchOfReynoldsNumbers() throws Exception {
        StudyContext study = StudyContext.load(Studies.example("kovasznay"));
        double[] points = {0.1, 0.2, -0.4, 1.3, 0.9, -0.25};
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            assertEquals(List.of("x", "y"), solver.coordinates());
            assertEquals(List.of("u", "v", "p"), solver.fields());
            assertEquals(List.of("Re"), solver.parameters());
            List<FieldSolution> solutions = solver.solveBatch(new double[][] {{20}, {40}, {100}}, points, null);
            double[] reynolds = {20, 40, 100};
            for (int k = 0; k < 3; k++) {
                double re = reynolds[k];
                double lambda = re / 2 - Math.sqrt(re * re / 4 + 4 * Math.PI * Math.PI);
                FieldSolution solution = solutions.get(k);
                assertTrue(solution.validity().inside());
                assertEquals(3, solution.pointCount());
                for (int i = 0; i < 3; i++) {
                    double x = points[2 * i];
                    double y = points[2 * i + 1];
                    assertEquals(1 - Math.exp(lambda * x) * Math.cos(2 * Math.PI * y), solution.field("u")[i], 1e-12);
                    assertEquals(lambda / (2 * Math.PI) * Math.exp(lambda * x) * Math.sin(2 * Math.PI * y),
                            solution.field("v")[i], 1e-12);
                    assertEquals(0.5 * (1 - Math.exp(2 * lambda * x)) + solutionConstant(solution, lambda, points),
                            solution.field("p")[i], 1e-12);
                }
            }
        }
    }

    /** p is fixed up to a constant: whatever constant the reference uses, it is the same at every point. */
    private static double solutionConstant(FieldSolution solution, double lambda, double[] points) {
        return solution.field("p")[0] - 0.5 * (1 - Math.exp(2 * lambda * points[0]));
    }

    @Test
    void solvesConvectionAndRefusesBadShapesWithTheReason() throws Exception {
        StudyContext study = StudyContext.load(Studies.example("convection"));
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            FieldSolution solution = solver.solve(new double[] {7}, new double[] {1.0, 0.5, 3.0, 0.25}, null);
            assertEquals(Math.sin(1.0 - 7 * 0.5), solution.field("u")[0], 1e-12);
            assertEquals(Math.sin(3.0 - 7 * 0.25), solution.field("u")[1], 1e-12);
            IllegalArgumentException parameters = assertThrows(IllegalArgumentException.class,
                    () -> solver.solve(new double[] {1, 2}, new double[] {0, 0}, null));
            assertTrue(parameters.getMessage().contains("expected 1 parameter values [beta], got 2"), parameters.getMessage());
            IllegalArgumentException coordinates = assertThrows(IllegalArgumentException.class,
                    () -> solver.solve(new double[] {1}, new double[] {0, 0, 1}, null));
            assertTrue(coordinates.getMessage().contains("[x, t]"), coordinates.getMessage());
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class,
                    () -> solver.solveBatch(new double[][] {{1}, {2}}, new double[] {0, 0}, cancelled));
        }
    }

    @Test
    void aReferenceThatCannotEvaluateSaysSoInItsValidity() throws Exception {
        StudyContext study = StudyContext.load(Studies.example("burgers"));
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            assertTrue(solver.validity(new double[] {0.01}).inside());
            assertFalse(solver.validity(new double[] {-0.01}).inside(), "a negative viscosity has no solution");
            assertTrue(solver.validity(new double[] {-0.01}).message().contains("burgers"),
                    solver.validity(new double[] {-0.01}).message());
        }
    }
}
