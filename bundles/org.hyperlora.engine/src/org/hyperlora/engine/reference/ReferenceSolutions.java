package org.hyperlora.engine.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** Lookup of the built-in reference solutions by their {@link ReferenceSolution#name() name}. */
public final class ReferenceSolutions {

    private static final Map<String, Supplier<ReferenceSolution>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("burgers", BurgersReference::new);
        FACTORIES.put("kovasznay", KovasznayReference::new);
        FACTORIES.put("convection", ConvectionReference::new);
        FACTORIES.put("cylinder", CylinderFlowReference::new);
        FACTORIES.put("pipewall", PipeWallReference::new);
        FACTORIES.put("sphere", SphereFlowReference::new);
    }

    private ReferenceSolutions() {
    }

    /** The known names, in a stable order. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    /**
     * The reference solution called {@code name}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException if no solution has that name; the message lists the known names
     */
    public static ReferenceSolution byName(String name) {
        Supplier<ReferenceSolution> factory =
                name == null ? null : FACTORIES.get(name.trim().toLowerCase(Locale.ROOT));
        if (factory == null) {
            throw new IllegalArgumentException("Unknown reference solution '" + name + "'; known names: " + names());
        }
        return factory.get();
    }
}
