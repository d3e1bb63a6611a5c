package org.hyperlora.model.mapping;

import java.util.ArrayList;
import java.util.List;

import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.model.PdeFamily;
import org.hyperlora.model.Symbol;

/**
 * The coordinate, field and parameter names of a study's family, in order: the one view of a study's names that
 * the mapping, the validator, the solvers and the workflow steps share.
 */
public record FamilyNames(List<String> coordinates, List<String> fields, List<String> parameters) {

    /** The names, or null while the family is missing or a symbol is unnamed (an incomplete, invalid study). */
    public static FamilyNames of(PdeFamily family) {
        if (family == null) {
            return null;
        }
        List<String> coordinates = names(family.getCoordinates());
        List<String> fields = names(family.getFields());
        List<String> parameters = names(family.getParameters());
        return coordinates == null || fields == null || parameters == null ? null
                : new FamilyNames(coordinates, fields, parameters);
    }

    /** Why {@link #of} gave null, for an applicability answer. */
    public static String incomplete(PdeFamily family) {
        return family == null ? "the study has no PDE family"
                : "the study's family has an unnamed coordinate, field or parameter: validate the study";
    }

    private static List<String> names(List<? extends Symbol> symbols) {
        List<String> names = new ArrayList<>();
        for (Symbol symbol : symbols) {
            if (symbol.getName() == null || symbol.getName().isBlank()) {
                return null;
            }
            names.add(symbol.getName());
        }
        return List.copyOf(names);
    }

    /** Null when equal, else what differs, e.g. "fields [u, v] vs [u]". */
    public String difference(List<String> otherCoordinates, List<String> otherFields, List<String> otherParameters) {
        List<String> differences = new ArrayList<>();
        if (!coordinates.equals(otherCoordinates)) {
            differences.add("coordinates " + otherCoordinates + " (the study has " + coordinates + ")");
        }
        if (!fields.equals(otherFields)) {
            differences.add("fields " + otherFields + " (the study has " + fields + ")");
        }
        if (!parameters.equals(otherParameters)) {
            differences.add("parameters " + otherParameters + " (the study has " + parameters + ")");
        }
        return differences.isEmpty() ? null : String.join(", ", differences);
    }

    /** Checks a call's shapes; the messages name what the solver expects. */
    public void checkShapes(double[] parameterValues, double[] points) {
        if (parameterValues == null || parameterValues.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " parameter values " + parameters
                    + ", got " + (parameterValues == null ? "none" : parameterValues.length));
        }
        for (int p = 0; p < parameterValues.length; p++) {
            if (!Double.isFinite(parameterValues[p])) {
                throw new IllegalArgumentException("parameter " + parameters.get(p) + " is " + parameterValues[p]);
            }
        }
        if (points == null || points.length == 0 || points.length % coordinates.size() != 0) {
            throw new IllegalArgumentException((points == null ? 0 : points.length)
                    + " coordinates are not a whole, non-zero number of points " + coordinates);
        }
    }

    /** The engine's symbol table of these names; throws when a name is not a valid symbol. */
    public SymbolTable symbols() {
        return SymbolTable.of(coordinates, fields, parameters);
    }

    public int dimension() {
        return coordinates.size();
    }

    /** "nu = 0.5" style. */
    public String describe(double[] parameterValues) {
        return ParameterRange.describe(parameters, parameterValues);
    }
}
