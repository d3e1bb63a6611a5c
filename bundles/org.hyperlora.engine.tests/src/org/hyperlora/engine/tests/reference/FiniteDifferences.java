package org.hyperlora.engine.tests.reference;

import java.util.function.DoubleUnaryOperator;

/** Fourth-order central differences, independent of the code under test. */
final class FiniteDifferences {

    private FiniteDifferences() {
    }

    /** f'(0) of g(s) = f(z + s): truncation error O(h⁴ f⁽⁵⁾). */
    static double first(DoubleUnaryOperator f, double z, double h) {
        return (-f.applyAsDouble(z + 2 * h) + 8 * f.applyAsDouble(z + h) - 8 * f.applyAsDouble(z - h)
                + f.applyAsDouble(z - 2 * h)) / (12 * h);
    }

    /** f''(z): truncation error O(h⁴ f⁽⁶⁾). */
    static double second(DoubleUnaryOperator f, double z, double h) {
        return (-f.applyAsDouble(z + 2 * h) + 16 * f.applyAsDouble(z + h) - 30 * f.applyAsDouble(z)
                + 16 * f.applyAsDouble(z - h) - f.applyAsDouble(z - 2 * h)) / (12 * h * h);
    }
}
