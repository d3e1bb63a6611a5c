package org.hyperlora.engine.tests.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlora.engine.optim.DifferentiableObjective;

/** The check every hand-derived gradient of the engine gets: central differences, weight by weight. */
public final class FiniteDifferences {

    private FiniteDifferences() {
    }

    /**
     * Asserts that the objective's gradient at {@code weights} matches central differences (step 1e-6) in every
     * component to {@code 1e-5} relative (absolute below 1e-2).
     *
     * @return the worst relative difference, for the test's report
     */
    public static double assertGradientMatches(DifferentiableObjective objective, double[] weights) {
        double[] gradient = new double[weights.length];
        objective.valueAndGradient(weights, gradient);
        double h = 1e-6;
        double worst = 0;
        for (int k = 0; k < weights.length; k++) {
            double[] plus = weights.clone();
            double[] minus = weights.clone();
            plus[k] += h;
            minus[k] -= h;
            double fd = (objective.valueAndGradient(plus, null) - objective.valueAndGradient(minus, null)) / (2 * h);
            double error = Math.abs(fd - gradient[k]) / Math.max(1e-2, Math.abs(fd));
            worst = Math.max(worst, error);
            assertTrue(error < 1e-5, "weight " + k + ": gradient " + gradient[k] + ", finite differences " + fd);
        }
        return worst;
    }
}
