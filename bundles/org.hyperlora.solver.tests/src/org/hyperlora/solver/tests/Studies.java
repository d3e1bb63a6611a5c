package org.hyperlora.solver.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;

/** The repository's example studies, found from the test's working directory (the bundle, or the repository). */
final class Studies {

    private Studies() {
    }

    static Path example(String name) {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("examples").resolve(name + ".hyperlora");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new IllegalStateException("examples/" + name + ".hyperlora not found above " + Path.of("").toAbsolutePath());
    }

    /** A copy of an example in a folder of the test's, so the test may change and save it. */
    static Path copy(String name, Path folder) throws IOException {
        Path target = folder.resolve(name + ".hyperlora");
        Files.copy(example(name), target);
        return target;
    }

    static Study load(Path file) throws IOException {
        return StudyFiles.load(file);
    }
}
