package org.hyperlora.workflow.run;

import java.util.List;

/**
 * One contribution to {@code org.hyperlora.workflow.steps} as declared in a plugin.xml, read without creating its
 * class.
 *
 * @param id          unique id; a {@code ContributedStep} names it in its {@code kind}
 * @param name        name for people
 * @param className   the {@link StepExecutor} class
 * @param modelClass  the model class it runs as {@code NSURI#CLASSNAME}, or null for a kind used through
 *                    {@code ContributedStep}
 * @param description one sentence for people (may be empty)
 * @param properties  the settings a {@code ContributedStep} of this kind takes
 * @param contributor the contributing bundle's symbolic name
 */
public record StepKind(String id, String name, String className, String modelClass, String description,
        List<PropertySpec> properties, String contributor) {

    public StepKind {
        properties = List.copyOf(properties);
    }

    /** A declared property: its key, whether it is required, and what it means. */
    public record PropertySpec(String name, boolean required, String description) {
    }
}
