package org.hyperlora.engine.tests.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.hyperlora.engine.reference.BurgersReference;
import org.junit.jupiter.api.Test;

class BurgersReferenceTest {

    private static final double NU_SHOCK = BurgersReference.BENCHMARK_NU; // 0.01 / pi
    private static final double NU_MILD = 0.1 / Math.PI;

    private final BurgersReference reference = new BurgersReference();

    @Test
    void initialConditionIsReturnedExactlyAndApproachedContinuously() {
        for (double nu : new double[] {NU_SHOCK, NU_MILD, 1.0}) {
            for (int i = 0; i <= 40; i++) {
                double x = -1 + i / 20.0;
                assertEquals(-Math.sin(Math.PI * x), reference.value(nu, x, 0.0), 0.0);
                // First-order Taylor in t: u_t(x, 0) = nu u0'' - u0 u0' = nu pi² sin(pi x) - pi sin(pi x) cos(pi x).
                double t = 1e-6;
                double initialRate = nu * Math.PI * Math.PI * Math.sin(Math.PI * x)
                        - Math.PI * Math.sin(Math.PI * x) * Math.cos(Math.PI * x);
                assertEquals(-Math.sin(Math.PI * x) + t * initialRate, reference.value(nu, x, t), 1e-10,
                        "nu=" + nu + " x=" + x);
            }
        }
    }

    @Test
    void boundaryValuesVanish() {
        for (double nu : new double[] {NU_SHOCK, NU_MILD, 1.0}) {
            for (double t : new double[] {1e-4, 0.1, 0.5, 3 / Math.PI, 1.0}) {
                assertEquals(0.0, reference.value(nu, -1.0, t), 1e-14, "nu=" + nu + " t=" + t);
                assertEquals(0.0, reference.value(nu, 1.0, t), 1e-14, "nu=" + nu + " t=" + t);
            }
        }
    }

    @Test
    void solutionIsOddInXBitForBit() {
        for (double nu : new double[] {NU_SHOCK, NU_MILD}) {
            for (double t : new double[] {0.05, 0.5, 1.0}) {
                assertEquals(0.0, reference.value(nu, 0.0, t), 0.0);
                for (int i = 1; i <= 50; i++) {
                    double x = i / 50.0 - 0.013;
                    assertEquals(-reference.value(nu, x, t), reference.value(nu, -x, t), 0.0);
                }
            }
        }
    }

    @Test
    void maximumSlopeMatchesBasdevantEtAl1986() {
        // Basdevant et al. (1986), nu = 0.01/pi: max |u_x| = 152.00516, reached at x = 0, t = 1.6037/pi.
        double tMax = 1.6037 / Math.PI;
        double slope = FiniteDifferences.first(x -> reference.value(NU_SHOCK, x, tMax), 0.0, 1e-5);
        System.out.printf(Locale.ROOT, "burgers nu=0.01/pi: u_x(0, 1.6037/pi) = %.9f%n", slope);
        assertEquals(-152.00516, slope, 152.00516 * 1e-7);
        // The slope is extremal in time there: slightly earlier and later fronts are less steep.
        for (double dt : new double[] {-0.01, 0.01}) {
            double neighbour = FiniteDifferences.first(x -> reference.value(NU_SHOCK, x, tMax + dt), 0.0, 1e-5);
            assertTrue(Math.abs(neighbour) < Math.abs(slope), "t=" + (tMax + dt) + " slope " + neighbour);
        }
        // By t = 3/pi the front has decayed; the value is a regression number of this implementation.
        double late = FiniteDifferences.first(x -> reference.value(NU_SHOCK, x, 3 / Math.PI), 0.0, 1e-5);
        System.out.printf(Locale.ROOT, "burgers nu=0.01/pi: u_x(0, 3/pi) = %.9f%n", late);
        assertEquals(-89.3116, late, 1e-3);
    }

    @Test
    void pdeResidualVanishesForShockViscosity() {
        double worst = maxRelativeResidual(NU_SHOCK);
        System.out.printf(Locale.ROOT, "burgers nu=0.01/pi: max |u_t + u u_x - nu u_xx| / scale = %.3e%n", worst);
        assertTrue(worst < 3e-7, "relative residual " + worst);
    }

    @Test
    void pdeResidualVanishesForMildViscosity() {
        double worst = maxRelativeResidual(NU_MILD);
        System.out.printf(Locale.ROOT, "burgers nu=0.1/pi: max |u_t + u u_x - nu u_xx| / scale = %.3e%n", worst);
        assertTrue(worst < 1e-7, "relative residual " + worst);
    }

    @Test
    void pdeResidualVanishesForLargeViscosity() {
        double worst = maxRelativeResidual(1.0);
        System.out.printf(Locale.ROOT, "burgers nu=1: max |u_t + u u_x - nu u_xx| / scale = %.3e%n", worst);
        // By t = 1 the solution has decayed to |u| < 1e-7 near x = 0 (scale of the terms ~1e-6), so the
        // stencils' rounding error (~1e-16 / step²) caps the attainable relative residual here.
        assertTrue(worst < 3e-5, "relative residual " + worst);
    }

    /**
     * Largest |u_t + u u_x - nu u_xx| divided by |u_t| + |u u_x| + |nu u_xx| over interior points, including
     * points inside the front at x = 0. The step resolves the O(nu) front (width ~ 1/152 for nu = 0.01/pi)
     * with fourth-order stencils; a fixed step of 1e-3 would be truncation-limited there (~1e-4).
     */
    private double maxRelativeResidual(double nu) {
        double[] xs = {-0.9, -0.7, -0.45, -0.2, -0.08, -0.02, -0.006, -0.002, -0.0005, 0.0005, 0.002, 0.006, 0.02,
            0.08, 0.2, 0.45, 0.7, 0.9};
        double[] ts = {0.05, 0.2, 1.6037 / Math.PI, 0.75, 1.0};
        double step = Math.min(1e-3, nu / 30);
        double worst = 0;
        for (double t : ts) {
            for (double x : xs) {
                double u = reference.value(nu, x, t);
                double ux = FiniteDifferences.first(s -> reference.value(nu, s, t), x, step);
                double uxx = FiniteDifferences.second(s -> reference.value(nu, s, t), x, step);
                double ut = FiniteDifferences.first(s -> reference.value(nu, x, s), t, step);
                double residual = ut + u * ux - nu * uxx;
                double scale = Math.abs(ut) + Math.abs(u * ux) + Math.abs(nu * uxx);
                worst = Math.max(worst, Math.abs(residual) / scale);
            }
        }
        return worst;
    }

    @Test
    void agreesWithBruteForceQuadratureOfTheColeHopfIntegral() {
        double worst = 0;
        for (double nu : new double[] {NU_SHOCK, NU_MILD}) {
            for (double[] point : new double[][] {{0.3, 0.25}, {-0.7, 0.5}, {0.004, 0.6}, {0.05, 1.0}, {-0.9, 0.9}}) {
                double exact = coleHopfBySimpson(nu, point[0], point[1], 400_000);
                worst = Math.max(worst, Math.abs(reference.value(nu, point[0], point[1]) - exact));
            }
        }
        System.out.printf(Locale.ROOT, "burgers: max |trapezoid-in-s - Simpson-in-eta| = %.3e%n", worst);
        assertTrue(worst < 1e-11, "difference " + worst);
    }

    /**
     * The Basdevant form u = -∫ sin(pi(x-eta)) f(x-eta) G(eta) / ∫ f(x-eta) G(eta), f(y) = exp(-cos(pi y)/(2 pi nu)),
     * G(eta) = exp(-eta²/(4 nu t)), by composite Simpson in eta over the range where the integrand exceeds
     * exp(-60) of its maximum, with the maximum exponent subtracted first.
     */
    private static double coleHopfBySimpson(double nu, double x, double t, int intervals) {
        double beta = 1 / (2 * Math.PI * nu);
        double range = Math.sqrt(4 * nu * t * (2 * beta + 60));
        double h = 2 * range / intervals;
        double[] exponent = new double[intervals + 1];
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= intervals; j++) {
            double eta = -range + j * h;
            exponent[j] = -Math.cos(Math.PI * (x - eta)) * beta - eta * eta / (4 * nu * t);
            largest = Math.max(largest, exponent[j]);
        }
        double numerator = 0;
        double denominator = 0;
        for (int j = 0; j <= intervals; j++) {
            double eta = -range + j * h;
            double simpson = (j == 0 || j == intervals) ? 1 : (j % 2 == 1 ? 4 : 2);
            double weight = simpson * Math.exp(exponent[j] - largest);
            denominator += weight;
            numerator += weight * Math.sin(Math.PI * (x - eta));
        }
        return -numerator / denominator;
    }

    @Test
    void coarseAndFineQuadratureAgreeWithinTheErrorBound() {
        BurgersReference fine = new BurgersReference(60);
        BurgersReference coarse = new BurgersReference(10);
        double[][] grid = grid(128, 50);
        for (double nu : new double[] {NU_SHOCK, NU_MILD, 1.0}) {
            double[] standard = reference.evaluate(new double[] {nu}, grid)[0];
            double[] finer = fine.evaluate(new double[] {nu}, grid)[0];
            double[] coarser = coarse.evaluate(new double[] {nu}, grid)[0];
            double fineGap = maxDifference(standard, finer);
            double coarseGap = maxDifference(standard, coarser);
            System.out.printf(Locale.ROOT, "burgers nu=%.5f: |E40 - E60| = %.2e, |E40 - E10| = %.2e (bound %.2e)%n",
                    nu, fineGap, coarseGap, Math.exp(-10));
            assertTrue(fineGap < 1e-13, "E40 vs E60 " + fineGap);
            assertTrue(coarseGap < Math.exp(-10), "E40 vs E10 " + coarseGap);
        }
    }

    @Test
    void evaluatesBenchmarkGridsQuickly() {
        double[][] raissiGrid = grid(256, 100);
        double[][] squareGrid = grid(101, 101);
        reference.evaluate(new double[] {NU_SHOCK}, squareGrid); // warm-up
        long start = System.nanoTime();
        double[] u = reference.evaluate(new double[] {NU_SHOCK}, raissiGrid)[0];
        double seconds = (System.nanoTime() - start) * 1e-9;
        System.out.printf(Locale.ROOT, "burgers: 256x100 grid in %.3f s%n", seconds);
        // The sorted-by-time vectorized path must agree with point-by-point evaluation.
        for (int i = 0; i < raissiGrid.length; i += 97) {
            assertEquals(reference.value(NU_SHOCK, raissiGrid[i][0], raissiGrid[i][1]), u[i], 0.0);
        }
        for (double value : u) {
            assertTrue(Math.abs(value) <= 1.0, "max principle violated: " + value);
        }
        assertTrue(seconds < 3.0, "took " + seconds + " s"); // ~0.03 s on an idle core; generous for a loaded CI
    }

    @Test
    void rejectsInvalidArguments() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {0.0}, new double[][] {{0, 0.5}})).getMessage();
        assertTrue(message.contains("nu") && message.contains("0.0"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {-0.1}, new double[][] {{0, 0.5}})).getMessage();
        assertTrue(message.contains("nu") && message.contains("-0.1"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {Double.NaN}, new double[][] {{0, 0.5}})).getMessage();
        assertTrue(message.contains("nu") && message.contains("NaN"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {0.1, 0.2}, new double[][] {{0, 0.5}})).getMessage();
        assertTrue(message.contains("expected 1 parameter") && message.contains("got 2"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {0.1}, new double[][] {{0, 0.5, 1}})).getMessage();
        assertTrue(message.contains("point 0") && message.contains("[x, t]"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {0.1}, new double[][] {{0, -0.5}})).getMessage();
        assertTrue(message.contains("t") && message.contains("-0.5"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> reference.evaluate(new double[] {0.1}, new double[][] {{0, 0.5}}, new double[][] {new double[2]}))
                .getMessage();
        assertTrue(message.contains("field u") && message.contains("length 1"), message);
        assertThrows(IllegalArgumentException.class, () -> new BurgersReference(0.0));
    }

    static double[][] grid(int nx, int nt) {
        double[][] points = new double[nx * nt][];
        int n = 0;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < nt; j++) {
                points[n++] = new double[] {-1 + 2.0 * i / (nx - 1), j / (nt - 1.0)};
            }
        }
        return points;
    }

    private static double maxDifference(double[] a, double[] b) {
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }
}
