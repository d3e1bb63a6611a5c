package org.hyperlora.engine.tests.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.hyperlora.engine.sampling.HaltonSampler;
import org.junit.jupiter.api.Test;

class HaltonSamplerTest {

    @Test
    void basesAreThePrimes() {
        assertArrayEquals(new int[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}, HaltonSampler.primes(10));
        assertEquals(7919, HaltonSampler.primes(HaltonSampler.MAX_DIMENSION)[HaltonSampler.MAX_DIMENSION - 1]);
    }

    @Test
    void radicalInverseMirrorsTheDigits() {
        assertEquals(0.0, HaltonSampler.radicalInverse(0, 2));
        assertEquals(0.5, HaltonSampler.radicalInverse(1, 2));
        assertEquals(0.25, HaltonSampler.radicalInverse(2, 2));
        assertEquals(0.8125, HaltonSampler.radicalInverse(11, 2), "11 = 1011b mirrors to 0.1101b");
        assertEquals(1.0 / 3 + 2.0 / 9, HaltonSampler.radicalInverse(7, 3), 1e-16, "7 = 21 (base 3) mirrors to 0.12");
        assertEquals(0.04, HaltonSampler.radicalInverse(5, 5), 1e-16);
    }

    @Test
    void unscrambledPointsAreThePublishedSequenceAfterTheOrigin() {
        double[] points = HaltonSampler.unscrambled().sampleUnitCube(5, 3, 0);
        double[] expected = {
            1.0 / 2, 1.0 / 3, 1.0 / 5,
            1.0 / 4, 2.0 / 3, 2.0 / 5,
            3.0 / 4, 1.0 / 9, 3.0 / 5,
            1.0 / 8, 4.0 / 9, 4.0 / 5,
            5.0 / 8, 7.0 / 9, 1.0 / 25,
        };
        assertArrayEquals(expected, points, 1e-15);
    }

    @Test
    void burnInSkipsLeadingPoints() {
        double[] fromZero = HaltonSampler.of(false, 0).sampleUnitCube(30, 2, 0);
        assertEquals(0.0, fromZero[0]);
        assertEquals(0.0, fromZero[1]);
        double[] skipped = HaltonSampler.of(false, 10).sampleUnitCube(20, 2, 0);
        assertArrayEquals(Arrays.copyOfRange(fromZero, 20, 60), skipped);
        assertEquals("halton sampler: the burn-in must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> HaltonSampler.of(true, -1)).getMessage());
    }

    @Test
    void scramblingIsSeededAndKeepsTheStrata() {
        HaltonSampler halton = HaltonSampler.scrambled();
        double[] first = halton.sampleUnitCube(243, 2, 5);
        assertArrayEquals(first, halton.sampleUnitCube(243, 2, 5));
        assertFalse(Arrays.equals(first, halton.sampleUnitCube(243, 2, 6)));
        for (double value : first) {
            assertTrue(value >= 0 && value < 1, "value " + value);
        }
        // Digit permutations map the 3^5 consecutive indices 1..243 onto all 243 base-3 strata of axis 2.
        boolean[] hit = new boolean[243];
        for (int i = 0; i < 243; i++) {
            int stratum = (int) Math.floor(first[2 * i + 1] * 243);
            assertFalse(hit[stratum], "stratum " + stratum + " hit twice");
            hit[stratum] = true;
        }
    }
}
