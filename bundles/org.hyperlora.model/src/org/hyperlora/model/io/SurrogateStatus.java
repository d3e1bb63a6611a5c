package org.hyperlora.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hyperlora.engine.hyper.TrainedSurrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.TrainingProfile;

/**
 * Whether a surrogate file can answer for a study: it must exist, read without damage, be of the study's
 * coordinates, fields and parameters, and record the fingerprint of the study's current settings
 * ({@link StudyFingerprint}). The validator reports the other states as warnings; the HyperLoRA solver does not
 * answer from them.
 *
 * @param reason what is wrong, for people (empty when current)
 */
public record SurrogateStatus(State state, Path file, String reason) {

    /** What the check found. */
    public enum State {
        CURRENT, MISSING, DAMAGED, FOREIGN, OUT_OF_DATE
    }

    /** Files read recently, by path, size and time: the editor validates after every change. */
    private static final Map<Path, Read> READ = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Read> eldest) {
            return size() > 16;
        }
    };

    /** What a file holds, as far as the check needs it: the surrogate's names and provenance, or the damage. */
    private record Read(long size, FileTime modified, FamilyNames names, SurrogateArtifacts.Provenance provenance,
            String damage) {
    }

    public boolean current() {
        return state == State.CURRENT;
    }

    /**
     * The status of the study's newest trained surrogate (its results' link, relative to {@code studyFile}); empty
     * when the study has none (never trained).
     */
    public static Optional<SurrogateStatus> ofTrained(Study study, Path studyFile) {
        return ArtifactKind.SURROGATE.newestIn(study).map(link -> ArtifactKind.resolve(studyFile, link.getPath())
                .map(file -> of(study, file))
                .orElseGet(() -> new SurrogateStatus(State.MISSING, null, "the surrogate '" + link.getPath()
                        + "' cannot be found: its path is relative and the study has no file, or it is not a path")));
    }

    /** Checks {@code file} as the surrogate of {@code study} (as edited now). */
    public static SurrogateStatus of(Study study, Path file) {
        if (!Files.isRegularFile(file)) {
            return new SurrogateStatus(State.MISSING, file, file + " does not exist (moved or deleted?): train the"
                    + " study again");
        }
        Read read = read(file);
        if (read.damage() != null) {
            return new SurrogateStatus(State.DAMAGED, file, file + " is damaged or not a surrogate ("
                    + read.damage() + "): train the study again");
        }
        FamilyNames names = FamilyNames.of(study.getFamily());
        FamilyNames trained = read.names();
        String difference = names == null ? FamilyNames.incomplete(study.getFamily())
                : names.difference(trained.coordinates(), trained.fields(), trained.parameters());
        if (difference != null) {
            return new SurrogateStatus(State.FOREIGN, file, file + " belongs to another study: it was trained for "
                    + difference);
        }
        SurrogateArtifacts.Provenance provenance = read.provenance();
        if (provenance == null) {
            return new SurrogateStatus(State.OUT_OF_DATE, file, file + " does not record the settings it was"
                    + " trained from (an older HyperLoRA wrote it): train the study again");
        }
        TrainingProfile profile;
        try {
            profile = TrainingProfile.named(provenance.profile());
        } catch (IllegalArgumentException e) {
            return new SurrogateStatus(State.OUT_OF_DATE, file, file + ": " + e.getMessage());
        }
        String fingerprint;
        try {
            fingerprint = StudyFingerprint.of(study, profile);
        } catch (RuntimeException incomplete) {
            return new SurrogateStatus(State.OUT_OF_DATE, file, file + " cannot be matched to the study: it is incomplete"
                    + " (validate it)");
        }
        if (!fingerprint.equals(provenance.studyFingerprint())) {
            return new SurrogateStatus(State.OUT_OF_DATE, file, file + " was trained from other settings than the"
                    + " study's (it changed since, or another study was trained there): train the study again");
        }
        return new SurrogateStatus(State.CURRENT, file, "");
    }

    private static Read read(Path file) {
        Path key = file.toAbsolutePath().normalize();
        long size;
        FileTime modified;
        try {
            size = Files.size(key);
            modified = Files.getLastModifiedTime(key);
        } catch (IOException e) {
            return new Read(-1, null, null, null, e.getMessage());
        }
        synchronized (READ) {
            Read cached = READ.get(key);
            if (cached != null && cached.size() == size && modified.equals(cached.modified())) {
                return cached;
            }
        }
        Read read;
        try {
            Artifact artifact = Artifact.read(key);
            TrainedSurrogate surrogate = SurrogateArtifacts.anyFromArtifact(artifact); // every piece read and checked
            read = new Read(size, modified, new FamilyNames(surrogate.coordinates(), surrogate.fields(),
                    surrogate.range().names()), SurrogateArtifacts.provenance(artifact).orElse(null), null);
        } catch (ArtifactException e) {
            read = new Read(size, modified, null, null, e.reason());
        }
        synchronized (READ) {
            READ.put(key, read);
        }
        return read;
    }
}
