package org.hyperlora.engine.train;

import java.util.Set;

import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamAdjoints;
import org.hyperlora.engine.pde.StreamKey;

/**
 * One term of a physics-informed loss: a residual vector r over the points of its {@link PointGroup},
 * contributing weight · mean(r²). Terms read network streams (values and input derivatives of the
 * fields) and, in the reverse pass, add dLoss/d(stream) into the group's accumulators.
 */
public interface LossTerm {

    /** Shown in progress reports and results, e.g. "pde 1", "dirichlet u on left". */
    String name();

    /**
     * True for PDE residual terms: adaptive weighting keeps their weight and scales the others (boundary,
     * initial, data) relative to them.
     */
    default boolean isEquation() {
        return false;
    }

    /** The network streams this term reads. */
    Set<StreamKey> streams();

    /** The residual at every point of the group (length may differ from the group size, e.g. periodic pairs). */
    double[] residual(PointColumns columns);

    /**
     * Adds dLoss/d(stream) given dLoss/dr (same length as the residual). Called right after
     * {@link #residual} on the same columns.
     */
    void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out);
}
