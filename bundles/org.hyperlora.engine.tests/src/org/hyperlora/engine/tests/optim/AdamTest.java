package org.hyperlora.engine.tests.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlora.engine.optim.Adam;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.optim.NonFiniteException;
import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void firstTwoStepsMatchHandComputation() {
        Adam adam = new Adam(2, LearningRateSchedule.constant(0.1));
        double[] p = { 1, -2 };

        adam.step(p, new double[] { 0.5, -0.25 });
        // Bias correction makes the first step lr * g / (|g| + eps) whatever beta1 and beta2 are.
        assertEquals(1 - 0.1 * 0.5 / (0.5 + 1e-8), p[0], 0);
        assertEquals(-2 - 0.1 * -0.25 / (0.25 + 1e-8), p[1], 0);
        assertEquals(1, adam.stepCount());
        assertArrayEquals(new double[] { 0.05, -0.025 }, adam.firstMoment(), 1e-16);
        assertArrayEquals(new double[] { 0.00025, 6.25e-5 }, adam.secondMoment(), 1e-18);

        adam.step(p, new double[] { 0.3, 0.1 });
        // Exact rational arithmetic: m = (0.075, -0.0125), v = (3.3975e-4, 7.24375e-5),
        // p -= 0.1 * (m / 0.19) / (sqrt(v / 0.001999) + 1e-8).
        assertArrayEquals(new double[] { 0.8042509867088754, -1.8654394210242802 }, p, 1e-15);
        assertArrayEquals(new double[] { 0.075, -0.0125 }, adam.firstMoment(), 1e-16);
        assertArrayEquals(new double[] { 3.3975e-4, 7.24375e-5 }, adam.secondMoment(), 1e-18);
    }

    @Test
    void minimizesIllScaledQuadratic() {
        double[] scales = { 1, 10, 100, 1000 };
        double[] target = { 0.3, -1.7, 2.5, 0.01 };
        double[] p = new double[4];
        double[] g = new double[4];
        int steps = 3000;
        Adam adam = new Adam(4, LearningRateSchedule.cosineAnnealing(0.05, 0, steps));
        for (int step = 0; step < steps; step++) {
            for (int i = 0; i < 4; i++) {
                g[i] = 2 * scales[i] * (p[i] - target[i]);
            }
            adam.step(p, g);
        }
        System.out.println("Adam on quadratic: p = " + java.util.Arrays.toString(p));
        assertArrayEquals(target, p, 1e-6);
    }

    @Test
    void exportedStateResumesBitIdentically() {
        LearningRateSchedule schedule = LearningRateSchedule.exponential(0.02, 0.5, 7);
        Adam original = new Adam(3, schedule, 0.8, 0.99, 1e-7);
        double[] p = { 1, 2, 3 };
        for (int step = 0; step < 10; step++) {
            original.step(p, noisyGradient(p, step));
        }
        double[] checkpointParameters = p.clone();
        Adam resumed = new Adam(3, schedule, 0.8, 0.99, 1e-7);
        resumed.restoreState(original.stepCount(), original.firstMoment(), original.secondMoment());

        double[] q = checkpointParameters;
        for (int step = 10; step < 25; step++) {
            original.step(p, noisyGradient(p, step));
            resumed.step(q, noisyGradient(q, step));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(Double.doubleToRawLongBits(p[i]), Double.doubleToRawLongBits(q[i]));
        }
        assertArrayEquals(original.firstMoment(), resumed.firstMoment(), 0);
        assertArrayEquals(original.secondMoment(), resumed.secondMoment(), 0);
        assertEquals(25, resumed.stepCount());
    }

    @Test
    void exportedMomentsAreCopies() {
        Adam adam = new Adam(1, LearningRateSchedule.constant(0.1));
        adam.step(new double[] { 0 }, new double[] { 1 });
        adam.firstMoment()[0] = 99;
        assertEquals(0.1, adam.firstMoment()[0], 1e-15);
    }

    @Test
    void resetStartsOverLikeAFreshOptimizer() {
        Adam used = new Adam(2, LearningRateSchedule.stepDecay(0.1, 2, 0.5));
        double[] p = { 1, 1 };
        for (int i = 0; i < 5; i++) {
            used.step(p, new double[] { 0.3, -0.7 });
        }
        used.reset();
        assertEquals(0, used.stepCount());
        assertArrayEquals(new double[2], used.firstMoment(), 0);
        assertArrayEquals(new double[2], used.secondMoment(), 0);

        Adam fresh = new Adam(2, LearningRateSchedule.stepDecay(0.1, 2, 0.5));
        double[] a = { 0.4, 0.6 };
        double[] b = a.clone();
        used.step(a, new double[] { 0.2, 0.9 });
        fresh.step(b, new double[] { 0.2, 0.9 });
        assertArrayEquals(b, a, 0);
    }

    @Test
    void nonFiniteGradientThrowsAndChangesNothing() {
        Adam adam = new Adam(4, LearningRateSchedule.constant(0.1));
        double[] p = { 1, 2, 3, 4 };
        adam.step(p, new double[] { 0.1, 0.2, 0.3, 0.4 });
        double[] parametersBefore = p.clone();
        double[] firstBefore = adam.firstMoment();
        double[] secondBefore = adam.secondMoment();

        NonFiniteException nan = assertThrows(NonFiniteException.class,
                () -> adam.step(p, new double[] { 0.1, 0.2, Double.NaN, Double.POSITIVE_INFINITY }));
        assertEquals(2, nan.index());
        assertTrue(Double.isNaN(nan.value()));
        assertEquals("gradient", nan.vectorName());
        assertTrue(nan.getMessage().contains("gradient[2] is NaN"), nan.getMessage());

        NonFiniteException inf = assertThrows(NonFiniteException.class,
                () -> adam.step(p, new double[] { Double.NEGATIVE_INFINITY, 0, 0, 0 }));
        assertEquals(0, inf.index());

        assertArrayEquals(parametersBefore, p, 0);
        assertArrayEquals(firstBefore, adam.firstMoment(), 0);
        assertArrayEquals(secondBefore, adam.secondMoment(), 0);
        assertEquals(1, adam.stepCount());
    }

    @Test
    void rejectsBadArguments() {
        LearningRateSchedule rate = LearningRateSchedule.constant(0.1);
        assertThrows(IllegalArgumentException.class, () -> new Adam(2, rate, 1, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Adam(2, rate, 0.9, -0.1, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Adam(2, rate, 0.9, 0.999, 0));
        Adam adam = new Adam(2, rate);
        assertThrows(IllegalArgumentException.class, () -> adam.step(new double[3], new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> adam.restoreState(1, new double[2], new double[] { 0, -1 }));
        assertThrows(IllegalArgumentException.class, () -> adam.restoreState(-1, new double[2], new double[2]));
        Adam broken = new Adam(1, step -> Double.NaN);
        double[] p = { 5 };
        assertThrows(IllegalStateException.class, () -> broken.step(p, new double[] { 1 }));
        assertEquals(5, p[0]);
        assertEquals(0, broken.stepCount());
    }

    /** A deterministic gradient that depends on the point and the step, like a minibatch gradient. */
    private static double[] noisyGradient(double[] p, int step) {
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            g[i] = 2 * (p[i] - i) + Math.sin(1.7 * step + i);
        }
        return g;
    }
}
