package org.hyperlora.runner.tests;

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
import org.hyperlora.runner.ClusterSettings;
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
