package org.hyperlora.engine.geometry;

import java.util.List;
import java.util.Objects;

/**
 * A plane primitive of a {@link ShapedDomain}, its dimensions {@linkplain Length numbers or expressions of the
 * parameters}, with a name that is also the name of its boundary part ({@code plate}, {@code hole}). At a parameter
 * vector it becomes an {@link Outline} with numbers. Edges that conditions can name on their own: a rectangle's
 * {@code left}, {@code right}, {@code bottom}, {@code top}; a polygon's {@code e1} (first vertex to second) ...
 * {@code eN} (last to first); a disk or ellipse has one edge, its whole circumference.
 */
public sealed interface Shape {

    /** The shape's name: an identifier, unique in its domain. */
    String name();

    /** What kind of primitive this is, for messages and the editor ({@code rectangle}, {@code disk}, ...). */
    String kind();

    /** Every dimension and position, in a fixed order (for {@link #dependsOnParameters()} and messages). */
    List<Length> lengths();

    /** The edge names a condition may name as {@code shape.edge}, in boundary order. */
    List<String> edgeNames();

    /** The outline at a parameter vector; a degenerate one (a radius ≤ 0, ...) fails with a message naming why. */
    Outline at(double[] parameters);

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
}
