package org.hyperlora.engine.pde;

import java.util.Arrays;

/**
 * Which partial derivative of a field a stream holds: a sorted multi-index of coordinate indices.
 * {@link #VALUE} is the field itself, {@code of(0)} is d/dx, {@code of(0, 0)} is d²/dx², {@code of(0, 1)}
 * (equal to {@code of(1, 0)}) is d²/dxdy, where x and y are coordinates 0 and 1. Orders above
 * {@link #MAX_ORDER} are rejected because the network propagates derivatives forward only to second order.
 * Immutable; ordered by order, then lexicographically by coordinate index.
 */
public final class Derivative implements Comparable<Derivative> {

    /** Highest total order a stream can have. */
    public static final int MAX_ORDER = 2;

    /** No derivative: the field value itself. */
    public static final Derivative VALUE = new Derivative(new int[0]);

    private final int[] coordinates;

    private Derivative(int[] sortedCoordinates) {
        this.coordinates = sortedCoordinates;
    }

    /**
     * The derivative with respect to the given coordinate indices, in any order.
     *
     * @throws IllegalArgumentException if an index is negative or there are more than {@link #MAX_ORDER}
     */
    public static Derivative of(int... coordinateIndices) {
        if (coordinateIndices.length > MAX_ORDER) {
            throw new IllegalArgumentException("derivative order " + coordinateIndices.length
                    + " is not supported; the maximum is " + MAX_ORDER);
        }
        for (int index : coordinateIndices) {
            if (index < 0) {
                throw new IllegalArgumentException("coordinate index must not be negative: " + index);
            }
        }
        if (coordinateIndices.length == 0) {
            return VALUE;
        }
        int[] sorted = coordinateIndices.clone();
        Arrays.sort(sorted);
        return new Derivative(sorted);
    }

    /** Total order: 0 for the value, 1 for d/dx, 2 for d²/dx² or d²/dxdy. */
    public int order() {
        return coordinates.length;
    }

    /** True for {@link #VALUE}. */
    public boolean isValue() {
        return coordinates.length == 0;
    }

    /** The i-th coordinate index of the sorted multi-index. */
    public int coordinate(int i) {
        return coordinates[i];
    }

    /** The sorted coordinate indices (a copy). */
    public int[] coordinates() {
        return coordinates.clone();
    }

    /** How many times the derivative differentiates with respect to coordinate {@code index}. */
    public int count(int index) {
        int count = 0;
        for (int c : coordinates) {
            if (c == index) {
                count++;
            }
        }
        return count;
    }

    /** The derivative suffix as written after {@code _}, e.g. {@code "xy"}; empty for {@link #VALUE}. */
    public String format(SymbolTable symbols) {
        StringBuilder text = new StringBuilder();
        for (int c : coordinates) {
            text.append(symbols.coordinates().get(c));
        }
        return text.toString();
    }

    @Override
    public int compareTo(Derivative other) {
        if (coordinates.length != other.coordinates.length) {
            return Integer.compare(coordinates.length, other.coordinates.length);
        }
        return Arrays.compare(coordinates, other.coordinates);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Derivative that && Arrays.equals(coordinates, that.coordinates);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coordinates);
    }

    /** Index form, e.g. {@code "d[0,1]"} or {@code "value"}; use {@link #format(SymbolTable)} for names. */
    @Override
    public String toString() {
        if (isValue()) {
            return "value";
        }
        StringBuilder text = new StringBuilder("d[");
        for (int i = 0; i < coordinates.length; i++) {
            text.append(i == 0 ? "" : ",").append(coordinates[i]);
        }
        return text.append(']').toString();
    }
}
