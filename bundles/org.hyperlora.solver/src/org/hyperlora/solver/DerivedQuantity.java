package org.hyperlora.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A number derived from one field of a solution: over the points of a grid ({@code maxAbs}, {@code mean}, {@code min},
 * {@code max}) or the field's value at a probe point. Written {@code maxAbs(u)}, {@code mean(v)} or
 * {@code u(x=1.0 t=0.5)} (a probe names every coordinate), the text {@link #label} gives and {@link #parse} reads: a
 * sweep's column, an optimization's objective and an uncertainty study's quantity are the same thing.
 *
 * @param kind what is derived
 * @param field the field's name
 * @param point a probe's coordinates in the study's order; empty for the other kinds
 */
public record DerivedQuantity(Kind kind, String field, double[] point) {

    /** What a quantity takes of its field; the literals are those of the workflow model and the command line. */
    public enum Kind {
        MAX_ABS("maxAbs"), MEAN("mean"), MIN("min"), MAX("max"), PROBE("probe");

        private final String literal;

        Kind(String literal) {
            this.literal = literal;
        }

        public String literal() {
            return literal;
        }

        /** The kind of a literal, or null. */
        public static Kind of(String literal) {
            for (Kind kind : values()) {
                if (kind.literal.equals(literal)) {
                    return kind;
                }
            }
            return null;
        }
    }

    public DerivedQuantity {
        point = point.clone();
        if ((kind == Kind.PROBE) == (point.length == 0)) {
            throw new IllegalArgumentException(kind == Kind.PROBE ? "a probe needs a point" : "only a probe has a point");
        }
    }

    public static DerivedQuantity over(Kind kind, String field) {
        return new DerivedQuantity(kind, field, new double[0]);
    }

    public static DerivedQuantity probe(String field, double... point) {
        return new DerivedQuantity(Kind.PROBE, field, point);
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    /** {@code maxAbs(u)} or {@code u(x=1.0 t=0.5)}. */
    public String label(List<String> coordinates) {
        if (kind != Kind.PROBE) {
            return kind.literal + "(" + field + ")";
        }
        StringBuilder at = new StringBuilder(field).append('(');
        for (int d = 0; d < point.length; d++) {
            at.append(d == 0 ? "" : " ").append(d < coordinates.size() ? coordinates.get(d) : "?").append('=')
                    .append(format(point[d]));
        }
        return at.append(')').toString();
    }

    /** Shortest text that reads back to the same double, {@code 2.0} for whole numbers. */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value)
                : Double.toString(value);
    }

    /**
     * Reads {@code KIND(FIELD)} or {@code FIELD(COORD=VALUE ...)} (values separated by spaces or commas, every
     * coordinate once, in any order).
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown kind, field or coordinate, a missing or
     *         repeated coordinate, a value that is not a number
     */
    public static DerivedQuantity parse(String text, List<String> coordinates, List<String> fields) {
        String trimmed = text == null ? "" : text.trim();
        int open = trimmed.indexOf('(');
        if (open < 1 || !trimmed.endsWith(")")) {
            throw new IllegalArgumentException("quantity '" + trimmed + "' is not KIND(FIELD) (kinds maxAbs, mean, min,"
                    + " max) or FIELD(" + String.join("=.. ", coordinates) + "=..) (a probe)");
        }
        String head = trimmed.substring(0, open).trim();
        String inner = trimmed.substring(open + 1, trimmed.length() - 1).trim();
        if (!inner.contains("=")) {
            Kind kind = Kind.of(head);
            if (kind == null || kind == Kind.PROBE) {
                throw new IllegalArgumentException("quantity '" + trimmed + "': unknown kind '" + head
                        + "'; kinds: maxAbs, mean, min, max, or FIELD(" + String.join("=.. ", coordinates)
                        + "=..) for a probe");
            }
            return over(kind, knownField(trimmed, inner, fields));
        }
        String field = knownField(trimmed, head, fields);
        double[] point = new double[coordinates.size()];
        boolean[] given = new boolean[point.length];
        for (String part : inner.split("[,\\s]+")) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals).trim();
            int d = coordinates.indexOf(name);
            if (equals < 1 || d < 0) {
                throw new IllegalArgumentException("quantity '" + trimmed + "': '" + part + "' is not COORDINATE=VALUE"
                        + " with a coordinate of " + coordinates);
            }
            if (given[d]) {
                throw new IllegalArgumentException("quantity '" + trimmed + "': coordinate " + name + " is given twice");
            }
            try {
                point[d] = Double.parseDouble(part.substring(equals + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("quantity '" + trimmed + "': " + name + " = '"
                        + part.substring(equals + 1) + "' is not a number");
            }
            if (!Double.isFinite(point[d])) {
                throw new IllegalArgumentException("quantity '" + trimmed + "': " + name + " is not finite");
            }
            given[d] = true;
        }
        for (int d = 0; d < given.length; d++) {
            if (!given[d]) {
                throw new IllegalArgumentException("quantity '" + trimmed + "': the probe gives no " + coordinates.get(d)
                        + "; a probe names every coordinate " + coordinates);
            }
        }
        return probe(field, point);
    }

    /**
     * A quantity with bounds, as written on the command line and in the workflow editor: {@code Q>=A}, {@code Q<=B},
     * {@code A<=Q<=B}, or with the number first ({@code A<=Q}, {@code B>=Q}); a quantity alone has no bounds.
     *
     * @param lower NaN when absent
     * @param upper NaN when absent
     */
    public record Bounded(DerivedQuantity quantity, double lower, double upper) {

        /**
         * Reads a bounded quantity.
         *
         * @throws IllegalArgumentException naming what is wrong and what is expected
         */
        public static Bounded parse(String text, List<String> coordinates, List<String> fields) {
            String trimmed = text == null ? "" : text.trim();
            String[] parts = trimmed.split("<=|>=", -1);
            boolean greater = trimmed.contains(">=");
            if (parts.length == 1 && trimmed.endsWith(")")) {
                return new Bounded(DerivedQuantity.parse(trimmed, coordinates, fields), Double.NaN, Double.NaN);
            }
            if (parts.length == 3 && !greater) {
                return new Bounded(DerivedQuantity.parse(parts[1], coordinates, fields), number(parts[0], trimmed),
                        number(parts[2], trimmed));
            }
            if (parts.length == 2 && !(greater && trimmed.contains("<="))) {
                boolean numberFirst = isNumber(parts[0]);
                DerivedQuantity quantity = DerivedQuantity.parse(numberFirst ? parts[1] : parts[0], coordinates,
                        fields);
                double value = number(numberFirst ? parts[0] : parts[1], trimmed);
                // Q>=A and A<=Q bound from below; Q<=B and B>=Q from above
                boolean lower = greater != numberFirst;
                return new Bounded(quantity, lower ? value : Double.NaN, lower ? Double.NaN : value);
            }
            throw new IllegalArgumentException("'" + trimmed + "' is not Q>=LOWER, Q<=UPPER or LOWER<=Q<=UPPER");
        }

        /** The text {@link #parse} reads: {@code 0.6<=u(x=1.0 t=0.1)}, {@code maxAbs(u)<=2.0}. */
        public String format(List<String> coordinates) {
            String label = quantity.label(coordinates);
            if (!Double.isNaN(lower) && !Double.isNaN(upper)) {
                return DerivedQuantity.format(lower) + "<=" + label + "<=" + DerivedQuantity.format(upper);
            }
            return !Double.isNaN(lower) ? label + ">=" + DerivedQuantity.format(lower)
                    : !Double.isNaN(upper) ? label + "<=" + DerivedQuantity.format(upper) : label;
        }

        private static boolean isNumber(String text) {
            try {
                Double.parseDouble(text.trim());
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static double number(String text, String whole) {
            try {
                double value = Double.parseDouble(text.trim());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("'" + text.trim() + "' in '" + whole + "' is not a finite number");
        }
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break (a probe label may hold a comma). */
    public static String csvCell(String cell) {
        return cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0
                ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String knownField(String text, String field, List<String> fields) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("quantity '" + text + "': unknown field '" + field + "'; fields: " + fields);
        }
        return field;
    }

    /** The quantity over the first {@code count} values of a field (the grid's); NaN if any is (a diverged solve). */
    public double over(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        double result = switch (kind) {
        case MIN -> Double.POSITIVE_INFINITY;
        case MAX, MAX_ABS -> Double.NEGATIVE_INFINITY;
        default -> 0;
        };
        for (int i = 0; i < count; i++) {
            double value = values[i];
            if (Double.isNaN(value)) {
                return Double.NaN; // a diverged solution must show, not be skipped
            }
            result = switch (kind) {
            case MAX_ABS -> Math.max(result, Math.abs(value));
            case MEAN -> result + value;
            case MIN -> Math.min(result, value);
            case MAX -> Math.max(result, value);
            case PROBE -> throw new IllegalStateException("a probe is not a quantity over the grid");
            };
        }
        return kind == Kind.MEAN ? result / count : result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DerivedQuantity q && q.kind == kind && q.field.equals(field)
                && Arrays.equals(q.point, point);
    }

    @Override
    public int hashCode() {
        return (kind.hashCode() * 31 + field.hashCode()) * 31 + Arrays.hashCode(point);
    }

    @Override
    public String toString() {
        return kind + " " + field + (point.length == 0 ? "" : " " + Arrays.toString(point));
    }
}
