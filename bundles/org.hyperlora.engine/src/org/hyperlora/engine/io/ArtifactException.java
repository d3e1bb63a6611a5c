package org.hyperlora.engine.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An artifact could not be written, read, or interpreted: the file is not an artifact, is truncated or
 * corrupted, comes from a newer format version, or lacks metadata or a tensor its kind requires.
 * {@link #getMessage()} is {@code "PATH: reason"} when the artifact has a file, else the reason alone;
 * {@link #reason()} is always the reason alone, for dialogs that show the file elsewhere.
 * <p>
 * Checked, and an {@link IOException}, because every cause is something callers must expect and report
 * rather than a programming error: a user picks the wrong file, a copy is cut short, a disk fills up, an
 * older workbench opens a newer file. Code that already handles {@code IOException} handles this too.
 */
public class ArtifactException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Transient because {@link Path} is not serializable; the message keeps the path as text anyway. */
    private final transient Path path;
    private final String reason;

    /**
     * @param path the artifact's file, or null for a stream or an artifact that was never saved
     * @param reason what went wrong, without the path
     */
    public ArtifactException(Path path, String reason) {
        this(path, reason, null);
    }

    /**
     * @param path the artifact's file, or null for a stream or an artifact that was never saved
     * @param reason what went wrong, without the path
     * @param cause the underlying failure, or null
     */
    public ArtifactException(Path path, String reason, Throwable cause) {
        super(path == null ? reason : path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** The artifact's file, if it has one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** What went wrong, without the path. */
    public String reason() {
        return reason;
    }
}
