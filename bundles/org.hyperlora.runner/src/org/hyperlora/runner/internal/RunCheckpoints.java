package org.hyperlora.runner.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.hyperlora.engine.hyper.TrainingPipeline;
import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.train.TrainingCheckpoint;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFingerprint;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.RunListener;

/**
 * A run's checkpoint folder: the base network when its stage is done (and the trainer's checkpoints while it
 * runs), one file per finished LoRA fit. A fingerprint of the study's settings guards them: checkpoints of a
 * study that has changed since are never reused.
 */
public final class RunCheckpoints implements TrainingPipeline.Store {

    private static final String FIT_KIND = "hyperlora-fit";

    private final Path folder;
    private final boolean reuse;

    /**
     * @param resume reuse what an earlier run of the same settings left; otherwise start clean
     */
    public RunCheckpoints(Path folder, Study study, TrainingProfile profile, boolean resume, RunListener listener)
            throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
        String fingerprint = StudyFingerprint.of(study, profile);
        Path fingerprintFile = folder.resolve("fingerprint.txt");
        String previous = Files.exists(fingerprintFile) ? Files.readString(fingerprintFile).trim() : null;
        boolean matches = fingerprint.equals(previous);
        if (resume && previous != null && !matches) {
            listener.onMessage("the study's settings changed since the checkpoints in " + folder
                    + " were written: starting over");
        }
        reuse = resume && matches;
        if (!reuse) {
            clear();
        }
        AtomicFiles.writeText(fingerprintFile, out -> out.write(fingerprint + "\n"));
    }

    /** Whether earlier results are being reused. */
    public boolean resuming() {
        return reuse;
    }

    private void clear() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    // ---------------------------------------------------------------- base network

    private Path baseFile() {
        return folder.resolve("base.hlnet");
    }

    private Path baseProgressFile() {
        return folder.resolve("base-progress.hlnet");
    }

    @Override
    public double[] finishedBase(Mlp shape) throws ArtifactException {
        if (!reuse || !Files.exists(baseFile())) {
            return null;
        }
        Mlp loaded = NetworkArtifacts.load(baseFile()).network();
        if (loaded.parameterCount() != shape.parameterCount()) {
            return null;
        }
        return loaded.parameters();
    }

    @Override
    public void saveBase(Mlp network, NetworkArtifacts.Description description) throws ArtifactException {
        NetworkArtifacts.save(baseFile(), network, description);
        try {
            Files.deleteIfExists(baseProgressFile());
        } catch (IOException e) {
            // a stale progress file is ignored once the base file exists
        }
    }

    @Override
    public TrainingCheckpoint baseProgress(Mlp shape) {
        if (!reuse || !Files.exists(baseProgressFile())) {
            return null;
        }
        try {
            return NetworkArtifacts.loadCheckpoint(baseProgressFile(), shape);
        } catch (ArtifactException e) {
            return null; // damaged (e.g. the machine died while writing): train the stage again
        }
    }

    @Override
    public void saveBaseProgress(TrainingCheckpoint checkpoint, Mlp shape) throws ArtifactException {
        NetworkArtifacts.saveCheckpoint(baseProgressFile(), checkpoint, shape, "base PINN in progress");
    }

    // ---------------------------------------------------------------- fits

    private Path fitFile(double[] lambda) {
        StringBuilder name = new StringBuilder("fit");
        for (double value : lambda) {
            name.append('_').append(String.format(Locale.ROOT, "%.12g", value));
        }
        return folder.resolve(name.append(".hlfit").toString());
    }

    @Override
    public double[] finishedFit(double[] lambda, int length) {
        Path file = fitFile(lambda);
        if (!reuse || !Files.exists(file)) {
            return null;
        }
        try {
            Artifact artifact = Artifact.read(file);
            double[] values = artifact.tensorOfShape("trainable", length).doubles();
            return values;
        } catch (ArtifactException e) {
            return null;
        }
    }

    @Override
    public void saveFit(double[] lambda, double[] trainable, double loss) throws ArtifactException {
        Artifact.builder(FIT_KIND).putDoubles("lambda", lambda).putDouble("loss", loss)
                .float64("trainable", trainable, trainable.length).build().write(fitFile(lambda));
    }
}
