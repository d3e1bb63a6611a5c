package org.hyperlora.engine.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Shape} at one parameter vector: numbers only. Knows whether a point lies in it (closed set), its
 * bounding box, and its boundary as {@link Edge edges} that map an arc-length fraction to a point and its outward
 * unit normal. Immutable.
 */
public final class Outline implements Primitive {

    /** A rectangle's edges, in boundary order (counter-clockwise from the left edge going down). */
    public static final List<String> RECTANGLE_EDGES = List.of("left", "bottom", "right", "top");

    /** The one edge of a disk or an ellipse. */
    public static final String CIRCUMFERENCE = "circumference";

    /** Segments the ellipse's arc-length table has; its arc length is then exact to about 1e-6 relative. */
    private static final int ELLIPSE_TABLE = 512;

    private final String name;
    private final String kind;
    private final double[] bounds;
    private final List<Edge> edges;
    /** Polygon vertices (rectangles are polygons too) or ellipse centre and semi-axes. */
    private final double[] xs;
    private final double[] ys;
    private final boolean ellipse;

    private Outline(String name, String kind, double[] xs, double[] ys, boolean ellipse, List<Edge> edges) {
        this.name = name;
        this.kind = kind;
        this.xs = xs;
        this.ys = ys;
        this.ellipse = ellipse;
        this.edges = List.copyOf(edges);
        if (ellipse) {
            bounds = new double[] { xs[0] - xs[1], xs[0] + xs[1], ys[0] - ys[1], ys[0] + ys[1] };
        } else {
            double[] box = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY };
            for (int v = 0; v < xs.length; v++) {
                box[0] = Math.min(box[0], xs[v]);
                box[1] = Math.max(box[1], xs[v]);
                box[2] = Math.min(box[2], ys[v]);
                box[3] = Math.max(box[3], ys[v]);
            }
            bounds = box;
        }
    }

    /** One piece of an outline's boundary: a straight segment or a whole ellipse. */
    public interface Edge extends Piece {
        /** The outline's name and the edge's: {@code plate.left}, {@code hole.circumference}. */
        String qualifiedName();

        /** The edge's own name ({@code left}, {@code e2}, {@code circumference}). */
        String name();

        /** The outline it belongs to. */
        String outlineName();

        double length();

        /**
         * The point at arc-length fraction {@code s} in [0, 1) and the outline's outward unit normal there.
         *
         * @param out receives x, y, nx, ny
         */
        void pointAt(double s, double[] out);

        @Override
        default double measure() {
            return length();
        }

        @Override
        default void pointAt(double[] unit, double[] out) {
            pointAt(unit[0], out);
        }
    }

    /** An edge's names and length; subclasses say where its points are. */
    private abstract static class NamedEdge implements Edge {
        private final String outline;
        private final String edge;
        private final double length;

        NamedEdge(String outline, String edge, double length) {
            this.outline = outline;
            this.edge = edge;
            this.length = length;
        }

        @Override
        public String qualifiedName() {
            return outline + "." + edge;
        }

        @Override
        public String name() {
            return edge;
        }

        @Override
        public String outlineName() {
            return outline;
        }

        @Override
        public double length() {
            return length;
        }
    }

    static Outline rectangle(String name, double xmin, double ymin, double xmax, double ymax) {
        requireFinite(name, "rectangle", xmin, ymin, xmax, ymax);
        if (!(xmax > xmin) || !(ymax > ymin)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "rectangle %s is degenerate: x from %s to %s, y from %s to %s (each upper bound must exceed its lower)",
                    name, num(xmin), num(xmax), num(ymin), num(ymax)));
        }
        double[] x = { xmin, xmin, xmax, xmax };
        double[] y = { ymax, ymin, ymin, ymax };
        return new Outline(name, "rectangle", x, y, false, segments(name, x, y, RECTANGLE_EDGES));
    }

    static Outline polygon(String name, double[] x, double[] y) {
        requireFinite(name, "polygon", x);
        requireFinite(name, "polygon", y);
        if (x.length < 3) {
            throw new IllegalArgumentException("polygon " + name + " has " + x.length
                    + " vertices; it needs at least 3");
        }
        for (int a = 0; a < x.length; a++) {
            for (int b = a + 1; b < x.length; b++) {
                if (x[a] == x[b] && y[a] == y[b]) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "polygon %s is degenerate: vertices %d and %d are the same point (%s, %s)", name, a + 1,
                            b + 1, num(x[a]), num(y[a])));
                }
            }
        }
        for (int a = 0; a < x.length; a++) {
            for (int b = a + 2; b < x.length; b++) {
                if (a == 0 && b == x.length - 1) {
                    continue; // neighbours through the closing edge
                }
                if (segmentsCross(x[a], y[a], x[(a + 1) % x.length], y[(a + 1) % x.length], x[b], y[b],
                        x[(b + 1) % x.length], y[(b + 1) % x.length])) {
                    throw new IllegalArgumentException("polygon " + name + " crosses itself: edges e" + (a + 1)
                            + " and e" + (b + 1) + " intersect");
                }
            }
        }
        if (!(Math.abs(signedArea(x, y)) > 0)) {
            throw new IllegalArgumentException("polygon " + name + " is degenerate: its vertices enclose no area");
        }
        List<String> names = new ArrayList<>();
        for (int e = 1; e <= x.length; e++) {
            names.add("e" + e);
        }
        // segments() orients every edge's normal outwards whichever way the vertices turn; edges keep the user's order
        return new Outline(name, "polygon", x.clone(), y.clone(), false, segments(name, x, y, names));
    }

    static Outline ellipse(String name, String kind, double cx, double cy, double rx, double ry) {
        requireFinite(name, kind, cx, cy, rx, ry);
        if (!(rx > 0) || !(ry > 0)) {
            throw new IllegalArgumentException(kind + " " + name + " is degenerate: "
                    + (kind.equals("disk") ? "radius " + num(rx) : "semi-axes " + num(rx) + " and " + num(ry))
                    + " (must be > 0)");
        }
        // Cumulative arc length over the angle, for sampling by arc length rather than by angle.
        double[] cumulative = new double[ELLIPSE_TABLE + 1];
        for (int i = 1; i <= ELLIPSE_TABLE; i++) {
            double mid = 2 * Math.PI * (i - 0.5) / ELLIPSE_TABLE;
            double speed = Math.hypot(rx * Math.sin(mid), ry * Math.cos(mid));
            cumulative[i] = cumulative[i - 1] + speed * 2 * Math.PI / ELLIPSE_TABLE;
        }
        double length = cumulative[ELLIPSE_TABLE];
        Edge edge = new NamedEdge(name, CIRCUMFERENCE, length) {
            @Override
            public void pointAt(double s, double[] out) {
                double target = s * length;
                int low = java.util.Arrays.binarySearch(cumulative, target);
                if (low < 0) {
                    low = -low - 2;
                }
                low = Math.max(0, Math.min(ELLIPSE_TABLE - 1, low));
                double span = cumulative[low + 1] - cumulative[low];
                double angle = 2 * Math.PI * (low + (span > 0 ? (target - cumulative[low]) / span : 0)) / ELLIPSE_TABLE;
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                out[0] = cx + rx * cos;
                out[1] = cy + ry * sin;
                // The gradient of (x/rx)^2 + (y/ry)^2 points outwards.
                double nx = cos / rx;
                double ny = sin / ry;
                double norm = Math.hypot(nx, ny);
                out[2] = nx / norm;
                out[3] = ny / norm;
            }
        };
        return new Outline(name, kind, new double[] { cx, rx }, new double[] { cy, ry }, true, List.of(edge));
    }

    @Override
    public String name() {
        return name;
    }

    /** {@code rectangle}, {@code disk}, {@code ellipse} or {@code polygon}. */
    @Override
    public String kind() {
        return kind;
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** xmin, xmax, ymin, ymax. */
    @Override
    public double[] bounds() {
        return bounds.clone();
    }

    public List<Edge> edges() {
        return edges;
    }

    @Override
    public List<Edge> pieces() {
        return edges;
    }

    @Override
    public boolean contains(double[] point) {
        return contains(point[0], point[1]);
    }

    /** The area enclosed. */
    public double area() {
        return ellipse ? Math.PI * xs[1] * ys[1] : Math.abs(signedArea(xs, ys));
    }

    /** Whether (x, y) lies in the closed outline. */
    public boolean contains(double x, double y) {
        if (ellipse) {
            double u = (x - xs[0]) / xs[1];
            double v = (y - ys[0]) / ys[1];
            return u * u + v * v <= 1 + 1e-12;
        }
        if (x < bounds[0] || x > bounds[1] || y < bounds[2] || y > bounds[3]) {
            return false;
        }
        // Even-odd rule; points on an edge count as inside.
        boolean inside = false;
        int n = xs.length;
        for (int a = 0, b = n - 1; a < n; b = a++) {
            if (onSegment(x, y, xs[b], ys[b], xs[a], ys[a])) {
                return true;
            }
            if ((ys[a] > y) != (ys[b] > y) && x < (xs[b] - xs[a]) * (y - ys[a]) / (ys[b] - ys[a]) + xs[a]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The vertices' x (a polygon or rectangle) or the centre x and semi-axis (an ellipse or disk): for drawing. */
    public double[] xs() {
        return xs.clone();
    }

    /** See {@link #xs()}. */
    public double[] ys() {
        return ys.clone();
    }

    /** Whether this is a disk or an ellipse (then {@link #xs()} is centre and semi-axis). */
    public boolean isEllipse() {
        return ellipse;
    }

    private static List<Edge> segments(String name, double[] x, double[] y, List<String> names) {
        double orientation = Math.signum(signedArea(x, y)); // +1 counter-clockwise
        List<Edge> edges = new ArrayList<>();
        int n = x.length;
        for (int e = 0; e < n; e++) {
            double x0 = x[e];
            double y0 = y[e];
            double x1 = x[(e + 1) % n];
            double y1 = y[(e + 1) % n];
            double length = Math.hypot(x1 - x0, y1 - y0);
            // + 0.0 turns -0.0 into 0.0
            double nx = orientation * (y1 - y0) / length + 0.0;
            double ny = -orientation * (x1 - x0) / length + 0.0;
            String edgeName = names.get(e);
            edges.add(new NamedEdge(name, edgeName, length) {
                @Override
                public void pointAt(double s, double[] out) {
                    out[0] = x0 + s * (x1 - x0);
                    out[1] = y0 + s * (y1 - y0);
                    out[2] = nx;
                    out[3] = ny;
                }
            });
        }
        return edges;
    }

    private static double signedArea(double[] x, double[] y) {
        double twice = 0;
        for (int a = 0, b = x.length - 1; a < x.length; b = a++) {
            twice += (x[b] - x[a]) * (y[b] + y[a]);
        }
        return twice / 2;
    }

    private static boolean onSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double cross = (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0);
        double scale = Math.max(Math.abs(x1 - x0) + Math.abs(y1 - y0), 1e-300);
        if (Math.abs(cross) > 1e-12 * scale * scale) {
            return false;
        }
        return px >= Math.min(x0, x1) - 1e-12 * scale && px <= Math.max(x0, x1) + 1e-12 * scale
                && py >= Math.min(y0, y1) - 1e-12 * scale && py <= Math.max(y0, y1) + 1e-12 * scale;
    }

    private static boolean segmentsCross(double ax, double ay, double bx, double by, double cx, double cy, double dx,
            double dy) {
        double d1 = orient(cx, cy, dx, dy, ax, ay);
        double d2 = orient(cx, cy, dx, dy, bx, by);
        double d3 = orient(ax, ay, bx, by, cx, cy);
        double d4 = orient(ax, ay, bx, by, dx, dy);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double orient(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    private static void requireFinite(String name, String kind, double... values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(kind + " " + name + ": a dimension is " + value
                        + " (must be a finite number)");
            }
        }
    }

    static String num(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6g", value);
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
