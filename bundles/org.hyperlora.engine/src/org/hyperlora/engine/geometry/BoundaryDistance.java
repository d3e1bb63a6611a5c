package org.hyperlora.engine.geometry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in distance function of a hard constraint ({@code field = g + d·N}): an expression {@code d} of the
 * coordinates and parameters that vanishes exactly on chosen boundary parts and is positive inside the domain, so the
 * user writes only the prescribed values {@code g} and names where they hold.
 * <p>
 * {@code d} is the product of one factor per edge or face, each dimensionless and about the distance to that edge
 * relative to its size:
 * <ul>
 * <li>a box face {@code x = a} of a box domain: {@code (x - a)/(b - a)} (and {@code (b - x)/(b - a)} at {@code x = b});
 * {@value Domain#INITIAL}: {@code (t - t0)/(t1 - t0)};</li>
 * <li>a straight edge of a shape (rectangle side, polygon edge): the trimmed approximate distance function of a segment
 * (Sukumar and Srivastava, CMAME 2022): with {@code f} the signed distance to the edge's line and {@code t} positive
 * between its ends, {@code sqrt(f² + ((sqrt(t² + f⁴) - t)/2)²)} — zero on the segment only, not on its whole line,
 * which may cross the domain. A constant {@code ε = 2⁻²⁰} under the root keeps its derivatives finite on the edge
 * (where {@code sqrt} has an infinite slope) and is subtracted again, so the factor is exactly zero there;</li>
 * <li>a disk's or ellipse's circumference: {@code ±(1 - X² - Y²)/2} in the shape's own scaled coordinates, positive on
 * the domain's side (inside for the first shape, a union or an intersection; outside for a hole); likewise a sphere's
 * surface and a cylinder's side (only for a cylinder that runs through the box along its axis: the quadric vanishes
 * on the whole infinite cylinder);</li>
 * <li>a solid's plane face (a box's, a cylinder's end) only where it lies on a side of the coordinates' box, as that
 * side; elsewhere it would need a trimmed plane distance, which is not built in (refused, with the face named).</li>
 * </ul>
 * The product is smooth inside the domain and zero on every selected edge. It is only right where each selected edge
 * lies on the domain's boundary all along (a rectangle side half covered by a joined disk would make it vanish inside):
 * {@link #requireUsable} checks that at a parameter vector, and that {@code d} is positive at given interior points.
 */
public final class BoundaryDistance {

    /** Keeps the segment factor's derivatives finite on the segment; a power of two, so sqrt(ε²) - ε is exactly 0. */
    private static final String EPSILON = "(2^(-20))";

    private BoundaryDistance() {
    }

    /**
     * The distance expression for parts of a box domain (faces, {@value Domain#BOUNDARY}, {@value Domain#INITIAL}).
     *
     * @throws IllegalArgumentException for no parts or an unknown part, naming the known ones
     */
    public static String of(Domain box, List<String> parts) {
        requireParts(parts);
        Set<BoundaryFace> faces = new LinkedHashSet<>();
        for (String part : parts) {
            faces.addAll(box.boundaryPart(part).faces());
        }
        List<String> factors = new ArrayList<>();
        for (BoundaryFace face : faces) {
            factors.add(faceFactor(box, face.axis(), face.side() == BoundaryFace.Side.MIN));
        }
        return String.join("*", factors);
    }

    /**
     * The distance expression for parts of a shaped domain: shapes, defined parts, {@value Domain#BOUNDARY} and
     * {@value Domain#INITIAL}.
     *
     * @throws IllegalArgumentException for no parts or an unknown part, naming the known ones
     */
    public static String of(ShapedDomain shape, List<String> parts) {
        requireParts(parts);
        Domain box = shape.box();
        int[] axes = shape.spatialAxes();
        String[] names = new String[axes.length];
        for (int a = 0; a < axes.length; a++) {
            names[a] = box.coordinateNames().get(axes[a]);
        }
        String x = names[0];
        String y = names[1];
        Set<String> edges = new LinkedHashSet<>();
        boolean initial = false;
        for (String part : parts) {
            if (Domain.INITIAL.equals(part)) {
                if (box.timeAxis() < 0) {
                    throw new IllegalArgumentException(shape.unknownPart(part));
                }
                initial = true;
            } else {
                edges.addAll(shape.edgesOf(part));
            }
        }
        List<String> factors = new ArrayList<>();
        for (ShapedDomain.Step step : shape.steps()) {
            Shape s = step.shape();
            boolean holeSide = step != shape.steps().get(0) && step.operation() == ShapedDomain.Operation.DIFFERENCE;
            for (String edge : s.edgeNames()) {
                if (edges.contains(s.name() + "." + edge)) {
                    factors.add(s.dimension() == 3 ? faceFactor(shape, s, edge, holeSide, names)
                            : edgeFactor(shape, s, edge, holeSide, x, y));
                }
            }
        }
        if (initial) {
            factors.add(faceFactor(box, box.timeAxis(), true));
        }
        return String.join("*", factors);
    }

    /**
     * Checks that the distance function of these parts can be used at one parameter vector: every edge they select
     * lies on the domain's boundary all along, and {@code d} (its values at the given interior points) is positive.
     *
     * @param d the function's values at interior points of the region, in order; may be empty
     * @throws IllegalArgumentException naming the edge that lies partly inside the domain, or the first interior point
     *         where d is not positive
     */
    public static void requireUsable(ShapedDomain shape, ShapedDomain.Region region, List<String> parts, double[] points,
            double[] d, java.util.function.UnaryOperator<double[]> distanceAt) {
        Set<String> edges = new LinkedHashSet<>();
        for (String part : parts) {
            if (!Domain.INITIAL.equals(part)) {
                edges.addAll(shape.edgesOf(part));
            }
        }
        for (String edge : edges) {
            if (!region.liesOnBoundary(edge)) {
                throw new IllegalArgumentException("the built-in distance to " + String.join(", ", parts)
                        + " would vanish inside the domain: edge " + edge + " is not on the domain's boundary all along"
                        + " (another shape covers or cuts it); name the parts whose edges are wholly boundary, or write"
                        + " the distance yourself");
            }
        }
        // A factor of a line or plane vanishes along all of it: no other boundary piece may lie there (two pipes
        // starting on the same side of the box, two polygon edges on one line), or its own condition would be
        // overridden without a word.
        Domain box = shape.box();
        int[] axes = shape.spatialAxes();
        for (String piece : region.boundaryPieces(16)) {
            if (edges.contains(piece)) {
                continue;
            }
            double[] spatialPoints = region.pieceSamples(piece, 8);
            int count = spatialPoints.length / axes.length;
            if (count == 0) {
                continue;
            }
            double[] full = new double[count * box.dimension()];
            for (int p = 0; p < count; p++) {
                for (int axis = 0; axis < box.dimension(); axis++) {
                    full[p * box.dimension() + axis] = box.lower(axis) + 0.5 * box.sideLength(axis);
                }
                for (int a = 0; a < axes.length; a++) {
                    full[p * box.dimension() + axes[a]] = spatialPoints[p * axes.length + a];
                }
            }
            double[] values = distanceAt.apply(full);
            for (double value : values) {
                if (!(Math.abs(value) > 1e-12)) {
                    throw new IllegalArgumentException("the built-in distance to " + String.join(", ", parts)
                            + " would also vanish on " + piece + ", which lies on the line or plane of a selected edge"
                            + " or face: its own condition would be overridden; select " + piece + " too, or write the"
                            + " distance yourself");
                }
            }
        }
        requirePositive(box, parts, points, d);
    }

    /**
     * Checks that a distance function is positive at interior points.
     *
     * @throws IllegalArgumentException naming the first point where it is not
     */
    public static void requirePositive(Domain box, List<String> parts, double[] points, double[] d) {
        int dimension = box.dimension();
        for (int p = 0; p < d.length; p++) {
            if (!(d[p] > 0)) {
                StringBuilder at = new StringBuilder();
                for (int axis = 0; axis < dimension; axis++) {
                    at.append(axis == 0 ? "" : ", ").append(box.coordinateNames().get(axis)).append('=')
                            .append(String.format(Locale.ROOT, "%.6g", points[p * dimension + axis]));
                }
                throw new IllegalArgumentException("the built-in distance to " + String.join(", ", parts) + " is "
                        + String.format(Locale.ROOT, "%.3g", d[p]) + " at the interior point " + at
                        + "; it must be positive inside the domain");
            }
        }
    }

    private static void requireParts(List<String> parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("the built-in distance needs at least one boundary part to vanish on");
        }
    }

    /** {@code (c - lower)/L} or {@code (upper - c)/L}: 0 on the face, 1 on the opposite one. */
    private static String faceFactor(Domain box, int axis, boolean min) {
        String c = box.coordinateNames().get(axis);
        String length = number(box.sideLength(axis));
        return min ? "((" + c + " - " + number(box.lower(axis)) + ")/" + length + ")"
                : "((" + number(box.upper(axis)) + " - " + c + ")/" + length + ")";
    }

    private static String edgeFactor(ShapedDomain domain, Shape shape, String edge, boolean holeSide, String x,
            String y) {
        // Java 17: no pattern matching in switch yet
        if (shape instanceof Shape.Rectangle r) {
            return switch (edge) {
            case "left" -> straight(domain, r.xmin(), r.ymin(), r.xmin(), r.ymax(), x, y);
            case "bottom" -> straight(domain, r.xmin(), r.ymin(), r.xmax(), r.ymin(), x, y);
            case "right" -> straight(domain, r.xmax(), r.ymin(), r.xmax(), r.ymax(), x, y);
            case "top" -> straight(domain, r.xmin(), r.ymax(), r.xmax(), r.ymax(), x, y);
            default -> throw new IllegalArgumentException("rectangle " + r.name() + " has no edge " + edge);
            };
        }
        if (shape instanceof Shape.Polygon p) {
            int from = Integer.parseInt(edge.substring(1)) - 1;
            int to = (from + 1) % p.xs().size();
            return straight(domain, p.xs().get(from), p.ys().get(from), p.xs().get(to), p.ys().get(to), x, y);
        }
        if (shape instanceof Shape.Disk d) {
            return conic(d.cx(), d.cy(), d.radius(), d.radius(), holeSide, x, y);
        }
        Shape.Ellipse e = (Shape.Ellipse) shape;
        return conic(e.cx(), e.cy(), e.rx(), e.ry(), holeSide, x, y);
    }

    /**
     * A solid's face: a plane face on a side of the coordinates' box (the domain lies on one side of its plane), a
     * sphere's surface or a cylinder's side (a quadric, positive on the domain's side). Other plane faces — a box or a
     * cylinder's end inside the coordinates' box — would need a trimmed plane distance, which is not built in; nor is the
 * side of a cylinder that ends inside the box.
     */
    private static String faceFactor(ShapedDomain domain, Shape shape, String face, boolean holeSide, String[] names) {
        Domain box = domain.box();
        int[] axes = domain.spatialAxes();
        if (shape instanceof Shape.Sphere s) {
            return quadric(new Length[] { s.cx(), s.cy(), s.cz() }, s.radius(), new int[] { 0, 1, 2 }, holeSide, names);
        }
        if (shape instanceof Shape.Cylinder c && face.equals("side")) {
            // the quadric vanishes on the infinite cylinder: only right when the cylinder spans the box along its axis
            Term start = Term.of(c.start());
            Term end = Term.of(c.end());
            int along = axes[c.axis()];
            if (start.value() == null || end.value() == null || start.value() != box.lower(along)
                    || end.value() != box.upper(along)) {
                throw new IllegalArgumentException("the built-in distance covers a cylinder's side only when the"
                        + " cylinder runs through the coordinates' box along its axis: " + shape.name() + " runs from "
                        + c.start().source() + " to " + c.end().source() + " along " + names[c.axis()]
                        + ", the box from " + box.lower(along) + " to " + box.upper(along) + "; write the distance"
                        + " yourself");
            }
            int u = c.axis() == 0 ? 1 : 0;
            int v = c.axis() == 2 ? 1 : 2;
            return quadric(new Length[] { c.c1(), c.c2() }, c.radius(), new int[] { u, v }, holeSide, names);
        }
        // a plane face: which axis it is normal to, and where
        int axis;
        Length at;
        boolean lower;
        if (shape instanceof Shape.Box b) {
            int index = Solid.BOX_FACES.indexOf(face);
            axis = index / 2;
            lower = index % 2 == 0;
            at = b.lengths().get(axis + (lower ? 0 : 3));
        } else {
            Shape.Cylinder c = (Shape.Cylinder) shape;
            axis = c.axis();
            lower = face.equals("bottom");
            at = lower ? c.start() : c.end();
        }
        Term value = Term.of(at);
        int coordinate = axes[axis];
        if (value.value() != null && (value.value() == box.lower(coordinate) || value.value() == box.upper(coordinate))) {
            return faceFactor(box, coordinate, value.value() == box.lower(coordinate));
        }
        throw new IllegalArgumentException("the built-in distance covers a solid's plane faces only where they lie on"
                + " a side of the coordinates' box (spheres anywhere, cylinder sides of cylinders through the box): " + shape.name() + "."
                + face + " is at " + names[axis] + " = " + at.source() + "; write the distance yourself");
    }

    /** {@code ±(1 - Σ ((c - centre)/radius)²)/2} over the given space axes, positive on the domain's side. */
    private static String quadric(Length[] centre, Length radius, int[] axes, boolean holeSide, String[] names) {
        StringBuilder inside = new StringBuilder("(1");
        for (int k = 0; k < axes.length; k++) {
            inside.append(" - ((").append(names[axes[k]]).append(" - ").append(Term.of(centre[k]).text()).append(")/")
                    .append(Term.of(radius).text()).append(")^2");
        }
        inside.append(')');
        return holeSide ? "(-" + inside + "/2)" : "(" + inside + "/2)";
    }

    /**
     * A straight edge's factor. An edge on a side of the coordinates' box has the whole domain on one side of its line
     * at every parameter value (the box holds the domain), so the line's own distance serves, linear and cheap:
     * {@code (x - a)/(b - a)} as on a box domain. Any other edge gets the trimmed segment factor, whose symbolic
     * derivatives are far longer.
     */
    private static String straight(ShapedDomain domain, Length x1, Length y1, Length x2, Length y2, String x,
            String y) {
        Domain box = domain.box();
        Term ax = Term.of(x1);
        Term ay = Term.of(y1);
        Term bx = Term.of(x2);
        Term by = Term.of(y2);
        int xAxis = domain.xAxis();
        int yAxis = domain.yAxis();
        if (ax.value() != null && bx.value() != null && ax.value().equals(bx.value())) {
            if (ax.value() == box.lower(xAxis) || ax.value() == box.upper(xAxis)) {
                return faceFactor(box, xAxis, ax.value() == box.lower(xAxis));
            }
        }
        if (ay.value() != null && by.value() != null && ay.value().equals(by.value())) {
            if (ay.value() == box.lower(yAxis) || ay.value() == box.upper(yAxis)) {
                return faceFactor(box, yAxis, ay.value() == box.lower(yAxis));
            }
        }
        return segment(x1, y1, x2, y2, x, y);
    }

    /**
     * The trimmed segment factor, in units of the segment's length: {@code F} is the signed distance to its line,
     * {@code T} is positive between its ends ({@code 1/4 - |p - centre|²/L²}), both over L. Constant ends are folded
     * into numbers, so a fixed rectangle's side reads {@code (x - (-2))/3}.
     */
    private static String segment(Length x1, Length y1, Length x2, Length y2, String x, String y) {
        Term ax = Term.of(x1);
        Term ay = Term.of(y1);
        Term bx = Term.of(x2);
        Term by = Term.of(y2);
        Term dx = bx.minus(ax);
        Term dy = by.minus(ay);
        Term lengthSquared = dx.times(dx).plus(dy.times(dy));
        // F = (dy*(x - ax) - dx*(y - ay))/L²
        String f = "(" + sum(dy.over(lengthSquared).times("(" + x + " - " + ax.text() + ")"),
                dx.over(lengthSquared).negate().times("(" + y + " - " + ay.text() + ")")) + ")";
        Term half = Term.number(0.5);
        Term cx = ax.plus(bx).times(half);
        Term cy = ay.plus(by).times(half);
        String t = "(1/4 - ((" + x + " - " + cx.text() + ")^2 + (" + y + " - " + cy.text() + ")^2)/"
                + lengthSquared.text() + ")";
        String trim = "((sqrt(" + t + "^2 + " + f + "^4) - " + t + ")/2)";
        return "(sqrt(" + f + "^2 + " + trim + "^2 + " + EPSILON + "^2) - " + EPSILON + ")";
    }

    /** Two terms added, a zero one left out. */
    private static String sum(String a, String b) {
        if (a.isEmpty()) {
            return b.isEmpty() ? "0" : b;
        }
        return b.isEmpty() ? a : a + " + " + b;
    }

    /** {@code ±(1 - ((x - cx)/rx)² - ((y - cy)/ry)²)/2}, positive on the domain's side. */
    private static String conic(Length cx, Length cy, Length rx, Length ry, boolean holeSide, String x, String y) {
        String inside = "(1 - ((" + x + " - " + Term.of(cx).text() + ")/" + Term.of(rx).text() + ")^2 - ((" + y + " - "
                + Term.of(cy).text() + ")/" + Term.of(ry).text() + ")^2)";
        return holeSide ? "(-" + inside + "/2)" : "(" + inside + "/2)";
    }

    /**
     * A number, or the text of an expression of the parameters: arithmetic on two numbers is folded, so only what
     * depends on the parameters stays symbolic.
     */
    private record Term(String text, Double value) {

        static Term of(Length length) {
            if (length.constant()) {
                try {
                    return number(Double.parseDouble(length.source().trim()));
                } catch (NumberFormatException notANumber) {
                    // a constant expression such as 2*pi: kept as text
                }
            }
            return new Term("(" + length.source() + ")", null);
        }

        static Term number(double value) {
            return new Term(BoundaryDistance.number(value), value);
        }

        Term plus(Term other) {
            return value != null && other.value != null ? number(value + other.value)
                    : new Term("(" + text + " + " + other.text + ")", null);
        }

        Term minus(Term other) {
            return value != null && other.value != null ? number(value - other.value)
                    : new Term("(" + text + " - " + other.text + ")", null);
        }

        Term times(Term other) {
            return value != null && other.value != null ? number(value * other.value)
                    : new Term("(" + text + "*" + other.text + ")", null);
        }

        Term over(Term other) {
            return value != null && other.value != null ? number(value / other.value)
                    : new Term("(" + text + "/" + other.text + ")", null);
        }

        Term negate() {
            return value != null ? number(-value) : new Term("(-" + text + ")", null);
        }

        /** This coefficient times a factor; empty when the coefficient is exactly 0. */
        String times(String factor) {
            if (value != null && value == 0) {
                return "";
            }
            return value != null && value == 1 ? factor : text + "*" + factor;
        }
    }

    private static String number(double value) {
        String plain = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return value < 0 ? "(" + plain + ")" : plain;
    }
}
