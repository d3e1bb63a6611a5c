package org.hyperlora.engine.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * An axis-aligned box over named coordinates: an interval {@code x in [a, b]}, a rectangle, a space-time box
 * {@code (x, t)} or {@code (x, y, t)}, with 1 to {@value #MAX_DIMENSION} coordinates. At most one coordinate
 * may be marked as time. The coordinate order is the order of the values in every point and of the network
 * inputs.
 * <p>
 * The domain owns its {@linkplain #faces() boundary faces} and the named {@linkplain #boundaryPart(String)
 * boundary parts}; see the package documentation for the naming rules. Names follow the expression language
 * ({@code [A-Za-z][A-Za-z0-9]*}), so the generated names {@code c_min}/{@code c_max} can never collide with a
 * coordinate or alias name. Immutable.
 */
public final class Domain {

    /** The largest number of coordinates a domain may have (three space dimensions and time). */
    public static final int MAX_DIMENSION = 4;

    /** Name of the part made of all spatial faces together. */
    public static final String BOUNDARY = "boundary";

    /** Name of the time face t = t_min. */
    public static final String INITIAL = "initial";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** Friendly face names (min face, max face) for the usual spatial coordinate names. */
    private static final Map<String, List<String>> FACE_ALIASES = Map.of(
            "x", List.of("left", "right"),
            "y", List.of("bottom", "top"),
            "z", List.of("back", "front"));

    private final List<String> names;
    private final double[] lower;
    private final double[] upper;
    private final int timeAxis;
    private final List<BoundaryFace> faces;
    private final Optional<BoundaryUnion> spatialBoundary;
    private final Map<String, BoundaryPart> partsByName;

    private Domain(List<String> names, double[] lower, double[] upper, String timeCoordinate) {
        validate(names, lower, upper, timeCoordinate);
        this.names = List.copyOf(names);
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.timeAxis = timeCoordinate == null ? -1 : names.indexOf(timeCoordinate);

        List<BoundaryFace> allFaces = new ArrayList<>();
        List<BoundaryFace> spatialFaces = new ArrayList<>();
        for (int axis = 0; axis < this.names.size(); axis++) {
            String name = this.names.get(axis);
            if (axis == timeAxis) {
                allFaces.add(new BoundaryFace(this, axis, BoundaryFace.Side.MIN, List.of(INITIAL, name + "_min")));
                continue;
            }
            List<String> aliases = FACE_ALIASES.get(name);
            BoundaryFace min = new BoundaryFace(this, axis, BoundaryFace.Side.MIN,
                    aliases == null ? List.of(name + "_min") : List.of(aliases.get(0), name + "_min"));
            BoundaryFace max = new BoundaryFace(this, axis, BoundaryFace.Side.MAX,
                    aliases == null ? List.of(name + "_max") : List.of(aliases.get(1), name + "_max"));
            allFaces.add(min);
            allFaces.add(max);
            spatialFaces.add(min);
            spatialFaces.add(max);
        }
        this.faces = List.copyOf(allFaces);
        this.spatialBoundary = spatialFaces.isEmpty()
                ? Optional.empty()
                : Optional.of(new BoundaryUnion(this, BOUNDARY, spatialFaces));

        Map<String, BoundaryPart> parts = new LinkedHashMap<>();
        for (BoundaryFace face : faces) {
            for (String partName : face.names()) {
                parts.put(partName, face);
            }
        }
        spatialBoundary.ifPresent(union -> parts.put(BOUNDARY, union));
        this.partsByName = Collections.unmodifiableMap(parts);
    }

    /**
     * A domain from parallel lists.
     *
     * @param coordinateNames distinct identifiers, 1 to {@value #MAX_DIMENSION} of them
     * @param lower lower bound per coordinate, finite
     * @param upper upper bound per coordinate, finite and greater than the lower bound
     * @param timeCoordinate the name of the time coordinate, or {@code null} for a purely spatial domain
     * @throws IllegalArgumentException naming the offending coordinate and value
     */
    public static Domain of(List<String> coordinateNames, double[] lower, double[] upper, String timeCoordinate) {
        return new Domain(coordinateNames, lower, upper, timeCoordinate);
    }

    /** The interval {@code name in [lower, upper]}. */
    public static Domain interval(String name, double lower, double upper) {
        return builder().coordinate(name, lower, upper).build();
    }

    /** A builder adding coordinates in order; everything is checked in {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of coordinates. */
    public int dimension() {
        return names.size();
    }

    /** Coordinate names in point order. */
    public List<String> coordinateNames() {
        return names;
    }

    /** Lower bounds in coordinate order (a copy). */
    public double[] lower() {
        return lower.clone();
    }

    /** Upper bounds in coordinate order (a copy). */
    public double[] upper() {
        return upper.clone();
    }

    /** Lower bound of one coordinate. */
    public double lower(int axis) {
        return lower[checkAxis(axis)];
    }

    /** Upper bound of one coordinate. */
    public double upper(int axis) {
        return upper[checkAxis(axis)];
    }

    /** {@code upper(axis) - lower(axis)}. */
    public double sideLength(int axis) {
        return upper[checkAxis(axis)] - lower[axis];
    }

    /** Side lengths in coordinate order. */
    public double[] sideLengths() {
        double[] lengths = new double[dimension()];
        for (int axis = 0; axis < lengths.length; axis++) {
            lengths[axis] = upper[axis] - lower[axis];
        }
        return lengths;
    }

    /** Index of a coordinate, or -1 if there is none of that name. */
    public int coordinateIndex(String name) {
        return names.indexOf(name);
    }

    /** Index of the time coordinate, or -1 if the domain is purely spatial. */
    public int timeAxis() {
        return timeAxis;
    }

    /** The name of the time coordinate, if there is one. */
    public Optional<String> timeCoordinate() {
        return timeAxis < 0 ? Optional.empty() : Optional.of(names.get(timeAxis));
    }

    /** Whether a coordinate is spatial (every coordinate except the time coordinate). */
    public boolean isSpatial(int axis) {
        return checkAxis(axis) != timeAxis;
    }

    /** Product of the side lengths (length, area, space-time volume). */
    public double volume() {
        double volume = 1;
        for (int axis = 0; axis < dimension(); axis++) {
            volume *= upper[axis] - lower[axis];
        }
        return volume;
    }

    /**
     * Whether the point lies in the closed box; NaN coordinates are outside.
     *
     * @throws IllegalArgumentException if the point does not have {@link #dimension()} values
     */
    public boolean contains(double[] point) {
        Objects.requireNonNull(point, "point");
        if (point.length != dimension()) {
            throw new IllegalArgumentException("a point of " + describe() + " has " + dimension()
                    + " coordinates, got " + point.length);
        }
        return containsAt(point, 0);
    }

    /**
     * Whether point {@code index} of a flat row-major array lies in the closed box.
     *
     * @throws IllegalArgumentException if the array length is not a multiple of the dimension or the index is
     *         out of range
     */
    public boolean contains(double[] points, int index) {
        Objects.requireNonNull(points, "points");
        checkPointIndex(points, index);
        return containsAt(points, index * dimension());
    }

    /**
     * The first point of a flat row-major array outside the closed box, described for people
     * ({@code point 3: x = 5 is outside [-1, 1]}), or empty when every point lies in the domain.
     */
    public Optional<String> firstOutside(double[] points) {
        int dimension = dimension();
        for (int index = 0; index * dimension < points.length; index++) {
            for (int axis = 0; axis < dimension; axis++) {
                double value = points[index * dimension + axis];
                if (!(value >= lower(axis) && value <= upper(axis))) {
                    return Optional.of(String.format(Locale.ROOT, "point %d: %s = %s is outside [%s, %s]", index + 1,
                            coordinateNames().get(axis), value, lower(axis), upper(axis)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Maps points of the unit cube [0,1)^d onto the box, coordinate by coordinate
     * ({@code lower + u * (upper - lower)}).
     *
     * @param unitPoints flat row-major, length a multiple of {@link #dimension()}
     * @return a new array of the same length
     */
    public double[] mapFromUnitCube(double[] unitPoints) {
        Objects.requireNonNull(unitPoints, "unitPoints");
        int d = dimension();
        if (unitPoints.length % d != 0) {
            throw new IllegalArgumentException("unit points of a " + d + "-dimensional domain need a multiple of "
                    + d + " values, got " + unitPoints.length);
        }
        double[] points = new double[unitPoints.length];
        for (int offset = 0; offset < points.length; offset += d) {
            for (int axis = 0; axis < d; axis++) {
                points[offset + axis] = lower[axis] + unitPoints[offset + axis] * (upper[axis] - lower[axis]);
            }
        }
        return points;
    }

    /**
     * Every face that can carry a condition, in coordinate order: the min and max face of each spatial
     * coordinate, and the initial face of the time coordinate.
     */
    public List<BoundaryFace> faces() {
        return faces;
    }

    /** The part {@value #BOUNDARY} (all spatial faces), absent when the only coordinate is time. */
    public Optional<BoundaryUnion> spatialBoundary() {
        return spatialBoundary;
    }

    /** Every name {@link #boundaryPart(String)} accepts, faces in coordinate order, then {@value #BOUNDARY}. */
    public List<String> boundaryPartNames() {
        return List.copyOf(partsByName.keySet());
    }

    /**
     * The boundary part of that name: a face ({@code left}, {@code x_max}, {@code initial}, ...) or the union
     * {@value #BOUNDARY}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid names for this domain
     */
    public BoundaryPart boundaryPart(String name) {
        BoundaryPart part = name == null ? null : partsByName.get(name);
        if (part == null) {
            throw new IllegalArgumentException(unknownPartMessage(name));
        }
        return part;
    }

    /**
     * The single face of that name.
     *
     * @throws IllegalArgumentException for an unknown name or for {@value #BOUNDARY}, which is several faces
     */
    public BoundaryFace face(String name) {
        BoundaryPart part = boundaryPart(name);
        if (part instanceof BoundaryFace) {
            return (BoundaryFace) part;
        }
        throw new IllegalArgumentException("'" + name + "' is the union of " + part.faces().size()
                + " faces, not a single face; faces of " + describe() + ": " + preferredFaceNames());
    }

    /**
     * The pair of opposite faces of a spatial coordinate, for periodic conditions.
     *
     * @param name a spatial coordinate name ({@code x}) or the name of either of its faces ({@code left},
     *        {@code right}, {@code x_min}, {@code x_max})
     * @throws IllegalArgumentException for the time coordinate, {@value #BOUNDARY}, or an unknown name
     */
    public PeriodicPair periodicPair(String name) {
        int axis = coordinateIndex(name);
        if (axis < 0) {
            axis = face(name).axis();
        }
        if (axis == timeAxis) {
            throw new IllegalArgumentException("the time coordinate " + names.get(axis)
                    + " cannot be periodic: only its initial face is a boundary; periodic coordinates of "
                    + describe() + ": " + spatialNames());
        }
        BoundaryFace min = faceOf(axis, BoundaryFace.Side.MIN);
        BoundaryFace max = faceOf(axis, BoundaryFace.Side.MAX);
        return new PeriodicPair(min, max);
    }

    /** A short description such as {@code (x in [-1, 1], t in [0, 1] time)}, used in messages. */
    public String describe() {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (int axis = 0; axis < dimension(); axis++) {
            joiner.add(names.get(axis) + " in [" + format(lower[axis]) + ", " + format(upper[axis]) + "]"
                    + (axis == timeAxis ? " time" : ""));
        }
        return joiner.toString();
    }

    @Override
    public String toString() {
        return "Domain" + describe();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Domain)) {
            return false;
        }
        Domain that = (Domain) other;
        return timeAxis == that.timeAxis && names.equals(that.names) && Arrays.equals(lower, that.lower)
                && Arrays.equals(upper, that.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, Arrays.hashCode(lower), Arrays.hashCode(upper), timeAxis);
    }

    BoundaryFace faceOf(int axis, BoundaryFace.Side side) {
        for (BoundaryFace face : faces) {
            if (face.axis() == axis && face.side() == side) {
                return face;
            }
        }
        throw new IllegalStateException("no " + side + " face on axis " + axis);
    }

    private boolean containsAt(double[] values, int offset) {
        for (int axis = 0; axis < dimension(); axis++) {
            double value = values[offset + axis];
            // Written so that NaN fails both comparisons.
            if (!(value >= lower[axis] && value <= upper[axis])) {
                return false;
            }
        }
        return true;
    }

    private void checkPointIndex(double[] points, int index) {
        int d = dimension();
        if (points.length % d != 0) {
            throw new IllegalArgumentException("points of a " + d + "-dimensional domain need a multiple of " + d
                    + " values, got " + points.length);
        }
        if (index < 0 || index >= points.length / d) {
            throw new IllegalArgumentException("point index " + index + " outside 0.." + (points.length / d - 1));
        }
    }

    private int checkAxis(int axis) {
        if (axis < 0 || axis >= dimension()) {
            throw new IllegalArgumentException("axis " + axis + " outside 0.." + (dimension() - 1) + " of " + describe());
        }
        return axis;
    }

    private String unknownPartMessage(String name) {
        String reason = "";
        if (name != null && timeAxis >= 0 && name.equals(names.get(timeAxis) + "_max")) {
            reason = " (the final-time face is not a boundary of an evolution problem)";
        }
        List<String> generic = new ArrayList<>();
        for (BoundaryFace face : faces) {
            generic.addAll(face.names().subList(1, face.names().size()));
        }
        StringBuilder message = new StringBuilder();
        message.append("unknown boundary part '").append(name).append("'").append(reason)
                .append(" for domain ").append(describe()).append("; valid names: ")
                .append(preferredFaceNames());
        spatialBoundary.ifPresent(union -> message.append(", ").append(BOUNDARY));
        if (!generic.isEmpty()) {
            message.append(" (also ").append(String.join(", ", generic)).append(")");
        }
        return message.toString();
    }

    private String preferredFaceNames() {
        StringJoiner joiner = new StringJoiner(", ");
        faces.forEach(face -> joiner.add(face.name()));
        return joiner.toString();
    }

    private String spatialNames() {
        StringJoiner joiner = new StringJoiner(", ");
        for (int axis = 0; axis < dimension(); axis++) {
            if (axis != timeAxis) {
                joiner.add(names.get(axis));
            }
        }
        return joiner.length() == 0 ? "none" : joiner.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static void validate(List<String> names, double[] lower, double[] upper, String timeCoordinate) {
        Objects.requireNonNull(names, "coordinateNames");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (names.isEmpty() || names.size() > MAX_DIMENSION) {
            throw new IllegalArgumentException("a domain needs 1 to " + MAX_DIMENSION + " coordinates, got "
                    + names.size() + (names.isEmpty() ? "" : " " + names));
        }
        if (lower.length != names.size() || upper.length != names.size()) {
            throw new IllegalArgumentException("coordinates " + names + " need " + names.size()
                    + " lower and upper bounds, got " + lower.length + " lower and " + upper.length + " upper");
        }
        Set<String> seen = new HashSet<>();
        for (int axis = 0; axis < names.size(); axis++) {
            String name = names.get(axis);
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("coordinate name " + (name == null ? "null" : "'" + name + "'")
                        + " is not an identifier (a letter followed by letters or digits)");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate coordinate name '" + name + "' in " + names);
            }
            double low = lower[axis];
            double high = upper[axis];
            if (!Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("coordinate " + name + ": bounds must be finite numbers, got ["
                        + low + ", " + high + "]");
            }
            if (low == high) {
                throw new IllegalArgumentException("coordinate " + name + ": empty range [" + low + ", " + high
                        + "]; the lower bound must be less than the upper bound");
            }
            if (low > high) {
                throw new IllegalArgumentException("coordinate " + name + ": inverted range [" + low + ", " + high
                        + "]; the lower bound must be less than the upper bound");
            }
            if (!Double.isFinite(high - low)) {
                throw new IllegalArgumentException("coordinate " + name + ": range [" + low + ", " + high
                        + "] is too wide to represent its length");
            }
        }
        if (timeCoordinate != null && !names.contains(timeCoordinate)) {
            throw new IllegalArgumentException("time coordinate '" + timeCoordinate + "' is not one of the coordinates "
                    + names);
        }
    }

    /** Collects coordinates in order; at most one of them may be {@linkplain #time time}. */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final List<double[]> bounds = new ArrayList<>();
        private final List<String> timeNames = new ArrayList<>();

        private Builder() {
        }

        /** Adds a spatial coordinate {@code name in [lower, upper]}. */
        public Builder coordinate(String name, double lower, double upper) {
            names.add(name);
            bounds.add(new double[] {lower, upper});
            return this;
        }

        /** Adds the time coordinate {@code name in [start, end]}. */
        public Builder time(String name, double start, double end) {
            timeNames.add(name);
            return coordinate(name, start, end);
        }

        /**
         * The domain.
         *
         * @throws IllegalArgumentException if more than one time coordinate was added or a coordinate is
         *         invalid (see {@link Domain#of})
         */
        public Domain build() {
            if (timeNames.size() > 1) {
                throw new IllegalArgumentException("a domain has at most one time coordinate, got " + timeNames);
            }
            double[] lower = new double[names.size()];
            double[] upper = new double[names.size()];
            for (int axis = 0; axis < names.size(); axis++) {
                lower[axis] = bounds.get(axis)[0];
                upper[axis] = bounds.get(axis)[1];
            }
            return new Domain(names, lower, upper, timeNames.isEmpty() ? null : timeNames.get(0));
        }
    }
}
