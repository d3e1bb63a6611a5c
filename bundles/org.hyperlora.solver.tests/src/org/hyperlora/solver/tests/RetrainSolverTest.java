package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.model.Study;
import org.hyperlora.model.TrainingSettings;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slow path: a PINN trained from scratch with the study's plan (shrunk here to seconds). */
class RetrainSolverTest {

    /** The convection example with a small network and plan. */
    private static StudyContext smallConvection(Path folder) throws Exception {
        Path file = Studies.copy("convection", folder);
        Study study = Studies.load(file);
        study.getMethod().getNetwork().getHiddenWidths().clear();
        study.getMethod().getNetwork().getHiddenWidths().addAll(java.util.List.of(16, 16));
        TrainingSettings training = study.getMethod().getTraining();
        training.setCollocationPoints(300);
        training.setBoundaryPoints(60);
        training.getBaseStages().get(0).setIterations(400);
        training.getBaseStages().get(0).setLearningRate(0.01);
        training.getBaseStages().get(1).setIterations(300);
        study.getMethod().getLora().setRank(1);
        return new StudyContext(study, file);
    }

    @Test
    void trainsAPinnThatMatchesTheExactSolutionAndReusesIt(@TempDir Path folder) throws Exception {
        StudyContext study = smallConvection(folder);
        int n = 11;
        double[] points = new double[2 * n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                points[2 * (i * n + j)] = 2 * Math.PI * i / (n - 1);
                points[2 * (i * n + j) + 1] = (double) j / (n - 1);
            }
        }
        AtomicInteger worked = new AtomicInteger();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                worked.addAndGet(work);
            }
        };
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.RETRAIN, study, null);
                SurrogateSolver exact = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            assertTrue(solver.validity(new double[] {50}).inside(), "retraining answers for any value");
            FieldSolution trained = solver.solve(new double[] {2}, points, monitor);
            double[] reference = exact.solve(new double[] {2}, points, null).field("u");
            double error = 0;
            double norm = 0;
            for (int i = 0; i < reference.length; i++) {
                error += Math.pow(trained.field("u")[i] - reference[i], 2);
                norm += reference[i] * reference[i];
            }
            double relative = Math.sqrt(error / norm);
            System.out.printf("retrained PINN at beta = 2: relative L2 %.3e in %.2f s%n", relative,
                    trained.elapsedNanos() / 1e9);
            assertTrue(relative < 5e-2, "relative L2 error of the retrained PINN at beta = 2: " + relative);
            assertTrue(worked.get() > 100, "progress is reported while training: " + worked.get());

            FieldSolution again = solver.solve(new double[] {2}, points, null);
            assertArrayEquals(trained.field("u"), again.field("u"), 0.0, "the trained network is kept");
        }
    }

    @Test
    void aCancelledTrainingThrowsAndKeepsNothing(@TempDir Path folder) throws Exception {
        StudyContext study = smallConvection(folder);
        AtomicInteger polled = new AtomicInteger();
        NullProgressMonitor cancelSoon = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return polled.incrementAndGet() > 20;
            }
        };
        try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.RETRAIN, study, null)) {
            long start = System.nanoTime();
            assertThrows(OperationCanceledException.class,
                    () -> solver.solve(new double[] {3}, new double[] {1, 0.5}, cancelSoon));
            assertTrue((System.nanoTime() - start) / 1e9 < 5, "cancellation stops the training promptly");
            AtomicInteger worked = new AtomicInteger();
            FieldSolution solution = solver.solve(new double[] {3}, new double[] {1, 0.5}, new NullProgressMonitor() {
                @Override
                public void worked(int work) {
                    worked.addAndGet(work);
                }
            });
            assertEquals(1, solution.pointCount());
            assertTrue(worked.get() > 0, "the cancelled run left nothing cached: the next solve trains");
        }
    }

    @Test
    void closingTheSolverStopsATrainingInProgress(@TempDir Path folder) throws Exception {
        StudyContext study = smallConvection(folder);
        study.study().getMethod().getTraining().getBaseStages().get(0).setIterations(200_000);
        SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.RETRAIN, study, null);
        java.util.concurrent.CountDownLatch training = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Throwable> outcome = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                solver.solve(new double[] {5}, new double[] {1, 0.5}, new NullProgressMonitor() {
                    @Override
                    public void worked(int work) {
                        training.countDown();
                    }
                });
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        assertTrue(training.await(30, java.util.concurrent.TimeUnit.SECONDS), "training started");
        long start = System.nanoTime();
        solver.close();
        Throwable thrown = outcome.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(thrown instanceof OperationCanceledException, "closing cancels the solve: " + thrown);
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "and promptly");
    }
}
