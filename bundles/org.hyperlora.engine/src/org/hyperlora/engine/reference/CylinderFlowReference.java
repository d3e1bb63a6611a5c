package org.hyperlora.engine.reference;

import java.util.List;

/**
 * Potential flow past a cylinder: Laplace's equation {@code phi_xx + phi_yy = 0} outside the disk of radius {@code R}
 * around the origin, uniform flow of speed 1 along x far away, no flow through the cylinder ({@code dphi/dn = 0} on
 * {@code r = R}); exact solution {@code phi = x (1 + R²/r²)}, r² = x² + y². Coordinates {@code (x, y)}, field
 * {@code phi}, parameter {@code R} (> 0). Defined wherever r > 0; inside the cylinder it has no physical meaning.
 */
public final class CylinderFlowReference implements ReferenceSolution {

    @Override
    public String name() {
        return "cylinder";
    }

    @Override
    public List<String> coordinateNames() {
        return List.of("x", "y");
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
            throw new IllegalArgumentException("cylinder: the radius R must be > 0, got " + radius);
        }
        double squared = radius * radius;
        double[] phi = fieldsOut[0];
        for (int i = 0; i < points.length; i++) {
            double x = points[i][0];
            double y = points[i][1];
            double r2 = x * x + y * y;
            if (!(r2 > 0)) {
                throw new IllegalArgumentException("cylinder: the potential is not defined at the origin (point "
                        + (i + 1) + ")");
            }
            phi[i] = x * (1 + squared / r2);
        }
    }
}
