package org.hyperlora.solver.internal;

import java.util.List;

import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.solver.SurrogateSolver;

/** What every built-in solver shares: its id, name and the study's names. */
abstract class StudySolver implements SurrogateSolver {

    private final String id;
    private final String name;
    final FamilyNames names;

    StudySolver(String id, String name, FamilyNames names) {
        this.id = id;
        this.name = name;
        this.names = names;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> coordinates() {
        return names.coordinates();
    }

    @Override
    public final List<String> fields() {
        return names.fields();
    }

    @Override
    public final List<String> parameters() {
        return names.parameters();
    }
}
