package org.hyperlora.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;

/** Reading the STUDY argument: a missing or unreadable file is bad input, with the reason. */
final class StudyArguments {

    private StudyArguments() {
    }

    static Path file(String command, String argument) throws UsageException {
        Path file = Path.of(argument).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new UsageException("hyperlora " + command + ": " + file + ": no such study file");
        }
        return file;
    }

    static Study load(String command, Path file) throws UsageException {
        try {
            return StudyFiles.load(file);
        } catch (StudyFileException e) {
            throw new UsageException("hyperlora " + command + ": " + e.getMessage());
        }
    }
}
