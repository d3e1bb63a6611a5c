package org.hyperlora.engine.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlora.engine.reference.ConvectionReference;
import org.junit.jupiter.api.Test;

class ConvectionReferenceTest {

    private final ConvectionReference reference = new ConvectionReference();

    @Test
    void satisfiesTheConvectionEquation() {
        for (double beta : new double[] {1, 30, -7.5}) {
            double worst = 0;
            for (int i = 1; i < 20; i++) {
                for (int j = 1; j < 10; j++) {
                    double x = 2 * Math.PI * i / 20;
                    double t = j / 10.0;
                    double ut = FiniteDifferences.first(s -> value(beta, x, s), t, 1e-4 / Math.abs(beta));
                    double ux = FiniteDifferences.first(s -> value(beta, s, t), x, 1e-4);
                    worst = Math.max(worst, Math.abs(ut + beta * ux) / (Math.abs(ut) + Math.abs(beta * ux) + 1e-12));
                }
            }
            assertTrue(worst < 1e-8, "beta=" + beta + " relative residual " + worst);
        }
    }

    @Test
    void matchesInitialConditionAndIsPeriodic() {
        for (int i = 0; i <= 40; i++) {
            double x = 2 * Math.PI * i / 40;
            assertEquals(Math.sin(x), value(30, x, 0), 0.0);
        }
        for (double t : new double[] {0, 0.3, 1}) {
            assertEquals(value(30, 0, t), value(30, 2 * Math.PI, t), 1e-13);
            assertEquals(value(30, 0.7, t), value(30, 0.7 + 2 * Math.PI, t), 1e-13);
        }
        assertEquals(Math.sin(1 - 30 * 0.5), value(30, 1, 0.5), 1e-15);
    }

    @Test
    void rejectsNonFiniteBeta() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {Double.NaN}, new double[][] {{0, 0}})).getMessage();
        assertTrue(message.contains("beta") && message.contains("NaN"), message);
    }

    private double value(double beta, double x, double t) {
        return reference.evaluate(new double[] {beta}, new double[][] {{x, t}})[0][0];
    }
}
