package org.hyperlora.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperlora.solver.Uncertainty;
import org.hyperlora.solver.Uncertainty.Distribution;
import org.hyperlora.solver.Uncertainty.Truncated;
import org.junit.jupiter.api.Test;

/** The distributions of uncertainty propagation: quantiles, truncation to the trained range, bad specifications. */
class UncertaintyTest {

    @Test
    void normalQuantilesAndProbabilitiesAreAccurate() {
        Distribution normal = Distribution.parse("Re", "normal:60:5");
        assertEquals(60 + 5 * 1.959963984540054, normal.quantile(0.975), 1e-7);
        assertEquals(60 - 5 * 2.326347874040841, normal.quantile(0.01), 1e-7);
        assertEquals(0.975, normal.cdf(60 + 5 * 1.959963984540054), 2e-7);
        for (double p : new double[] { 1e-9, 0.001, 0.3, 0.5, 0.9, 0.999999 }) {
            assertEquals(p, normal.cdf(normal.quantile(p)), 2e-7 * Math.max(1, p * 10), "p = " + p);
        }
        Distribution log = Distribution.parse("nu", "lognormal:-3:0.5");
        assertEquals(Math.exp(-3), log.quantile(0.5), 1e-12);
        assertEquals(0.5, Distribution.parse("a", "uniform:0:2").cdf(1), 0);
    }

    @Test
    void truncationKeepsSamplesInTheRangeAndSaysHowMuchItKept() {
        Truncated tail = Truncated.of("beta", Distribution.parse("beta", "normal:19:2"), 1, 20);
        assertEquals(0.6914624612740131 - 0, tail.kept(), 1e-6, "P(beta < 20) for N(19, 2), the lower end far away");
        for (int k = 0; k < 100; k++) {
            double value = tail.sample((k + 0.5) / 100);
            assertTrue(value >= 1 && value <= 20, "sample " + value);
        }
        assertEquals(20, tail.sample(1 - 1e-12), 1e-6, "the top of the kept mass is the range's end");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Truncated.of("beta", Distribution.parse("beta", "uniform:25:30"), 1, 20));
        assertEquals("parameter beta: uniform:25.0:30.0 puts no probability inside the trained range [1.0, 20.0]",
                none.getMessage());
        IllegalArgumentException fixed = assertThrows(IllegalArgumentException.class,
                () -> Truncated.of("beta", Distribution.parse("beta", "21"), 1, 20));
        assertEquals("parameter beta = 21.0 is outside the trained range [1.0, 20.0]", fixed.getMessage());
    }

    @Test
    void badSpecificationsSayWhatIsExpected() {
        assertEquals("parameter Re: 'gauss:1:2': unknown distribution 'gauss'; known: uniform, normal, lognormal",
                assertThrows(IllegalArgumentException.class, () -> Distribution.parse("Re", "gauss:1:2")).getMessage());
        assertEquals("parameter Re: 'normal:60:-1': the standard deviation must be > 0",
                assertThrows(IllegalArgumentException.class, () -> Distribution.parse("Re", "normal:60:-1"))
                        .getMessage());
        assertEquals("parameter Re: 'uniform:5:1': the upper end must exceed the lower",
                assertThrows(IllegalArgumentException.class, () -> Distribution.parse("Re", "uniform:5:1"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Distribution.parse("Re", "normal:x:1"))
                .getMessage().contains("'x' is not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Distribution.parse("Re", "normal:1"))
                .getMessage().contains("is not a distribution"));
        assertEquals(Uncertainty.class, Uncertainty.Fixed.class.getEnclosingClass());
    }
}
