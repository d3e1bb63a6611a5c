package org.hyperlora.workflow.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EClass;
import org.hyperlora.contributions.LazyContributions;
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

    private static StepKinds shared;

    private final LazyContributions<StepKind, StepExecutor> contributions;

    StepKinds(IExtensionRegistry extensionRegistry, ILog log) {
        contributions = new LazyContributions<>(extensionRegistry, EXTENSION_POINT, "step", "workflow step kind",
                StepExecutor.class, StepKinds::read, Comparator.comparing(StepKind::id), log);
    }

    /** The registry over the platform's extension registry (one per runtime). */
    public static synchronized StepKinds registry() {
        if (shared == null) {
            shared = new StepKinds(LazyContributions.platformRegistry("workflow step kinds"),
                    LazyContributions.logOf(StepKinds.class));
        }
        return shared;
    }

    /** Stops listening to the extension registry (the shared registry lives as long as the runtime). */
    public void dispose() {
        contributions.dispose();
    }

    /** The model class key of a step's class: {@code NSURI#CLASSNAME}. */
    public static String modelClassOf(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
    }

    /** Every readable contribution, sorted by id (none is instantiated by this). */
    public List<StepKind> kinds() {
        return contributions.declarations();
    }

    /** The contribution with that id. */
    public Optional<StepKind> kind(String id) {
        return contributions.find(k -> k.id().equals(id));
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
        Collections.reverse(classes);
        for (EClass eClass : classes) {
            String key = modelClassOf(eClass);
            Optional<StepKind> found = contributions.find(k -> key.equals(k.modelClass()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The executor of a kind, created on first use; empty (logged once) when it cannot be created. */
    public Optional<StepExecutor> executor(StepKind kind) {
        return contributions.instance(kind);
    }

    /** Whether a contribution was found broken (its class could not be created). */
    public boolean isBroken(String id) {
        return contributions.isBroken(id);
    }

    /** Whether a contribution's executor has been created (the registry creates executors only on use). */
    public boolean isCreated(String id) {
        return contributions.isCreated(id);
    }

    /**
     * What a {@code step} element declares beyond id and class; a model class that another kind (of a bundle whose
     * name sorts first) already runs is skipped.
     */
    private static StepKind read(LazyContributions.Declaration element, List<StepKind> earlier,
            LazyContributions<StepKind, ?> registry) {
        String modelClass = element.attribute("modelClass");
        if (modelClass != null && earlier.stream().anyMatch(k -> modelClass.equals(k.modelClass()))) {
            registry.log(IStatus.ERROR, registry.about(element) + " claims model class " + modelClass
                    + ", which another kind (of a bundle whose name sorts first) already runs; it is skipped", null);
            return null;
        }
        String name = element.attribute("name");
        if (name == null) {
            registry.log(IStatus.WARNING, registry.about(element) + " has no name; its id is shown instead", null);
        }
        List<StepKind.PropertySpec> properties = new ArrayList<>();
        for (IConfigurationElement property : element.element().getChildren("property")) {
            String key = LazyContributions.trimmed(property.getAttribute("name"));
            if (key == null) {
                registry.log(IStatus.WARNING, registry.about(element)
                        + " declares a property without a name; it is ignored", null);
                continue;
            }
            String description = LazyContributions.trimmed(property.getAttribute("description"));
            properties.add(new StepKind.PropertySpec(key,
                    Boolean.parseBoolean(LazyContributions.trimmed(property.getAttribute("required"))),
                    description == null ? "" : description));
        }
        String description = element.attribute("description");
        return new StepKind(element.id(), name == null ? element.id() : name, element.className(), modelClass,
                description == null ? "" : description, properties, element.contributor());
    }
}
