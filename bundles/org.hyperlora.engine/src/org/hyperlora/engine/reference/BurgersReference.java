package org.hyperlora.engine.reference;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact solution of the viscous Burgers benchmark (Basdevant et al. 1986; Raissi et al. 2019):
 * {@code u_t + u u_x = nu u_xx} on {@code x in [-1, 1]}, {@code t >= 0}, with {@code u(x, 0) = -sin(pi x)}
 * and {@code u(-1, t) = u(1, t) = 0}. Coordinates {@code (x, t)}, field {@code u}, parameter {@code nu > 0}.
 *
 * <h2>Formula</h2>
 * The Cole–Hopf substitution {@code u = -2 nu phi_x / phi} turns the problem into the heat equation
 * {@code phi_t = nu phi_xx} with {@code phi(x, 0) = exp(-cos(pi x) / (2 pi nu))}. Convolving with the heat
 * kernel and substituting {@code eta = sqrt(4 nu t) s} gives
 * <pre>
 *   u(x, t) = - ∫ sin(pi (x - a s)) w(s) ds / ∫ w(s) ds,
 *   w(s) = exp(L(s)),  L(s) = -s² - cos(pi (x - a s)) / (2 pi nu),  a = sqrt(4 nu t).
 * </pre>
 * The initial data are 2-periodic and odd about both {@code x = 0} and {@code x = ±1}, so the whole-line
 * solution vanishes at {@code x = ±1} for all times: the Dirichlet conditions hold without images.
 *
 * <h2>Quadrature and why it is accurate</h2>
 * Both integrands are entire in {@code s} and decay like {@code exp(-s²)}, so the trapezoidal rule with
 * step {@code h} on the whole line converges geometrically (Trefethen &amp; Weideman, SIAM Review 56, 2014,
 * Thm 5.1): {@code |T_h - I| <= 2 M(d) / (exp(2 pi d / h) - 1)}, where {@code M(d)} bounds
 * {@code ∫|w(σ + i y)| dσ} for {@code |y| <= d}. On that strip
 * {@code Re L(σ + i y) <= L(σ) + d² + (cosh(pi a d) - 1) / (2 pi nu)}, so
 * {@code M(d) <= exp(K(d)) ∫ w} with {@code K(d) = d² + (cosh(pi a d) - 1) / (2 pi nu)}, and
 * {@code |sin(pi (x - a s))| <= cosh(pi a d)} there. Hence the error in {@code u} is at most about
 * {@code 2 (cosh(pi a d) + 1) exp(K(d) - 2 pi d / h)}, a bound relative to the denominator itself, so it
 * does not deteriorate when the integrand spans hundreds of orders of magnitude (small {@code nu}).
 * For each {@code (nu, t)} the step is the largest {@code h}, over strip widths {@code d}, that makes this
 * bound {@code <= exp(-errorExponent)}. The infinite sum is cut where {@code s² >= 1/(pi nu) + errorExponent
 * + log(4 (1 + 1/(2h)))}: beyond that every term is {@code exp(-errorExponent)} times smaller than the
 * {@code s = 0} term, with a geometric tail. (Gauss–Hermite in the same variable would also converge, but
 * its error bound is not this explicit when the peak of {@code w} sits far out at {@code |s| ≈ 10}, where its
 * nodes thin out; equally spaced nodes resolve the peak wherever it is.)
 * Typical sizes: 107 nodes for {@code nu = 0.01/pi, t = 1}; 155 for {@code nu = 1, t = 1}; about 50 for small t.
 * The bound is absolute in {@code u} (with {@code |u| <= 1}): once the solution has decayed to
 * {@code O(exp(-pi² nu t))} below rounding level (large {@code nu t}), only that absolute accuracy remains.
 *
 * <p>Numerically, the sum is taken in log space: the largest exponent is subtracted before
 * exponentiating (so {@code exp(±50)} for {@code nu = 0.01/pi} never over- or underflows), terms are
 * summed in {@code ±s} pairs (which makes {@code u(-x, t) = -u(x, t)} hold bit for bit and
 * {@code u(0, t) = 0} exactly), and {@code cos}/{@code sin} of {@code pi (x - a s)} come from
 * per-time tables by angle addition so a grid point costs one {@code exp} per node.
 * At {@code t = 0} the initial condition is returned exactly.
 */
public final class BurgersReference implements ReferenceSolution {

    /** Default quadrature target: discretization and truncation error of {@code u} below {@code exp(-40) ≈ 4e-18}. */
    public static final double DEFAULT_ERROR_EXPONENT = 40.0;

    /** Commonly used benchmark viscosity {@code 0.01 / pi} (Raissi et al. 2019). */
    public static final double BENCHMARK_NU = 0.01 / Math.PI;

    /** Guard against absurd {@code nu * t}, where the node count grows like {@code sqrt(nu t)}. */
    private static final int MAX_HALF_NODES = 2_000_000;

    private final double errorExponent;

    /** A reference accurate to rounding error ({@link #DEFAULT_ERROR_EXPONENT}). */
    public BurgersReference() {
        this(DEFAULT_ERROR_EXPONENT);
    }

    /**
     * A reference whose quadrature error bound for {@code u} is {@code exp(-errorExponent)}; smaller
     * exponents give cheaper, coarser rules (useful for checking convergence).
     *
     * @param errorExponent in {@code [1, 700]}
     */
    public BurgersReference(double errorExponent) {
        if (!(errorExponent >= 1 && errorExponent <= 700)) {
            throw new IllegalArgumentException("burgers: errorExponent must be in [1, 700] but was " + errorExponent);
        }
        this.errorExponent = errorExponent;
    }

    /** The exponent {@code E} of the quadrature error bound {@code exp(-E)}. */
    public double errorExponent() {
        return errorExponent;
    }

    @Override
    public String name() {
        return "burgers";
    }

    @Override
    public List<String> coordinateNames() {
        return List.of("x", "t");
    }

    @Override
    public List<String> fieldNames() {
        return List.of("u");
    }

    @Override
    public List<String> parameterNames() {
        return List.of("nu");
    }

    @Override
    public void evaluate(double[] parameters, double[][] points, double[][] fieldsOut) {
        ReferenceArguments.checkParameters(this, parameters);
        double nu = parameters[0];
        ReferenceArguments.requirePositive(this, "nu", nu);
        ReferenceArguments.checkPointsAndOutput(this, points, fieldsOut);
        for (int i = 0; i < points.length; i++) {
            if (points[i][1] < 0) {
                throw new IllegalArgumentException("burgers: coordinate t of point " + i
                        + " must be >= 0 (the problem is posed forward in time) but was " + points[i][1]);
            }
        }
        double[] u = fieldsOut[0];
        // Visit points in order of t so that each distinct time builds its node table once.
        int[] byTime = IntStream.range(0, points.length).boxed()
                .sorted(Comparator.comparingDouble(i -> points[i][1]))
                .mapToInt(Integer::intValue).toArray();
        TrapezoidRule rule = null;
        for (int i : byTime) {
            double x = points[i][0];
            double t = points[i][1];
            if (t == 0) {
                u[i] = -Math.sin(Math.PI * x);
                continue;
            }
            if (rule == null || rule.t != t) {
                rule = new TrapezoidRule(nu, t, errorExponent);
            }
            u[i] = rule.solution(x);
        }
    }

    /** Scalar convenience: {@code u(x, t)} for viscosity {@code nu}. */
    public double value(double nu, double x, double t) {
        double[] u = new double[1];
        evaluate(new double[] {nu}, new double[][] {{x, t}}, new double[][] {u});
        return u[0];
    }

    /** Number of quadrature nodes used at viscosity {@code nu} and time {@code t > 0} (for diagnostics). */
    public int quadratureNodeCount(double nu, double t) {
        if (!(nu > 0) || !Double.isFinite(nu) || !(t > 0) || !Double.isFinite(t)) {
            throw new IllegalArgumentException("burgers: quadratureNodeCount needs finite nu > 0 and t > 0 but got nu="
                    + nu + ", t=" + t);
        }
        return 2 * new TrapezoidRule(nu, t, errorExponent).halfNodes + 1;
    }

    /** Trapezoidal rule in {@code s} for one {@code (nu, t)}: nodes {@code s = k h}, {@code k = -K..K}. */
    private static final class TrapezoidRule {
        final double t;
        /** {@code 1 / (2 pi nu)}: the scale of the oscillating part of the exponent. */
        private final double beta;
        private final int halfNodes;
        /** {@code -s_k²}, {@code cos(pi a s_k)} and {@code sin(pi a s_k)} for {@code k = 0..K}. */
        private final double[] minusSquare;
        private final double[] cosShift;
        private final double[] sinShift;
        private final double[] exponentPlus;
        private final double[] exponentMinus;
        /** Terms more than this far below the largest exponent are below {@code exp(-E)} relative: skip them. */
        private final double negligibleGap;

        TrapezoidRule(double nu, double t, double errorExponent) {
            this.t = t;
            this.beta = 1.0 / (2.0 * Math.PI * nu);
            double a = Math.sqrt(4.0 * nu * t);
            double step = largestSafeStep(a, beta, errorExponent);
            if (!(step > 0)) {
                // a = sqrt(4 nu t) so large that no strip width bounds the error: a value, not a bug
                throw new IllegalArgumentException("burgers: nu*t = " + nu * t + " is too large for the quadrature (nu="
                        + nu + ", t=" + t + "); the reference supports moderate nu*t (verified for nu in [0.01/pi, 1],"
                        + " t in [0, 1])");
            }
            double halfWidth = Math.sqrt(2.0 * beta + errorExponent + Math.log(4.0 * (1.0 + 1.0 / (2.0 * step))));
            double halfNodesExact = Math.ceil(halfWidth / step);
            if (halfNodesExact > MAX_HALF_NODES) {
                throw new IllegalArgumentException("burgers: nu*t = " + nu * t
                        + " needs more than " + 2 * MAX_HALF_NODES + " quadrature nodes (nu=" + nu + ", t=" + t
                        + "); the reference supports moderate nu*t (verified for nu in [0.01/pi, 1], t in [0, 1])");
            }
            halfNodes = (int) halfNodesExact;
            minusSquare = new double[halfNodes + 1];
            cosShift = new double[halfNodes + 1];
            sinShift = new double[halfNodes + 1];
            exponentPlus = new double[halfNodes + 1];
            exponentMinus = new double[halfNodes + 1];
            for (int k = 0; k <= halfNodes; k++) {
                double s = k * step;
                minusSquare[k] = -s * s;
                cosShift[k] = Math.cos(Math.PI * a * s);
                sinShift[k] = Math.sin(Math.PI * a * s);
            }
            negligibleGap = errorExponent + 10.0;
        }

        /**
         * Largest step {@code h} such that {@code 2 (cosh(pi a d) + 1) exp(K(d) + log 2 + E) <= exp(2 pi d / h)}
         * for some strip half-width {@code d} (see the class comment); {@code d} is scanned on a log grid,
         * where missing the exact optimum only makes the step smaller, never the error larger. Zero when no width
         * gives a positive step (an overflowing {@code a}).
         */
        private static double largestSafeStep(double a, double beta, double errorExponent) {
            double best = 0;
            int samples = 240;
            double dMin = 1e-3;
            double dMax = 30.0;
            for (int j = 0; j <= samples; j++) {
                double d = dMin * Math.pow(dMax / dMin, j / (double) samples);
                double z = Math.PI * a * d;
                double sinhHalf = Math.sinh(0.5 * z);
                double coshMinusOne = 2.0 * sinhHalf * sinhHalf; // cancellation-free cosh(z) - 1
                double required = d * d + beta * coshMinusOne + Math.log(2.0 * (coshMinusOne + 2.0))
                        + Math.log(2.0) + errorExponent;
                double step = 2.0 * Math.PI * d / required;
                if (step > best) {
                    best = step;
                }
            }
            return best;
        }

        /** {@code u(x, t)} as minus the ratio of the two trapezoid sums, computed in log space. */
        double solution(double x) {
            double cosX = Math.cos(Math.PI * x);
            double sinX = Math.sin(Math.PI * x);
            // L(±s_k) = -s_k² - beta cos(pi x ∓ pi a s_k), by angle addition from the per-time tables.
            double largest = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= halfNodes; k++) {
                double even = cosX * cosShift[k];
                double odd = sinX * sinShift[k];
                double plus = minusSquare[k] - beta * (even + odd);
                double minus = minusSquare[k] - beta * (even - odd);
                exponentPlus[k] = plus;
                exponentMinus[k] = minus;
                largest = Math.max(largest, Math.max(plus, minus));
            }
            double cutoff = largest - negligibleGap;
            // s = 0 contributes once, with sin(pi x).
            double weightAtZero = Math.exp(exponentPlus[0] - largest);
            double denominator = weightAtZero;
            double numerator = weightAtZero * sinX;
            for (int k = 1; k <= halfNodes; k++) {
                double weightPlus = exponentPlus[k] > cutoff ? Math.exp(exponentPlus[k] - largest) : 0.0;
                double weightMinus = exponentMinus[k] > cutoff ? Math.exp(exponentMinus[k] - largest) : 0.0;
                // sin(pi x ∓ pi a s_k) = sinX cos(pi a s_k) ∓ cosX sin(pi a s_k)
                denominator += weightPlus + weightMinus;
                numerator += sinX * cosShift[k] * (weightPlus + weightMinus)
                        - cosX * sinShift[k] * (weightPlus - weightMinus);
            }
            return -numerator / denominator;
        }
    }
}
