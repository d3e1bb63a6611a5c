package org.hyperlora.engine.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which input derivatives a forward pass propagates alongside the values. Stream 0 is the value;
 * then one stream per requested first derivative d/dx_i; then one per requested second derivative
 * d²/dx_i dx_j (i ≤ j). A second derivative needs the first derivatives along i and j, which the
 * builder adds. Only what a residual uses is computed: each stream costs one more block of rows in
 * every GEMM.
 */
public final class DerivativePlan {

    private final int inputCount;
    private final int[] firstInputs;
    private final int[][] secondPairs;
    private final int[] firstStreamOfInput;
    /** Per second-derivative stream k: the first-derivative streams it differentiates across (the kernels' form). */
    final int[] secondStreamI, secondStreamJ;

    private DerivativePlan(int inputCount, int[] firstInputs, int[][] secondPairs) {
        this.inputCount = inputCount;
        this.firstInputs = firstInputs;
        this.secondPairs = secondPairs;
        this.firstStreamOfInput = new int[inputCount];
        Arrays.fill(firstStreamOfInput, -1);
        for (int k = 0; k < firstInputs.length; k++) {
            firstStreamOfInput[firstInputs[k]] = 1 + k;
        }
        secondStreamI = new int[secondPairs.length];
        secondStreamJ = new int[secondPairs.length];
        for (int k = 0; k < secondPairs.length; k++) {
            secondStreamI[k] = firstStreamOfInput[secondPairs[k][0]];
            secondStreamJ[k] = firstStreamOfInput[secondPairs[k][1]];
        }
    }

    /** Values only (evaluation, data terms, Dirichlet conditions). */
    public static DerivativePlan valuesOnly(int inputCount) {
        return builder(inputCount).build();
    }

    public static Builder builder(int inputCount) {
        return new Builder(inputCount);
    }

    public int inputCount() {
        return inputCount;
    }

    /**
     * The same derivatives for a network with more inputs (a parametric PINN reads the parameters after the
     * coordinates): the streams keep their indices.
     */
    public DerivativePlan withInputCount(int inputs) {
        if (inputs < inputCount) {
            throw new IllegalArgumentException("a plan over " + inputCount + " inputs cannot shrink to " + inputs);
        }
        return new DerivativePlan(inputs, firstInputs, secondPairs);
    }

    /** Number of streams, the value included. */
    public int streamCount() {
        return 1 + firstInputs.length + secondPairs.length;
    }

    int firstDerivativeCount() {
        return firstInputs.length;
    }

    int secondDerivativeCount() {
        return secondPairs.length;
    }

    /** Input index of first-derivative stream {@code 1 + k}. */
    int firstInput(int k) {
        return firstInputs[k];
    }

    /** Input pair of second-derivative stream {@code 1 + firstDerivativeCount() + k}. */
    int[] secondPair(int k) {
        return secondPairs[k];
    }

    /** The stream holding d/dx_input, or -1 if the plan does not compute it. */
    public int firstStream(int input) {
        checkInput(input);
        return firstStreamOfInput[input];
    }

    /** The stream holding d²/dx_i dx_j (in either order), or -1 if the plan does not compute it. */
    public int secondStream(int i, int j) {
        checkInput(i);
        checkInput(j);
        int lo = Math.min(i, j), hi = Math.max(i, j);
        for (int k = 0; k < secondPairs.length; k++) {
            if (secondPairs[k][0] == lo && secondPairs[k][1] == hi) {
                return 1 + firstInputs.length + k;
            }
        }
        return -1;
    }

    private void checkInput(int input) {
        if (input < 0 || input >= inputCount) {
            throw new IllegalArgumentException("input index " + input + " outside 0.." + (inputCount - 1));
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("value");
        for (int input : firstInputs) {
            text.append(", d/dx").append(input);
        }
        for (int[] pair : secondPairs) {
            text.append(", d2/dx").append(pair[0]).append("dx").append(pair[1]);
        }
        return text.toString();
    }

    /** Collects requested derivatives; order of requests does not matter. */
    public static final class Builder {
        private final int inputCount;
        private final boolean[] first;
        private final boolean[][] second;

        private Builder(int inputCount) {
            if (inputCount < 1) {
                throw new IllegalArgumentException("a network needs at least one input, got " + inputCount);
            }
            this.inputCount = inputCount;
            this.first = new boolean[inputCount];
            this.second = new boolean[inputCount][inputCount];
        }

        public Builder first(int input) {
            check(input);
            first[input] = true;
            return this;
        }

        public Builder second(int i, int j) {
            check(i);
            check(j);
            second[Math.min(i, j)][Math.max(i, j)] = true;
            first[i] = true;
            first[j] = true;
            return this;
        }

        private void check(int input) {
            if (input < 0 || input >= inputCount) {
                throw new IllegalArgumentException("input index " + input + " outside 0.." + (inputCount - 1));
            }
        }

        public DerivativePlan build() {
            List<Integer> firsts = new ArrayList<>();
            for (int i = 0; i < inputCount; i++) {
                if (first[i]) {
                    firsts.add(i);
                }
            }
            List<int[]> seconds = new ArrayList<>();
            for (int i = 0; i < inputCount; i++) {
                for (int j = i; j < inputCount; j++) {
                    if (second[i][j]) {
                        seconds.add(new int[] { i, j });
                    }
                }
            }
            return new DerivativePlan(inputCount, firsts.stream().mapToInt(Integer::intValue).toArray(),
                    seconds.toArray(new int[0][]));
        }
    }
}
