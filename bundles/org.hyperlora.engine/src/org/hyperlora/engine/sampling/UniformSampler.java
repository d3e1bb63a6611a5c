package org.hyperlora.engine.sampling;

import java.util.SplittableRandom;

/**
 * Independent uniform points, each coordinate from {@link SplittableRandom#nextDouble()} of a generator seeded
 * with the seed, in row-major order. The Monte Carlo baseline: error of integrals ~ n^(-1/2), no structure to
 * alias with the solution.
 */
public final class UniformSampler implements Sampler {

    @Override
    public SamplerKind kind() {
        return SamplerKind.UNIFORM;
    }

    @Override
    public double[] sampleUnitCube(int count, int dimension, long seed) {
        SamplerChecks.checkCountAndDimension(kind(), count, dimension);
        SplittableRandom random = new SplittableRandom(seed);
        double[] points = new double[count * dimension];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextDouble();
        }
        return points;
    }

    @Override
    public String toString() {
        return "uniform";
    }
}
