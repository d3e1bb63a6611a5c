package org.hyperlora.model.validation;

import java.util.Map;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.ShapedDomain;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.StudyMapping;

/**
 * The engine's view of a family's names and domain, built once per validation run (cached in the validation
 * context). Either is null when the family's names or ranges are themselves invalid: those problems are
 * reported on the names and ranges, and checks that need the table skip rather than repeat them.
 */
public record FamilySymbols(SymbolTable symbols, Domain domain, ShapedDomain shape) {

    public static FamilySymbols of(PdeFamily family, Map<Object, Object> context) {
        if (family == null) {
            return new FamilySymbols(null, null, null);
        }
        if (context != null) {
            Object cached = context.get(new Key(family));
            if (cached instanceof FamilySymbols symbols) {
                return symbols;
            }
        }
        SymbolTable symbols = symbolsOf(family);
        Domain domain = domainOf(family);
        FamilySymbols result = new FamilySymbols(symbols, domain, symbols == null || domain == null ? null
                : shapeOf(family));
        if (context != null) {
            context.put(new Key(family), result);
        }
        return result;
    }

    /** The symbol table, or null if a name is missing or invalid. */
    static SymbolTable symbolsOf(PdeFamily family) {
        FamilyNames names = FamilyNames.of(family);
        try {
            return names == null ? null : names.symbols();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The domain box, or null if a coordinate's range or the coordinates themselves are invalid. */
    static Domain domainOf(PdeFamily family) {
        try {
            return StudyMapping.domain(family);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /**
     * The domain built from the family's shapes, or null when it has none or one of them is invalid (reported on the
     * shape).
     */
    static ShapedDomain shapeOf(PdeFamily family) {
        try {
            return StudyMapping.shape(family);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Identity key, so two families with equal content do not share an entry. */
    private record Key(PdeFamily family) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.family == family;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(family);
        }
    }
}
