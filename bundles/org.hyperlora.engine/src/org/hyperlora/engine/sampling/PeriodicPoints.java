package org.hyperlora.engine.sampling;

import org.hyperlora.engine.geometry.PeriodicPair;

/**
 * Matched point pairs on the two faces of a {@link PeriodicPair}: point i of {@link #atMin()} and point i of
 * {@link #atMax()} share every coordinate except the periodic one, which is at its lower and upper bound. A
 * periodic condition penalizes u(atMin[i]) - u(atMax[i]). A plain result: arrays are not copied.
 */
public final class PeriodicPoints {

    private final PeriodicPair pair;
    private final double[] atMin;
    private final double[] atMax;

    PeriodicPoints(PeriodicPair pair, double[] atMin, double[] atMax) {
        this.pair = pair;
        this.atMin = atMin;
        this.atMax = atMax;
    }

    /** The pair of faces. */
    public PeriodicPair pair() {
        return pair;
    }

    /** Coordinates per point. */
    public int dimension() {
        return pair.domain().dimension();
    }

    /** Number of pairs. */
    public int count() {
        return atMin.length / dimension();
    }

    /** Points on the min face, flat row-major. */
    public double[] atMin() {
        return atMin;
    }

    /** The matching points on the max face, flat row-major. */
    public double[] atMax() {
        return atMax;
    }

    @Override
    public String toString() {
        return count() + " point pairs, " + pair;
    }
}
