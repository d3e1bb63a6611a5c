package org.hyperlora.workflow.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.hyperlora.workflow.ContributedStep;
import org.hyperlora.workflow.Step;

/**
 * The registry of {@code org.hyperlora.workflow.steps} contributions: the built-in step kinds and those of other
 * bundles, one mechanism. Declarations are read on first use (and again after the extension registry changes); an
 * executor is created only when a workflow uses its kind. A contribution that cannot be created is logged once,
 * naming its id and contributing bundle, and skipped: the others keep working.
 */
public final class StepKinds {

    public static final String EXTENSION_POINT = "org.hyperlora.workflow.steps";
    static final String PLUGIN_ID = "org.hyperlora.workflow";

    private static StepKinds shared;

    private final IExtensionRegistry extensionRegistry;
    private final ILog log;
    private List<Entry> entries;
    private volatile boolean stale;
    private final IRegistryChangeListener changeListener = event -> stale = true;

    /** One declaration and, once created, its executor. */
    private static final class Entry {
        final StepKind kind;
        final IConfigurationElement element;
        volatile StepExecutor executor;
        volatile boolean broken;

        Entry(StepKind kind, IConfigurationElement element) {
            this.kind = kind;
            this.element = element;
        }
    }

    StepKinds(IExtensionRegistry extensionRegistry, ILog log) {
        this.extensionRegistry = extensionRegistry;
        this.log = log;
        extensionRegistry.addRegistryChangeListener(changeListener, PLUGIN_ID);
    }

    /** The registry over the platform's extension registry (one per runtime). */
    public static synchronized StepKinds registry() {
        if (shared == null) {
            IExtensionRegistry extensions = RegistryFactory.getRegistry();
            if (extensions == null) {
                throw new IllegalStateException("no Eclipse extension registry is running (is org.eclipse.equinox.registry"
                        + " started?); workflow step kinds are found through it");
            }
            shared = new StepKinds(extensions, ILog.of(StepKinds.class));
        }
        return shared;
    }

    /** Stops listening to the extension registry (the shared registry lives as long as the runtime). */
    public void dispose() {
        extensionRegistry.removeRegistryChangeListener(changeListener);
    }

    /** The model class key of a step's class: {@code NSURI#CLASSNAME}. */
    public static String modelClassOf(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
    }

    /** Every readable contribution, sorted by id (none is instantiated by this). */
    public List<StepKind> kinds() {
        return entries().stream().map(e -> e.kind).toList();
    }

    /** The contribution with that id. */
    public Optional<StepKind> kind(String id) {
        return entries().stream().map(e -> e.kind).filter(k -> k.id().equals(id)).findFirst();
    }

    /**
     * The kind that runs a step: for a {@link ContributedStep} the one whose id is its {@code kind}, otherwise the one
     * declared for its model class (or, failing that, the nearest superclass's).
     */
    public Optional<StepKind> kindOf(Step step) {
        if (step instanceof ContributedStep contributed) {
            return contributed.getKind() == null ? Optional.empty() : kind(contributed.getKind().trim());
        }
        // the class itself, then its superclasses, nearest first (EMF lists them farthest first)
        List<EClass> classes = new ArrayList<>(step.eClass().getEAllSuperTypes());
        classes.add(step.eClass());
        java.util.Collections.reverse(classes);
        for (EClass eClass : classes) {
            String key = modelClassOf(eClass);
            Optional<StepKind> found = entries().stream().map(e -> e.kind).filter(k -> key.equals(k.modelClass()))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The executor of a kind, created on first use; empty (logged once) when it cannot be created. */
    public Optional<StepExecutor> executor(StepKind kind) {
        for (Entry entry : entries()) {
            if (entry.kind.equals(kind)) {
                return Optional.ofNullable(executor(entry));
            }
        }
        return Optional.empty();
    }

    /** Whether a contribution was found broken (its class could not be created). */
    public boolean isBroken(String id) {
        return entries().stream().anyMatch(e -> e.kind.id().equals(id) && e.broken);
    }

    /** Whether a contribution's executor has been created (the registry creates executors only on use). */
    public boolean isCreated(String id) {
        return entries().stream().anyMatch(e -> e.kind.id().equals(id) && e.executor != null);
    }

    private synchronized List<Entry> entries() {
        if (entries == null || stale) {
            stale = false;
            List<Entry> fresh = read();
            if (entries != null) {
                // keep what was created (or found broken) for declarations that did not change
                List<Entry> merged = new ArrayList<>();
                for (Entry entry : fresh) {
                    merged.add(entries.stream().filter(old -> old.kind.equals(entry.kind) && old.element.isValid())
                            .findFirst().orElse(entry));
                }
                fresh = List.copyOf(merged);
            }
            entries = fresh;
        }
        return entries;
    }

    private List<Entry> read() {
        List<Entry> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> modelClasses = new HashSet<>();
        List<IConfigurationElement> elements = new ArrayList<>(
                Arrays.asList(extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)));
        // a repeated id keeps the declaration of the bundle whose name sorts first: the same choice on every start
        elements.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            if (!"step".equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = trimmed(element.getAttribute("id"));
            String className = trimmed(element.getAttribute("class"));
            if (id == null || className == null) {
                log(IStatus.ERROR, "A workflow step kind contributed by bundle " + contributor + " lacks its "
                        + (id == null ? "id" : "class") + " attribute and is skipped", null);
                continue;
            }
            if (!ids.add(id)) {
                log(IStatus.ERROR, "Workflow step kind '" + id + "' contributed by bundle " + contributor
                        + " repeats an id already contributed (by a bundle whose name sorts first); it is skipped", null);
                continue;
            }
            String modelClass = trimmed(element.getAttribute("modelClass"));
            if (modelClass != null && !modelClasses.add(modelClass)) {
                log(IStatus.ERROR, "Workflow step kind '" + id + "' contributed by bundle " + contributor
                        + " claims model class " + modelClass + ", which another kind (of a bundle whose name sorts"
                        + " first) already runs; it is skipped", null);
                continue;
            }
            String name = trimmed(element.getAttribute("name"));
            if (name == null) {
                log(IStatus.WARNING, "Workflow step kind '" + id + "' contributed by bundle " + contributor
                        + " has no name; its id is shown instead", null);
            }
            List<StepKind.PropertySpec> properties = new ArrayList<>();
            for (IConfigurationElement property : element.getChildren("property")) {
                String key = trimmed(property.getAttribute("name"));
                if (key == null) {
                    log(IStatus.WARNING, "Workflow step kind '" + id + "' contributed by bundle " + contributor
                            + " declares a property without a name; it is ignored", null);
                    continue;
                }
                String description = trimmed(property.getAttribute("description"));
                properties.add(new StepKind.PropertySpec(key, Boolean.parseBoolean(trimmed(property.getAttribute("required"))),
                        description == null ? "" : description));
            }
            String description = trimmed(element.getAttribute("description"));
            result.add(new Entry(new StepKind(id, name == null ? id : name, className, modelClass,
                    description == null ? "" : description, properties, contributor), element));
        }
        result.sort(Comparator.comparing(e -> e.kind.id()));
        return List.copyOf(result);
    }

    /** The executor, created on first use; null (logged once) when it cannot be created. */
    private StepExecutor executor(Entry entry) {
        synchronized (entry) {
            if (entry.executor != null || entry.broken) {
                return entry.executor;
            }
            StepKind kind = entry.kind;
            if (!entry.element.isValid()) {
                return null; // the bundle went away; the next read drops the declaration
            }
            try {
                Object created = entry.element.createExecutableExtension("class");
                if (created instanceof StepExecutor executor) {
                    entry.executor = executor;
                } else {
                    entry.broken = true;
                    log(IStatus.ERROR, "Workflow step kind '" + kind.id() + "' contributed by bundle " + kind.contributor()
                            + " is skipped: its class " + kind.className() + " does not implement "
                            + StepExecutor.class.getName(), null);
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                entry.broken = true;
                log(IStatus.ERROR, "Workflow step kind '" + kind.id() + "' contributed by bundle " + kind.contributor()
                        + " cannot be created and is skipped: class " + kind.className() + ": " + reason(e), e);
            }
            return entry.executor;
        }
    }

    private void log(int severity, String message, Throwable error) {
        log.log(new Status(severity, PLUGIN_ID, message, error));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
