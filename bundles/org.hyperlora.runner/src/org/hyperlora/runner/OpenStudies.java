package org.hyperlora.runner;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyperlora.model.Study;

/**
 * The studies open in an editor, by file: a training started elsewhere (a launch configuration, Run As) trains the
 * editor's model as shown and returns its results through the editor's command stack, undoable, instead of writing
 * the file under the editor.
 */
public final class OpenStudies {

    /** An open study: its live model, the editor's editing domain and where model changes must run. */
    public record OpenStudy(Study study, EditingDomain domain, Executor modelExecutor) {
    }

    private static final Map<Path, OpenStudy> OPEN = new ConcurrentHashMap<>();

    private OpenStudies() {
    }

    /**
     * Registers an editor's study; returns what unregisters it (call it when the editor closes). A second editor on
     * the same file replaces the first until it closes.
     */
    public static Runnable register(Path file, Study study, EditingDomain domain, Executor modelExecutor) {
        Path key = key(file);
        OpenStudy open = new OpenStudy(study, domain, modelExecutor);
        OPEN.put(key, open);
        return () -> OPEN.remove(key, open);
    }

    /** The editor's study for this file, if one is open. */
    public static Optional<OpenStudy> find(Path file) {
        return Optional.ofNullable(OPEN.get(key(file)));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
