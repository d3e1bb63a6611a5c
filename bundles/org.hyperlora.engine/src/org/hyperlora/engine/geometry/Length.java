package org.hyperlora.engine.geometry;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A dimension or position of a {@link Shape}: a number, or an expression of the family's parameters (a hole of
 * radius {@code R}) evaluated at each parameter vector. Immutable.
 *
 * @param source what the user wrote ({@code 0.5}, {@code R}, {@code 2*R}), for messages
 * @param value the value at a parameter vector (parameters in the family's order)
 * @param constant whether the value is the same at every parameter vector
 */
public record Length(String source, ToDoubleFunction<double[]> value, boolean constant) {

    public Length {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
    }

    /** A fixed number. */
    public static Length of(double number) {
        return new Length(format(number), parameters -> number, true);
    }

    /** The value at a parameter vector. */
    public double at(double[] parameters) {
        return value.applyAsDouble(parameters);
    }

    private static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                : Double.toString(number);
    }

    @Override
    public String toString() {
        return source;
    }
}
