package org.hyperlora.engine.reference;

import java.util.List;

/**
 * Linear convection (the "failure mode" benchmark of Krishnapriyan et al. 2021):
 * {@code u_t + beta u_x = 0} on {@code x in [0, 2 pi]}, {@code t in [0, 1]}, periodic in {@code x},
 * {@code u(x, 0) = sin(x)}; exact solution {@code u = sin(x - beta t)}. Coordinates {@code (x, t)},
 * field {@code u}, parameter {@code beta} (any finite speed, including 0 and negative values).
 */
public final class ConvectionReference implements ReferenceSolution {

    @Override
    public String name() {
        return "convection";
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
        return List.of("beta");
    }

    @Override
    public void evaluate(double[] parameters, double[][] points, double[][] fieldsOut) {
        ReferenceArguments.checkParameters(this, parameters);
        ReferenceArguments.checkPointsAndOutput(this, points, fieldsOut);
        double beta = parameters[0];
        double[] u = fieldsOut[0];
        for (int i = 0; i < points.length; i++) {
            u[i] = Math.sin(points[i][0] - beta * points[i][1]);
        }
    }
}
