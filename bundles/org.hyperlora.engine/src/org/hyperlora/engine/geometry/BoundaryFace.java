package org.hyperlora.engine.geometry;

import java.util.List;
import java.util.Objects;

/**
 * One face of a {@link Domain}'s box: the set where coordinate {@link #axis()} equals its lower or upper bound
 * and every other coordinate ranges over its interval. It knows its {@linkplain #names() names}, its fixed
 * coordinate and {@linkplain #value() value}, its outward normal (a Neumann condition
 * {@code du/dn = g} reads {@code normalSign() * du/dx_axis = g}), its {@linkplain #measure() measure}, and
 * maps samples of the unit cube of dimension d-1 onto itself. Immutable.
 */
public final class BoundaryFace implements BoundaryPart {

    /** Which end of its coordinate's interval a face sits at. */
    public enum Side {
        /** The lower bound; the outward normal points towards negative values. */
        MIN,
        /** The upper bound; the outward normal points towards positive values. */
        MAX
    }

    private final Domain domain;
    private final int axis;
    private final Side side;
    private final List<String> names;

    BoundaryFace(Domain domain, int axis, Side side, List<String> names) {
        this.domain = domain;
        this.axis = axis;
        this.side = side;
        this.names = List.copyOf(names);
    }

    /** The preferred name, e.g. {@code left} for x = min, {@code initial} for t = min, else {@code c_min}. */
    @Override
    public String name() {
        return names.get(0);
    }

    /** Every name the face answers to, preferred first (e.g. {@code [left, x_min]}). */
    public List<String> names() {
        return names;
    }

    @Override
    public Domain domain() {
        return domain;
    }

    @Override
    public List<BoundaryFace> faces() {
        return List.of(this);
    }

    /** Index of the fixed coordinate, which is also the axis of the outward normal. */
    public int axis() {
        return axis;
    }

    /** Name of the fixed coordinate. */
    public String coordinateName() {
        return domain.coordinateNames().get(axis);
    }

    /** Which end of the interval the face sits at. */
    public Side side() {
        return side;
    }

    /** Whether this is the initial face of the time coordinate. */
    public boolean isInitial() {
        return axis == domain.timeAxis();
    }

    /** The fixed coordinate's value on the face. */
    public double value() {
        return side == Side.MIN ? domain.lower(axis) : domain.upper(axis);
    }

    /** -1 on a min face, +1 on a max face: the outward normal is {@code normalSign() * e_axis}. */
    public int normalSign() {
        return side == Side.MIN ? -1 : 1;
    }

    /** The outward unit normal as a vector of {@link Domain#dimension()} components. */
    public double[] outwardNormal() {
        double[] normal = new double[domain.dimension()];
        normal[axis] = normalSign();
        return normal;
    }

    /** Dimension of the face, d - 1 (0 for the end points of an interval). */
    public int faceDimension() {
        return domain.dimension() - 1;
    }

    /** Side lengths of the free coordinates (all but {@link #axis()}) in coordinate order; length d - 1. */
    public double[] freeSideLengths() {
        double[] lengths = new double[faceDimension()];
        int free = 0;
        for (int other = 0; other < domain.dimension(); other++) {
            if (other != axis) {
                lengths[free++] = domain.sideLength(other);
            }
        }
        return lengths;
    }

    /** Product of the free side lengths: the face's length or area; 1 for a point face. */
    @Override
    public double measure() {
        double measure = 1;
        for (double length : freeSideLengths()) {
            measure *= length;
        }
        return measure;
    }

    /**
     * Maps samples of the unit cube [0,1)^(d-1) onto the face: the fixed coordinate is set to exactly
     * {@link #value()}, the free coordinates (in coordinate order) are scaled to their intervals.
     *
     * @param unitPoints flat row-major, {@code count * (d-1)} values (empty for a point face)
     * @param count number of points, {@code >= 0}
     * @return {@code count * d} values
     */
    public double[] mapFromUnitCube(double[] unitPoints, int count) {
        Objects.requireNonNull(unitPoints, "unitPoints");
        int d = domain.dimension();
        int freeDimension = d - 1;
        if (count < 0 || unitPoints.length != (long) count * freeDimension) {
            throw new IllegalArgumentException("face " + name() + " maps " + count + " points from " + freeDimension
                    + "-dimensional unit samples, which needs " + ((long) count * freeDimension) + " values, got "
                    + unitPoints.length);
        }
        if ((long) count * d > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(count + " points of dimension " + d + " do not fit in one array");
        }
        double fixed = value();
        double[] points = new double[count * d];
        for (int point = 0; point < count; point++) {
            int in = point * freeDimension;
            int out = point * d;
            for (int other = 0; other < d; other++) {
                if (other == axis) {
                    points[out + other] = fixed;
                } else {
                    double low = domain.lower(other);
                    points[out + other] = low + unitPoints[in++] * (domain.upper(other) - low);
                }
            }
        }
        return points;
    }

    /**
     * Whether the point lies on this face: the fixed coordinate equals {@link #value()} exactly and the
     * others lie within their closed intervals.
     */
    @Override
    public boolean contains(double[] point) {
        return domain.contains(point) && point[axis] == value();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BoundaryFace)) {
            return false;
        }
        BoundaryFace that = (BoundaryFace) other;
        return axis == that.axis && side == that.side && domain.equals(that.domain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(axis, side, domain.coordinateNames());
    }

    @Override
    public String toString() {
        return name() + " (" + coordinateName() + " = " + value() + ")";
    }
}
