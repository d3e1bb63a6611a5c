package org.hyperlora.engine.train;

import java.util.Set;

import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamAdjoints;
import org.hyperlora.engine.pde.StreamKey;

/**
 * A Neumann condition on a curved or slanted boundary, {@code n · ∇field = rhs}, with one outward unit normal per
 * point: {@code n_x·∂field/∂x + n_y·∂field/∂y − rhs}. The normals move with the points when a shape depends on the
 * parameters ({@link #setNormals}).
 */
final class NormalDerivativeTerm implements LossTerm {

    private final String name;
    private final int[] axes;
    private final StreamKey[] keys;
    private final CompiledExpression rhs;
    /** [axis of {@link #axes}][point]. */
    private double[][] normals;
    private double[] residual = new double[0];

    /**
     * @param axes the space coordinates the normal has components along
     * @param normals [axis][point], unit vectors point by point
     * @param rhs field-free, or null for zero
     */
    NormalDerivativeTerm(String name, int field, int[] axes, double[][] normals, Expression rhs) {
        if (rhs != null && !rhs.isFieldFree()) {
            throw new IllegalArgumentException(name + ": the right-hand side '" + rhs.format()
                    + "' must depend only on coordinates and parameters");
        }
        this.name = name;
        this.axes = axes.clone();
        this.keys = new StreamKey[axes.length];
        for (int a = 0; a < axes.length; a++) {
            keys[a] = StreamKey.of(field, axes[a]);
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
        return Set.of(keys);
    }

    @Override
    public double[] residual(PointColumns columns) {
        int n = columns.size();
        if (residual.length != n) {
            residual = new double[n];
        }
        double[] target = rhs == null ? null : rhs.evaluate(columns);
        for (int p = 0; p < n; p++) {
            residual[p] = target == null ? 0.0 : -target[p];
        }
        for (int a = 0; a < keys.length; a++) {
            double[] stream = columns.stream(keys[a]);
            double[] component = normals[a];
            for (int p = 0; p < n; p++) {
                residual[p] += component[p] * stream[p];
            }
        }
        return residual;
    }

    @Override
    public void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out) {
        for (int a = 0; a < keys.length; a++) {
            double[] sink = out.streamAdjoint(keys[a]);
            double[] component = normals[a];
            for (int p = 0; p < residualAdjoint.length; p++) {
                sink[p] += component[p] * residualAdjoint[p];
            }
        }
    }
}
