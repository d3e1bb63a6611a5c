package org.hyperlora.engine.geometry;

import java.util.List;
import java.util.Locale;

/**
 * A solid {@link Shape} at one parameter vector — a box, a sphere or a circular cylinder along a coordinate axis — in
 * numbers. Faces: a box's {@code left}/{@code right} (x), {@code bottom}/{@code top} (y), {@code back}/{@code front}
 * (z), as on a box domain; a sphere's {@code surface}; a cylinder's {@code side}, {@code bottom} and {@code top} (its
 * lower and upper end along its axis). Points on faces are spread evenly by area. Immutable.
 */
public final class Solid implements Primitive {

    /** A box's faces, in order: min and max along x, y, z. */
    public static final List<String> BOX_FACES = List.of("left", "right", "bottom", "top", "back", "front");
    /** A sphere's one face. */
    public static final String SURFACE = "surface";
    /** A cylinder's faces. */
    public static final List<String> CYLINDER_FACES = List.of("side", "bottom", "top");

    private final String name;
    private final String kind;
    private final double[] bounds;
    private final List<Face> faces;
    /** Box: unused; sphere: centre and radius; cylinder: centre (2 across the axis), ends, radius. */
    private final double[] numbers;
    private final int axis;

    private Solid(String name, String kind, double[] bounds, double[] numbers, int axis, List<Face> faces) {
        this.name = name;
        this.kind = kind;
        this.bounds = bounds;
        this.numbers = numbers;
        this.axis = axis;
        this.faces = List.copyOf(faces);
    }

    /** A face with its names and area; subclasses say where its points are. */
    private abstract static class Face implements Piece {
        private final String solid;
        private final String face;
        private final double area;

        Face(String solid, String face, double area) {
            this.solid = solid;
            this.face = face;
            this.area = area;
        }

        @Override
        public String qualifiedName() {
            return solid + "." + face;
        }

        @Override
        public String name() {
            return face;
        }

        @Override
        public double measure() {
            return area;
        }
    }

    static Solid box(String name, double[] lower, double[] upper) {
        requireFinite(name, "box", lower);
        requireFinite(name, "box", upper);
        for (int a = 0; a < 3; a++) {
            if (!(upper[a] > lower[a])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "box %s is degenerate: %s from %s to %s (each upper bound must exceed its lower)", name,
                        "xyz".charAt(a), Outline.num(lower[a]), Outline.num(upper[a])));
            }
        }
        double[] bounds = { lower[0], upper[0], lower[1], upper[1], lower[2], upper[2] };
        java.util.ArrayList<Face> faces = new java.util.ArrayList<>();
        for (int a = 0; a < 3; a++) {
            int u = (a + 1) % 3;
            int v = (a + 2) % 3;
            double area = (upper[u] - lower[u]) * (upper[v] - lower[v]);
            for (int side = 0; side < 2; side++) {
                double at = side == 0 ? lower[a] : upper[a];
                double normal = side == 0 ? -1 : 1;
                int fixed = a;
                faces.add(new Face(name, BOX_FACES.get(2 * a + side), area) {
                    @Override
                    public void pointAt(double[] unit, double[] out) {
                        out[fixed] = at;
                        out[u] = lower[u] + unit[0] * (upper[u] - lower[u]);
                        out[v] = lower[v] + unit[1] * (upper[v] - lower[v]);
                        out[3] = 0;
                        out[4] = 0;
                        out[5] = 0;
                        out[3 + fixed] = normal;
                    }
                });
            }
        }
        return new Solid(name, "box", bounds, new double[0], -1, faces);
    }

    static Solid sphere(String name, double cx, double cy, double cz, double radius) {
        requireFinite(name, "sphere", cx, cy, cz, radius);
        if (!(radius > 0)) {
            throw new IllegalArgumentException("sphere " + name + " is degenerate: radius " + Outline.num(radius)
                    + " (must be > 0)");
        }
        double[] c = { cx, cy, cz };
        Face surface = new Face(name, SURFACE, 4 * Math.PI * radius * radius) {
            @Override
            public void pointAt(double[] unit, double[] out) {
                // Archimedes: z uniform in [-1, 1] and the angle uniform spread points evenly over the sphere
                double z = 1 - 2 * unit[0];
                double ring = Math.sqrt(Math.max(0, 1 - z * z));
                double angle = 2 * Math.PI * unit[1];
                double[] n = { ring * Math.cos(angle), ring * Math.sin(angle), z };
                for (int a = 0; a < 3; a++) {
                    out[a] = c[a] + radius * n[a];
                    out[3 + a] = n[a];
                }
            }
        };
        return new Solid(name, "sphere", new double[] { cx - radius, cx + radius, cy - radius, cy + radius,
                cz - radius, cz + radius }, new double[] { cx, cy, cz, radius }, -1, List.of(surface));
    }

    /**
     * A circular cylinder along coordinate axis {@code axis} (0, 1, 2 for x, y, z) from {@code start} to {@code end}
     * there, of {@code radius} around the centre ({@code c1}, {@code c2}) in the two other coordinates, in order.
     */
    static Solid cylinder(String name, int axis, double c1, double c2, double start, double end, double radius) {
        requireFinite(name, "cylinder", c1, c2, start, end, radius);
        if (!(radius > 0) || !(end > start)) {
            throw new IllegalArgumentException("cylinder " + name + " is degenerate: "
                    + (radius > 0 ? "it runs from " + Outline.num(start) + " to " + Outline.num(end)
                            + " along " + "xyz".charAt(axis) + " (the end must exceed the start)"
                            : "radius " + Outline.num(radius) + " (must be > 0)"));
        }
        int u = axis == 0 ? 1 : 0;
        int v = axis == 2 ? 1 : 2;
        double[] bounds = new double[6];
        bounds[2 * axis] = start;
        bounds[2 * axis + 1] = end;
        bounds[2 * u] = c1 - radius;
        bounds[2 * u + 1] = c1 + radius;
        bounds[2 * v] = c2 - radius;
        bounds[2 * v + 1] = c2 + radius;
        Face side = new Face(name, "side", 2 * Math.PI * radius * (end - start)) {
            @Override
            public void pointAt(double[] unit, double[] out) {
                double angle = 2 * Math.PI * unit[1];
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                out[axis] = start + unit[0] * (end - start);
                out[u] = c1 + radius * cos;
                out[v] = c2 + radius * sin;
                out[3 + axis] = 0;
                out[3 + u] = cos;
                out[3 + v] = sin;
            }
        };
        List<Face> faces = new java.util.ArrayList<>(List.of(side));
        for (int end2 = 0; end2 < 2; end2++) {
            double at = end2 == 0 ? start : end;
            double normal = end2 == 0 ? -1 : 1;
            faces.add(new Face(name, CYLINDER_FACES.get(1 + end2), Math.PI * radius * radius) {
                @Override
                public void pointAt(double[] unit, double[] out) {
                    // sqrt of a uniform number: points spread evenly over the disk
                    double r = radius * Math.sqrt(unit[0]);
                    double angle = 2 * Math.PI * unit[1];
                    out[axis] = at;
                    out[u] = c1 + r * Math.cos(angle);
                    out[v] = c2 + r * Math.sin(angle);
                    out[3 + axis] = normal;
                    out[3 + u] = 0;
                    out[3 + v] = 0;
                }
            });
        }
        return new Solid(name, "cylinder", bounds, new double[] { c1, c2, start, end, radius }, axis, faces);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public double[] bounds() {
        return bounds.clone();
    }

    @Override
    public List<? extends Piece> pieces() {
        return faces;
    }

    /** The volume enclosed. */
    public double volume() {
        return switch (kind) {
        case "box" -> (bounds[1] - bounds[0]) * (bounds[3] - bounds[2]) * (bounds[5] - bounds[4]);
        case "sphere" -> 4.0 / 3 * Math.PI * Math.pow(numbers[3], 3);
        default -> Math.PI * numbers[4] * numbers[4] * (numbers[3] - numbers[2]);
        };
    }

    @Override
    public boolean contains(double[] p) {
        switch (kind) {
        case "box" -> {
            for (int a = 0; a < 3; a++) {
                double tolerance = 1e-12 * (bounds[2 * a + 1] - bounds[2 * a]);
                if (p[a] < bounds[2 * a] - tolerance || p[a] > bounds[2 * a + 1] + tolerance) {
                    return false;
                }
            }
            return true;
        }
        case "sphere" -> {
            double dx = p[0] - numbers[0];
            double dy = p[1] - numbers[1];
            double dz = p[2] - numbers[2];
            return dx * dx + dy * dy + dz * dz <= numbers[3] * numbers[3] * (1 + 1e-12);
        }
        default -> {
            int u = axis == 0 ? 1 : 0;
            int v = axis == 2 ? 1 : 2;
            double tolerance = 1e-12 * (numbers[3] - numbers[2]);
            if (p[axis] < numbers[2] - tolerance || p[axis] > numbers[3] + tolerance) {
                return false;
            }
            double du = p[u] - numbers[0];
            double dv = p[v] - numbers[1];
            return du * du + dv * dv <= numbers[4] * numbers[4] * (1 + 1e-12);
        }
        }
    }

    private static void requireFinite(String name, String kind, double... values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(kind + " " + name + ": a dimension is " + value
                        + " (must be a finite number)");
            }
        }
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
