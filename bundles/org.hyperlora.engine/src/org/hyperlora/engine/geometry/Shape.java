package org.hyperlora.engine.geometry;

import java.util.List;
import java.util.Objects;

/**
 * A primitive of a {@link ShapedDomain}, its dimensions {@linkplain Length numbers or expressions of the
 * parameters}, with a name that is also the name of its boundary part ({@code plate}, {@code hole}). Plane shapes
 * (rectangle, disk, ellipse, polygon) become an {@link Outline} at a parameter vector, solids (box, sphere, cylinder) a
 * {@link Solid}. Edges or faces that conditions can name on their own: a rectangle's {@code left}, {@code right},
 * {@code bottom}, {@code top}; a polygon's {@code e1} (first vertex to second) ... {@code eN} (last to first); a disk
 * or ellipse has one edge, its whole circumference; a box's {@code left}, {@code right}, {@code bottom}, {@code top},
 * {@code back}, {@code front}; a sphere's {@code surface}; a cylinder's {@code side}, {@code bottom}, {@code top}.
 */
public sealed interface Shape {

    /** The shape's name: an identifier, unique in its domain. */
    String name();

    /** What kind of primitive this is, for messages and the editor ({@code rectangle}, {@code disk}, ...). */
    String kind();

    /** Every dimension and position, in a fixed order (for {@link #dependsOnParameters()} and messages). */
    List<Length> lengths();

    /** The edge (or face) names a condition may name as {@code shape.edge}, in boundary order. */
    List<String> edgeNames();

    /** The shape at a parameter vector; a degenerate one (a radius ≤ 0, ...) fails with a message naming why. */
    Primitive at(double[] parameters);

    /** 2 for a plane shape, 3 for a solid: the number of space coordinates it needs. */
    default int dimension() {
        return 2;
    }

    /** Whether any dimension is an expression of the parameters. */
    default boolean dependsOnParameters() {
        return lengths().stream().anyMatch(length -> !length.constant());
    }

    /** The axis-aligned rectangle [xmin, xmax] × [ymin, ymax]. */
    record Rectangle(String name, Length xmin, Length ymin, Length xmax, Length ymax) implements Shape {
        public Rectangle {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String kind() {
            return "rectangle";
        }

        @Override
        public List<Length> lengths() {
            return List.of(xmin, ymin, xmax, ymax);
        }

        @Override
        public List<String> edgeNames() {
            return Outline.RECTANGLE_EDGES;
        }

        @Override
        public Outline at(double[] parameters) {
            return Outline.rectangle(name, xmin.at(parameters), ymin.at(parameters), xmax.at(parameters),
                    ymax.at(parameters));
        }
    }

    /** The disk of radius {@code radius} around ({@code cx}, {@code cy}). */
    record Disk(String name, Length cx, Length cy, Length radius) implements Shape {
        public Disk {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String kind() {
            return "disk";
        }

        @Override
        public List<Length> lengths() {
            return List.of(cx, cy, radius);
        }

        @Override
        public List<String> edgeNames() {
            return List.of(Outline.CIRCUMFERENCE);
        }

        @Override
        public Outline at(double[] parameters) {
            double r = radius.at(parameters);
            return Outline.ellipse(name, "disk", cx.at(parameters), cy.at(parameters), r, r);
        }
    }

    /** The axis-aligned ellipse with semi-axes {@code rx}, {@code ry} around ({@code cx}, {@code cy}). */
    record Ellipse(String name, Length cx, Length cy, Length rx, Length ry) implements Shape {
        public Ellipse {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String kind() {
            return "ellipse";
        }

        @Override
        public List<Length> lengths() {
            return List.of(cx, cy, rx, ry);
        }

        @Override
        public List<String> edgeNames() {
            return List.of(Outline.CIRCUMFERENCE);
        }

        @Override
        public Outline at(double[] parameters) {
            return Outline.ellipse(name, "ellipse", cx.at(parameters), cy.at(parameters), rx.at(parameters),
                    ry.at(parameters));
        }
    }

    /** A simple polygon through the vertices (x1, y1), (x2, y2), ... in either orientation, closed by itself. */
    record Polygon(String name, List<Length> xs, List<Length> ys) implements Shape {
        public Polygon {
            Objects.requireNonNull(name, "name");
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
            if (xs.size() != ys.size()) {
                throw new IllegalArgumentException("polygon " + name + ": " + xs.size() + " x values but " + ys.size()
                        + " y values");
            }
        }

        @Override
        public String kind() {
            return "polygon";
        }

        @Override
        public List<Length> lengths() {
            List<Length> all = new java.util.ArrayList<>(xs);
            all.addAll(ys);
            return all;
        }

        @Override
        public List<String> edgeNames() {
            List<String> names = new java.util.ArrayList<>();
            for (int e = 1; e <= xs.size(); e++) {
                names.add("e" + e);
            }
            return names;
        }

        @Override
        public Outline at(double[] parameters) {
            double[] x = new double[xs.size()];
            double[] y = new double[ys.size()];
            for (int v = 0; v < x.length; v++) {
                x[v] = xs.get(v).at(parameters);
                y[v] = ys.get(v).at(parameters);
            }
            return Outline.polygon(name, x, y);
        }
    }

    /** The axis-aligned box [xmin, xmax] × [ymin, ymax] × [zmin, zmax]. */
    record Box(String name, Length xmin, Length ymin, Length zmin, Length xmax, Length ymax, Length zmax)
            implements Shape {
        public Box {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String kind() {
            return "box";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<Length> lengths() {
            return List.of(xmin, ymin, zmin, xmax, ymax, zmax);
        }

        @Override
        public List<String> edgeNames() {
            return Solid.BOX_FACES;
        }

        @Override
        public Solid at(double[] parameters) {
            return Solid.box(name, new double[] { xmin.at(parameters), ymin.at(parameters), zmin.at(parameters) },
                    new double[] { xmax.at(parameters), ymax.at(parameters), zmax.at(parameters) });
        }
    }

    /** The ball of radius {@code radius} around ({@code cx}, {@code cy}, {@code cz}). */
    record Sphere(String name, Length cx, Length cy, Length cz, Length radius) implements Shape {
        public Sphere {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String kind() {
            return "sphere";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<Length> lengths() {
            return List.of(cx, cy, cz, radius);
        }

        @Override
        public List<String> edgeNames() {
            return List.of(Solid.SURFACE);
        }

        @Override
        public Solid at(double[] parameters) {
            return Solid.sphere(name, cx.at(parameters), cy.at(parameters), cz.at(parameters), radius.at(parameters));
        }
    }

    /**
     * The circular cylinder along coordinate axis {@code axis} (0, 1, 2: x, y, z) from {@code start} to {@code end}, of
     * {@code radius} around ({@code c1}, {@code c2}): its centre in the two other coordinates, in their order.
     */
    record Cylinder(String name, int axis, Length c1, Length c2, Length start, Length end, Length radius)
            implements Shape {
        public Cylinder {
            Objects.requireNonNull(name, "name");
            if (axis < 0 || axis > 2) {
                throw new IllegalArgumentException("cylinder " + name + ": axis " + axis + " is not 0, 1 or 2");
            }
        }

        @Override
        public String kind() {
            return "cylinder";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<Length> lengths() {
            return List.of(c1, c2, start, end, radius);
        }

        @Override
        public List<String> edgeNames() {
            return Solid.CYLINDER_FACES;
        }

        @Override
        public Solid at(double[] parameters) {
            return Solid.cylinder(name, axis, c1.at(parameters), c2.at(parameters), start.at(parameters),
                    end.at(parameters), radius.at(parameters));
        }
    }
}
