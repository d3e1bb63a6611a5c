package org.hyperlora.engine.tests.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hyperlora.engine.sampling.Sampler;
import org.hyperlora.engine.sampling.SobolSampler;
import org.junit.jupiter.api.Test;

class SobolSamplerTest {

    @Test
    void unscrambledTwoDimensionalPointsMatchThePublishedSequence() {
        // Joe & Kuo's sobol.cc output for d = 2 after the origin.
        double[] expected = {
            0.5, 0.5,
            0.75, 0.25,
            0.25, 0.75,
            0.375, 0.375,
            0.875, 0.875,
            0.625, 0.125,
            0.125, 0.625,
            0.1875, 0.3125,
        };
        assertArrayEquals(expected, SobolSampler.unscrambled().sampleUnitCube(8, 2, 0));
    }

    @Test
    void thirdDimensionFollowsTheJoeKuoRecurrence() {
        // d = 3: s = 2, a = 1, m = (1, 3), hence m_3 = 2*3 ^ 4*1 ^ 1 = 3: v = 1/2, 3/4, 3/8.
        double[] third = column(SobolSampler.sequence(0, 8, 3), 3, 2);
        assertArrayEquals(new double[] {0, 0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375}, third);
    }

    @Test
    void firstPointsOfTheSequenceAreAZeroTwoNetInTwoDimensions() {
        // Dimensions 1 and 2 form a (0, m, 2)-net: every dyadic box of area 2^-m holds exactly one point.
        int m = 8;
        assertOnePointPerElementaryBox(SobolSampler.sequence(0, 1 << m, 2), m);
        // The linear scramble and digital shift keep the net property.
        assertOnePointPerElementaryBox(SobolSampler.scrambled().sampleUnitCube(1 << m, 2, 42), m);
    }

    @Test
    void everyBuiltInDimensionIsStratifiedOnItsOwn() {
        // Each generator matrix is invertible, so 2^m points hit every interval [k/2^m, (k+1)/2^m) once.
        int m = 10;
        int dimension = SobolSampler.MAX_DIMENSION;
        double[] plain = SobolSampler.sequence(0, 1 << m, dimension);
        double[] scrambled = SobolSampler.scrambled().sampleUnitCube(1 << m, dimension, 7);
        for (int j = 0; j < dimension; j++) {
            assertStratified(column(plain, dimension, j), m, "plain dimension " + (j + 1));
            assertStratified(column(scrambled, dimension, j), m, "scrambled dimension " + (j + 1));
        }
    }

    @Test
    void sequenceCanStartAnywhere() {
        double[] all = SobolSampler.sequence(0, 40, 5);
        double[] tail = SobolSampler.sequence(13, 27, 5);
        assertArrayEquals(Arrays.copyOfRange(all, 13 * 5, 40 * 5), tail);
    }

    @Test
    void scrambledPointsAreDeterministicPerSeedAndInsideTheCube() {
        Sampler sobol = SobolSampler.scrambled();
        double[] first = sobol.sampleUnitCube(1000, 4, 123);
        assertArrayEquals(first, sobol.sampleUnitCube(1000, 4, 123));
        assertFalse(Arrays.equals(first, sobol.sampleUnitCube(1000, 4, 124)));
        for (double value : first) {
            assertTrue(value > 0 && value < 1, "value " + value);
        }
        // The unscrambled sampler ignores the seed.
        assertArrayEquals(SobolSampler.unscrambled().sampleUnitCube(64, 3, 1),
                SobolSampler.unscrambled().sampleUnitCube(64, 3, 2));
    }

    @Test
    void unscrambledSamplerNeverReturnsTheOrigin() {
        double[] points = SobolSampler.unscrambled().sampleUnitCube(1024, 3, 0);
        for (int i = 0; i < 1024; i++) {
            assertFalse(points[3 * i] == 0 && points[3 * i + 1] == 0 && points[3 * i + 2] == 0, "point " + i);
        }
    }

    @Test
    void unsupportedDimensionIsRejectedWithTheLimit() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SobolSampler.scrambled().sampleUnitCube(16, 22, 0));
        assertEquals("sobol sampler: dimensions 1..21 are supported (Joe-Kuo direction numbers new-joe-kuo-6.21201"
                + " built in), got 22; use halton or lhs for more", error.getMessage());
        assertEquals("sobol sampler: the number of points must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> SobolSampler.scrambled().sampleUnitCube(0, 2, 0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> SobolSampler.sequence(-1, 4, 2));
    }

    static double[] column(double[] points, int dimension, int axis) {
        double[] column = new double[points.length / dimension];
        for (int i = 0; i < column.length; i++) {
            column[i] = points[i * dimension + axis];
        }
        return column;
    }

    private static void assertStratified(double[] values, int m, String what) {
        boolean[] hit = new boolean[1 << m];
        for (double value : values) {
            int cell = (int) Math.floor(value * (1 << m));
            assertFalse(hit[cell], what + ": two points in cell " + cell);
            hit[cell] = true;
        }
    }

    private static void assertOnePointPerElementaryBox(double[] points, int m) {
        int count = points.length / 2;
        assertEquals(1 << m, count);
        for (int xBits = 0; xBits <= m; xBits++) {
            int yBits = m - xBits;
            int[] occupancy = new int[1 << m];
            for (int i = 0; i < count; i++) {
                int xCell = (int) Math.floor(points[2 * i] * (1 << xBits));
                int yCell = (int) Math.floor(points[2 * i + 1] * (1 << yBits));
                occupancy[(xCell << yBits) | yCell]++;
            }
            for (int box = 0; box < occupancy.length; box++) {
                assertEquals(1, occupancy[box], "boxes 2^-" + xBits + " x 2^-" + yBits + ", box " + box);
            }
        }
    }
}
