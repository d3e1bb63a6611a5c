package org.hyperlora.engine.tests.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hyperlora.engine.geometry.BoundaryFace;
import org.hyperlora.engine.geometry.BoundaryPart;
import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.sampling.BoundaryPoints;
import org.hyperlora.engine.sampling.DomainSampling;
import org.hyperlora.engine.sampling.PeriodicPoints;
import org.hyperlora.engine.sampling.PointArrays;
import org.hyperlora.engine.sampling.Sampler;
import org.hyperlora.engine.sampling.SamplerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DomainSamplingTest {

    /** Bounds that are not dyadic, so that an exact fixed coordinate is not an accident of rounding. */
    private static final Domain CHANNEL = Domain.builder().coordinate("x", 0.1, 2.3).coordinate("y", -0.7, 0.3)
            .time("t", 0.2, 1.1).build();

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void boundaryPointsLieExactlyOnTheirFaces(SamplerKind kind) {
        Sampler sampler = kind.create();
        for (String name : CHANNEL.boundaryPartNames()) {
            BoundaryPart part = CHANNEL.boundaryPart(name);
            BoundaryPoints points = DomainSampling.boundary(part, 200, sampler, 17);
            assertSame(part, points.part());
            for (int i = 0; i < points.count(); i++) {
                BoundaryFace face = points.faceOf(i);
                double[] point = PointArrays.point(points.points(), 3, i);
                assertEquals(Double.doubleToLongBits(face.value()), Double.doubleToLongBits(point[face.axis()]),
                        kind + " " + name + " point " + i);
                assertTrue(face.contains(point), kind + " " + name + " point " + i);
                assertTrue(part.contains(point));
            }
        }
    }

    @Test
    void theUnionPartSplitsPointsByFaceMeasure() {
        // Left/right faces: y length 1 times t length 0.9; bottom/top: x length 2.2 times 0.9.
        BoundaryPart boundary = CHANNEL.boundaryPart("boundary");
        BoundaryPoints points = DomainSampling.boundary(boundary, 640, Sampler.named("sobol"), 3);
        assertEquals(640, points.count());
        // Shares 640 * (0.9, 0.9, 1.98, 1.98) / 5.76 = 100, 100, 220, 220 exactly.
        int[] perFace = new int[4];
        for (int f = 0; f < 4; f++) {
            perFace[f] = points.countOnFace(f);
        }
        assertArrayEquals(new int[] {100, 100, 220, 220}, perFace);
        assertEquals(200, points.firstPointOnFace(2));
        assertEquals("bottom", points.faceOf(200).name());
        assertEquals("right", points.faceOf(199).name());

        double[] normals = points.outwardNormals();
        assertArrayEquals(new double[] {-1, 0, 0}, Arrays.copyOfRange(normals, 0, 3));
        assertArrayEquals(new double[] {1, 0, 0}, Arrays.copyOfRange(normals, 3 * 150, 3 * 151));
        assertArrayEquals(new double[] {0, -1, 0}, Arrays.copyOfRange(normals, 3 * 300, 3 * 301));
        assertArrayEquals(new double[] {0, 1, 0}, Arrays.copyOfRange(normals, 3 * 639, 3 * 640));
    }

    @Test
    void largestRemaindersAndAtLeastOnePointPerFace() {
        Domain strip = Domain.builder().coordinate("x", 0, 10).coordinate("y", 0, 1).build();
        var faces = strip.boundaryPart("boundary").faces();
        // Measures 1, 1, 10, 10.
        assertArrayEquals(new int[] {5, 5, 50, 50}, DomainSampling.countsByMeasure(faces, 110));
        assertArrayEquals(new int[] {1, 1, 4, 4}, DomainSampling.countsByMeasure(faces, 10));
        // Exact shares 0.18, 0.18, 1.82, 1.82: plain largest remainders would give 0, 0, 2, 2.
        assertArrayEquals(new int[] {1, 1, 1, 1}, DomainSampling.countsByMeasure(faces, 4));
        // Fewer points than faces: the largest shares win.
        assertArrayEquals(new int[] {0, 0, 1, 1}, DomainSampling.countsByMeasure(faces, 2));
        BoundaryPoints four = DomainSampling.boundary(strip.boundaryPart("boundary"), 4, Sampler.named("lhs"), 1);
        assertEquals(4, four.count());
        for (int f = 0; f < 4; f++) {
            assertEquals(1, four.countOnFace(f));
            assertEquals(f, four.faceIndexOf(f));
        }
    }

    @Test
    void emptyFacesDoNotConfuseThePointToFaceLookup() {
        Domain strip = Domain.builder().coordinate("x", 0, 10).coordinate("y", 0, 1).build();
        BoundaryPoints two = DomainSampling.boundary(strip.boundaryPart("boundary"), 2, Sampler.named("uniform"), 1);
        assertEquals(0, two.countOnFace(0));
        assertEquals("bottom", two.faceOf(0).name());
        assertEquals("top", two.faceOf(1).name());
    }

    @Test
    void initialFaceOfASpaceTimeBoxIsTheSpatialBox() {
        BoundaryPoints initial = DomainSampling.boundary(CHANNEL.boundaryPart("initial"), 300, Sampler.named("halton"), 8);
        assertEquals(300, initial.count());
        double[] points = initial.points();
        for (int i = 0; i < 300; i++) {
            assertEquals(0.2, points[3 * i + 2]);
        }
        assertArrayEquals(new double[] {0, 0, -1}, Arrays.copyOf(initial.outwardNormals(), 3));
    }

    @Test
    void periodicPairsShareEveryOtherCoordinate() {
        PeriodicPoints pairs = DomainSampling.periodic(CHANNEL.periodicPair("x"), 128, Sampler.named("sobol"), 5);
        assertEquals(128, pairs.count());
        double[] atMin = pairs.atMin();
        double[] atMax = pairs.atMax();
        for (int i = 0; i < 128; i++) {
            assertEquals(0.1, atMin[3 * i]);
            assertEquals(2.3, atMax[3 * i]);
            assertEquals(atMin[3 * i + 1], atMax[3 * i + 1]);
            assertEquals(atMin[3 * i + 2], atMax[3 * i + 2]);
        }
        // The y pair of a rectangle: x varies, y at -0.7 and 0.3.
        PeriodicPoints yPairs = DomainSampling.periodic(CHANNEL.periodicPair("bottom"), 10, Sampler.named("grid"), 0);
        assertEquals(-0.7, yPairs.atMin()[1]);
        assertEquals(0.3, yPairs.atMax()[1]);
        assertEquals(yPairs.atMin()[0], yPairs.atMax()[0]);
        // With one seed, the left face alone gets the same points as the min side of the pair.
        assertArrayEquals(atMin, DomainSampling.boundary(CHANNEL.boundaryPart("left"), 128, Sampler.named("sobol"), 5)
                .points());
    }

    @Test
    void endPointsOfAnIntervalRepeatTheirPoint() {
        Domain interval = Domain.interval("x", -1, 1);
        BoundaryPoints ends = DomainSampling.boundary(interval.boundaryPart("boundary"), 6, Sampler.named("sobol"), 0);
        assertArrayEquals(new double[] {-1, -1, -1, 1, 1, 1}, ends.points());
        PeriodicPoints pair = DomainSampling.periodic(interval.periodicPair("x"), 2, Sampler.named("grid"), 0);
        assertArrayEquals(new double[] {-1, -1}, pair.atMin());
        assertArrayEquals(new double[] {1, 1}, pair.atMax());
    }

    @Test
    void samplingIsDeterministicPerSeed() {
        BoundaryPart boundary = CHANNEL.boundaryPart("boundary");
        Sampler lhs = Sampler.named("lhs");
        assertArrayEquals(DomainSampling.boundary(boundary, 100, lhs, 1).points(),
                DomainSampling.boundary(boundary, 100, lhs, 1).points());
        assertFalse(Arrays.equals(DomainSampling.boundary(boundary, 100, lhs, 1).points(),
                DomainSampling.boundary(boundary, 100, lhs, 2).points()));
        assertArrayEquals(DomainSampling.interior(CHANNEL, 100, lhs, 4), DomainSampling.interior(CHANNEL, 100, lhs, 4));
    }

    @Test
    void rejectsEmptyRequests() {
        assertEquals("boundary part boundary: the number of points must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> DomainSampling.boundary(CHANNEL.boundaryPart("boundary"), 0, Sampler.named("sobol"), 1))
                        .getMessage());
        assertEquals("periodic x (left, right): the number of point pairs must be at least 1, got -1",
                assertThrows(IllegalArgumentException.class,
                        () -> DomainSampling.periodic(CHANNEL.periodicPair("x"), -1, Sampler.named("sobol"), 1))
                        .getMessage());
        assertEquals("uniform sampler: the number of points must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class,
                        () -> DomainSampling.interior(CHANNEL, 0, Sampler.named("uniform"), 1)).getMessage());
    }

    @Test
    void pointArraysConvertAndCombine() {
        double[] points = {1, 2, 3, 4, 5, 6};
        assertEquals(3, PointArrays.count(points, 2));
        assertArrayEquals(new double[][] {{1, 3, 5}, {2, 4, 6}}, PointArrays.columns(points, 2));
        assertArrayEquals(new double[] {5, 6, 1, 2}, PointArrays.gather(points, 2, new int[] {2, 0}));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, PointArrays.concatenate(points, new double[] {7, 8}));
        assertThrows(IllegalArgumentException.class, () -> PointArrays.count(points, 4));
    }
}
