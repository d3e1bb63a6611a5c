package org.hyperlora.engine.train;

import java.util.HashSet;
import java.util.Set;

import org.hyperlora.engine.pde.CompiledExpression;
import org.hyperlora.engine.pde.Expression;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamAdjoints;
import org.hyperlora.engine.pde.StreamKey;

/** The loss terms a PDE problem is made of: equations, Dirichlet, Neumann, periodic and data terms. */
public final class Terms {

    private Terms() {
    }

    /** A PDE residual expression, e.g. {@code u_t + u*u_x - nu*u_xx}, on collocation points. */
    public static LossTerm equation(String name, Expression residual) {
        CompiledExpression compiled = residual.compile();
        Set<StreamKey> streams = residual.streams();
        return new LossTerm() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isEquation() {
                return true;
            }

            @Override
            public Set<StreamKey> streams() {
                return streams;
            }

            @Override
            public double[] residual(PointColumns columns) {
                return compiled.evaluate(columns);
            }

            @Override
            public void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out) {
                compiled.backward(columns, residualAdjoint, out);
            }
        };
    }

    /**
     * {@code sign · (d/dx_axis)^order field − rhs(coordinates, parameters)}: order 0 is a Dirichlet
     * condition (sign 1), order 1 with the outward normal's sign a Neumann condition ∂u/∂n = rhs.
     *
     * @param rhs a field-free expression, or null for zero
     */
    public static LossTerm boundary(String name, int field, int axis, int order, double sign, Expression rhs) {
        if (order < 0 || order > 1) {
            throw new IllegalArgumentException("boundary conditions prescribe a value or a normal derivative, not order "
                    + order);
        }
        if (rhs != null && !rhs.isFieldFree()) {
            throw new IllegalArgumentException(name + ": the right-hand side '" + rhs.format()
                    + "' must depend only on coordinates and parameters");
        }
        StreamKey key = order == 0 ? StreamKey.value(field) : StreamKey.of(field, axis);
        CompiledExpression compiledRhs = rhs == null ? null : rhs.compile();
        return new LossTerm() {
            private double[] residual = new double[0];

            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<StreamKey> streams() {
                return Set.of(key);
            }

            @Override
            public double[] residual(PointColumns columns) {
                int n = columns.size();
                if (residual.length != n) {
                    residual = new double[n];
                }
                double[] stream = columns.stream(key);
                double[] target = compiledRhs == null ? null : compiledRhs.evaluate(columns);
                for (int p = 0; p < n; p++) {
                    residual[p] = sign * stream[p] - (target == null ? 0.0 : target[p]);
                }
                return residual;
            }

            @Override
            public void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out) {
                double[] sink = out.streamAdjoint(key);
                for (int p = 0; p < residualAdjoint.length; p++) {
                    sink[p] += sign * residualAdjoint[p];
                }
            }
        };
    }

    /**
     * Periodicity along one axis: the group holds n points on the lower face followed by the n matching
     * points on the upper face; the residual is stream(lower) − stream(upper) for the value and, if
     * {@code matchDerivative}, also for the derivative along the axis (2n residuals then).
     */
    public static LossTerm periodic(String name, int field, int axis, boolean matchDerivative) {
        Set<StreamKey> keys = new HashSet<>();
        keys.add(StreamKey.value(field));
        if (matchDerivative) {
            keys.add(StreamKey.of(field, axis));
        }
        StreamKey[] matched = matchDerivative ? new StreamKey[] { StreamKey.value(field), StreamKey.of(field, axis) }
                : new StreamKey[] { StreamKey.value(field) };
        return new LossTerm() {
            private double[] residual = new double[0];

            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<StreamKey> streams() {
                return keys;
            }

            @Override
            public double[] residual(PointColumns columns) {
                int pairs = columns.size() / 2;
                if (residual.length != pairs * matched.length) {
                    residual = new double[pairs * matched.length];
                }
                for (int m = 0; m < matched.length; m++) {
                    double[] stream = columns.stream(matched[m]);
                    for (int p = 0; p < pairs; p++) {
                        residual[m * pairs + p] = stream[p] - stream[pairs + p];
                    }
                }
                return residual;
            }

            @Override
            public void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out) {
                int pairs = columns.size() / 2;
                for (int m = 0; m < matched.length; m++) {
                    double[] sink = out.streamAdjoint(matched[m]);
                    for (int p = 0; p < pairs; p++) {
                        double g = residualAdjoint[m * pairs + p];
                        sink[p] += g;
                        sink[pairs + p] -= g;
                    }
                }
            }
        };
    }

    /** Pointwise data: field value minus a measured value per point of the group. */
    public static LossTerm data(String name, int field, double[] values) {
        StreamKey key = StreamKey.value(field);
        double[] measured = values.clone();
        return new LossTerm() {
            private final double[] residual = new double[measured.length];

            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<StreamKey> streams() {
                return Set.of(key);
            }

            @Override
            public double[] residual(PointColumns columns) {
                if (columns.size() != measured.length) {
                    throw new IllegalArgumentException(name + ": " + measured.length + " data values for "
                            + columns.size() + " points");
                }
                double[] stream = columns.stream(key);
                for (int p = 0; p < measured.length; p++) {
                    residual[p] = stream[p] - measured[p];
                }
                return residual;
            }

            @Override
            public void backward(PointColumns columns, double[] residualAdjoint, StreamAdjoints out) {
                double[] sink = out.streamAdjoint(key);
                for (int p = 0; p < measured.length; p++) {
                    sink[p] += residualAdjoint[p];
                }
            }
        };
    }
}
