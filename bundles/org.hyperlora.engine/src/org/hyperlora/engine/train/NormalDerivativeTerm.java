package org.hyperlora.engine.train;

import java.util.Set;

import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamAdjoints;
import org.hyperlora.engine.pde.StreamKey;

/**
 * A condition on the outward normal derivative with one outward unit normal per point: Neumann
 * {@code n · ∇field = rhs} ({@code n_x·∂field/∂x + n_y·∂field/∂y − rhs}) or Robin
 * {@code a·field + b·n · ∇field = rhs} with coefficients a, b of the coordinates and parameters (a heat transfer
 * coefficient and a conductivity). The normals move with the points when a shape depends on the parameters
 * ({@link #setNormals}); on a face of the box they are the face's.
 */
final class NormalDerivativeTerm implements LossTerm {

    private final String name;
    private final int[] axes;
    private final StreamKey[] keys;
    private final CompiledExpression rhs;
    /** Robin's a (null: a Neumann condition) and b (null: 1). */
    private final CompiledExpression valueCoefficient;
    private final CompiledExpression normalCoefficient;
    private final StreamKey valueKey;
    /** [axis of {@link #axes}][point]. */
    private double[][] normals;
    private double[] residual = new double[0];

    /**
     * @param axes the space coordinates the normal has components along
     * @param normals [axis][point], unit vectors point by point
     * @param rhs field-free, or null for zero
     */
    NormalDerivativeTerm(String name, int field, int[] axes, double[][] normals, Expression rhs) {
        this(name, field, axes, normals, null, null, rhs);
    }

    /**
     * A Robin condition {@code a·field + b·∂field/∂n = rhs}.
     *
     * @param a field-free; null for a Neumann condition
     * @param b field-free; null for 1
     */
    NormalDerivativeTerm(String name, int field, int[] axes, double[][] normals, Expression a, Expression b,
            Expression rhs) {
        for (Expression expression : new Expression[] { rhs, a, b }) {
            if (expression != null && !expression.isFieldFree()) {
                throw new IllegalArgumentException(name + ": '" + expression.format()
                        + "' must depend only on coordinates and parameters");
            }
        }
        this.valueCoefficient = a == null ? null : a.compile();
        this.normalCoefficient = b == null ? null : b.compile();
        this.valueKey = StreamKey.value(field);
        this.name = name;
        this.axes = axes.clone();
        this.keys = new StreamKey[axes.length];
        for (int k = 0; k < axes.length; k++) {
            keys[k] = StreamKey.of(field, axes[k]);
        }
        this.rhs = rhs == null ? null : rhs.compile();
        setNormals(normals);
    }

    /** The normals of moved points, [axis][point]. */
    void setNormals(double[][] perAxis) {
        if (perAxis.length != axes.length) {
            throw new IllegalArgumentException(name + ": normals along " + perAxis.length + " axes, expected "
                    + axes.length);
        }
        normals = perAxis;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<StreamKey> streams() {
        if (valueCoefficient == null) {
            return Set.of(keys);
        }
        java.util.Set<StreamKey> all = new java.util.HashSet<>(java.util.List.of(keys));
        all.add(valueKey);
        return all;
    }

    @Override
    public double[] residual(PointColumns columns) {
        int n = columns.size();
        if (residual.length != n) {
            residual = new double[n];
        }
        double[] target = rhs == null ? null : rhs.evaluate(columns);
        for (int p = 0; p < n; p++) {
            residual[p] = 0;
        }
        for (int k = 0; k < keys.length; k++) {
            double[] stream = columns.stream(keys[k]);
            double[] component = normals[k];
            for (int p = 0; p < n; p++) {
                residual[p] += component[p] * stream[p];
            }
        }
        if (normalCoefficient != null) {
            double[] b = normalCoefficient.evaluate(columns);
            for (int p = 0; p < n; p++) {
                residual[p] *= b[p];
            }
        }
        if (valueCoefficient != null) {
            double[] a = valueCoefficient.evaluate(columns);
            double[] value = columns.stream(valueKey);
            for (int p = 0; p < n; p++) {
                residual[p] += a[p] * value[p];
            }
        }
        if (target != null) {
            for (int p = 0; p < n; p++) {
                residual[p] -= target[p];
            }
        }
        return residual;
    }

    @Override
    public void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out) {
        double[] b = normalCoefficient == null ? null : normalCoefficient.evaluate(columns);
        for (int k = 0; k < keys.length; k++) {
            double[] sink = out.streamAdjoint(keys[k]);
            double[] component = normals[k];
            for (int p = 0; p < residualAdjoint.length; p++) {
                sink[p] += component[p] * residualAdjoint[p] * (b == null ? 1 : b[p]);
            }
        }
        if (valueCoefficient != null) {
            double[] a = valueCoefficient.evaluate(columns);
            double[] sink = out.streamAdjoint(valueKey);
            for (int p = 0; p < residualAdjoint.length; p++) {
                sink[p] += a[p] * residualAdjoint[p];
            }
        }
    }
}
