package org.hyperlora.engine.tests.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hyperlora.engine.optim.LearningRateSchedule;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void constantIsConstant() {
        LearningRateSchedule schedule = LearningRateSchedule.constant(3e-3);
        assertEquals(3e-3, schedule.rate(0));
        assertEquals(3e-3, schedule.rate(1_000_000));
    }

    @Test
    void stepDecayMultipliesByGammaEveryStepSize() {
        LearningRateSchedule schedule = LearningRateSchedule.stepDecay(0.1, 10, 0.5);
        assertEquals(0.1, schedule.rate(0), 1e-17);
        assertEquals(0.1, schedule.rate(9), 1e-17);
        assertEquals(0.05, schedule.rate(10), 1e-17);
        assertEquals(0.05, schedule.rate(19), 1e-17);
        assertEquals(0.025, schedule.rate(25), 1e-17);
        assertEquals(0.1 / 1024, schedule.rate(100), 1e-19);
    }

    @Test
    void exponentialDecaysByGammaPerDecayStepsAndSmoothlyBetween() {
        LearningRateSchedule schedule = LearningRateSchedule.exponential(0.1, 0.5, 10);
        assertEquals(0.1, schedule.rate(0), 1e-17);
        assertEquals(0.05, schedule.rate(10), 1e-17);
        assertEquals(0.1 * Math.sqrt(0.5), schedule.rate(5), 1e-16);
        assertEquals(0.0125, schedule.rate(30), 1e-17);
    }

    @Test
    void cosineAnnealsFromInitialToMinimumThenStays() {
        LearningRateSchedule schedule = LearningRateSchedule.cosineAnnealing(0.1, 0.001, 100);
        assertEquals(0.1, schedule.rate(0), 1e-17);
        assertEquals(0.0505, schedule.rate(50), 1e-16); // halfway: the mean of the two
        assertEquals(0.001 + 0.099 * (1 + Math.cos(Math.PI / 4)) / 2, schedule.rate(25), 1e-16);
        assertEquals(0.001, schedule.rate(100), 0);
        assertEquals(0.001, schedule.rate(150), 0);
    }

    @Test
    void factoriesValidateTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.stepDecay(0.1, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.stepDecay(0.1, 10, 1.5));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.exponential(0.1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.exponential(-0.1, 0.5, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosineAnnealing(0.1, 0.2, 10));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.cosineAnnealing(0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.constant(0.1).rate(-1));
    }
}
