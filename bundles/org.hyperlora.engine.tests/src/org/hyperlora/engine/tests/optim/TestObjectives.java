package org.hyperlora.engine.tests.optim;

import java.util.Random;

import org.hyperlora.engine.optim.DifferentiableObjective;

/** Objectives with known minimizers, and a recorder that remembers every evaluation's outcome. */
final class TestObjectives {

    private TestObjectives() {
    }

    /** f = 100 (y - x^2)^2 + (1 - x)^2, minimum 0 at (1, 1). */
    static double rosenbrock(double[] p, double[] g) {
        double x = p[0];
        double y = p[1];
        double r = y - x * x;
        g[0] = -400 * x * r - 2 * (1 - x);
        g[1] = 200 * r;
        return 100 * r * r + (1 - x) * (1 - x);
    }

    /** Moré, Garbow &amp; Hillstrom's extended Rosenbrock: independent pairs, minimum 0 at all ones. */
    static double extendedRosenbrock(double[] p, double[] g) {
        double f = 0;
        for (int i = 0; i < p.length; i += 2) {
            double x = p[i];
            double y = p[i + 1];
            double r = y - x * x;
            g[i] = -400 * x * r - 2 * (1 - x);
            g[i + 1] = 200 * r;
            f += 100 * r * r + (1 - x) * (1 - x);
        }
        return f;
    }

    /** f = 0.5 (x - x*)' A (x - x*) with A = Q diag(eigenvalues) Q' for a random orthogonal Q. */
    static final class Quadratic implements DifferentiableObjective {
        final double[][] matrix;
        final double[] minimizer;
        private final double[] offset;

        Quadratic(double[] eigenvalues, long seed) {
            int n = eigenvalues.length;
            Random random = new Random(seed);
            double[][] q = randomOrthogonal(n, random);
            matrix = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum += q[i][k] * eigenvalues[k] * q[j][k];
                    }
                    matrix[i][j] = sum;
                }
            }
            minimizer = new double[n];
            for (int i = 0; i < n; i++) {
                minimizer[i] = 2 * random.nextDouble() - 1;
            }
            offset = new double[n];
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradientOut) {
            int n = x.length;
            for (int i = 0; i < n; i++) {
                offset[i] = x[i] - minimizer[i];
            }
            double value = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += matrix[i][j] * offset[j];
                }
                gradientOut[i] = sum;
                value += 0.5 * offset[i] * sum;
            }
            return value;
        }

        /** Modified Gram-Schmidt on a Gaussian matrix; columns are orthonormal. */
        private static double[][] randomOrthogonal(int n, Random random) {
            double[][] columns = new double[n][n];
            for (int c = 0; c < n; c++) {
                for (int r = 0; r < n; r++) {
                    columns[c][r] = random.nextGaussian();
                }
                for (int previous = 0; previous < c; previous++) {
                    double dot = 0;
                    for (int r = 0; r < n; r++) {
                        dot += columns[c][r] * columns[previous][r];
                    }
                    for (int r = 0; r < n; r++) {
                        columns[c][r] -= dot * columns[previous][r];
                    }
                }
                double norm = 0;
                for (int r = 0; r < n; r++) {
                    norm += columns[c][r] * columns[c][r];
                }
                norm = Math.sqrt(norm);
                for (int r = 0; r < n; r++) {
                    columns[c][r] /= norm;
                }
            }
            double[][] q = new double[n][n]; // q[row][column]
            for (int c = 0; c < n; c++) {
                for (int r = 0; r < n; r++) {
                    q[r][c] = columns[c][r];
                }
            }
            return q;
        }
    }

    /**
     * Wraps an objective and records the number of evaluations, how many were non-finite, and the lowest
     * finite value seen together with the point it was seen at.
     */
    static final class Recorder implements DifferentiableObjective {
        private final DifferentiableObjective delegate;
        int evaluations;
        int nonFiniteEvaluations;
        double lowestValue = Double.POSITIVE_INFINITY;
        double[] lowestPoint;

        Recorder(DifferentiableObjective delegate) {
            this.delegate = delegate;
        }

        @Override
        public double valueAndGradient(double[] parameters, double[] gradientOut) {
            double value = delegate.valueAndGradient(parameters, gradientOut);
            evaluations++;
            if (!Double.isFinite(value)) {
                nonFiniteEvaluations++;
            } else if (value < lowestValue) {
                lowestValue = value;
                lowestPoint = parameters.clone();
            }
            return value;
        }
    }
}
