package org.hyperlora.engine.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hyperlora.engine.train.PinnLoss;

/** The analytic gradient of a loss against central differences, for the geometry tests' conditions and constraints. */
final class LossGradients {

    private LossGradients() {
    }

    /** Checks every {@code stride}-th weight: relative 1e-6 against differences of step 1e-6. */
    static void assertMatchDifferences(PinnLoss loss, double[] weights, int stride) {
        double[] gradient = new double[weights.length];
        loss.valueAndGradient(weights, gradient);
        for (int k = 0; k < weights.length; k += stride) {
            double[] plus = weights.clone();
            double[] minus = weights.clone();
            plus[k] += 1e-6;
            minus[k] -= 1e-6;
            double difference = (loss.value(plus) - loss.value(minus)) / 2e-6;
            assertEquals(difference, gradient[k], 1e-6 * Math.max(1, Math.abs(difference)), "weight " + k);
        }
    }
}
