package org.hyperlora.engine.hyper;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.train.WeightMap;

/**
 * Low-rank adapters on a frozen base network: every adapted dense layer's weight matrix becomes
 * {@code W = W0 + A·B} with {@code A} (fan-in × r) and {@code B} (r × fan-out); biases stay frozen unless
 * bias adaptation is on, then {@code b = b0 + δ}. With {@code B = 0} and {@code δ = 0}
 * ({@link #initialTrainable}) the network is exactly the base network.
 * <p>
 * Trained vector layout: for each adapted layer in order, A row-major then B row-major; then, with bias
 * adaptation, every layer's δ in order.
 */
public final class LoraAdapter implements WeightMap {

    private final int[] layerSizes;
    private final double[] baseWeights;
    private final int[] ranks;
    private final boolean adaptBiases;
    private final int[] networkWeightOffsets;
    private final int[] networkBiasOffsets;
    private final int[] aOffsets;
    private final int[] bOffsets;
    private final int[] deltaOffsets;
    private final int trainableCount;

    /**
     * @param base           the network whose layout is adapted
     * @param baseWeights    the frozen weights W0 and b0 (copied)
     * @param requestedRanks rank per dense layer (0 = not adapted); a rank above min(fan-in, fan-out) is
     *                       lowered to it, since a larger one adds parameters but no expressiveness
     * @param adaptBiases    whether biases get a trainable offset
     */
    public LoraAdapter(Mlp base, double[] baseWeights, int[] requestedRanks, boolean adaptBiases) {
        this.layerSizes = base.layerSizes();
        int layers = layerSizes.length - 1;
        if (baseWeights.length != base.parameterCount()) {
            throw new IllegalArgumentException("base weights have " + baseWeights.length + " entries, the network "
                    + Arrays.toString(layerSizes) + " has " + base.parameterCount());
        }
        if (requestedRanks.length != layers) {
            throw new IllegalArgumentException("the network has " + layers + " dense layers, got "
                    + requestedRanks.length + " ranks " + Arrays.toString(requestedRanks));
        }
        this.baseWeights = baseWeights.clone();
        this.adaptBiases = adaptBiases;
        ranks = new int[layers];
        networkWeightOffsets = new int[layers];
        networkBiasOffsets = new int[layers];
        aOffsets = new int[layers];
        bOffsets = new int[layers];
        deltaOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            if (requestedRanks[l] < 0) {
                throw new IllegalArgumentException("rank of layer " + (l + 1) + " must be >= 0, got " + requestedRanks[l]);
            }
            ranks[l] = Math.min(requestedRanks[l], Math.min(layerSizes[l], layerSizes[l + 1]));
            networkWeightOffsets[l] = base.weightOffset(l);
            networkBiasOffsets[l] = base.biasOffset(l);
            aOffsets[l] = offset;
            offset += layerSizes[l] * ranks[l];
            bOffsets[l] = offset;
            offset += ranks[l] * layerSizes[l + 1];
        }
        for (int l = 0; l < layers; l++) {
            deltaOffsets[l] = offset;
            if (adaptBiases) {
                offset += layerSizes[l + 1];
            }
        }
        if (offset == 0) {
            throw new IllegalArgumentException("no layer is adapted: all ranks are 0 and biases are frozen");
        }
        trainableCount = offset;
    }

    /** The same rank on every layer. */
    public static LoraAdapter uniform(Mlp base, double[] baseWeights, int rank, boolean adaptBiases) {
        int[] ranks = new int[base.layerSizes().length - 1];
        Arrays.fill(ranks, rank);
        return new LoraAdapter(base, baseWeights, ranks, adaptBiases);
    }

    /** The effective rank of each layer (requested ranks capped at min(fan-in, fan-out)). */
    public int[] ranks() {
        return ranks.clone();
    }

    public boolean adaptsBiases() {
        return adaptBiases;
    }

    public double[] baseWeights() {
        return baseWeights.clone();
    }

    @Override
    public int trainableCount() {
        return trainableCount;
    }

    @Override
    public int networkParameterCount() {
        return baseWeights.length;
    }

    /** One line: ranks, trainable vs base parameter counts. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "LoRA ranks %s%s: %d trainable of %d base parameters (%.1f%%)",
                Arrays.toString(ranks), adaptBiases ? " + biases" : "", trainableCount, baseWeights.length,
                100.0 * trainableCount / baseWeights.length);
    }

    /**
     * The starting point of training: A Gaussian with standard deviation 1/sqrt(fan-in) (so that a step on B
     * moves W about as much as the same step on W itself would), B = 0 and δ = 0, i.e. the base network.
     */
    public double[] initialTrainable(long seed) {
        double[] trainable = new double[trainableCount];
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < ranks.length; l++) {
            double std = 1.0 / Math.sqrt(layerSizes[l]);
            for (int k = 0; k < layerSizes[l] * ranks[l]; k++) {
                trainable[aOffsets[l] + k] = std * random.nextGaussian();
            }
        }
        return trainable;
    }

    @Override
    public void networkWeights(double[] trainable, double[] out) {
        checkLength(trainable);
        System.arraycopy(baseWeights, 0, out, 0, baseWeights.length);
        for (int l = 0; l < ranks.length; l++) {
            int fanIn = layerSizes[l], fanOut = layerSizes[l + 1], r = ranks[l];
            int w = networkWeightOffsets[l], a = aOffsets[l], b = bOffsets[l];
            for (int i = 0; i < fanIn; i++) {
                for (int k = 0; k < r; k++) {
                    double aik = trainable[a + i * r + k];
                    int row = w + i * fanOut, bRow = b + k * fanOut;
                    for (int j = 0; j < fanOut; j++) {
                        out[row + j] += aik * trainable[bRow + j];
                    }
                }
            }
            if (adaptBiases) {
                for (int j = 0; j < fanOut; j++) {
                    out[networkBiasOffsets[l] + j] += trainable[deltaOffsets[l] + j];
                }
            }
        }
    }

    @Override
    public void pullBack(double[] trainable, double[] networkGradient, double[] out) {
        checkLength(trainable);
        for (int l = 0; l < ranks.length; l++) {
            int fanIn = layerSizes[l], fanOut = layerSizes[l + 1], r = ranks[l];
            int w = networkWeightOffsets[l], a = aOffsets[l], b = bOffsets[l];
            Arrays.fill(out, b, b + r * fanOut, 0.0);
            for (int i = 0; i < fanIn; i++) {
                int row = w + i * fanOut;
                for (int k = 0; k < r; k++) {
                    // dA[i][k] = Σ_j dW[i][j] B[k][j];  dB[k][j] += A[i][k] dW[i][j]
                    double aik = trainable[a + i * r + k];
                    int bRow = b + k * fanOut;
                    double sum = 0;
                    for (int j = 0; j < fanOut; j++) {
                        double g = networkGradient[row + j];
                        sum += g * trainable[bRow + j];
                        out[bRow + j] += aik * g;
                    }
                    out[a + i * r + k] = sum;
                }
            }
            if (adaptBiases) {
                System.arraycopy(networkGradient, networkBiasOffsets[l], out, deltaOffsets[l], fanOut);
            }
        }
    }

    private void checkLength(double[] trainable) {
        if (trainable.length != trainableCount) {
            throw new IllegalArgumentException("LoRA vector needs " + trainableCount + " entries, got " + trainable.length);
        }
    }
}
