package org.hyperlora.engine.reference;

import java.util.List;

/**
 * An exact (or quadrature-exact) solution of a parameterized PDE problem, used as the ground truth
 * against which trained PINNs, LoRA adapters and hypernetwork surrogates are measured.
 *
 * <p>Evaluation is vectorized: one call fills every field at every point, so implementations can
 * share per-call work (quadrature tables, trigonometric factors) across a whole grid.
 * Implementations are immutable and thread-safe.
 */
public interface ReferenceSolution {

    /** Registry name, lower case, e.g. {@code "burgers"}; see {@link ReferenceSolutions#byName(String)}. */
    String name();

    /** Names of the independent variables in the order a point lists them, e.g. {@code [x, t]}. */
    List<String> coordinateNames();

    /** Names of the solution fields in the order {@code fieldsOut} receives them, e.g. {@code [u]}. */
    List<String> fieldNames();

    /** Names of the problem parameters in the order the {@code parameters} array lists them, e.g. {@code [nu]}. */
    List<String> parameterNames();

    /**
     * Evaluates every field at every point.
     *
     * @param parameters one value per {@link #parameterNames()} entry
     * @param points     {@code points[i]} is one point, one value per {@link #coordinateNames()} entry
     * @param fieldsOut  {@code fieldsOut[f][i]} receives field {@code f} at point {@code i}; must have
     *                   {@code fieldNames().size()} rows of length {@code points.length}
     * @throws IllegalArgumentException if a parameter is outside its valid range, an array has the wrong
     *                                  shape, or a point lies where the solution is not defined
     */
    void evaluate(double[] parameters, double[][] points, double[][] fieldsOut);

    /**
     * Allocating convenience form of {@link #evaluate(double[], double[][], double[][])}.
     *
     * @return {@code result[f][i]} = field {@code f} at point {@code i}
     */
    default double[][] evaluate(double[] parameters, double[][] points) {
        if (points == null) {
            throw new IllegalArgumentException(name() + ": points must not be null");
        }
        double[][] fields = new double[fieldNames().size()][points.length];
        evaluate(parameters, points, fields);
        return fields;
    }
}
