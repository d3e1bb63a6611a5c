package org.hyperlora.engine.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names an expression may use: ordered coordinates (x, y, t, ...), ordered fields (u, v, p, ...),
 * ordered parameters (nu, Re, ...), the built-in constants {@code pi} and {@code e}, and the
 * {@linkplain BuiltinFunction built-in functions}. The position of a name in its list is its index
 * everywhere in the engine (stream keys, {@link PointColumns}).
 * <p>
 * Names are identifiers {@code [A-Za-z][A-Za-z0-9]*}; they must be distinct across all categories and must
 * not be a constant or function name. Because derivative suffixes are a run of coordinate names
 * ({@code u_xt}), coordinate names must also keep every first or second derivative unambiguous: no
 * coordinate name may equal two coordinate names written together ({@code xx} next to {@code x}), and no
 * two different pairs may spell the same text. Immutable.
 */
public final class SymbolTable {

    /** The built-in constants, in the order they are listed in messages. */
    public static final Map<String, Double> CONSTANTS;

    static {
        Map<String, Double> constants = new LinkedHashMap<>();
        constants.put("pi", Math.PI);
        constants.put("e", Math.E);
        CONSTANTS = Collections.unmodifiableMap(constants);
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** What a name denotes. */
    public enum SymbolKind {
        COORDINATE, FIELD, PARAMETER, CONSTANT, FUNCTION
    }

    private final List<String> coordinates;
    private final List<String> fields;
    private final List<String> parameters;
    private final Map<String, SymbolKind> kinds;
    private final Map<String, Integer> indices;

    private SymbolTable(List<String> coordinates, List<String> fields, List<String> parameters) {
        Map<String, SymbolKind> kindsByName = new HashMap<>();
        Map<String, Integer> indexByName = new HashMap<>();
        // Validate before copying: List.copyOf would turn a null name into a bare NullPointerException.
        register(coordinates, SymbolKind.COORDINATE, kindsByName, indexByName);
        register(fields, SymbolKind.FIELD, kindsByName, indexByName);
        register(parameters, SymbolKind.PARAMETER, kindsByName, indexByName);
        checkDerivativeSuffixesAreUnambiguous(coordinates);
        this.coordinates = List.copyOf(coordinates);
        this.fields = List.copyOf(fields);
        this.parameters = List.copyOf(parameters);
        this.kinds = Map.copyOf(kindsByName);
        this.indices = Map.copyOf(indexByName);
    }

    /** A table with the given names in order; see {@link #builder()} for the rules. */
    public static SymbolTable of(List<String> coordinates, List<String> fields, List<String> parameters) {
        return new SymbolTable(coordinates, fields, parameters);
    }

    /** A builder; names are checked when {@link Builder#build()} is called. */
    public static Builder builder() {
        return new Builder();
    }

    /** Coordinate names in index order. */
    public List<String> coordinates() {
        return coordinates;
    }

    /** Field names in index order. */
    public List<String> fields() {
        return fields;
    }

    /** Parameter names in index order. */
    public List<String> parameters() {
        return parameters;
    }

    /** Index of a coordinate, or -1 if {@code name} is not a coordinate. */
    public int coordinateIndex(String name) {
        return indexOf(name, SymbolKind.COORDINATE);
    }

    /** Index of a field, or -1 if {@code name} is not a field. */
    public int fieldIndex(String name) {
        return indexOf(name, SymbolKind.FIELD);
    }

    /** Index of a parameter, or -1 if {@code name} is not a parameter. */
    public int parameterIndex(String name) {
        return indexOf(name, SymbolKind.PARAMETER);
    }

    /** What {@code name} denotes here, including constants and functions; empty if unknown. */
    public Optional<SymbolKind> kindOf(String name) {
        if (CONSTANTS.containsKey(name)) {
            return Optional.of(SymbolKind.CONSTANT);
        }
        if (BuiltinFunction.named(name).isPresent()) {
            return Optional.of(SymbolKind.FUNCTION);
        }
        return Optional.ofNullable(kinds.get(name));
    }

    /**
     * A one-line summary of every known name, used in "unknown symbol" messages, e.g.
     * {@code coordinates x, t; fields u; parameters nu; constants pi, e; functions sin, ...}.
     * Empty categories are left out.
     */
    public String describeKnownNames() {
        List<String> parts = new ArrayList<>();
        addCategory(parts, "coordinates", coordinates);
        addCategory(parts, "fields", fields);
        addCategory(parts, "parameters", parameters);
        addCategory(parts, "constants", List.copyOf(CONSTANTS.keySet()));
        addCategory(parts, "functions", BuiltinFunction.names());
        return String.join("; ", parts);
    }

    /** Parses one expression against this table; shorthand for {@link Expression#parse(String, SymbolTable)}. */
    public Expression parse(String source) {
        return Expression.parse(source, this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SymbolTable that
                && coordinates.equals(that.coordinates)
                && fields.equals(that.fields)
                && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coordinates, fields, parameters);
    }

    @Override
    public String toString() {
        return "SymbolTable[coordinates=" + coordinates + ", fields=" + fields + ", parameters=" + parameters + "]";
    }

    private int indexOf(String name, SymbolKind kind) {
        return kinds.get(name) == kind ? indices.get(name) : -1;
    }

    private static void addCategory(List<String> parts, String label, List<String> names) {
        if (!names.isEmpty()) {
            parts.add(label + " " + String.join(", ", names));
        }
    }

    private static void register(List<String> names, SymbolKind kind, Map<String, SymbolKind> kinds,
            Map<String, Integer> indices) {
        String label = kind.name().toLowerCase();
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index);
            if (name == null) {
                throw new IllegalArgumentException(label + " name at position " + (index + 1) + " is null");
            }
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException(label + " name '" + name
                        + "' is not an identifier: use a letter followed by letters or digits (no '_', which marks derivatives)");
            }
            if (CONSTANTS.containsKey(name)) {
                throw new IllegalArgumentException(label + " name '" + name + "' clashes with the built-in constant " + name);
            }
            if (BuiltinFunction.named(name).isPresent()) {
                throw new IllegalArgumentException(label + " name '" + name + "' clashes with the built-in function " + name);
            }
            SymbolKind previous = kinds.putIfAbsent(name, kind);
            if (previous != null) {
                String where = previous == kind ? "twice as a " + label
                        : "as a " + previous.name().toLowerCase() + " and as a " + label;
                throw new IllegalArgumentException("duplicate name '" + name + "': declared " + where);
            }
            indices.put(name, index);
        }
    }

    /**
     * Rejects coordinate names that would make a derivative suffix of order 1 or 2 readable in two ways,
     * since such a derivative could then never be written.
     */
    private static void checkDerivativeSuffixesAreUnambiguous(List<String> coordinates) {
        Map<String, String> spelledBy = new HashMap<>();
        for (String name : coordinates) {
            spelledBy.put(name, "the coordinate '" + name + "'");
        }
        for (String first : coordinates) {
            for (String second : coordinates) {
                String pair = first + second;
                String description = "'" + first + "' followed by '" + second + "'";
                String earlier = spelledBy.putIfAbsent(pair, description);
                if (earlier != null && !earlier.equals(description)) {
                    throw new IllegalArgumentException("coordinate names make derivative suffixes ambiguous: '" + pair
                            + "' reads both as " + earlier + " and as " + description + "; rename a coordinate");
                }
            }
        }
    }

    /** Collects names in order; {@link #build()} validates them. */
    public static final class Builder {
        private final List<String> coordinates = new ArrayList<>();
        private final List<String> fields = new ArrayList<>();
        private final List<String> parameters = new ArrayList<>();

        private Builder() {
        }

        /** Appends coordinate names (x, y, t, ...). */
        public Builder coordinates(String... names) {
            coordinates.addAll(Arrays.asList(names));
            return this;
        }

        /** Appends field names (u, v, p, ...). */
        public Builder fields(String... names) {
            fields.addAll(Arrays.asList(names));
            return this;
        }

        /** Appends parameter names (nu, Re, ...). */
        public Builder parameters(String... names) {
            parameters.addAll(Arrays.asList(names));
            return this;
        }

        /**
         * The table.
         *
         * @throws IllegalArgumentException if a name is not an identifier, is declared twice, clashes with a
         *             constant or function, or coordinate names make derivative suffixes ambiguous
         */
        public SymbolTable build() {
            return new SymbolTable(coordinates, fields, parameters);
        }
    }
}
