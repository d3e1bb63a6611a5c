package org.hyperlora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;

/**
 * The studies the benchmarks run: a study file, or one of the repository's examples by name (packed into this
 * bundle at build time), so each PDE family is defined once, by its {@code .hyperlora} file.
 */
public final class BenchStudies {

    /** The examples the benchmarks know by name. */
    public static final List<String> EXAMPLES = List.of("kovasznay", "burgers", "convection",
            "convection-wide", "cylinder", "pipe-wall", "sphere");

    private BenchStudies() {
    }

    /**
     * A study file's path, or an example's name.
     *
     * @throws StudyFileException when the file cannot be read, or the name is neither a file nor an example
     */
    public static Study load(String fileOrExample) throws StudyFileException {
        Path file = Path.of(fileOrExample);
        if (Files.isRegularFile(file)) {
            return StudyFiles.load(file);
        }
        if (!EXAMPLES.contains(fileOrExample)) {
            throw new StudyFileException("'" + fileOrExample + "' is neither a study file nor an example; examples: "
                    + EXAMPLES, null);
        }
        try (InputStream in = BenchStudies.class.getResourceAsStream("/examples/" + fileOrExample + ".hyperlora")) {
            if (in == null) {
                throw new StudyFileException("the example '" + fileOrExample + "' is missing from this installation", null);
            }
            Path copy = Files.createTempFile("hyperlora-" + fileOrExample + "-", ".hyperlora");
            try {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return StudyFiles.load(copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (StudyFileException e) {
            throw e;
        } catch (IOException e) {
            throw new StudyFileException("cannot read the example '" + fileOrExample + "': " + e.getMessage(), e);
        }
    }
}
