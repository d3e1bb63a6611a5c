package org.hyperlora.engine.train;

/**
 * How the vector a trainer optimizes becomes the network's weights: the identity for ordinary training, a
 * low-rank update {@code W = W0 + A·B} for LoRA adapters. The map must be differentiable;
 * {@link #pullBack} applies the transposed Jacobian.
 */
public interface WeightMap {

    /** Length of the trained vector. */
    int trainableCount();

    /** Length of the network's weight vector. */
    int networkParameterCount();

    /** Writes the network weights for {@code trainable} into {@code networkWeightsOut}. */
    void networkWeights(double[] trainable, double[] networkWeightsOut);

    /**
     * Turns d(loss)/d(network weights) at {@code trainable} into d(loss)/d(trainable), overwriting every
     * element of {@code trainableGradientOut}.
     */
    void pullBack(double[] trainable, double[] networkGradient, double[] trainableGradientOut);

    /** The identity on {@code count} weights. */
    static WeightMap identity(int count) {
        return new WeightMap() {
            @Override
            public int trainableCount() {
                return count;
            }

            @Override
            public int networkParameterCount() {
                return count;
            }

            @Override
            public void networkWeights(double[] trainable, double[] networkWeightsOut) {
                System.arraycopy(trainable, 0, networkWeightsOut, 0, count);
            }

            @Override
            public void pullBack(double[] trainable, double[] networkGradient, double[] trainableGradientOut) {
                System.arraycopy(networkGradient, 0, trainableGradientOut, 0, count);
            }
        };
    }
}
