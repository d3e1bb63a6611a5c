package org.hyperlora.engine.pde;

/**
 * Where {@link CompiledExpression#backward} adds dL/d(stream column): one caller-owned {@code double[N]}
 * per stream the expression uses. A {@code Map<StreamKey, double[]>} works as {@code map::get}.
 */
@FunctionalInterface
public interface StreamAdjoints {

    /** The accumulator (length N) for one stream; values are added to it, never overwritten. */
    double[] streamAdjoint(StreamKey key);
}
