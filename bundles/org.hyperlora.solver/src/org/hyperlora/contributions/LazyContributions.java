package org.hyperlora.contributions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryChangeListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The contributions to one extension point, read lazily: declarations are read on first use (and again after the
 * extension registry changes), and a contribution's class is created only when it is used
 * ({@link IConfigurationElement#createExecutableExtension}). A declaration without an id or class, or repeating an
 * id, is logged and skipped; a class that cannot be created, or is not of the expected type, is logged once, naming
 * the contribution and its bundle, and skipped: the others keep working. A repeated id keeps the declaration of the
 * bundle whose name sorts first, the same choice on every start.
 *
 * @param <D> what a declaration says (read without creating its class)
 * @param <T> the type its class must implement
 */
public final class LazyContributions<D, T> {

    /**
     * Reads what a declaration says beyond its id and class; null skips it (after logging why). {@code earlier} holds
     * the declarations accepted so far in this read, of bundles whose names sort first.
     */
    @FunctionalInterface
    public interface Reader<D> {
        D read(Declaration element, List<D> earlier, LazyContributions<D, ?> log);
    }

    /**
     * One {@link IConfigurationElement} with its id, class and contributing bundle already read; attribute values
     * come trimmed, blank ones as null.
     */
    public record Declaration(IConfigurationElement element, String id, String className, String contributor) {

        public String attribute(String name) {
            return trimmed(element.getAttribute(name));
        }
    }

    /** One declaration and, once created, its instance. */
    private static final class Entry<D, T> {
        final D declaration;
        final Declaration source;
        volatile T instance;
        volatile boolean broken;

        Entry(D declaration, Declaration source) {
            this.declaration = declaration;
            this.source = source;
        }
    }

    private final IExtensionRegistry registry;
    private final String extensionPoint;
    private final String elementName;
    private final String noun;
    private final Class<T> type;
    private final Reader<D> reader;
    private final Comparator<D> order;
    private final ILog log;
    private final String pluginId;
    private final IRegistryChangeListener changeListener = event -> stale = true;
    private volatile boolean stale;
    private List<Entry<D, T>> entries;

    /**
     * @param extensionPoint the full id of the extension point
     * @param elementName    the element that declares one contribution ({@code solver}, {@code step})
     * @param noun           what a contribution is, for messages ({@code surrogate solver})
     * @param type           what its class must implement
     * @param order          the order {@link #declarations()} lists them in
     * @param log            where problems go; null: standard error (a plain-Java extension registry)
     */
    public LazyContributions(IExtensionRegistry registry, String extensionPoint, String elementName, String noun,
            Class<T> type, Reader<D> reader, Comparator<D> order, ILog log) {
        this.registry = registry;
        this.extensionPoint = extensionPoint;
        this.elementName = elementName;
        this.noun = noun;
        this.type = type;
        this.reader = reader;
        this.order = order;
        this.log = log;
        this.pluginId = extensionPoint.substring(0, extensionPoint.lastIndexOf('.'));
        registry.addRegistryChangeListener(changeListener, pluginId);
    }

    /** The running platform's extension registry; without one, an error naming what is looked up through it. */
    public static IExtensionRegistry platformRegistry(String what) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("no Eclipse extension registry is running (is org.eclipse.equinox.registry"
                    + " started?); " + what + " are found through it");
        }
        return registry;
    }

    /** The bundle's log, or null outside OSGi (messages then go to standard error). */
    public static ILog logOf(Class<?> bundleClass) {
        try {
            return ILog.of(bundleClass);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Stops listening to the extension registry. */
    public void dispose() {
        registry.removeRegistryChangeListener(changeListener);
    }

    /** Every readable declaration, in order (none is instantiated by this). */
    public List<D> declarations() {
        return entries().stream().map(e -> e.declaration).toList();
    }

    /** The declaration that matches, if any. */
    public Optional<D> find(Predicate<D> which) {
        return declarations().stream().filter(which).findFirst();
    }

    /**
     * The instance of a declaration, created on first use; empty when it cannot be created (logged once) or its
     * bundle has gone.
     */
    public Optional<T> instance(D declaration) {
        for (Entry<D, T> entry : entries()) {
            if (entry.declaration.equals(declaration)) {
                return Optional.ofNullable(create(entry));
            }
        }
        return Optional.empty();
    }

    /** Whether the declaration with that id was found broken (its class could not be created). */
    public boolean isBroken(String id) {
        return entries().stream().anyMatch(e -> e.source.id().equals(id) && e.broken);
    }

    /** Whether the instance of the declaration with that id has been created (only use creates them). */
    public boolean isCreated(String id) {
        return entries().stream().anyMatch(e -> e.source.id().equals(id) && e.instance != null);
    }

    private synchronized List<Entry<D, T>> entries() {
        if (entries == null || stale) {
            stale = false;
            List<Entry<D, T>> fresh = read();
            if (entries != null) {
                // keep what was created (or found broken) for declarations that did not change: no re-creation,
                // no second log line
                List<Entry<D, T>> merged = new ArrayList<>();
                for (Entry<D, T> entry : fresh) {
                    merged.add(entries.stream().filter(old -> old.declaration.equals(entry.declaration)
                            && old.source.element().isValid()).findFirst().orElse(entry));
                }
                fresh = List.copyOf(merged);
            }
            entries = fresh;
        }
        return entries;
    }

    private List<Entry<D, T>> read() {
        List<Entry<D, T>> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<IConfigurationElement> elements = new ArrayList<>(
                Arrays.asList(registry.getConfigurationElementsFor(extensionPoint)));
        elements.sort(Comparator.comparing((IConfigurationElement e) -> e.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            if (!elementName.equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = trimmed(element.getAttribute("id"));
            String className = trimmed(element.getAttribute("class"));
            if (id == null || className == null) {
                log(IStatus.ERROR, "A " + noun + " contributed by bundle " + contributor + " lacks its "
                        + (id == null ? "id" : "class") + " attribute and is skipped", null);
                continue;
            }
            if (!ids.add(id)) {
                log(IStatus.ERROR, capitalized() + " '" + id + "' contributed by bundle " + contributor
                        + " repeats an id already contributed (by a bundle whose name sorts first); it is skipped", null);
                continue;
            }
            Declaration source = new Declaration(element, id, className, contributor);
            D declaration = reader.read(source, result.stream().map(e -> e.declaration).toList(), this);
            if (declaration != null) {
                result.add(new Entry<>(declaration, source));
            }
        }
        result.sort(Comparator.comparing((Entry<D, T> e) -> e.declaration, order));
        return List.copyOf(result);
    }

    /** The instance, created on first use; null (logged once) when it cannot be created. */
    private T create(Entry<D, T> entry) {
        synchronized (entry) {
            if (entry.instance != null || entry.broken) {
                return entry.instance;
            }
            Declaration source = entry.source;
            if (!source.element().isValid()) {
                return null; // the bundle went away; the next read drops the declaration
            }
            try {
                Object created = source.element().createExecutableExtension("class");
                if (type.isInstance(created)) {
                    entry.instance = type.cast(created);
                } else {
                    entry.broken = true;
                    log(IStatus.ERROR, about(source) + " is skipped: its class " + source.className()
                            + " does not implement " + type.getName(), null);
                }
            } catch (CoreException | RuntimeException | LinkageError e) {
                entry.broken = true;
                log(IStatus.ERROR, about(source) + " cannot be created and is skipped: class " + source.className()
                        + ": " + reason(e), e);
            }
            return entry.instance;
        }
    }

    /** {@code Surrogate solver 'ID' contributed by bundle B}, for messages about one declaration. */
    public String about(Declaration source) {
        return capitalized() + " '" + source.id() + "' contributed by bundle " + source.contributor();
    }

    private String capitalized() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    /** Logs to the bundle's log, or to standard error outside OSGi. */
    public void log(int severity, String message, Throwable error) {
        if (log == null) {
            System.err.println(pluginId + ": " + message + (error == null ? "" : " (" + error + ")"));
            return;
        }
        log.log(new Status(severity, pluginId, message, error));
    }

    /** The innermost cause of a failure, as {@code Type: message}. */
    public static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** An attribute value trimmed; blank as null. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
