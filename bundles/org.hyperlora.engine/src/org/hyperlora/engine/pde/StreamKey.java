package org.hyperlora.engine.pde;

/**
 * One input column of a residual: a field (by index in the {@link SymbolTable}) and which of its
 * derivatives, e.g. {@code u_xx} is {@code new StreamKey(0, Derivative.of(0, 0))} when u and x are first.
 * Ordered by field, then derivative.
 *
 * @param field field index
 * @param derivative which derivative, {@link Derivative#VALUE} for the field itself
 */
public record StreamKey(int field, Derivative derivative) implements Comparable<StreamKey> {

    /** Validates the components. */
    public StreamKey {
        if (field < 0) {
            throw new IllegalArgumentException("field index must not be negative: " + field);
        }
        if (derivative == null) {
            throw new IllegalArgumentException("derivative must not be null; use Derivative.VALUE");
        }
    }

    /** The key of a field's value. */
    public static StreamKey value(int field) {
        return new StreamKey(field, Derivative.VALUE);
    }

    /** The key of a field's derivative with respect to the given coordinate indices, in any order. */
    public static StreamKey of(int field, int... coordinateIndices) {
        return new StreamKey(field, Derivative.of(coordinateIndices));
    }

    /** As written in expressions, e.g. {@code "u"} or {@code "u_xy"}. */
    public String format(SymbolTable symbols) {
        String fieldName = symbols.fields().get(field);
        return derivative.isValue() ? fieldName : fieldName + "_" + derivative.format(symbols);
    }

    @Override
    public int compareTo(StreamKey other) {
        int byField = Integer.compare(field, other.field);
        return byField != 0 ? byField : derivative.compareTo(other.derivative);
    }
}
