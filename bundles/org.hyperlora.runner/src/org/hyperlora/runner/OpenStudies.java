package org.hyperlora.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyperlora.model.Study;

/**
 * The studies open in an editor, by file: a training started elsewhere (a launch configuration, Run As) trains the
 * editor's model and returns its results through the editor's command stack, undoable, instead of writing the file
 * under the editor; a training whose editor closed meanwhile stores its results in the file instead.
 */
public final class OpenStudies {

    /** An open study: its live model, the editor's editing domain and where model changes must run. */
    public record OpenStudy(Study study, EditingDomain domain, Executor modelExecutor) {
    }

    private static final Map<Path, List<OpenStudy>> OPEN = new ConcurrentHashMap<>();
    /** The domains ever registered (weakly held): their trainings check at the end whether the editor is still open. */
    private static final java.util.Set<EditingDomain> REGISTERED = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private OpenStudies() {
    }

    /**
     * Registers an editor's study; returns what unregisters it (call it when the editor closes). With several
     * editors on one file the last opened one is found.
     */
    public static Runnable register(Path file, Study study, EditingDomain domain, Executor modelExecutor) {
        Path key = key(file);
        OpenStudy open = new OpenStudy(study, domain, modelExecutor);
        OPEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(open);
        REGISTERED.add(domain);
        return () -> OPEN.computeIfPresent(key, (k, list) -> {
            list.remove(open);
            return list.isEmpty() ? null : list;
        });
    }

    /** The editor's study for this file (the last opened editor's), if one is open. */
    public static Optional<OpenStudy> find(Path file) {
        List<OpenStudy> open = OPEN.get(key(file));
        return open == null || open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
    }

    /** Whether an editor with this domain still has the file open. */
    public static boolean isOpen(Path file, EditingDomain domain) {
        List<OpenStudy> open = OPEN.get(key(file));
        return open != null && open.stream().anyMatch(o -> o.domain() == domain);
    }

    /** Whether an editor registered this domain (a domain of a test or a tool without an editor was not). */
    public static boolean wasRegistered(EditingDomain domain) {
        return REGISTERED.contains(domain);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
