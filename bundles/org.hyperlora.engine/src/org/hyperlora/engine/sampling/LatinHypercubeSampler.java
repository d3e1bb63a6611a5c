package org.hyperlora.engine.sampling;

import java.util.SplittableRandom;

/**
 * Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): each axis is cut into {@code count} equal strata
 * and every stratum of every axis holds exactly one point, at a uniform random position inside it; the
 * strata are paired across axes by independent random permutations. Projections onto each axis are thus
 * perfectly even, which plain uniform sampling does not guarantee.
 */
public final class LatinHypercubeSampler implements Sampler {

    @Override
    public SamplerKind kind() {
        return SamplerKind.LATIN_HYPERCUBE;
    }

    @Override
    public double[] sampleUnitCube(int count, int dimension, long seed) {
        SamplerChecks.checkCountAndDimension(kind(), count, dimension);
        SplittableRandom random = new SplittableRandom(seed);
        double[] points = new double[count * dimension];
        int[] strata = new int[count];
        for (int axis = 0; axis < dimension; axis++) {
            for (int i = 0; i < count; i++) {
                strata[i] = i;
            }
            // Fisher-Yates shuffle: a uniform random assignment of strata to points.
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < count; i++) {
                int stratum = strata[i];
                double value = (stratum + random.nextDouble()) / count;
                double stratumEnd = (stratum + 1.0) / count;
                // Rounding may carry (k + u) / n onto the next stratum's edge; keep the point inside its own.
                points[i * dimension + axis] = value < stratumEnd ? value : Math.nextDown(stratumEnd);
            }
        }
        return points;
    }

    @Override
    public String toString() {
        return "lhs";
    }
}
