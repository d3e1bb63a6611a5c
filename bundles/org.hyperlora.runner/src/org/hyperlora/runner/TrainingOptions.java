package org.hyperlora.runner;

import java.nio.file.Path;

import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.model.mapping.TrainingProfile;

/**
 * How to run a study's training.
 *
 * @param profile      the study's own settings, or a scaled-down run of a minute or less for trying a study out
 * @param threads      worker threads for the per-instance fits (0: one per core)
 * @param resume       reuse the checkpoints of an earlier, unfinished or cancelled run of the same study and settings
 * @param outputFolder where artifacts and checkpoints go; null: next to the study file, in {@code NAME-training/}
 * @param cluster      the cluster whose members run the per-instance fits with this process; null: this process
 *                     alone (the caller starts and closes the member)
 */
public record TrainingOptions(TrainingProfile profile, int threads, boolean resume, Path outputFolder,
        ClusterMember cluster) {

    public TrainingOptions(TrainingProfile profile, int threads, boolean resume, Path outputFolder) {
        this(profile, threads, resume, outputFolder, null);
    }

    public TrainingOptions {
        if (profile == null) {
            throw new IllegalArgumentException("a training needs a profile");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0: one per core), got " + threads);
        }
    }

    /** The study's own settings, all cores, no resume, artifacts next to the study. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(TrainingProfile.STUDY, 0, false, null);
    }

    public TrainingOptions withProfile(TrainingProfile value) {
        return new TrainingOptions(value, threads, resume, outputFolder, cluster);
    }

    public TrainingOptions withResume(boolean value) {
        return new TrainingOptions(profile, threads, value, outputFolder, cluster);
    }

    public TrainingOptions withThreads(int value) {
        return new TrainingOptions(profile, value, resume, outputFolder, cluster);
    }

    public TrainingOptions withOutputFolder(Path value) {
        return new TrainingOptions(profile, threads, resume, value, cluster);
    }

    public TrainingOptions withCluster(ClusterMember value) {
        return new TrainingOptions(profile, threads, resume, outputFolder, value);
    }

    /** The worker count to use. */
    public int workers() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
