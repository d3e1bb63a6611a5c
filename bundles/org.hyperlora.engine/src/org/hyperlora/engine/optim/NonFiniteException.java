package org.hyperlora.engine.optim;

/**
 * Thrown when a vector that must be finite holds NaN or an infinity, before anything was changed by the
 * operation that detected it. Carries the first offending index so a trainer can map it back to the
 * tensor (and layer) it came from.
 */
public final class NonFiniteException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final String vectorName;
    private final int index;
    private final double value;

    /**
     * @param vectorName what the vector is, for the message (e.g. {@code "gradient"})
     * @param index      first index holding a non-finite value
     * @param value      the value found there
     * @param consequence what the caller can rely on, for the message (e.g. "parameters unchanged")
     */
    public NonFiniteException(String vectorName, int index, double value, String consequence) {
        super(vectorName + "[" + index + "] is " + value + "; " + consequence);
        this.vectorName = vectorName;
        this.index = index;
        this.value = value;
    }

    /**
     * Throws if {@code values} holds NaN or an infinity.
     *
     * @throws NonFiniteException naming the first bad index
     */
    public static void requireFinite(String vectorName, double[] values, String consequence) {
        int bad = VectorMath.firstNonFiniteIndex(values);
        if (bad >= 0) {
            throw new NonFiniteException(vectorName, bad, values[bad], consequence);
        }
    }

    /** What the offending vector is, e.g. {@code "gradient"}. */
    public String vectorName() {
        return vectorName;
    }

    /** The first index holding a non-finite value. */
    public int index() {
        return index;
    }

    /** The non-finite value found at {@link #index()}. */
    public double value() {
        return value;
    }
}
