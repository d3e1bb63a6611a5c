package org.hyperlora.engine.geometry;

/**
 * The two opposite faces of one spatial coordinate, for a periodic condition u(min) = u(max) (and often the
 * same for a derivative). Matched points share every other coordinate; see
 * {@link #mapFromUnitCube(double[], int, boolean)}. Obtain pairs with {@link Domain#periodicPair(String)}.
 * Immutable.
 */
public final class PeriodicPair {

    private final BoundaryFace minFace;
    private final BoundaryFace maxFace;

    PeriodicPair(BoundaryFace minFace, BoundaryFace maxFace) {
        this.minFace = minFace;
        this.maxFace = maxFace;
    }

    /** The periodic coordinate's index. */
    public int axis() {
        return minFace.axis();
    }

    /** The periodic coordinate's name. */
    public String coordinateName() {
        return minFace.coordinateName();
    }

    /** The face at the coordinate's lower bound ({@code left} for x). */
    public BoundaryFace minFace() {
        return minFace;
    }

    /** The face at the coordinate's upper bound ({@code right} for x). */
    public BoundaryFace maxFace() {
        return maxFace;
    }

    /** The domain. */
    public Domain domain() {
        return minFace.domain();
    }

    /**
     * Maps the same unit-cube samples onto one of the faces; calling it for both faces with the same samples
     * gives matched pairs, point i on the min face opposite point i on the max face.
     *
     * @param unitPoints count x (d-1) values in [0,1)
     * @param count number of points
     * @param atMax {@code false} for the min face, {@code true} for the max face
     */
    public double[] mapFromUnitCube(double[] unitPoints, int count, boolean atMax) {
        return (atMax ? maxFace : minFace).mapFromUnitCube(unitPoints, count);
    }

    @Override
    public String toString() {
        return "periodic " + coordinateName() + " (" + minFace.name() + ", " + maxFace.name() + ")";
    }
}
