package org.hyperlora.solver;

import java.util.List;

/**
 * One contribution to {@code org.hyperlora.solver.surrogateSolvers} as declared in a plugin.xml, read without
 * creating its class.
 *
 * @param id          unique id
 * @param name        name for people
 * @param className   the {@link SurrogateSolverProvider} class
 * @param families    what it serves: {@code *} (any study), family names, or {@code reference=NAME} (studies
 *                    whose built-in reference is NAME)
 * @param priority    higher is preferred when several apply
 * @param contributor the contributing bundle's symbolic name
 */
public record SolverContribution(String id, String name, String className, List<String> families, int priority,
        String contributor) {

    /** Whether the declared families admit the study (before asking the provider). */
    public boolean serves(StudyContext context) {
        var family = context.study().getFamily();
        String familyName = family == null ? null : family.getName();
        var reference = family == null ? null : family.getReference();
        String builtin = reference == null || reference.getKind() != org.hyperlora.model.ReferenceKind.BUILTIN ? null
                : reference.getBuiltin();
        for (String entry : families) {
            if (entry.equals("*")) {
                return true;
            }
            if (entry.startsWith("reference=")) {
                if (builtin != null && builtin.equalsIgnoreCase(entry.substring("reference=".length()))) {
                    return true;
                }
            } else if (familyName != null && familyName.equalsIgnoreCase(entry)) {
                return true;
            }
        }
        return false;
    }
}
