package org.hyperlora.engine.reference;

import java.util.List;

/**
 * Kovasznay flow (Kovasznay 1948): the closed-form steady solution of the incompressible 2-D
 * Navier–Stokes equations {@code u·∇u + ∇p = Δu / Re}, {@code ∇·u = 0}, behind a periodic array of
 * cylinders; the usual PINN benchmark domain is {@code [-0.5, 1] x [-0.5, 1.5]}. Coordinates
 * {@code (x, y)}, fields {@code (u, v, p)}, parameter {@code Re > 0}.
 * <pre>
 *   lambda = Re/2 - sqrt(Re²/4 + 4 pi²)
 *   u = 1 - exp(lambda x) cos(2 pi y)
 *   v = lambda / (2 pi) exp(lambda x) sin(2 pi y)
 *   p = (1 - exp(2 lambda x)) / 2
 * </pre>
 * The formula holds on the whole plane; points are not restricted to the benchmark domain.
 */
public final class KovasznayReference implements ReferenceSolution {

    @Override
    public String name() {
        return "kovasznay";
    }

    @Override
    public List<String> coordinateNames() {
        return List.of("x", "y");
    }

    @Override
    public List<String> fieldNames() {
        return List.of("u", "v", "p");
    }

    @Override
    public List<String> parameterNames() {
        return List.of("Re");
    }

    /** The decay rate {@code lambda(Re) = Re/2 - sqrt(Re²/4 + 4 pi²)}, negative for every {@code Re > 0}. */
    public static double lambda(double reynolds) {
        double half = 0.5 * reynolds;
        // Written as -4 pi² / (Re/2 + sqrt(...)) to avoid cancellation of two nearly equal terms at large Re.
        return -4.0 * Math.PI * Math.PI / (half + Math.sqrt(half * half + 4.0 * Math.PI * Math.PI));
    }

    @Override
    public void evaluate(double[] parameters, double[][] points, double[][] fieldsOut) {
        ReferenceArguments.checkParameters(this, parameters);
        double reynolds = parameters[0];
        ReferenceArguments.requirePositive(this, "Re", reynolds);
        ReferenceArguments.checkPointsAndOutput(this, points, fieldsOut);
        double lambda = lambda(reynolds);
        double vScale = lambda / (2.0 * Math.PI);
        double[] u = fieldsOut[0];
        double[] v = fieldsOut[1];
        double[] p = fieldsOut[2];
        for (int i = 0; i < points.length; i++) {
            double x = points[i][0];
            double y = points[i][1];
            double decay = Math.exp(lambda * x);
            double angle = 2.0 * Math.PI * y;
            u[i] = 1.0 - decay * Math.cos(angle);
            v[i] = vScale * decay * Math.sin(angle);
            p[i] = 0.5 * (1.0 - decay * decay);
        }
    }
}
