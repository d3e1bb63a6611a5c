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
    /** The space coordinates' indices, in order: two for plane shapes, three for solids. */
    private final int[] spatial;
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
        if (this.steps.isEmpty()) {
            throw new IllegalArgumentException("a shaped domain needs at least one shape");
        }
        int dimension = this.steps.get(0).shape().dimension();
        for (Step step : this.steps) {
            if (step.shape().dimension() != dimension) {
                throw new IllegalArgumentException("plane shapes and solids cannot be mixed: " + step.shape().kind()
                        + " " + step.shape().name() + " is " + (step.shape().dimension() == 3 ? "a solid" : "plane")
                        + ", " + this.steps.get(0).shape().kind() + " " + this.steps.get(0).shape().name() + " is not");
            }
        }
        if (spatial.size() != dimension) {
            throw new IllegalArgumentException((dimension == 2 ? "plane shapes describe plane domains: the family needs"
                    + " exactly two space coordinates" : "solids describe space domains: the family needs exactly three"
                    + " space coordinates") + " (and possibly time), it has " + spatial.size() + " in "
                    + box.describe());
        }
        this.spatial = spatial.stream().mapToInt(Integer::intValue).toArray();
        xAxis = this.spatial[0];
        yAxis = this.spatial[1];
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

    /** The space coordinates' indices in order: the shapes' x, y (and z for solids). */
    public int[] spatialAxes() {
        return spatial.clone();
    }

    /** 2 for plane shapes, 3 for solids. */
    public int spatialDimension() {
        return spatial.length;
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
        List<Primitive> primitives = new ArrayList<>();
        for (Step step : steps) {
            primitives.add(step.shape().at(parameters));
        }
        return new Region(primitives);
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

    /**
     * Points on one face of a solid domain where it is the domain's boundary, for drawing.
     *
     * @param piece the face's qualified name ({@code box.front}, {@code ball.surface})
     * @param xyz x0, y0, z0, x1, ... in the order of {@link #spatialAxes()}
     */
    public record Patch(String piece, double[] xyz) {
        /** The solid's (shape's) name: the part every face of it belongs to. */
        public String shape() {
            return piece.substring(0, piece.indexOf('.'));
        }
    }

    /** The domain at one parameter vector: membership, area or volume, sampling. */
    public final class Region {

        private final List<Primitive> primitives;
        /** Lower and upper end per space axis, in the order of {@link #spatialAxes()}. */
        private final double[] bounds;
        private final double epsilon;

        private Region(List<Primitive> primitives) {
            this.primitives = List.copyOf(primitives);
            int n = spatial.length;
            double[] all = new double[2 * n];
            for (int a = 0; a < n; a++) {
                all[2 * a] = Double.POSITIVE_INFINITY;
                all[2 * a + 1] = Double.NEGATIVE_INFINITY;
            }
            for (int s = 0; s < primitives.size(); s++) {
                double[] b = primitives.get(s).bounds();
                Operation operation = s == 0 ? Operation.UNION : steps.get(s).operation();
                for (int a = 0; a < n; a++) {
                    if (operation == Operation.UNION) {
                        all[2 * a] = Math.min(all[2 * a], b[2 * a]);
                        all[2 * a + 1] = Math.max(all[2 * a + 1], b[2 * a + 1]);
                    } else if (operation == Operation.INTERSECTION) {
                        all[2 * a] = Math.max(all[2 * a], b[2 * a]);
                        all[2 * a + 1] = Math.min(all[2 * a + 1], b[2 * a + 1]);
                    }
                }
            }
            bounds = all;
            double size = 0;
            double boxSize = 0;
            for (int a = 0; a < n; a++) {
                if (!(all[2 * a + 1] > all[2 * a])) {
                    throw new IllegalArgumentException("the domain " + describe() + " is empty (the intersection leaves"
                            + " nothing)");
                }
                size = Math.max(size, all[2 * a + 1] - all[2 * a]);
                boxSize = Math.max(boxSize, box.sideLength(spatial[a]));
            }
            double tolerance = 1e-9 * boxSize;
            for (int a = 0; a < n; a++) {
                if (all[2 * a] < box.lower(spatial[a]) - tolerance || all[2 * a + 1] > box.upper(spatial[a]) + tolerance) {
                    StringBuilder reach = new StringBuilder();
                    for (int b = 0; b < n; b++) {
                        reach.append(b == 0 ? "" : b == n - 1 ? " and " : ", ")
                                .append(box.coordinateNames().get(spatial[b])).append(" from ")
                                .append(Outline.num(all[2 * b])).append(" to ").append(Outline.num(all[2 * b + 1]));
                    }
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "the domain %s reaches %s, outside the coordinates' ranges %s;"
                                    + " widen the ranges (networks read their inputs relative to them)",
                            describe(), reach, box.describe()));
                }
            }
            epsilon = 1e-7 * size;
        }

        /** The shapes at this parameter vector, in the domain's step order. */
        public List<Primitive> primitives() {
            return primitives;
        }

        /**
         * The plane outlines at this parameter vector, in the domain's step order.
         *
         * @throws IllegalStateException for a domain of solids
         */
        public List<Outline> outlines() {
            if (spatial.length != 2) {
                throw new IllegalStateException("the domain " + describe() + " is made of solids, not outlines");
            }
            List<Outline> outlines = new ArrayList<>();
            primitives.forEach(primitive -> outlines.add((Outline) primitive));
            return outlines;
        }

        /** Lower and upper end per space axis (xmin, xmax, ymin, ymax, ...; the union's box, an upper bound after cuts). */
        public double[] bounds() {
            return bounds.clone();
        }

        /** Whether the plane point lies in the (closed) region of a plane domain. */
        public boolean contains(double x, double y) {
            return containsSpatial(new double[] { x, y });
        }

        /** Whether the point (its space coordinates, in order) lies in the (closed) region. */
        public boolean containsSpatial(double[] p) {
            boolean inside = primitives.get(0).contains(p);
            for (int s = 1; s < primitives.size(); s++) {
                boolean in = primitives.get(s).contains(p);
                inside = switch (steps.get(s).operation()) {
                case UNION -> inside || in;
                // A cut keeps its own boundary: the closed region contains the hole's rim.
                case DIFFERENCE -> inside && (!in || onBoundaryOf(primitives.get(s), p));
                case INTERSECTION -> inside && in;
                };
            }
            return inside;
        }

        /** Whether point {@code index} of a flat row-major array over all coordinates lies in the domain. */
        public boolean contains(double[] points, int index) {
            int d = box.dimension();
            int offset = index * d;
            double[] p = new double[spatial.length];
            int next = 0;
            for (int axis = 0; axis < d; axis++) {
                if (next < spatial.length && spatial[next] == axis) {
                    p[next++] = points[offset + axis];
                } else if (!(points[offset + axis] >= box.lower(axis) && points[offset + axis] <= box.upper(axis))) {
                    return false;
                }
            }
            return containsSpatial(p);
        }

        private boolean strictlyInside(double[] p) {
            boolean inside = primitives.get(0).contains(p);
            for (int s = 1; s < primitives.size(); s++) {
                boolean in = primitives.get(s).contains(p);
                inside = switch (steps.get(s).operation()) {
                case UNION -> inside || in;
                case DIFFERENCE -> inside && !in;
                case INTERSECTION -> inside && in;
                };
            }
            return inside;
        }

        private boolean onBoundaryOf(Primitive primitive, double[] p) {
            // p is in the closed shape; it is on its rim when a step of epsilon along some axis leaves it
            double[] q = p.clone();
            for (int a = 0; a < p.length; a++) {
                for (double step : new double[] { epsilon, -epsilon }) {
                    q[a] = p[a] + step;
                    boolean in = primitive.contains(q);
                    q[a] = p[a];
                    if (!in) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether the boundary point {@code at} (point, then normal) is the domain's: one side inside, one outside. */
        private int side(double[] at, double[] behind, double[] ahead) {
            int n = spatial.length;
            for (int a = 0; a < n; a++) {
                behind[a] = at[a] - epsilon * at[n + a];
                ahead[a] = at[a] + epsilon * at[n + a];
            }
            boolean in = strictlyInside(behind);
            boolean out = strictlyInside(ahead);
            return in == out ? 0 : in ? 1 : -1;
        }

        /**
         * The boundary of a plane domain as polylines, each edge sampled at {@code samples + 1} points and split where
         * it leaves the domain's boundary (a disk's rim inside a union, a rectangle's edge cut by a hole).
         *
         * @throws IllegalStateException for a domain of solids
         */
        public List<Trace> traces(int samples) {
            List<Trace> traces = new ArrayList<>();
            double[] at = new double[4];
            double[] behind = new double[2];
            double[] ahead = new double[2];
            for (Outline outline : outlines()) {
                for (Outline.Edge edge : outline.edges()) {
                    List<Double> piece = new ArrayList<>();
                    for (int i = 0; i <= samples; i++) {
                        edge.pointAt(Math.min(1.0, (double) i / samples), at);
                        if (side(at, behind, ahead) != 0) {
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

        /**
         * The boundary of a domain of solids as point patches, one per face that is boundary somewhere: a grid of
         * {@code samples} × {@code samples} points over each face, those on the domain's boundary kept.
         *
         * @throws IllegalStateException for a plane domain (see {@link #traces})
         */
        public List<Patch> patches(int samples) {
            if (spatial.length != 3) {
                throw new IllegalStateException("the domain " + describe() + " is plane: draw its traces");
            }
            List<Patch> patches = new ArrayList<>();
            double[] at = new double[6];
            double[] behind = new double[3];
            double[] ahead = new double[3];
            double[] unit = new double[2];
            for (Primitive primitive : primitives) {
                for (Primitive.Piece piece : primitive.pieces()) {
                    List<Double> kept = new ArrayList<>();
                    for (int i = 0; i < samples; i++) {
                        for (int j = 0; j < samples; j++) {
                            unit[0] = (i + 0.5) / samples;
                            unit[1] = (j + 0.5) / samples;
                            piece.pointAt(unit, at);
                            if (side(at, behind, ahead) != 0) {
                                kept.add(at[0]);
                                kept.add(at[1]);
                                kept.add(at[2]);
                            }
                        }
                    }
                    if (!kept.isEmpty()) {
                        double[] xyz = new double[kept.size()];
                        for (int k = 0; k < xyz.length; k++) {
                            xyz[k] = kept.get(k);
                        }
                        patches.add(new Patch(piece.qualifiedName(), xyz));
                    }
                }
            }
            return patches;
        }

        /**
         * The qualified names of the edges or faces that are part of the domain's boundary somewhere (sampled on a grid
         * of {@code samples} per direction, ends included).
         */
        public Set<String> boundaryPieces(int samples) {
            Set<String> found = new LinkedHashSet<>();
            int n = spatial.length;
            double[] at = new double[2 * n];
            double[] behind = new double[n];
            double[] ahead = new double[n];
            for (Primitive primitive : primitives) {
                for (Primitive.Piece piece : primitive.pieces()) {
                    if (onGrid(piece, samples, true, at, behind, ahead, true)) {
                        found.add(piece.qualifiedName());
                    }
                }
            }
            return found;
        }

        /**
         * Whether some ({@code any}) or every point of a grid over a piece is on the domain's boundary.
         */
        private boolean onGrid(Primitive.Piece piece, int samples, boolean ends, double[] at, double[] behind,
                double[] ahead, boolean any) {
            int n = spatial.length;
            int across = n == 2 ? 1 : samples + (ends ? 1 : 0);
            int along = samples + (ends ? 1 : 0);
            double[] unit = new double[n - 1];
            for (int i = 0; i < along; i++) {
                unit[0] = ends ? Math.min(1.0, (double) i / samples) : (i + 0.5) / samples;
                for (int j = 0; j < across; j++) {
                    if (n == 3) {
                        unit[1] = ends ? Math.min(1.0, (double) j / samples) : (j + 0.5) / samples;
                    }
                    piece.pointAt(unit, at);
                    boolean boundary = side(at, behind, ahead) != 0;
                    if (boundary == any) {
                        return any;
                    }
                }
            }
            return !any;
        }

        /**
         * Points of an edge or face where it is the domain's boundary, strictly between its ends: {@code samples} along
         * an edge, {@code samples} × {@code samples} over a face; row-major over the space coordinates.
         *
         * @throws IllegalArgumentException for a piece no shape has
         */
        public double[] pieceSamples(String qualified, int samples) {
            int n = spatial.length;
            for (Primitive primitive : primitives) {
                for (Primitive.Piece piece : primitive.pieces()) {
                    if (!piece.qualifiedName().equals(qualified)) {
                        continue;
                    }
                    List<Double> kept = new ArrayList<>();
                    double[] at = new double[2 * n];
                    double[] behind = new double[n];
                    double[] ahead = new double[n];
                    double[] unit = new double[n - 1];
                    for (int i = 0; i < samples; i++) {
                        for (int j = 0; j < (n == 2 ? 1 : samples); j++) {
                            unit[0] = (i + 0.5) / samples;
                            if (n == 3) {
                                unit[1] = (j + 0.5) / samples;
                            }
                            piece.pointAt(unit, at);
                            if (side(at, behind, ahead) != 0) {
                                for (int a = 0; a < n; a++) {
                                    kept.add(at[a]);
                                }
                            }
                        }
                    }
                    double[] out = new double[kept.size()];
                    for (int k = 0; k < out.length; k++) {
                        out[k] = kept.get(k);
                    }
                    return out;
                }
            }
            throw new IllegalArgumentException("no edge " + qualified + " in " + describe());
        }

        /**
         * Whether an edge or face ({@code box.left}, {@code hole.circumference}) is the domain's boundary all along: one
         * side inside and the other outside at 64 points strictly between an edge's ends (16 × 16 on a face).
         *
         * @throws IllegalArgumentException for a piece no shape has
         */
        public boolean liesOnBoundary(String qualifiedEdge) {
            int n = spatial.length;
            for (Primitive primitive : primitives) {
                for (Primitive.Piece piece : primitive.pieces()) {
                    if (piece.qualifiedName().equals(qualifiedEdge)) {
                        return onGrid(piece, n == 2 ? 64 : 16, false, new double[2 * n], new double[n], new double[n],
                                false);
                    }
                }
            }
            throw new IllegalArgumentException("no edge " + qualifiedEdge + " in " + describe());
        }

        private Trace trace(Outline.Edge edge, List<Double> piece) {
            double[] xy = new double[piece.size()];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = piece.get(i);
            }
            return new Trace(edge.qualifiedName(), xy);
        }

        /** The area (plane) or volume (solids), estimated from {@code samples} quasi-random points of the region's box. */
        public double area(int samples, Sampler sampler, long seed) {
            int n = spatial.length;
            double[] unit = sampler.sampleUnitCube(samples, n, seed);
            double[] p = new double[n];
            int inside = 0;
            for (int s = 0; s < samples; s++) {
                for (int a = 0; a < n; a++) {
                    p[a] = bounds[2 * a] + unit[n * s + a] * (bounds[2 * a + 1] - bounds[2 * a]);
                }
                if (strictlyInside(p)) {
                    inside++;
                }
            }
            double measure = 1;
            for (int a = 0; a < n; a++) {
                measure *= bounds[2 * a + 1] - bounds[2 * a];
            }
            return measure * inside / samples;
        }

        /**
         * Exactly {@code count} points in the domain (the region times the time interval, if any): the sampler's
         * points over the region's box, those inside kept in order until there are enough.
         *
         * @throws IllegalArgumentException if the region has (almost) no area
         */
        public double[] interior(int count, Sampler sampler, long seed) {
            int d = box.dimension();
            int n = spatial.length;
            double[] out = new double[count * d];
            double[] p = new double[n];
            int kept = 0;
            int draw = Math.max(64, 2 * count);
            while (kept < count) {
                double[] unit = sampler.sampleUnitCube(draw, d, seed);
                kept = 0;
                for (int s = 0; s < draw && kept < count; s++) {
                    for (int a = 0; a < n; a++) {
                        p[a] = bounds[2 * a] + unit[s * d + spatial[a]] * (bounds[2 * a + 1] - bounds[2 * a]);
                    }
                    if (!strictlyInside(p)) {
                        continue;
                    }
                    for (int axis = 0; axis < d; axis++) {
                        out[kept * d + axis] = box.lower(axis) + unit[s * d + axis] * box.sideLength(axis);
                    }
                    for (int a = 0; a < n; a++) {
                        out[kept * d + spatial[a]] = p[a];
                    }
                    kept++;
                }
                if (kept < count) {
                    if (draw >= 1 << 24 || (kept == 0 && draw >= 64 * count)) {
                        throw new IllegalArgumentException("the domain " + describe()
                                + " has no " + (n == 2 ? "area" : "volume") + " to place points in");
                    }
                    draw *= 2;
                }
            }
            return out;
        }

        /**
         * Exactly {@code count} points on a boundary part with the domain's outward unit normals (zero along time):
         * samples of the part's edges by arc length (faces by area), kept where the piece is the domain's boundary
         * (one side inside, the other outside; a hole's rim points into the hole). On {@value Domain#INITIAL}: points
         * of the region at the start time, normals zero.
         *
         * @throws IllegalArgumentException for an unknown part, or a part that is nowhere on the boundary here
         */
        public PartPoints boundary(String part, int count, Sampler sampler, long seed) {
            int d = box.dimension();
            int n = spatial.length;
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
            List<Primitive.Piece> pieces = new ArrayList<>();
            Set<String> wanted = edgesOf(part);
            for (Primitive primitive : primitives) {
                for (Primitive.Piece piece : primitive.pieces()) {
                    if (wanted.contains(piece.qualifiedName())) {
                        pieces.add(piece);
                    }
                }
            }
            double[] cumulative = new double[pieces.size() + 1];
            for (int e = 0; e < pieces.size(); e++) {
                cumulative[e + 1] = cumulative[e] + pieces.get(e).measure();
            }
            double total = cumulative[pieces.size()];
            // one number picks the piece and the place along it, n - 2 more place it across (a face), one the time
            int unitDimension = n - 1 + (time < 0 ? 0 : 1);
            double[] points = new double[count * d];
            double[] normals = new double[count * d];
            double[] at = new double[2 * n];
            double[] behind = new double[n];
            double[] ahead = new double[n];
            double[] local = new double[n - 1];
            int kept = 0;
            int draw = Math.max(64, 2 * count);
            while (kept < count) {
                double[] unit = sampler.sampleUnitCube(draw, unitDimension, seed);
                kept = 0;
                for (int p = 0; p < draw && kept < count; p++) {
                    double position = unit[p * unitDimension] * total;
                    int e = 0;
                    while (e < pieces.size() - 1 && position >= cumulative[e + 1]) {
                        e++;
                    }
                    Primitive.Piece piece = pieces.get(e);
                    local[0] = Math.min(1, (position - cumulative[e]) / piece.measure());
                    for (int k = 1; k < n - 1; k++) {
                        local[k] = unit[p * unitDimension + k];
                    }
                    piece.pointAt(local, at);
                    int side = side(at, behind, ahead);
                    if (side == 0) {
                        continue; // inside the domain or outside it: not its boundary
                    }
                    int o = kept * d;
                    for (int a = 0; a < n; a++) {
                        points[o + spatial[a]] = at[a];
                        normals[o + spatial[a]] = side * at[n + a];
                    }
                    if (time >= 0) {
                        points[o + time] = box.lower(time) + unit[p * unitDimension + n - 1] * box.sideLength(time);
                    }
                    kept++;
                }
                if (kept < count) {
                    if (draw >= 1 << 24 || (kept == 0 && draw >= 64 * count)) {
                        throw new IllegalArgumentException("boundary part '" + part + "' is nowhere on the boundary of "
                                + describe() + " (its " + (n == 2 ? "edges" : "faces")
                                + " lie inside or outside the domain)");
                    }
                    draw *= 2;
                }
            }
            return new PartPoints(points, normals);
        }
    }
}
