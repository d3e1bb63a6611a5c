package org.hyperlora.engine.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader, a crash or a failure never sees a half-written file under the final name:
 * the content goes to a temporary file in the same folder ({@code .NAME.RANDOM.tmp}; missing folders are created),
 * which is forced to disk and then renamed over the target in one step. The one way the product writes a file. If anything fails before the rename, the temporary
 * file is deleted and an existing target is left as it was.
 * <p>
 * A symbolic link at the target is replaced by the new file, not followed. Only a crash of the whole process
 * or machine can leave a temporary file behind; the name pattern
 * ({@link #isTemporaryFile(Path)}) lets cleanup code recognize it.
 */
public final class AtomicFiles {

    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Pattern TEMPORARY_NAME = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {

        /** Writes the whole content. Closing {@code out} is allowed but not needed. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the text of a file. */
    @FunctionalInterface
    public interface Text {

        /** Writes the whole text; flushing is not needed. */
        void writeTo(BufferedWriter out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically, replacing an existing file only once the new content is complete and
     * on disk.
     *
     * @throws IOException from {@code content} or the file system; the target is then unchanged and no
     *             temporary file remains
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        Files.createDirectories(folder);
        Set<PosixFilePermission> kept = existingPermissions(absolute);
        Path temporary = createTemporaryFile(folder, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        // Keep the channel open: it still has to be forced to disk below.
                        flush();
                    }
                });
                buffered.flush();
                // Without this, a crash shortly after the rename can leave the new name pointing at an empty
                // or partial file on file systems that reorder metadata and data writes (ext4, XFS).
                channel.force(true);
            }
            if (kept != null) {
                Files.setPosixFilePermissions(temporary, kept);
            }
            moveReplacing(temporary, absolute);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
        forceFolder(folder);
    }

    /**
     * The permissions of a file about to be replaced, so the new one keeps them; null for a new file or a file system
     * without POSIX permissions.
     *
     * @throws AccessDeniedException when the file is read-only: it is refused, not replaced (even for root)
     */
    private static Set<PosixFilePermission> existingPermissions(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            if (!Files.isWritable(target)) {
                throw new AccessDeniedException(target.toString(), null, "is read-only; it is left as it is");
            }
            return null;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (!permissions.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new AccessDeniedException(target.toString(), null, "is read-only; it is left as it is");
        }
        return permissions;
    }

    /**
     * Checks up front, before minutes of work, that {@link #write} could replace or create {@code target}: the
     * nearest existing folder above it is writable and the file, if it exists, is not read-only.
     *
     * @throws IOException naming what cannot be written
     */
    public static void checkWritable(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !writable(folder)) {
            throw new AccessDeniedException(folder.toString(), null, "the folder is not writable");
        }
        existingPermissions(target.toAbsolutePath());
    }

    /** Writable by this user and not marked read-only (root may write anywhere, but a 0555 folder says "leave me"). */
    private static boolean writable(Path folder) throws IOException {
        if (!Files.isWritable(folder)) {
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        return view == null || view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    }

    /**
     * Whether two paths name the same file: the same file on disk when both exist, else the same normalized path.
     */
    public static boolean sameFile(Path a, Path b) {
        Path first = a.toAbsolutePath().normalize();
        Path second = b.toAbsolutePath().normalize();
        try {
            return Files.exists(first) && Files.exists(second) ? Files.isSameFile(first, second) : first.equals(second);
        } catch (IOException e) {
            return first.equals(second);
        }
    }

    /** Writes UTF-8 text atomically (see {@link #write}). */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(writer);
            writer.flush();
        });
    }

    /** Copies a file; the target is replaced atomically. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * Moves a complete file written beside its target (e.g. a staged artifact) over the target in one step.
     *
     * @throws IOException when the move fails; the target is then unchanged
     */
    public static void moveIntoPlace(Path staged, Path target) throws IOException {
        moveReplacing(staged, target);
    }

    /** True for names this class gives its temporary files, {@code .NAME.RANDOM.tmp}. */
    public static boolean isTemporaryFile(Path file) {
        Path name = file.getFileName();
        return name != null && TEMPORARY_NAME.matcher(name.toString()).matches();
    }

    /**
     * A short description of an I/O failure for messages about {@code subject}: the JDK puts only a path
     * into the message of some exceptions, and repeating the subject's own path adds nothing.
     */
    static String describe(IOException e, Path subject) {
        if (e instanceof ArtifactException artifactProblem) {
            return artifactProblem.reason();
        }
        if (e instanceof FileSystemException fileProblem) {
            String what = fileProblem.getReason() != null ? fileProblem.getReason()
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "access denied"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e.getClass().getSimpleName();
            String file = fileProblem.getFile();
            boolean aboutSubject = file == null || subject != null && Path.of(file).equals(subject);
            return aboutSubject ? what : what + " (" + file + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Path createTemporaryFile(Path folder, String targetName) throws IOException {
        // Not Files.createTempFile: that creates the file readable by its owner only, and the rename would
        // carry those permissions over to the artifact.
        HexFormat hex = HexFormat.of();
        for (int attempt = 0;; attempt++) {
            Path candidate = folder.resolve("." + targetName + "." + hex.toHexDigits(RANDOM.nextLong()) + TEMPORARY_SUFFIX);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 10) {
                    throw taken;
                }
            }
        }
    }

    private static void moveReplacing(Path source, Path target) throws IOException {
        try {
            // A rename within one folder: rename(2) on POSIX, MoveFileEx(REPLACE_EXISTING) on Windows, both
            // of which replace an existing target in one step.
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable on POSIX; Windows cannot open folders this way and needs no such step. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // The new file is complete either way; at worst a power cut brings back the previous version.
        }
    }
}
