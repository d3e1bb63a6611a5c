package org.hyperlora.engine.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.BoundaryPart;
import org.hyperlora.engine.geometry.BoundaryUnion;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.geometry.PeriodicPair;
import org.junit.jupiter.api.Test;

class DomainTest {

    private static final Domain BURGERS = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
    private static final Domain CHANNEL = Domain.builder().coordinate("x", 0, 4).coordinate("y", -0.5, 0.5)
            .time("t", 0, 2).build();

    @Test
    void describesItsBox() {
        assertEquals(2, BURGERS.dimension());
        assertEquals(List.of("x", "t"), BURGERS.coordinateNames());
        assertArrayEquals(new double[] {-1, 0}, BURGERS.lower());
        assertArrayEquals(new double[] {1, 1}, BURGERS.upper());
        assertArrayEquals(new double[] {2, 1}, BURGERS.sideLengths());
        assertEquals(1, BURGERS.timeAxis());
        assertEquals(Optional.of("t"), BURGERS.timeCoordinate());
        assertTrue(BURGERS.isSpatial(0));
        assertFalse(BURGERS.isSpatial(1));
        assertEquals(2.0, BURGERS.volume());
        assertEquals(4.0 * 1.0 * 2.0, CHANNEL.volume());
        assertEquals("Domain(x in [-1, 1], t in [0, 1] time)", BURGERS.toString());
    }

    @Test
    void intervalHasOneCoordinateAndNoTime() {
        Domain interval = Domain.interval("x", 0.25, 1.75);
        assertEquals(1, interval.dimension());
        assertEquals(1.5, interval.volume());
        assertEquals(-1, interval.timeAxis());
        assertEquals(Optional.empty(), interval.timeCoordinate());
    }

    @Test
    void builderAndFactoryAgree() {
        Domain fromFactory = Domain.of(List.of("x", "t"), new double[] {-1, 0}, new double[] {1, 1}, "t");
        assertEquals(BURGERS, fromFactory);
        assertEquals(BURGERS.hashCode(), fromFactory.hashCode());
        assertNotEquals(BURGERS, Domain.of(List.of("x", "t"), new double[] {-1, 0}, new double[] {1, 1}, null));
    }

    @Test
    void containsTheClosedBoxOnly() {
        assertTrue(BURGERS.contains(new double[] {-1, 0}));
        assertTrue(BURGERS.contains(new double[] {1, 1}));
        assertTrue(BURGERS.contains(new double[] {0.3, 0.5}));
        assertFalse(BURGERS.contains(new double[] {Math.nextUp(1.0), 0.5}));
        assertFalse(BURGERS.contains(new double[] {0, -1e-300}));
        assertFalse(BURGERS.contains(new double[] {Double.NaN, 0.5}));
        double[] flat = {0, 0.5, 2, 0.5};
        assertTrue(BURGERS.contains(flat, 0));
        assertFalse(BURGERS.contains(flat, 1));
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> BURGERS.contains(new double[] {0}));
        assertTrue(wrongLength.getMessage().contains("has 2 coordinates, got 1"), wrongLength.getMessage());
    }

    @Test
    void mapsTheUnitCubeOntoTheBox() {
        double[] mapped = BURGERS.mapFromUnitCube(new double[] {0, 0, 0.5, 0.25, 0.75, 1});
        assertArrayEquals(new double[] {-1, 0, 0, 0.25, 0.5, 1}, mapped);
    }

    @Test
    void rejectsBadRangesWithTheCoordinateName() {
        assertMessage("coordinate x: empty range [1.0, 1.0]; the lower bound must be less than the upper bound",
                () -> Domain.interval("x", 1, 1));
        assertMessage("coordinate t: inverted range [1.0, 0.0]; the lower bound must be less than the upper bound",
                () -> Domain.builder().coordinate("x", 0, 1).time("t", 1, 0).build());
        assertMessage("coordinate y: bounds must be finite numbers, got [NaN, 1.0]",
                () -> Domain.builder().coordinate("x", 0, 1).coordinate("y", Double.NaN, 1).build());
        assertMessage("coordinate x: bounds must be finite numbers, got [0.0, Infinity]",
                () -> Domain.interval("x", 0, Double.POSITIVE_INFINITY));
        assertMessage("coordinate x: range [-1.7976931348623157E308, 1.7976931348623157E308] is too wide to represent"
                + " its length", () -> Domain.interval("x", -Double.MAX_VALUE, Double.MAX_VALUE));
    }

    @Test
    void rejectsBadNamesAndShapes() {
        assertMessage("duplicate coordinate name 'x' in [x, y, x]", () -> Domain.builder().coordinate("x", 0, 1)
                .coordinate("y", 0, 1).coordinate("x", 0, 2).build());
        assertMessage("coordinate name 'x_1' is not an identifier (a letter followed by letters or digits)",
                () -> Domain.interval("x_1", 0, 1));
        assertMessage("a domain needs 1 to 4 coordinates, got 0", () -> Domain.builder().build());
        assertMessage("a domain needs 1 to 4 coordinates, got 5 [a, b, c, d, e]",
                () -> Domain.of(List.of("a", "b", "c", "d", "e"), new double[5], new double[] {1, 1, 1, 1, 1}, null));
        assertMessage("time coordinate 's' is not one of the coordinates [x, t]",
                () -> Domain.of(List.of("x", "t"), new double[2], new double[] {1, 1}, "s"));
        assertMessage("a domain has at most one time coordinate, got [t, s]",
                () -> Domain.builder().time("t", 0, 1).time("s", 0, 1).build());
        assertMessage("coordinates [x, t] need 2 lower and upper bounds, got 1 lower and 2 upper",
                () -> Domain.of(List.of("x", "t"), new double[1], new double[] {1, 1}, null));
    }

    @Test
    void namesFacesWithFriendlyAndGenericNames() {
        assertEquals(List.of("left", "x_min", "right", "x_max", "bottom", "y_min", "top", "y_max", "initial", "t_min",
                "boundary"), CHANNEL.boundaryPartNames());
        assertSame(CHANNEL.boundaryPart("left"), CHANNEL.boundaryPart("x_min"));
        assertSame(CHANNEL.boundaryPart("top"), CHANNEL.boundaryPart("y_max"));
        assertSame(CHANNEL.boundaryPart("initial"), CHANNEL.boundaryPart("t_min"));
        Domain cube = Domain.builder().coordinate("x", 0, 1).coordinate("y", 0, 1).coordinate("z", 0, 1).build();
        assertEquals(List.of("left", "right", "bottom", "top", "back", "front"),
                cube.faces().stream().map(BoundaryFace::name).toList());
        Domain polar = Domain.builder().coordinate("r", 1, 2).coordinate("theta", 0, Math.PI).build();
        assertEquals(List.of("r_min", "r_max", "theta_min", "theta_max", "boundary"), polar.boundaryPartNames());
    }

    @Test
    void unknownPartNameListsTheValidNames() {
        assertMessage("unknown boundary part 'lft' for domain (x in [-1, 1], t in [0, 1] time); valid names: left,"
                + " right, initial, boundary (also x_min, x_max, t_min)", () -> BURGERS.boundaryPart("lft"));
        assertMessage("unknown boundary part 't_max' (the final-time face is not a boundary of an evolution problem)"
                + " for domain (x in [-1, 1], t in [0, 1] time); valid names: left, right, initial, boundary"
                + " (also x_min, x_max, t_min)", () -> BURGERS.boundaryPart("t_max"));
        Domain interval = Domain.interval("x", 0, 1);
        assertMessage("unknown boundary part 'initial' for domain (x in [0, 1]); valid names: left, right, boundary"
                + " (also x_min, x_max)", () -> interval.boundaryPart("initial"));
        assertMessage("'boundary' is the union of 2 faces, not a single face; faces of (x in [-1, 1], t in [0, 1]"
                + " time): left, right, initial", () -> BURGERS.face("boundary"));
    }

    @Test
    void facesKnowTheirCoordinateValueNormalAndMeasure() {
        BoundaryFace left = BURGERS.face("left");
        assertEquals(0, left.axis());
        assertEquals("x", left.coordinateName());
        assertEquals(BoundaryFace.Side.MIN, left.side());
        assertEquals(-1.0, left.value());
        assertEquals(-1, left.normalSign());
        assertArrayEquals(new double[] {-1, 0}, left.outwardNormal());
        assertEquals(1.0, left.measure(), "the face x = -1 spans t in [0, 1]");
        assertFalse(left.isInitial());

        BoundaryFace initial = BURGERS.face("initial");
        assertEquals(1, initial.axis());
        assertEquals(0.0, initial.value());
        assertTrue(initial.isInitial());
        assertArrayEquals(new double[] {0, -1}, initial.outwardNormal());
        assertEquals(2.0, initial.measure(), "the initial face spans x in [-1, 1]");

        BoundaryFace top = CHANNEL.face("top");
        assertEquals(0.5, top.value());
        assertArrayEquals(new double[] {0, 1, 0}, top.outwardNormal());
        assertArrayEquals(new double[] {4, 2}, top.freeSideLengths());
        assertEquals(8.0, top.measure(), "x length 4 times t length 2");
        assertEquals(2, top.faceDimension());

        BoundaryFace right = Domain.interval("x", 0, 3).face("right");
        assertEquals(0, right.faceDimension());
        assertEquals(1.0, right.measure(), "an end point of an interval counts 1");
    }

    @Test
    void boundaryIsTheUnionOfSpatialFacesOnly() {
        BoundaryPart boundary = CHANNEL.boundaryPart("boundary");
        assertTrue(boundary instanceof BoundaryUnion);
        assertEquals(List.of("left", "right", "bottom", "top"), boundary.faces().stream().map(BoundaryFace::name).toList());
        // left/right: y length 1 times t length 2; bottom/top: x length 4 times t length 2.
        assertEquals(2 + 2 + 8 + 8, boundary.measure());
        assertTrue(boundary.contains(new double[] {0, 0.1, 1}));
        assertFalse(boundary.contains(new double[] {1, 0.1, 0}), "the initial face is not part of 'boundary'");
        Domain ode = Domain.builder().time("t", 0, 1).build();
        assertEquals(Optional.empty(), ode.spatialBoundary());
        assertEquals(List.of("initial", "t_min"), ode.boundaryPartNames());
    }

    @Test
    void faceMappingFixesTheCoordinateExactly() {
        Domain odd = Domain.builder().coordinate("x", 0.1, 0.7).coordinate("y", -0.3, 0.9).build();
        BoundaryFace right = odd.face("right");
        double[] points = right.mapFromUnitCube(new double[] {0, 0.5, 0.999}, 3);
        assertEquals(6, points.length);
        for (int i = 0; i < 3; i++) {
            assertEquals(Double.doubleToLongBits(0.7), Double.doubleToLongBits(points[2 * i]));
        }
        assertEquals(-0.3, points[1]);
        assertEquals(-0.3 + 0.5 * 1.2, points[3], 1e-15);
        assertTrue(right.contains(new double[] {0.7, 0.2}));
        assertFalse(right.contains(new double[] {Math.nextDown(0.7), 0.2}));
        assertMessage("face right maps 3 points from 1-dimensional unit samples, which needs 3 values, got 2",
                () -> right.mapFromUnitCube(new double[2], 3));
    }

    @Test
    void periodicPairsAreOppositeSpatialFaces() {
        PeriodicPair byCoordinate = CHANNEL.periodicPair("x");
        PeriodicPair byFace = CHANNEL.periodicPair("right");
        assertEquals(0, byCoordinate.axis());
        assertSame(CHANNEL.face("left"), byCoordinate.minFace());
        assertSame(CHANNEL.face("right"), byCoordinate.maxFace());
        assertSame(byCoordinate.maxFace(), byFace.maxFace());
        assertEquals("y", CHANNEL.periodicPair("y_min").coordinateName());
        assertMessage("the time coordinate t cannot be periodic: only its initial face is a boundary; periodic"
                + " coordinates of (x in [0, 4], y in [-0.5, 0.5], t in [0, 2] time): x, y", () -> CHANNEL.periodicPair("t"));
        assertThrows(IllegalArgumentException.class, () -> CHANNEL.periodicPair("boundary"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> CHANNEL.periodicPair("z"));
        assertTrue(unknown.getMessage().startsWith("unknown boundary part 'z'"), unknown.getMessage());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable action) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, action);
        assertEquals(expected, error.getMessage());
    }
}
