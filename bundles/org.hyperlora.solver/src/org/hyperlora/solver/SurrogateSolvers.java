package org.hyperlora.solver;

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
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IRegistryChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The registry of {@code org.hyperlora.solver.surrogateSolvers} contributions. Declarations are read on first use
 * (and again after the extension registry changes); a provider class is created only when a study asks for it.
 * A contribution that cannot be created is logged once, naming its id and contributing bundle, and skipped: the
 * others keep working.
 */
public final class SurrogateSolvers implements SurrogateSolverService {

    public static final String EXTENSION_POINT = "org.hyperlora.solver.surrogateSolvers";
    static final String PLUGIN_ID = "org.hyperlora.solver";

    private static SurrogateSolvers shared;

    private final IExtensionRegistry extensionRegistry;
    private final ILog log;
    private List<Entry> entries;
    private final IRegistryChangeListener changeListener = event -> invalidate();

    /** One declaration and, once created, its provider. */
    private static final class Entry {
        final SolverContribution contribution;
        final IConfigurationElement element;
        volatile SurrogateSolverProvider provider;
        volatile boolean broken;

        Entry(SolverContribution contribution, IConfigurationElement element) {
            this.contribution = contribution;
            this.element = element;
        }
    }

    SurrogateSolvers(IExtensionRegistry extensionRegistry, ILog log) {
        this.extensionRegistry = extensionRegistry;
        this.log = log;
        extensionRegistry.addRegistryChangeListener(changeListener, PLUGIN_ID);
    }

    /** The registry over the platform's extension registry (one per runtime). */
    public static synchronized SurrogateSolvers registry() {
        if (shared == null) {
            IExtensionRegistry extensions = RegistryFactory.getRegistry();
            if (extensions == null) {
                throw new IllegalStateException("no Eclipse extension registry is running (is org.eclipse.equinox.registry"
                        + " started?); surrogate solvers are found through it");
            }
            shared = new SurrogateSolvers(extensions, logOrNull());
        }
        return shared;
    }

    private volatile boolean stale;

    private void invalidate() {
        stale = true;
    }

    /** Stops listening to the extension registry (the shared registry lives as long as the runtime). */
    public void dispose() {
        extensionRegistry.removeRegistryChangeListener(changeListener);
    }

    private synchronized List<Entry> entries() {
        if (entries == null || stale) {
            stale = false;
            List<Entry> fresh = read();
            if (entries != null) {
                // keep what was created (or found broken) for declarations that did not change: no re-creation,
                // no second log line
                List<Entry> merged = new ArrayList<>();
                for (Entry entry : fresh) {
                    Entry kept = entries.stream().filter(old -> old.contribution.equals(entry.contribution)
                            && old.element.isValid()).findFirst().orElse(entry);
                    merged.add(kept);
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
        List<IConfigurationElement> elements = new ArrayList<>(
                Arrays.asList(extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)));
        // a repeated id keeps the declaration of the bundle whose name sorts first: the same choice on every start
        elements.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            String contributor = element.getContributor().getName();
            if (!"solver".equals(element.getName())) {
                continue;
            }
            String id = element.getAttribute("id");
            String className = element.getAttribute("class");
            if (id == null || id.isBlank() || className == null || className.isBlank()) {
                log(IStatus.ERROR, "A surrogate solver contributed by bundle " + contributor + " lacks its "
                        + (id == null || id.isBlank() ? "id" : "class") + " attribute and is skipped", null);
                continue;
            }
            if (!ids.add(id)) {
                log(IStatus.ERROR, "Surrogate solver '" + id + "' contributed by bundle " + contributor
                        + " repeats an id already contributed (by a bundle whose name sorts first); it is skipped", null);
                continue;
            }
            String name = element.getAttribute("name");
            if (name == null || name.isBlank()) {
                log(IStatus.WARNING, "Surrogate solver '" + id + "' contributed by bundle " + contributor
                        + " has no name; its id is shown instead", null);
            }
            int priority = 0;
            String priorityText = element.getAttribute("priority");
            if (priorityText != null && !priorityText.isBlank()) {
                try {
                    priority = Integer.parseInt(priorityText.trim());
                } catch (NumberFormatException e) {
                    log(IStatus.WARNING, "Surrogate solver '" + id + "' contributed by bundle " + contributor
                            + " has priority '" + priorityText + "', not an integer; using 0", null);
                }
            }
            String familiesText = element.getAttribute("families");
            List<String> families = familiesText == null || familiesText.isBlank() ? List.of("*")
                    : Arrays.stream(familiesText.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            result.add(new Entry(new SolverContribution(id, name == null || name.isBlank() ? id : name, className,
                    families, priority, contributor), element));
        }
        result.sort(Comparator.comparingInt((Entry e) -> -e.contribution.priority())
                .thenComparing(e -> e.contribution.id()));
        return List.copyOf(result);
    }

    /** The provider, created on first use; null (logged once) when it cannot be created. */
    private SurrogateSolverProvider provider(Entry entry) {
        synchronized (entry) {
            if (entry.provider != null || entry.broken) {
                return entry.provider;
            }
            SolverContribution c = entry.contribution;
            if (!entry.element.isValid()) {
                return null; // the bundle went away; the next read drops the declaration
            }
            try {
                Object created = entry.element.createExecutableExtension("class");
                if (created instanceof SurrogateSolverProvider provider) {
                    entry.provider = provider;
                } else {
                    entry.broken = true;
                    log(IStatus.ERROR, "Surrogate solver '" + c.id() + "' contributed by bundle " + c.contributor()
                            + " is skipped: its class " + c.className() + " does not implement "
                            + SurrogateSolverProvider.class.getName(), null);
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                entry.broken = true;
                log(IStatus.ERROR, "Surrogate solver '" + c.id() + "' contributed by bundle " + c.contributor()
                        + " cannot be created and is skipped: class " + c.className() + ": " + reason(e), e);
            }
            return entry.provider;
        }
    }

    @Override
    public List<SolverContribution> contributions() {
        return entries().stream().map(e -> e.contribution).toList();
    }

    @Override
    public Optional<SolverContribution> contribution(String id) {
        return entries().stream().map(e -> e.contribution).filter(c -> c.id().equals(id)).findFirst();
    }

    /** Whether a contribution was found broken (its class could not be created). */
    public boolean isBroken(String id) {
        return entries().stream().anyMatch(e -> e.contribution.id().equals(id) && e.broken);
    }

    /** Whether a contribution's provider has been created (the registry creates providers only on use). */
    public boolean isCreated(String id) {
        return entries().stream().anyMatch(e -> e.contribution.id().equals(id) && e.provider != null);
    }

    @Override
    public List<Candidate> candidates(StudyContext study) {
        List<Candidate> candidates = new ArrayList<>();
        for (Entry entry : entries()) {
            if (!entry.contribution.serves(study)) {
                continue;
            }
            SurrogateSolverProvider provider = provider(entry);
            if (provider == null) {
                continue;
            }
            Applicability applicability;
            try {
                applicability = provider.appliesTo(study);
            } catch (RuntimeException | LinkageError e) {
                log(IStatus.ERROR, "Surrogate solver '" + entry.contribution.id() + "' failed to say whether it applies to "
                        + study.label() + ": " + reason(e), e);
                applicability = Applicability.no("its applicability check failed: " + reason(e));
            }
            candidates.add(new Candidate(entry.contribution, applicability));
        }
        return candidates;
    }

    @Override
    public SurrogateSolver open(StudyContext study, IProgressMonitor monitor) throws SolverException {
        return openFor(study, null, monitor);
    }

    @Override
    public SurrogateSolver openFor(StudyContext study, double[] parameterValues, IProgressMonitor monitor)
            throws SolverException {
        List<Candidate> candidates = candidates(study);
        List<String> failures = new ArrayList<>();
        SurrogateSolver fallback = null;
        try {
            for (Candidate candidate : candidates) {
                if (!candidate.applicability().applicable()) {
                    continue;
                }
                SurrogateSolver solver;
                try {
                    solver = open(entryOf(candidate.contribution()), study, monitor);
                } catch (SolverException e) {
                    // e.g. a damaged surrogate file: the next solver may still answer
                    failures.add(candidate.contribution().name() + ": " + e.getMessage());
                    continue;
                }
                boolean keep = false;
                try {
                    if (parameterValues == null || solver.validity(parameterValues).inside()) {
                        keep = true;
                        return solver;
                    }
                    if (fallback == null) {
                        fallback = solver;
                        keep = true;
                    }
                } finally {
                    if (!keep) {
                        solver.close();
                    }
                }
            }
            if (fallback != null) {
                SurrogateSolver chosen = fallback;
                fallback = null;
                return chosen; // nothing is valid there: the best one, whose solutions say they are outside
            }
        } finally {
            if (fallback != null) {
                fallback.close();
            }
        }
        SolverException none = noneApplies(study, candidates);
        if (failures.isEmpty()) {
            throw none;
        }
        throw new SolverException(none.getMessage() + "\n  failed to open: " + String.join("\n  failed to open: ", failures));
    }

    @Override
    public SurrogateSolver open(String id, StudyContext study, IProgressMonitor monitor) throws SolverException {
        SolverContribution contribution = contribution(id).orElseThrow(() -> new SolverException(
                "no surrogate solver has the id '" + id + "'; known: " + contributions().stream()
                        .map(SolverContribution::id).toList()));
        return open(entryOf(contribution), study, monitor);
    }

    private Entry entryOf(SolverContribution contribution) throws SolverException {
        for (Entry entry : entries()) {
            if (entry.contribution.equals(contribution)) {
                return entry;
            }
        }
        throw new SolverException("surrogate solver '" + contribution.id() + "' from bundle "
                + contribution.contributor() + " is no longer installed");
    }

    /** Opens an entry's solver; whatever a provider throws comes back as a SolverException naming it. */
    private SurrogateSolver open(Entry entry, StudyContext study, IProgressMonitor monitor) throws SolverException {
        SolverContribution contribution = entry.contribution;
        SurrogateSolverProvider provider = provider(entry);
        if (provider == null) {
            throw new SolverException("surrogate solver '" + contribution.id() + "' from bundle "
                    + contribution.contributor() + " is broken (see the error log) and cannot solve " + study.label());
        }
        try {
            Applicability applicability = provider.appliesTo(study);
            if (!applicability.applicable()) {
                throw new SolverException(contribution.name() + " cannot solve " + study.label() + ": "
                        + applicability.reason());
            }
            SurrogateSolver solver = provider.open(study, monitor);
            if (solver == null) {
                throw new SolverException(contribution.name() + " (bundle " + contribution.contributor()
                        + ") returned no solver for " + study.label());
            }
            return solver;
        } catch (RuntimeException | LinkageError e) {
            if (e instanceof org.eclipse.core.runtime.OperationCanceledException cancelled) {
                throw cancelled;
            }
            log(IStatus.ERROR, "Surrogate solver '" + contribution.id() + "' from bundle " + contribution.contributor()
                    + " failed to open " + study.label() + ": " + reason(e), e);
            throw new SolverException(contribution.name() + " (bundle " + contribution.contributor()
                    + ") failed to open " + study.label() + ": " + reason(e), e);
        }
    }

    private static SolverException noneApplies(StudyContext study, List<Candidate> candidates) {
        StringBuilder reasons = new StringBuilder();
        for (Candidate candidate : candidates) {
            reasons.append("\n  ").append(candidate.contribution().name()).append(": ")
                    .append(candidate.applicability().reason());
        }
        return new SolverException("no surrogate solver can solve " + study.label()
                + (candidates.isEmpty() ? " (no contribution serves its family)" : ":" + reasons));
    }

    /** The bundle's log; null outside OSGi (a plain-Java extension registry), where messages go to stderr. */
    private static ILog logOrNull() {
        try {
            return ILog.of(SurrogateSolvers.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void log(int severity, String message, Throwable error) {
        if (log == null) {
            System.err.println(PLUGIN_ID + ": " + message + (error == null ? "" : " (" + error + ")"));
            return;
        }
        log.log(new Status(severity, PLUGIN_ID, message, error));
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
