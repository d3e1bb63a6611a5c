package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.hyperlora.solver.Calibration;
import org.hyperlora.solver.SearchRange;
import org.junit.jupiter.api.Test;

/** The inverse problem on closed forms: recovery within the reported uncertainty, edges, poor fits. */
class CalibrationTest {

    /** u = sin(x - beta t) at 60 points of [0, 2pi] x [0, 1]: the convection family's solution. */
    private static final double[][] POINTS = points(60);

    private static double[][] points(int n) {
        double[][] points = new double[n][];
        for (int p = 0; p < n; p++) {
            points[p] = new double[] { 2 * Math.PI * ((p * 0.618034) % 1), (p + 0.5) / n };
        }
        return points;
    }

    private static double[] convection(double beta) {
        double[] u = new double[POINTS.length];
        for (int p = 0; p < u.length; p++) {
            u[p] = Math.sin(POINTS[p][0] - beta * POINTS[p][1]);
        }
        return u;
    }

    private static double[] noisy(double[] exact, double sd, long seed) {
        Random random = new Random(seed);
        double[] out = exact.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] += sd * random.nextGaussian();
        }
        return out;
    }

    private static final SearchRange BETA = new SearchRange(List.of("beta"), new double[] { 1 },
            new double[] { 20 }, new boolean[] { false });

    @Test
    void aValueIsRecoveredWithinItsUncertaintyFromOnePercentNoise() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            double truth = 7.3;
            Calibration.Result fit = new Calibration(parameters -> convection(parameters[0]), BETA,
                    noisy(convection(truth), 0.01, seed), 0.01).run(4);
            double beta = fit.values()[0];
            assertTrue(Math.abs(beta - truth) < 0.05 * truth, "seed " + seed + ": beta " + beta);
            assertTrue(Math.abs(beta - truth) < 3 * fit.sigmas()[0], "seed " + seed + ": beta " + beta + " +- "
                    + fit.sigmas()[0]);
            assertTrue(fit.sigmas()[0] > 0 && fit.sigmas()[0] < 0.05, "sigma " + fit.sigmas()[0]);
            assertTrue(fit.reducedChiSquare() > 0.5 && fit.reducedChiSquare() < 2, "chi2 " + fit.reducedChiSquare());
            assertEquals(List.of(), fit.warnings());
        }
    }

    @Test
    void twoParametersOnALogScaleWithoutANoiseLevel() throws Exception {
        // u = a exp(-x / b) at 40 points of [0, 3]: a in [0.5, 2], b in [0.1, 10] (log scale)
        double[] x = new double[40];
        for (int p = 0; p < x.length; p++) {
            x[p] = 3.0 * p / (x.length - 1);
        }
        Calibration.Model model = parameters -> {
            double[] u = new double[x.length];
            for (int p = 0; p < u.length; p++) {
                u[p] = parameters[0] * Math.exp(-x[p] / parameters[1]);
            }
            return u;
        };
        SearchRange range = new SearchRange(List.of("a", "b"), new double[] { 0.5, 0.1 },
                new double[] { 2, 10 }, new boolean[] { false, true });
        double[] observed = noisy(model.predict(new double[] { 1.3, 0.7 }), 0.005, 3);
        Calibration.Result fit = new Calibration(model, range, observed, Double.NaN).run(5);
        assertEquals(1.3, fit.values()[0], 3 * fit.sigmas()[0]);
        assertEquals(0.7, fit.values()[1], 3 * fit.sigmas()[1]);
        assertEquals(0.005, fit.misfit(), 0.002, "the misfit is about the noise");
        assertTrue(Double.isNaN(fit.reducedChiSquare()));
    }

    @Test
    void aValueOutsideTheRangeEndsOnItsEdgeWithAWarningAndAPoorFitIsSaid() throws Exception {
        Calibration.Result edge = new Calibration(parameters -> convection(parameters[0]), BETA,
                noisy(convection(20.6), 0.01, 2), 0.01).run(4);
        assertEquals(20, edge.values()[0], 1e-6);
        assertTrue(edge.warnings().stream().anyMatch(w -> w.startsWith("beta = 20.0000 is on the edge of the trained"
                + " range [1.00000, 20.0000]")), edge.warnings().toString());
        // a noise level a hundred times too small: the residuals are far above it
        Calibration.Result poor = new Calibration(parameters -> convection(parameters[0]), BETA,
                noisy(convection(7.3), 0.01, 2), 1e-4).run(2);
        assertTrue(poor.warnings().stream().anyMatch(w -> w.startsWith("the fit is poor: the residuals are")),
                poor.warnings().toString());
    }

    @Test
    void tooFewValuesOrABadNoiseLevelAreRefused() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> new Calibration(parameters -> new double[] { 1 }, BETA, new double[] { 1 }, 0.1));
        assertEquals("1 observed values cannot determine 1 parameters; measure more points or fields",
                few.getMessage());
        IllegalArgumentException noise = assertThrows(IllegalArgumentException.class,
                () -> new Calibration(parameters -> convection(1), BETA, convection(1), -0.1));
        assertEquals("the noise level must be a positive number, got -0.1", noise.getMessage());
    }
}
