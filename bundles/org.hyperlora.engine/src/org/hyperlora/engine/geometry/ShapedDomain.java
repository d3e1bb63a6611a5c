package org.hyperlora.engine.geometry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import org.hyperlora.engine.sampling.Sampler;

/**
 * A plane domain built from {@link Shape shapes} by constructive solid geometry — the first shape, then each further
 * one joined ({@link Operation#UNION}), cut out ({@link Operation#DIFFERENCE}) or intersected in order — optionally
 * times a time interval. Its dimensions may be expressions of the family's parameters (a hole of radius {@code R}), so
 * points, normals and part memberships are always asked for at a parameter vector ({@link #at(double[])}).
 * <p>
 * The {@linkplain #box() box} holds the coordinates' ranges: it must contain the shape at every parameter value, and
 * networks normalize their inputs to it. Boundary parts: every shape's name (its edges where they are on the domain's
 * boundary), {@value Domain#BOUNDARY} (all of it), parts defined by {@link #withPart} (edges such as
 * {@code plate.left} or whole shapes), and {@value Domain#INITIAL} (the region at the start time) when there is time.
 * Immutable.
 */
public final class ShapedDomain {

    /** How a shape joins the shapes before it. */
    public enum Operation {
        /** The shape is added. */
        UNION,
        /** The shape is cut out (a hole). */
        DIFFERENCE,
        /** Only what lies in the shape is kept. */
        INTERSECTION;

        /** The lower-case name used in files and messages. */
        public String literal() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One shape and how it joins the shapes before it (ignored for the first). */
    public record Step(Operation operation, Shape shape) {
        public Step {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(shape, "shape");
        }
    }

    private final Domain box;
    private final int xAxis;
    private final int yAxis;
    private final List<Step> steps;
    /** Named parts: name -> selectors (a shape name or shape.edge). */
    private final Map<String, List<String>> parts;

    private ShapedDomain(Domain box, List<Step> steps, Map<String, List<String>> parts) {
        this.box = box;
        this.steps = List.copyOf(steps);
        this.parts = parts;
        List<Integer> spatial = new ArrayList<>();
        for (int axis = 0; axis < box.dimension(); axis++) {
            if (box.isSpatial(axis)) {
                spatial.add(axis);
            }
        }
        if (spatial.size() != 2) {
            throw new IllegalArgumentException("shapes describe plane domains: the family needs exactly two space"
                    + " coordinates (and possibly time), it has " + spatial.size() + " in " + box.describe());
        }
        xAxis = spatial.get(0);
        yAxis = spatial.get(1);
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("a shaped domain needs at least one shape");
        }
        Set<String> names = new LinkedHashSet<>();
        for (Step step : this.steps) {
            String name = step.shape().name();
            if (!names.add(name)) {
                throw new IllegalArgumentException("shape name '" + name + "' is used twice");
            }
            if (reserved(name)) {
                throw new IllegalArgumentException("shape name '" + name + "' is reserved for a boundary part of every"
                        + " domain; choose another");
            }
        }
    }

    /**
     * A domain of shapes over the box's two space coordinates.
     *
     * @param box the coordinates and their ranges (two spatial ones, plus possibly time)
     * @throws IllegalArgumentException for another number of space coordinates, no shapes or a shape name used twice
     */
    public static ShapedDomain of(Domain box, List<Step> steps) {
        return new ShapedDomain(box, steps, new LinkedHashMap<>());
    }

    /**
     * This domain with one more named part: the union of the selected edges ({@code plate.left}) and whole shapes
     * ({@code hole}).
     *
     * @throws IllegalArgumentException for a name used already (by a shape or a part), a reserved name, no selectors or
     *         a selector naming no shape or edge
     */
    public ShapedDomain withPart(String name, List<String> selectors) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("boundary part name '" + name + "' is not an identifier");
        }
        if (parts.containsKey(name) || shapeNamed(name) != null || reserved(name)) {
            throw new IllegalArgumentException("boundary part name '" + name + "' is used twice"
                    + (shapeNamed(name) != null ? " (a shape has that name)" : reserved(name) ? " (it is reserved)" : ""));
        }
        if (selectors.isEmpty()) {
            throw new IllegalArgumentException("boundary part '" + name + "' selects no edges");
        }
        for (String selector : selectors) {
            checkSelector(name, selector);
        }
        Map<String, List<String>> more = new LinkedHashMap<>(parts);
        more.put(name, List.copyOf(selectors));
        return new ShapedDomain(box, steps, more);
    }

    private void checkSelector(String part, String selector) {
        int dot = selector.indexOf('.');
        String shapeName = dot < 0 ? selector : selector.substring(0, dot);
        Shape shape = shapeNamed(shapeName);
        if (shape == null) {
            throw new IllegalArgumentException("boundary part '" + part + "': no shape named '" + shapeName
                    + "'; shapes: " + shapeNames());
        }
        if (dot >= 0 && !shape.edgeNames().contains(selector.substring(dot + 1))) {
            throw new IllegalArgumentException("boundary part '" + part + "': " + shape.kind() + " " + shapeName
                    + " has no edge '" + selector.substring(dot + 1) + "'; its edges: " + String.join(", ",
                            shape.edgeNames()));
        }
    }

    private static boolean reserved(String name) {
        return name.equals(Domain.BOUNDARY) || name.equals(Domain.INITIAL);
    }

    /** The coordinates and their ranges; it contains the shape at every parameter vector. */
    public Domain box() {
        return box;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Index of the first space coordinate (the shapes' x). */
    public int xAxis() {
        return xAxis;
    }

    /** Index of the second space coordinate (the shapes' y). */
    public int yAxis() {
        return yAxis;
    }

    /** Whether any shape's dimension is an expression of the parameters. */
    public boolean dependsOnParameters() {
        return steps.stream().anyMatch(step -> step.shape().dependsOnParameters());
    }

    /** Every boundary part name: the shapes', the defined parts', {@value Domain#BOUNDARY}, {@value Domain#INITIAL}. */
    public List<String> boundaryPartNames() {
        List<String> names = new ArrayList<>(shapeNames());
        names.addAll(parts.keySet());
        names.add(Domain.BOUNDARY);
        if (box.timeAxis() >= 0) {
            names.add(Domain.INITIAL);
        }
        return names;
    }

    /** Whether a condition may name this part. */
    public boolean hasPart(String name) {
        return boundaryPartNames().contains(name);
    }

    /**
     * The edges (qualified names) a part selects, before asking which of them lie on the boundary.
     *
     * @throws IllegalArgumentException for an unknown part, listing the known ones
     */
    public Set<String> edgesOf(String part) {
        Set<String> edges = new LinkedHashSet<>();
        if (Domain.BOUNDARY.equals(part)) {
            steps.forEach(step -> addEdges(step.shape(), null, edges));
        } else if (shapeNamed(part) != null) {
            addEdges(shapeNamed(part), null, edges);
        } else if (parts.containsKey(part)) {
            for (String selector : parts.get(part)) {
                int dot = selector.indexOf('.');
                addEdges(shapeNamed(dot < 0 ? selector : selector.substring(0, dot)),
                        dot < 0 ? null : selector.substring(dot + 1), edges);
            }
        } else {
            throw new IllegalArgumentException(unknownPart(part));
        }
        return edges;
    }

    /** The message for a part name the domain does not have. */
    public String unknownPart(String part) {
        return "unknown boundary part '" + part + "'; this domain's parts: " + String.join(", ", boundaryPartNames());
    }

    private static void addEdges(Shape shape, String edge, Set<String> into) {
        for (String name : shape.edgeNames()) {
            if (edge == null || edge.equals(name)) {
                into.add(shape.name() + "." + name);
            }
        }
    }

    private Shape shapeNamed(String name) {
        for (Step step : steps) {
            if (step.shape().name().equals(name)) {
                return step.shape();
            }
        }
        return null;
    }

    private List<String> shapeNames() {
        return steps.stream().map(step -> step.shape().name()).toList();
    }

    /**
     * The region at a parameter vector.
     *
     * @throws IllegalArgumentException naming the shape and the problem when a shape is degenerate there or the shape
     *         leaves the box
     */
    public Region at(double[] parameters) {
        List<Outline> outlines = new ArrayList<>();
        for (Step step : steps) {
            outlines.add(step.shape().at(parameters));
        }
        return new Region(outlines);
    }

    /** A short description: {@code rectangle plate − disk hole}. */
    public String describe() {
        StringJoiner text = new StringJoiner(" ");
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (s > 0) {
                text.add(switch (step.operation()) {
                case UNION -> "∪";
                case DIFFERENCE -> "−";
                case INTERSECTION -> "∩";
                });
            }
            text.add(step.shape().kind() + " " + step.shape().name());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return describe() + " in " + box.describe();
    }

    /** Points on a boundary part with their outward unit normals, both flat row-major over all coordinates. */
    public record PartPoints(double[] points, double[] normals) {
    }

    /**
     * A piece of the domain's boundary along one edge of one outline, for drawing: a polyline in the plane.
     *
     * @param edge the edge's qualified name ({@code box.left}, {@code cylinder.circumference})
     * @param xy x0, y0, x1, y1, ... along the edge
     */
    public record Trace(String edge, double[] xy) {
        /** The outline's (shape's) name: the part every edge of it belongs to. */
        public String shape() {
            return edge.substring(0, edge.indexOf('.'));
        }
    }

    /** The domain at one parameter vector: membership, area, sampling. */
    public final class Region {

        private final List<Outline> outlines;
        private final double[] bounds;
        private final double epsilon;

        private Region(List<Outline> outlines) {
            this.outlines = List.copyOf(outlines);
            double[] all = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY };
            for (int s = 0; s < outlines.size(); s++) {
                double[] b = outlines.get(s).bounds();
                Operation operation = s == 0 ? Operation.UNION : steps.get(s).operation();
                if (operation == Operation.UNION) {
                    all[0] = Math.min(all[0], b[0]);
                    all[1] = Math.max(all[1], b[1]);
                    all[2] = Math.min(all[2], b[2]);
                    all[3] = Math.max(all[3], b[3]);
                } else if (operation == Operation.INTERSECTION) {
                    all[0] = Math.max(all[0], b[0]);
                    all[1] = Math.min(all[1], b[1]);
                    all[2] = Math.max(all[2], b[2]);
                    all[3] = Math.min(all[3], b[3]);
                }
            }
            bounds = all;
            if (!(all[1] > all[0]) || !(all[3] > all[2])) {
                throw new IllegalArgumentException("the domain " + describe() + " is empty (the intersection leaves"
                        + " nothing)");
            }
            double tolerance = 1e-9 * Math.max(box.sideLength(xAxis), box.sideLength(yAxis));
            if (all[0] < box.lower(xAxis) - tolerance || all[1] > box.upper(xAxis) + tolerance
                    || all[2] < box.lower(yAxis) - tolerance || all[3] > box.upper(yAxis) + tolerance) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the domain %s reaches x from %s to %s and y from %s to %s, outside the coordinates' ranges %s;"
                                + " widen the ranges (networks read their inputs relative to them)",
                        describe(), Outline.num(all[0]), Outline.num(all[1]), Outline.num(all[2]),
                        Outline.num(all[3]), box.describe()));
            }
            epsilon = 1e-7 * Math.max(all[1] - all[0], all[3] - all[2]);
        }

        /** The outlines at this parameter vector, in the domain's step order. */
        public List<Outline> outlines() {
            return outlines;
        }

        /** xmin, xmax, ymin, ymax of the region (the union's box; an upper bound after cuts). */
        public double[] bounds() {
            return bounds.clone();
        }

        /** Whether the plane point lies in the (closed) region. */
        public boolean contains(double x, double y) {
            boolean inside = outlines.get(0).contains(x, y);
            for (int s = 1; s < outlines.size(); s++) {
                boolean in = outlines.get(s).contains(x, y);
                inside = switch (steps.get(s).operation()) {
                case UNION -> inside || in;
                // A cut keeps its own boundary: the closed region contains the hole's rim.
                case DIFFERENCE -> inside && (!in || onBoundaryOf(outlines.get(s), x, y));
                case INTERSECTION -> inside && in;
                };
            }
            return inside;
        }

        /** Whether point {@code index} of a flat row-major array over all coordinates lies in the domain. */
        public boolean contains(double[] points, int index) {
            int d = box.dimension();
            int offset = index * d;
            for (int axis = 0; axis < d; axis++) {
                if (axis != xAxis && axis != yAxis
                        && !(points[offset + axis] >= box.lower(axis) && points[offset + axis] <= box.upper(axis))) {
                    return false;
                }
            }
            return contains(points[offset + xAxis], points[offset + yAxis]);
        }

        private boolean strictlyInside(double x, double y) {
            boolean inside = outlines.get(0).contains(x, y);
            for (int s = 1; s < outlines.size(); s++) {
                boolean in = outlines.get(s).contains(x, y);
                inside = switch (steps.get(s).operation()) {
                case UNION -> inside || in;
                case DIFFERENCE -> inside && !in;
                case INTERSECTION -> inside && in;
                };
            }
            return inside;
        }

        private boolean onBoundaryOf(Outline outline, double x, double y) {
            // (x, y) is in the closed outline; it is on its rim when a step of epsilon leaves it
            double e = epsilon;
            return !(outline.contains(x + e, y) && outline.contains(x - e, y) && outline.contains(x, y + e)
                    && outline.contains(x, y - e));
        }

        /**
         * The boundary as polylines, each edge sampled at {@code samples + 1} points and split where it leaves the
         * domain's boundary (a disk's rim inside a union, a rectangle's edge cut by a hole).
         */
        public List<Trace> traces(int samples) {
            List<Trace> traces = new ArrayList<>();
            double[] at = new double[4];
            for (Outline outline : outlines) {
                for (Outline.Edge edge : outline.edges()) {
                    List<Double> piece = new ArrayList<>();
                    for (int i = 0; i <= samples; i++) {
                        edge.pointAt(Math.min(1.0, (double) i / samples), at);
                        boolean behind = strictlyInside(at[0] - epsilon * at[2], at[1] - epsilon * at[3]);
                        boolean ahead = strictlyInside(at[0] + epsilon * at[2], at[1] + epsilon * at[3]);
                        if (behind != ahead) {
                            piece.add(at[0]);
                            piece.add(at[1]);
                        } else if (!piece.isEmpty()) {
                            traces.add(trace(edge, piece));
                            piece.clear();
                        }
                    }
                    if (!piece.isEmpty()) {
                        traces.add(trace(edge, piece));
                    }
                }
            }
            return traces;
        }

        private Trace trace(Outline.Edge edge, List<Double> piece) {
            double[] xy = new double[piece.size()];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = piece.get(i);
            }
            return new Trace(edge.qualifiedName(), xy);
        }

        /** The area, estimated from {@code samples} quasi-random points of the region's box. */
        public double area(int samples, Sampler sampler, long seed) {
            double[] unit = sampler.sampleUnitCube(samples, 2, seed);
            int inside = 0;
            for (int p = 0; p < samples; p++) {
                if (strictlyInside(bounds[0] + unit[2 * p] * (bounds[1] - bounds[0]),
                        bounds[2] + unit[2 * p + 1] * (bounds[3] - bounds[2]))) {
                    inside++;
                }
            }
            return (bounds[1] - bounds[0]) * (bounds[3] - bounds[2]) * inside / samples;
        }

        /**
         * Exactly {@code count} points in the domain (the region times the time interval, if any): the sampler's
         * points over the region's box, those inside kept in order until there are enough.
         *
         * @throws IllegalArgumentException if the region has (almost) no area
         */
        public double[] interior(int count, Sampler sampler, long seed) {
            int d = box.dimension();
            double[] out = new double[count * d];
            int kept = 0;
            int draw = Math.max(64, 2 * count);
            while (kept < count) {
                double[] unit = sampler.sampleUnitCube(draw, d, seed);
                kept = 0;
                for (int p = 0; p < draw && kept < count; p++) {
                    double x = bounds[0] + unit[p * d + xAxis] * (bounds[1] - bounds[0]);
                    double y = bounds[2] + unit[p * d + yAxis] * (bounds[3] - bounds[2]);
                    if (!strictlyInside(x, y)) {
                        continue;
                    }
                    for (int axis = 0; axis < d; axis++) {
                        out[kept * d + axis] = axis == xAxis ? x : axis == yAxis ? y
                                : box.lower(axis) + unit[p * d + axis] * box.sideLength(axis);
                    }
                    kept++;
                }
                if (kept < count) {
                    if (draw >= 1 << 24 || (kept == 0 && draw >= 64 * count)) {
                        throw new IllegalArgumentException("the domain " + describe()
                                + " has no area to place points in");
                    }
                    draw *= 2;
                }
            }
            return out;
        }

        /**
         * Exactly {@code count} points on a boundary part with the domain's outward unit normals (zero along time):
         * arc-length samples of the part's edges, kept where the edge is the domain's boundary (one side inside, the
         * other outside; a hole's rim points into the hole). On {@value Domain#INITIAL}: points of the region at the
         * start time, normals zero.
         *
         * @throws IllegalArgumentException for an unknown part, or a part that is nowhere on the boundary here
         */
        public PartPoints boundary(String part, int count, Sampler sampler, long seed) {
            int d = box.dimension();
            int time = box.timeAxis();
            if (Domain.INITIAL.equals(part)) {
                if (time < 0) {
                    throw new IllegalArgumentException(unknownPart(part));
                }
                double[] points = interior(count, sampler, seed);
                for (int p = 0; p < count; p++) {
                    points[p * d + time] = box.lower(time);
                }
                return new PartPoints(points, new double[count * d]);
            }
            List<Outline.Edge> edges = new ArrayList<>();
            Set<String> wanted = edgesOf(part);
            for (Outline outline : outlines) {
                for (Outline.Edge edge : outline.edges()) {
                    if (wanted.contains(edge.qualifiedName())) {
                        edges.add(edge);
                    }
                }
            }
            double[] cumulative = new double[edges.size() + 1];
            for (int e = 0; e < edges.size(); e++) {
                cumulative[e + 1] = cumulative[e] + edges.get(e).length();
            }
            double total = cumulative[edges.size()];
            int unitDimension = time < 0 ? 1 : 2;
            double[] points = new double[count * d];
            double[] normals = new double[count * d];
            double[] at = new double[4];
            int kept = 0;
            int draw = Math.max(64, 2 * count);
            while (kept < count) {
                double[] unit = sampler.sampleUnitCube(draw, unitDimension, seed);
                kept = 0;
                for (int p = 0; p < draw && kept < count; p++) {
                    double position = unit[p * unitDimension] * total;
                    int e = 0;
                    while (e < edges.size() - 1 && position >= cumulative[e + 1]) {
                        e++;
                    }
                    Outline.Edge edge = edges.get(e);
                    edge.pointAt(Math.min(1, (position - cumulative[e]) / edge.length()), at);
                    boolean behind = strictlyInside(at[0] - epsilon * at[2], at[1] - epsilon * at[3]);
                    boolean ahead = strictlyInside(at[0] + epsilon * at[2], at[1] + epsilon * at[3]);
                    if (behind == ahead) {
                        continue; // inside the domain or outside it: not its boundary
                    }
                    double sign = behind ? 1 : -1;
                    int o = kept * d;
                    points[o + xAxis] = at[0];
                    points[o + yAxis] = at[1];
                    normals[o + xAxis] = sign * at[2];
                    normals[o + yAxis] = sign * at[3];
                    if (time >= 0) {
                        points[o + time] = box.lower(time) + unit[p * unitDimension + 1] * box.sideLength(time);
                    }
                    kept++;
                }
                if (kept < count) {
                    if (draw >= 1 << 24 || (kept == 0 && draw >= 64 * count)) {
                        throw new IllegalArgumentException("boundary part '" + part + "' is nowhere on the boundary of "
                                + describe() + " (its edges lie inside or outside the domain)");
                    }
                    draw *= 2;
                }
            }
            return new PartPoints(points, normals);
        }
    }
}
