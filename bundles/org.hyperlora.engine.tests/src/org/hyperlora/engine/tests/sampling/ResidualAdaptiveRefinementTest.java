package org.hyperlora.engine.tests.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.hyperlora.engine.sampling.ResidualAdaptiveRefinement;
import org.junit.jupiter.api.Test;

class ResidualAdaptiveRefinementTest {

    @Test
    void picksExactlyTheTopKInDecreasingOrder() {
        double[] candidates = {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        double[] residuals = {0.1, -7.0, 3.0, 0.5, 9.0, 2.0};
        ResidualAdaptiveRefinement rar = ResidualAdaptiveRefinement.largest(3);
        assertArrayEquals(new int[] {4, 1, 2}, rar.selectIndices(residuals, 0), "|-7| counts as 7");
        assertArrayEquals(new double[] {4, 4, 1, 1, 2, 2}, rar.select(candidates, 2, residuals, 0));
    }

    @Test
    void tiesGoToTheLowerIndex() {
        double[] residuals = {1, 5, 3, 5, 5, 0};
        assertArrayEquals(new int[] {1, 3}, ResidualAdaptiveRefinement.largest(2).selectIndices(residuals, 0));
        assertArrayEquals(new int[] {1, 3, 4, 2, 0, 5}, ResidualAdaptiveRefinement.largest(6).selectIndices(residuals, 0));
    }

    @Test
    void agreesWithAFullSortOnALargeSet() {
        SplittableRandom random = new SplittableRandom(11);
        double[] residuals = new double[20_000];
        for (int i = 0; i < residuals.length; i++) {
            // Rounded so that many ties occur.
            residuals[i] = Math.floor(random.nextDouble() * 500) / 7;
        }
        int k = 250;
        int[] expected = IntStream.range(0, residuals.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -residuals[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, ResidualAdaptiveRefinement.largest(k).selectIndices(residuals, 0));
    }

    @Test
    void densitySamplingFollowsTheWeights() {
        double[] residuals = {1, 2, 3, 4};
        int draws = 20_000;
        // p = 1, c = 0: probabilities 0.1, 0.2, 0.3, 0.4.
        assertFrequencies(new double[] {0.1, 0.2, 0.3, 0.4},
                ResidualAdaptiveRefinement.residualDensity(1, 1), residuals, draws);
        // p = 2, c = 1: weights r^2 / mean(r^2) + 1 with mean 7.5, normalized by their sum 8.
        assertFrequencies(new double[] {(1 / 7.5 + 1) / 8, (4 / 7.5 + 1) / 8, (9 / 7.5 + 1) / 8, (16 / 7.5 + 1) / 8},
                ResidualAdaptiveRefinement.residualDensity(1, 2, 1), residuals, draws);
    }

    @Test
    void densitySamplingIsSeededAndDrawsDistinctCandidates() {
        SplittableRandom random = new SplittableRandom(5);
        double[] residuals = new double[1000];
        for (int i = 0; i < residuals.length; i++) {
            residuals[i] = random.nextDouble();
        }
        ResidualAdaptiveRefinement rard = ResidualAdaptiveRefinement.residualDensity(100, 2);
        int[] first = rard.selectIndices(residuals, 42);
        assertArrayEquals(first, rard.selectIndices(residuals, 42));
        assertFalse(Arrays.equals(first, rard.selectIndices(residuals, 43)));
        assertEquals(100, Arrays.stream(first).distinct().count());
        // Taking every candidate returns a permutation.
        int[] all = ResidualAdaptiveRefinement.residualDensity(1000, 1).selectIndices(residuals, 1);
        assertArrayEquals(IntStream.range(0, 1000).toArray(), Arrays.stream(all).sorted().toArray());
    }

    @Test
    void zeroResidualsWithoutOffsetComeLast() {
        double[] residuals = {0, 3, 0, 1};
        int[] chosen = ResidualAdaptiveRefinement.residualDensity(3, 1).selectIndices(residuals, 9);
        assertEquals(3, chosen.length);
        assertTrue(Arrays.stream(chosen, 0, 2).sorted().boxed().toList().equals(java.util.List.of(1, 3)));
        assertEquals(0, chosen[2], "then the zero-weight candidates in index order");
        // All residuals zero: uniform.
        int[] uniform = ResidualAdaptiveRefinement.residualDensity(2, 2).selectIndices(new double[] {0, 0, 0}, 9);
        assertEquals(2, Arrays.stream(uniform).distinct().count());
    }

    @Test
    void rejectsBadInputsClearly() {
        assertEquals("adaptive refinement must add at least 1 point per round, got 0",
                assertThrows(IllegalArgumentException.class, () -> ResidualAdaptiveRefinement.largest(0)).getMessage());
        assertEquals("adaptive refinement: cannot choose 5 of 3 candidates; sample more candidates",
                assertThrows(IllegalArgumentException.class,
                        () -> ResidualAdaptiveRefinement.largest(5).selectIndices(new double[3], 0)).getMessage());
        assertEquals("adaptive refinement: residual at candidate 1 is NaN; the network or the residual evaluation has"
                + " diverged", assertThrows(IllegalArgumentException.class,
                        () -> ResidualAdaptiveRefinement.largest(1).selectIndices(new double[] {1, Double.NaN}, 0))
                        .getMessage());
        assertEquals("adaptive refinement: 3 candidate points but 2 residuals",
                assertThrows(IllegalArgumentException.class,
                        () -> ResidualAdaptiveRefinement.largest(1).select(new double[6], 2, new double[2], 0))
                        .getMessage());
        assertEquals("the residual exponent p must be finite and >= 0, got -1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> ResidualAdaptiveRefinement.residualDensity(1, -1)).getMessage());
        assertEquals("the density offset c must be finite and >= 0, got NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> ResidualAdaptiveRefinement.residualDensity(1, 1, Double.NaN)).getMessage());
    }

    private static void assertFrequencies(double[] expected, ResidualAdaptiveRefinement rard, double[] residuals,
            int draws) {
        int[] hits = new int[residuals.length];
        for (int seed = 0; seed < draws; seed++) {
            hits[rard.selectIndices(residuals, seed)[0]]++;
        }
        for (int i = 0; i < expected.length; i++) {
            double sigma = Math.sqrt(expected[i] * (1 - expected[i]) / draws);
            assertEquals(expected[i], hits[i] / (double) draws, 5 * sigma, "candidate " + i + " of " + rard);
        }
    }
}
