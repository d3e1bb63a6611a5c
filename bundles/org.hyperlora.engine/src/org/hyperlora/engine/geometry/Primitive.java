package org.hyperlora.engine.geometry;

import java.util.List;

/**
 * A {@link Shape} at one parameter vector, numbers only: a plane {@link Outline} or a {@link Solid}. Knows whether a
 * point lies in it (closed set), its bounding box and its boundary as {@link Piece pieces} — a plane shape's edges, a
 * solid's faces — that map uniform numbers to points spread evenly by arc length or area, with outward unit normals.
 */
public interface Primitive {

    String name();

    /** {@code rectangle}, {@code disk}, ..., {@code box}, {@code sphere}, {@code cylinder}. */
    String kind();

    /** 2 for a plane shape, 3 for a solid. */
    int dimension();

    /** Lower and upper end per axis: xmin, xmax, ymin, ymax (, zmin, zmax). */
    double[] bounds();

    /** Whether the point (its {@link #dimension()} space coordinates) lies in the closed shape. */
    boolean contains(double[] point);

    /** The boundary, piece by piece, in a fixed order. */
    List<? extends Piece> pieces();

    /** One piece of a boundary: an edge of a plane shape or a face of a solid. */
    interface Piece {
        /** The shape's name and the piece's: {@code plate.left}, {@code ball.surface}. */
        String qualifiedName();

        /** The piece's own name ({@code left}, {@code e2}, {@code surface}). */
        String name();

        /** Its length (an edge) or area (a face). */
        double measure();

        /**
         * The point at uniform numbers {@code unit} in [0, 1) (one for an edge, two for a face), spread evenly by arc
         * length or area, and the shape's outward unit normal there.
         *
         * @param out receives the point's coordinates, then the normal's (2 × dimension numbers)
         */
        void pointAt(double[] unit, double[] out);
    }
}
