package org.hyperlora.model.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.hyperlora.model.ArtifactLink;
import org.hyperlora.model.Study;

/**
 * The kinds of files a training links into a study's results ({@code ArtifactLink.kind}): written by the runner,
 * read by the solvers and the workbench. The literal is what the study file holds.
 */
public enum ArtifactKind {
    /** The trained HyperLoRA surrogate ({@code .hlora}). */
    SURROGATE("surrogate"),
    /** The base PINN at the reference value ({@code .hlnet}). */
    BASE_NETWORK("base-network");

    private final String literal;

    ArtifactKind(String literal) {
        this.literal = literal;
    }

    /** The kind as a study file writes it. */
    public String literal() {
        return literal;
    }

    /** Whether a link's kind, as read from a file, is this kind. */
    public boolean is(String kind) {
        return literal.equals(kind);
    }

    /**
     * The newest link of this kind in the study's results (by creation time; without times, the last listed). Links
     * without a path are passed over.
     */
    public Optional<ArtifactLink> newestIn(Study study) {
        if (study.getResults() == null) {
            return Optional.empty();
        }
        ArtifactLink newest = null;
        for (ArtifactLink link : study.getResults().getArtifacts()) {
            if (!is(link.getKind()) || link.getPath() == null || link.getPath().isBlank()) {
                continue;
            }
            if (newest == null || newest.getCreated() == null || link.getCreated() == null
                    || !link.getCreated().before(newest.getCreated())) {
                newest = link;
            }
        }
        return Optional.ofNullable(newest);
    }

    /**
     * A link's path relative to the study file (absolute paths as they are); empty when it cannot be resolved (no
     * study file for a relative path, or not a path).
     */
    public static Optional<Path> resolve(Path studyFile, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (given.isAbsolute()) {
            return Optional.of(given);
        }
        return studyFile == null ? Optional.empty()
                : Optional.of(studyFile.toAbsolutePath().getParent().resolve(given).normalize());
    }
}
