package org.hyperlora.engine.reference;

import java.util.List;

/**
 * Potential flow past a sphere: Laplace's equation {@code phi_xx + phi_yy + phi_zz = 0} outside the ball of radius {@code R}
 * around the origin, uniform flow of speed 1 along x far away, no flow through the sphere ({@code dphi/dn = 0} on
 * {@code r = R}); exact solution {@code phi = x (1 + R³/(2 r³))}, r² = x² + y² + z². Coordinates {@code (x, y, z)},
 * field {@code phi}, parameter {@code R} (> 0). Defined wherever r > 0; inside the sphere it has no physical meaning.
 */
public final class SphereFlowReference implements ReferenceSolution {

    @Override
    public String name() {
        return "sphere";
    }

    @Override
    public List<String> coordinateNames() {
        return List.of("x", "y", "z");
    }

    @Override
    public List<String> fieldNames() {
        return List.of("phi");
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
        if (!(radius > 0)) {
            throw new IllegalArgumentException("sphere: the radius R must be > 0, got " + radius);
        }
        double cubed = radius * radius * radius;
        double[] phi = fieldsOut[0];
        for (int i = 0; i < points.length; i++) {
            double x = points[i][0];
            double y = points[i][1];
            double z = points[i][2];
            double r2 = x * x + y * y + z * z;
            if (!(r2 > 0)) {
                throw new IllegalArgumentException("sphere: the potential is not defined at the origin (point "
                        + (i + 1) + ")");
            }
            phi[i] = x * (1 + cubed / (2 * r2 * Math.sqrt(r2)));
        }
    }
}
