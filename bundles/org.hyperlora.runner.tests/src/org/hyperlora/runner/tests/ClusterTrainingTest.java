package org.hyperlora.runner.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IStatus;
import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.hyperlora.cluster.WorkQueue;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.hyperlora.runner.ClusterSamples;
import org.hyperlora.runner.ClusterSettings;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.DerivedQuantity;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.QuantityEvaluator;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.solver.Uncertainty;
import org.hyperlora.runner.RunListener;
import org.hyperlora.runner.TrainingJob;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training launched with "Run on cluster" ({@link TrainingJob#onCluster}): the job joins the cluster of the
 * preferences, its fits run on the members (here a second member in this JVM serving units), and it leaves at the
 * end; settings that cannot work are refused before anything runs, naming the setting.
 */
// a cluster that hangs fails this test, in its own thread, instead of holding the whole build
@Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClusterTrainingTest {

    @Test
    void aJobOnTheClusterOfThePreferencesRunsItsFitsOnTheMembersAndLeaves(@TempDir Path folder) throws Exception {
        ClusterSettings before = ClusterSettings.load();
        Path secret = folder.resolve("secret");
        Files.writeString(secret, "the cluster training test's secret\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        String worker = ClusterOptions.freeLoopbackAddress();
        String coordinator = ClusterOptions.freeLoopbackAddress();
        AtomicBoolean stop = new AtomicBoolean();
        try (ClusterMember member = ClusterMember.start(ClusterOptions.of("prefs", secret.toString(), worker, worker
                + "," + coordinator))) {
            Thread serving = new Thread(() -> {
                try {
                    WorkQueue.serve(member.hazelcast(), stop);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "member-serving");
            serving.setDaemon(true);
            serving.start();

            // refused before anything runs: a settings mistake is named
            IllegalArgumentException noSecret = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> new ClusterSettings("prefs", worker, coordinator, "")
                            .options());
            assertTrue(noSecret.getMessage().contains("the secret file is required")
                    && noSecret.getMessage().endsWith("(" + ClusterSettings.WHERE + ")"), noSecret.getMessage());

            ClusterSettings settings = new ClusterSettings("prefs", worker + "," + coordinator, coordinator,
                    secret.toString());
            settings.save();
            assertEquals(settings, ClusterSettings.load());

            Path file = Studies.tinyConvection(folder);
            Study study = StudyFiles.load(file);
            List<String> messages = new CopyOnWriteArrayList<>();
            RunListener listener = new RunListener() {
                @Override
                public void onMessage(String message) {
                    messages.add(message);
                }
            };
            TrainingJob job = new TrainingJob(study, new TrainingRun(study, file, TrainingOptions.defaults(), listener),
                    null, null).onCluster(ClusterSettings.load());
            job.schedule();
            job.join();
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
            assertNotNull(job.outcome());
            assertTrue(messages.stream().anyMatch(m -> m.matches("fits: chain \\d+ of \\d+ done on (" + worker + "|"
                    + coordinator + ")")), messages.toString());
            long until = System.currentTimeMillis() + 30_000;
            while (member.size() > 1 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(1, member.size(), "the job left the cluster when it ended");

            // the trained surrogate's uncertainty propagation on the cluster: the statistics of a run alone, bit for bit
            StudyContext trained = new StudyContext(StudyFiles.load(file), file);
            double[] grid = PointTables.points(new double[][] {{0, 1, 2, 3, 4, 5, 6}, {0, 0.5, 1}});
            List<DerivedQuantity> quantities = List.of(DerivedQuantity.over(DerivedQuantity.Kind.MAX_ABS, "u"),
                    DerivedQuantity.probe("u", 2.0, 0.5));
            QuantityEvaluator evaluator = new QuantityEvaluator(trained.engineStudy().problem(), grid, quantities);
            List<Uncertainty.Truncated> beta = List.of(Uncertainty.Truncated.of("beta", new Uncertainty.Uniform(2, 9),
                    1, 20));
            try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, trained,
                    new NullProgressMonitor()); ClusterMember here = ClusterMember.start(ClusterOptions.of("prefs",
                            secret.toString(), ClusterOptions.freeLoopbackAddress(), worker))) {
                Uncertainty.Statistics alone = Uncertainty.propagate(solver, evaluator, beta, 600,
                        new NullProgressMonitor());
                ClusterSamples chunks = new ClusterSamples(here.hazelcast(), BuiltinSolvers.HYPERLORA, trained, grid,
                        quantities);
                Uncertainty.Statistics spread = Uncertainty.propagate(evaluator, beta, 600, chunks,
                        new NullProgressMonitor());
                for (int f = 0; f < alone.mean().length; f++) {
                    assertArrayEquals(alone.mean()[f], spread.mean()[f], 0.0, "means bit for bit");
                    assertArrayEquals(alone.std()[f], spread.std()[f], 0.0, "standard deviations bit for bit");
                }
                for (int q = 0; q < quantities.size(); q++) {
                    assertEquals(alone.quantities().get(q).mean(), spread.quantities().get(q).mean(), 0.0);
                    assertArrayEquals(alone.quantities().get(q).quantiles(), spread.quantities().get(q).quantiles(),
                            0.0);
                }
                assertTrue(alone.std()[0][10] > 0, "the samples differ: " + alone.std()[0][10]);
            }

            // a cluster that refuses (another secret) fails the job with the reason, before training
            Path other = folder.resolve("other");
            Files.writeString(other, "another secret altogether, long enough\n");
            Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
            TrainingJob refused = new TrainingJob(study, new TrainingRun(study, file, TrainingOptions.defaults(),
                    null), null, null).onCluster(new ClusterSettings("prefs", worker, ClusterOptions
                            .freeLoopbackAddress(), other.toString()));
            refused.schedule();
            refused.join();
            assertEquals(IStatus.ERROR, refused.getResult().getSeverity());
            assertTrue(refused.getResult().getMessage().contains("did not start: cannot join cluster 'prefs'")
                    && refused.getResult().getMessage().contains("refused: the member at " + worker),
                    refused.getResult().getMessage());
        } finally {
            stop.set(true);
            before.save();
        }
    }
}
