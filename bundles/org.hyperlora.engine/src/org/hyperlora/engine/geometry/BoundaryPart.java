package org.hyperlora.engine.geometry;

import java.util.List;

/**
 * A named part of a {@link Domain}'s boundary on which a condition holds: either a single
 * {@link BoundaryFace} ({@code left}, {@code initial}, ...) or the {@link BoundaryUnion} {@code boundary} of
 * all spatial faces. Obtain parts with {@link Domain#boundaryPart(String)}.
 */
public sealed interface BoundaryPart permits BoundaryFace, BoundaryUnion {

    /** The name the part is usually called by ({@code left} rather than {@code x_min}). */
    String name();

    /** The domain this part bounds. */
    Domain domain();

    /** The faces making up the part, in the domain's face order; one for a single face. */
    List<BoundaryFace> faces();

    /**
     * Total (d-1)-dimensional measure: the length or area of the faces, used to weight sampling. A face of a
     * one-dimensional domain is a point and counts 1.
     */
    double measure();

    /**
     * Whether the point lies on the part: on one of its faces, with that face's fixed coordinate exactly equal
     * to the face value and the other coordinates within the domain's bounds.
     */
    default boolean contains(double[] point) {
        for (BoundaryFace face : faces()) {
            if (face.contains(point)) {
                return true;
            }
        }
        return false;
    }
}
