package org.hyperlora.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.solver.StudyContext;

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

    /** The study, refused (exit 2) with its first errors when it does not validate: nothing is solved from it. */
    static Study loadValid(String command, Path file) throws UsageException {
        Study study = load(command, file);
        Diagnostic diagnostic = StudyFiles.validate(study);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            List<String> errors = StudyFiles.problems(diagnostic).stream()
                    .filter(problem -> problem.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList();
            throw new UsageException("hyperlora " + command + ": study '" + study.getName() + "' (" + file + ") has "
                    + errors.size() + " error(s); 'hyperlora validate' lists them:\n  " + String.join("\n  ",
                            errors.subList(0, Math.min(3, errors.size()))));
        }
        return study;
    }

    static Study load(String command, Path file) throws UsageException {
        try {
            return StudyFiles.load(file);
        } catch (StudyFileException e) {
            throw new UsageException("hyperlora " + command + ": " + e.getMessage());
        }
    }

    /** The engine's problem of a validated study (its mapping cannot fail then; if it does, it is said as bad input). */
    static PinnProblem problem(String command, StudyContext study) throws UsageException {
        try {
            return study.engineStudy().problem();
        } catch (StudyMappingException e) {
            throw new UsageException("hyperlora " + command + ": " + e.getMessage());
        }
    }
}
