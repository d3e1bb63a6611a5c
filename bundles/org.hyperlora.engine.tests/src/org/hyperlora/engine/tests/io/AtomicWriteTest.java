package org.hyperlora.engine.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hyperlora.engine.io.Artifact;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing never leaves a partial artifact under the final name, nor temporary files after it returns. */
class AtomicWriteTest {

    private static final Artifact OLD = Artifact.builder("pinn").put("version", "old")
            .float64("w", new double[] { 1, 2, 3 }, 3).build();
    private static final Artifact NEW = Artifact.builder("pinn").put("version", "new")
            .float64("w", new double[] { 4, 5, 6, 7 }, 4).build();

    @Test
    void writeLeavesOnlyTheArtifact(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.hlora");
        OLD.write(file);
        assertEquals(List.of("model.hlora"), fileNames(folder));
        assertEquals(OLD, Artifact.read(file));
    }

    @Test
    void successfulWriteReplacesAnExistingArtifact(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.hlora");
        OLD.write(file);
        NEW.write(file);
        assertEquals(NEW, Artifact.read(file));
        assertEquals(List.of("model.hlora"), fileNames(folder));
    }

    @Test
    void contentGoesToAHiddenTemporaryFileUntilItIsComplete(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.hlora");
        List<String> seenWhileWriting = new ArrayList<>();
        AtomicFiles.write(file, out -> {
            NEW.write(out);
            seenWhileWriting.addAll(fileNames(folder));
        });
        assertEquals(1, seenWhileWriting.size(), seenWhileWriting.toString());
        String temporary = seenWhileWriting.get(0);
        assertTrue(temporary.startsWith(".model.hlora.") && temporary.endsWith(".tmp"), temporary);
        assertTrue(AtomicFiles.isTemporaryFile(folder.resolve(temporary)));
        assertFalse(AtomicFiles.isTemporaryFile(file));
        assertEquals(NEW, Artifact.read(file));
        assertEquals(List.of("model.hlora"), fileNames(folder));
    }

    @Test
    void failureHalfwayKeepsTheExistingArtifactAndLeavesNoTemporaryFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.hlora");
        OLD.write(file);
        byte[] before = Files.readAllBytes(file);
        IOException diskFull = new IOException("No space left on device (simulated)");

        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            byte[] complete = ArtifactBytes.of(NEW);
            out.write(complete, 0, complete.length / 2);
            out.flush();
            throw diskFull;
        }));

        assertSame(diskFull, thrown);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(OLD, Artifact.read(file));
        assertEquals(List.of("model.hlora"), fileNames(folder));
    }

    @Test
    void runtimeFailureInsideTheContentAlsoCleansUp(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("model.hlora");
        OLD.write(file);
        IllegalStateException bug = new IllegalStateException("tensor supplier failed");

        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            NEW.write(out);
            throw bug;
        })));

        assertEquals(OLD, Artifact.read(file));
        assertEquals(List.of("model.hlora"), fileNames(folder));
    }

    @Test
    void closingTheStreamEarlyDoesNotBreakTheWrite(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("notes.txt");
        AtomicFiles.write(file, out -> {
            out.write("closed by the writer".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("closed by the writer", Files.readString(file));
    }

    @Test
    void writingOverAFolderOrBelowAFileFailsCleanlyAndMissingFoldersAreCreated(@TempDir Path folder) throws Exception {
        Path subfolder = Files.createDirectory(folder.resolve("model.hlora"));
        ArtifactException overFolder = assertThrows(ArtifactException.class, () -> NEW.write(subfolder));
        assertEquals(subfolder + ": cannot write artifact: is a folder, not a file", overFolder.getMessage());

        Path plain = Files.writeString(folder.resolve("plain"), "kept");
        Path belowFile = plain.resolve("model.hlora");
        ArtifactException underFile = assertThrows(ArtifactException.class, () -> NEW.write(belowFile));
        assertTrue(underFile.getMessage().startsWith(belowFile + ": cannot write artifact: "), underFile.getMessage());
        assertEquals("kept", Files.readString(plain));
        assertEquals(List.of(), fileNames(subfolder));

        // every file the product writes creates the folders it needs
        Path inMissing = folder.resolve("missing").resolve("model.hlora");
        NEW.write(inMissing);
        assertEquals(List.of("model.hlora"), fileNames(inMissing.getParent()));
    }

    @Test
    void writtenFileGetsOrdinaryPermissionsNotThoseOfAPrivateTemporaryFile(@TempDir Path folder) throws Exception {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return; // Permissions as tested here exist on POSIX file systems only.
        }
        Path reference = Files.createFile(folder.resolve("reference"));
        Path file = folder.resolve("model.hlora");
        NEW.write(file);
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(file));
    }

    @Test
    void aReadOnlyFileIsRefusedAndKeptAndAReplacedFileKeepsItsPermissions(@TempDir Path folder) throws Exception {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return; // Permissions as tested here exist on POSIX file systems only.
        }
        Path shared = folder.resolve("shared.txt");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeText(shared, text -> text.write("new"));
        assertEquals("new", Files.readString(shared));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)),
                "replaced, not re-created with the default permissions");

        // read-only means "leave me", also for root, who could write it anyway
        Path readOnly = folder.resolve("read-only.txt");
        Files.writeString(readOnly, "keep");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        IOException refused = assertThrows(IOException.class, () -> AtomicFiles.writeText(readOnly, t -> t.write("x")));
        assertTrue(refused.getMessage().contains("is read-only; it is left as it is"), refused.getMessage());
        assertThrows(IOException.class, () -> AtomicFiles.checkWritable(readOnly));
        assertEquals("keep", Files.readString(readOnly));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly)));
        assertEquals(List.of("read-only.txt", "shared.txt"), fileNames(folder), "no temporary file left");

        Path lockedFolder = Files.createDirectories(folder.resolve("locked"));
        Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            IOException folderRefused = assertThrows(IOException.class,
                    () -> AtomicFiles.checkWritable(lockedFolder.resolve("new/results.csv")));
            assertTrue(folderRefused.getMessage().contains("the folder is not writable"), folderRefused.getMessage());
        } finally {
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        AtomicFiles.checkWritable(folder.resolve("missing/deeper/results.csv")); // created on writing
    }

    @Test
    void sameFileSeesThroughRelativePathsAndLinks(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("study.hyperlora"), "x");
        assertTrue(AtomicFiles.sameFile(file, folder.resolve("sub/../study.hyperlora")));
        Path link = Files.createSymbolicLink(folder.resolve("link.hyperlora"), file);
        assertTrue(AtomicFiles.sameFile(link, file), "a link to the study is the study");
        assertFalse(AtomicFiles.sameFile(file, folder.resolve("other.csv")));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
