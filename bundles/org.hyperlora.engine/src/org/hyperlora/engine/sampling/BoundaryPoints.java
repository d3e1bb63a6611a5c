package org.hyperlora.engine.sampling;

import java.util.Arrays;
import java.util.List;

import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.BoundaryPart;

/**
 * Points sampled on a {@link BoundaryPart}, grouped by face in the part's face order, with the face of every
 * point, so that conditions needing the outward normal (Neumann, Robin) can be evaluated on the union part
 * {@code boundary} too. A plain result: the arrays are handed out without copying and belong to the caller.
 */
public final class BoundaryPoints {

    private final BoundaryPart part;
    private final int dimension;
    private final double[] points;
    private final int[] faceOffsets;

    BoundaryPoints(BoundaryPart part, double[] points, int[] faceOffsets) {
        this.part = part;
        this.dimension = part.domain().dimension();
        this.points = points;
        this.faceOffsets = faceOffsets;
    }

    /** The part the points lie on. */
    public BoundaryPart part() {
        return part;
    }

    /** The part's faces; face indices below refer to this list. */
    public List<BoundaryFace> faces() {
        return part.faces();
    }

    /** Coordinates per point. */
    public int dimension() {
        return dimension;
    }

    /** Number of points. */
    public int count() {
        return points.length / dimension;
    }

    /** All points, flat row-major, face after face. */
    public double[] points() {
        return points;
    }

    /** Number of points on face {@code faceIndex} of {@link #faces()}. */
    public int countOnFace(int faceIndex) {
        checkFace(faceIndex);
        return faceOffsets[faceIndex + 1] - faceOffsets[faceIndex];
    }

    /** Index of the first point on face {@code faceIndex}; the face's points are contiguous. */
    public int firstPointOnFace(int faceIndex) {
        checkFace(faceIndex);
        return faceOffsets[faceIndex];
    }

    /** The points on face {@code faceIndex} (a copy). */
    public double[] pointsOnFace(int faceIndex) {
        checkFace(faceIndex);
        return Arrays.copyOfRange(points, faceOffsets[faceIndex] * dimension, faceOffsets[faceIndex + 1] * dimension);
    }

    /** Index into {@link #faces()} of the face point {@code point} lies on. */
    public int faceIndexOf(int point) {
        if (point < 0 || point >= count()) {
            throw new IllegalArgumentException("point " + point + " outside 0.." + (count() - 1));
        }
        int found = Arrays.binarySearch(faceOffsets, point);
        if (found >= 0) {
            // Skip faces that received no points: their offset equals the next face's.
            while (found + 1 < faceOffsets.length && faceOffsets[found + 1] == point) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    /** The face point {@code point} lies on. */
    public BoundaryFace faceOf(int point) {
        return faces().get(faceIndexOf(point));
    }

    /** Outward unit normals, flat row-major like {@link #points()}: {@code normalSign * e_axis} of each point's face. */
    public double[] outwardNormals() {
        double[] normals = new double[points.length];
        for (int face = 0; face < faces().size(); face++) {
            BoundaryFace boundaryFace = faces().get(face);
            for (int point = faceOffsets[face]; point < faceOffsets[face + 1]; point++) {
                normals[point * dimension + boundaryFace.axis()] = boundaryFace.normalSign();
            }
        }
        return normals;
    }

    private void checkFace(int faceIndex) {
        if (faceIndex < 0 || faceIndex >= faces().size()) {
            throw new IllegalArgumentException("face index " + faceIndex + " outside 0.." + (faces().size() - 1)
                    + " of " + part.name());
        }
    }

    @Override
    public String toString() {
        return count() + " points on " + part.name();
    }
}
