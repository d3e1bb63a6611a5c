package org.hyperlora.engine.tests.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.sampling.DomainSampling;
import org.hyperlora.engine.sampling.GridSampler;
import org.hyperlora.engine.sampling.HaltonSampler;
import org.hyperlora.engine.sampling.LatinHypercubeSampler;
import org.hyperlora.engine.sampling.Sampler;
import org.hyperlora.engine.sampling.SamplerKind;
import org.hyperlora.engine.sampling.SobolSampler;
import org.hyperlora.engine.sampling.UniformSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SamplerTest {

    @Test
    void factoryKnowsEveryNameAndListsThemOnError() {
        assertTrue(Sampler.named("uniform") instanceof UniformSampler);
        assertTrue(Sampler.named("lhs") instanceof LatinHypercubeSampler);
        assertTrue(Sampler.named(" Sobol ") instanceof SobolSampler);
        assertTrue(((SobolSampler) Sampler.named("sobol")).isScrambled());
        assertTrue(((HaltonSampler) Sampler.named("halton")).isScrambled());
        assertTrue(Sampler.named("grid") instanceof GridSampler);
        for (SamplerKind kind : SamplerKind.values()) {
            assertEquals(kind, SamplerKind.named(kind.id()));
            assertEquals(kind, kind.create().kind());
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Sampler.named("random"));
        assertEquals("unknown sampler 'random'; known samplers: uniform, lhs, sobol, halton, grid", error.getMessage());
        assertEquals("unknown sampler null; known samplers: uniform, lhs, sobol, halton, grid",
                assertThrows(IllegalArgumentException.class, () -> SamplerKind.named(null)).getMessage());
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void sameSeedGivesTheSameArrayAndOtherSeedsDiffer(SamplerKind kind) {
        Sampler sampler = kind.create();
        double[] first = sampler.sampleUnitCube(256, 3, 2024);
        assertArrayEquals(first, sampler.sampleUnitCube(256, 3, 2024));
        assertArrayEquals(first, kind.create().sampleUnitCube(256, 3, 2024), "a new instance gives the same points");
        if (kind == SamplerKind.GRID) {
            assertArrayEquals(first, sampler.sampleUnitCube(256, 3, 2025), "the grid has no randomness");
        } else {
            assertFalse(Arrays.equals(first, sampler.sampleUnitCube(256, 3, 2025)));
        }
        for (double value : first) {
            assertTrue(value >= 0 && value < 1, kind + " value " + value);
        }
    }

    @ParameterizedTest
    @EnumSource(SamplerKind.class)
    void rejectsEmptyRequestsClearly(SamplerKind kind) {
        Sampler sampler = kind.create();
        assertEquals(kind.id() + " sampler: the number of points must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> sampler.sampleUnitCube(0, 2, 1)).getMessage());
        assertEquals(kind.id() + " sampler: the number of points must be at least 1, got -5",
                assertThrows(IllegalArgumentException.class, () -> sampler.sampleUnitCube(-5, 2, 1)).getMessage());
        assertEquals(kind.id() + " sampler: the dimension must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> sampler.sampleUnitCube(10, 0, 1)).getMessage());
    }

    @Test
    void uniformPointsFillTheBoxAndStayInside() {
        Domain domain = Domain.builder().coordinate("x", -2, 3).coordinate("y", 10, 10.5).time("t", 0, 0.1).build();
        double[] points = DomainSampling.interior(domain, 5000, new UniformSampler(), 9);
        assertEquals(5000 * 3, points.length);
        double[] smallest = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] largest = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double meanX = 0;
        for (int i = 0; i < 5000; i++) {
            assertTrue(domain.contains(points, i), "point " + i);
            for (int j = 0; j < 3; j++) {
                smallest[j] = Math.min(smallest[j], points[3 * i + j]);
                largest[j] = Math.max(largest[j], points[3 * i + j]);
            }
            meanX += points[3 * i] / 5000;
        }
        // 5000 points come within 0.2 % of the side length of every face, and the mean within 4 sigma.
        for (int j = 0; j < 3; j++) {
            double side = domain.sideLength(j);
            assertTrue(smallest[j] - domain.lower(j) < 0.002 * side, "axis " + j);
            assertTrue(domain.upper(j) - largest[j] < 0.002 * side, "axis " + j);
        }
        assertEquals(0.5, meanX, 4 * 5 / Math.sqrt(12 * 5000.0));
    }

    @Test
    void latinHypercubeHasExactlyOnePointPerStratumPerAxis() {
        int count = 97;
        int dimension = 4;
        double[] points = new LatinHypercubeSampler().sampleUnitCube(count, dimension, 3);
        for (int axis = 0; axis < dimension; axis++) {
            int[] perStratum = new int[count];
            for (int i = 0; i < count; i++) {
                perStratum[(int) Math.floor(points[i * dimension + axis] * count)]++;
            }
            int[] ones = new int[count];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, perStratum, "axis " + axis);
        }
        // The pairing of strata across axes is random: the axes are not simply sorted together.
        double[] sorted = SobolSamplerTest.column(points, dimension, 0);
        assertFalse(Arrays.equals(sorted, SobolSamplerTest.column(points, dimension, 1)));
    }

    @Test
    void gridIsCellCentredWithTheLastAxisFastest() {
        assertArrayEquals(new double[] {
            0.125, 0.25, 0.125, 0.75,
            0.375, 0.25, 0.375, 0.75,
            0.625, 0.25, 0.625, 0.75,
            0.875, 0.25, 0.875, 0.75,
        }, GridSampler.grid(4, 2));
        Domain domain = Domain.builder().coordinate("x", 0, 2).time("t", 0, 1).build();
        double[] points = DomainSampling.interiorGrid(domain, 4, 2);
        assertEquals(8, points.length / 2);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.75, 0.75, 0.25}, Arrays.copyOf(points, 6));
        assertArrayEquals(new double[] {1.75, 0.75}, Arrays.copyOfRange(points, 14, 16));
        assertEquals("grid sampler: every axis needs at least 1 point, axis 1 has 0 in [3, 0]",
                assertThrows(IllegalArgumentException.class, () -> GridSampler.grid(3, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DomainSampling.interiorGrid(domain, 4));
    }

    @Test
    void gridCountsFollowTheSideLengths() {
        assertArrayEquals(new int[] {10, 10}, GridSampler.countsForTotal(100, 1, 1));
        assertArrayEquals(new int[] {63, 32}, GridSampler.countsForTotal(2000, 2, 1), "63 x 32 = 2016, spacing 1/32");
        assertArrayEquals(new int[] {5, 6, 6, 6}, GridSampler.countsForTotal(1000, 1, 1, 1, 1), "1080 beats 900 and 1296");
        assertArrayEquals(new int[] {2, 3}, GridSampler.countsForTotal(7, 1, 1), "6 is nearer 7 than 9 in ratio");
        assertArrayEquals(new int[] {10, 1}, GridSampler.countsForTotal(10, 100, 1), "a thin axis keeps one point");
        assertArrayEquals(new int[] {37}, GridSampler.countsForTotal(37, 5));
        assertEquals("grid sampler: side lengths must be positive and finite, got [1.0, 0.0]",
                assertThrows(IllegalArgumentException.class, () -> GridSampler.countsForTotal(10, 1, 0)).getMessage());

        // Through the sampler interface: the interior of [-1, 1] x [0, 1] with about 2000 points.
        Domain burgers = Domain.builder().coordinate("x", -1, 1).time("t", 0, 1).build();
        double[] points = DomainSampling.interior(burgers, 2000, new GridSampler(), 0);
        assertEquals(2016, points.length / 2);
        assertEquals(-1 + 1.0 / 63, points[0], 1e-15, "first x is half a spacing inside");
        assertEquals(1.0 / 64, points[1], 1e-15, "first t is half a spacing inside");
        assertEquals(1.0 / 32, points[3] - points[1], 1e-15, "t spacing");
        assertEquals(2.0 / 63, points[2 * 32] - points[0], 1e-15, "x spacing");
    }
}
