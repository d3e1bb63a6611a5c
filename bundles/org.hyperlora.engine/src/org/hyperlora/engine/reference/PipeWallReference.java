package org.hyperlora.engine.reference;

import java.util.List;

/**
 * Steady heat conduction across a pipe wall: Laplace's equation {@code T_xx + T_yy = 0} in the annulus
 * {@code R <= r <= 1} (r² = x² + y²), the inner surface at {@code T = 1}, the outer at {@code T = 0}; exact solution
 * {@code T = ln r / ln R}. Coordinates {@code (x, y)}, field {@code T}, parameter {@code R} (the inner radius,
 * 0 < R < 1). Defined wherever r > 0.
 */
public final class PipeWallReference implements ReferenceSolution {

    @Override
    public String name() {
        return "pipewall";
    }

    @Override
    public List<String> coordinateNames() {
        return List.of("x", "y");
    }

    @Override
    public List<String> fieldNames() {
        return List.of("T");
    }

    @Override
    public List<String> parameterNames() {
        return List.of("R");
    }

    @Override
    public void evaluate(double[] parameters, double[][] points, double[][] fieldsOut) {
        ReferenceArguments.checkParameters(this, parameters);
        ReferenceArguments.checkPointsAndOutput(this, points, fieldsOut);
        double radius = parameters[0];
        if (!(radius > 0 && radius < 1)) {
            throw new IllegalArgumentException("pipewall: the inner radius R must lie in (0, 1), got " + radius);
        }
        double logRadius = Math.log(radius);
        double[] temperature = fieldsOut[0];
        for (int i = 0; i < points.length; i++) {
            double r = Math.hypot(points[i][0], points[i][1]);
            if (!(r > 0)) {
                throw new IllegalArgumentException("pipewall: the temperature is not defined at the origin (point "
                        + (i + 1) + ")");
            }
            temperature[i] = Math.log(r) / logRadius;
        }
    }
}
