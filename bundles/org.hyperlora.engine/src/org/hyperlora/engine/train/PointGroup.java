package org.hyperlora.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.pde.Derivative;
import org.hyperlora.engine.pde.PointColumns;
import org.hyperlora.engine.pde.StreamKey;

/**
 * A set of points and the loss terms evaluated on them. One network forward pass per group computes
 * exactly the streams its terms read; one backward pass returns the gradient of all its terms.
 */
public final class PointGroup {

    private final String name;
    private final int dimension;
    private final double[] points;
    private final int size;
    private final double[][] coordinateColumns;
    private final List<LossTerm> terms;
    private final Set<StreamKey> streams;
    private final DerivativePlan plan;
    private final Map<StreamKey, double[]> streamColumns = new HashMap<>();
    private final Map<StreamKey, double[]> streamAdjoints = new HashMap<>();
    private Mlp.Workspace workspace;
    private Mlp workspaceNetwork;

    /**
     * @param points row-major, {@code size × dimension}
     */
    public PointGroup(String name, int dimension, double[] points, List<LossTerm> terms) {
        if (points.length == 0 || points.length % dimension != 0) {
            throw new IllegalArgumentException(name + ": " + points.length + " coordinates are not a whole number of "
                    + dimension + "-dimensional points");
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException(name + ": a point group needs at least one loss term");
        }
        this.name = name;
        this.dimension = dimension;
        this.points = points.clone();
        this.size = points.length / dimension;
        this.coordinateColumns = new double[dimension][size];
        for (int p = 0; p < size; p++) {
            for (int i = 0; i < dimension; i++) {
                coordinateColumns[i][p] = points[p * dimension + i];
            }
        }
        this.terms = List.copyOf(terms);
        Set<StreamKey> needed = new LinkedHashSet<>();
        for (LossTerm term : terms) {
            needed.addAll(term.streams());
        }
        this.streams = Set.copyOf(needed);
        DerivativePlan.Builder builder = DerivativePlan.builder(dimension);
        for (StreamKey key : needed) {
            Derivative d = key.derivative();
            if (d.order() == 1) {
                builder.first(d.coordinate(0));
            } else if (d.order() == 2) {
                builder.second(d.coordinate(0), d.coordinate(1));
            }
        }
        this.plan = builder.build();
        for (StreamKey key : needed) {
            streamColumns.put(key, new double[size]);
            streamAdjoints.put(key, new double[size]);
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public List<LossTerm> terms() {
        return terms;
    }

    public DerivativePlan plan() {
        return plan;
    }

    /** A copy of the points, row-major. */
    public double[] points() {
        return points.clone();
    }

    private int streamIndex(StreamKey key) {
        Derivative d = key.derivative();
        return switch (d.order()) {
        case 0 -> 0;
        case 1 -> plan.firstStream(d.coordinate(0));
        default -> plan.secondStream(d.coordinate(0), d.coordinate(1));
        };
    }

    private Mlp.Workspace workspaceFor(Mlp network) {
        if (workspaceNetwork != network) {
            if (network.inputCount() != dimension) {
                throw new IllegalArgumentException(name + ": points have " + dimension + " coordinates but the network "
                        + network.inputCount() + " inputs");
            }
            for (StreamKey key : streams) {
                if (key.field() >= network.outputCount()) {
                    throw new IllegalArgumentException(name + ": a term reads field " + key.field()
                            + " but the network has " + network.outputCount() + " outputs");
                }
            }
            workspace = network.workspace(size, plan);
            workspaceNetwork = network;
        }
        return workspace;
    }

    /**
     * Forward pass and residuals. Returns each term's mean squared residual; when {@code gradient} is
     * not null, also adds Σ weight_t · d(mean r_t²)/dθ into it (so the caller sums over groups).
     *
     * @param termWeights one weight per term of this group
     * @param scratch     a gradient-sized buffer the group may overwrite
     */
    double[] evaluate(Mlp network, double[] parameters, double[] termWeights, double[] gradient, double[] scratch) {
        Mlp.Workspace ws = workspaceFor(network);
        network.forward(ws, points);
        for (Map.Entry<StreamKey, double[]> entry : streamColumns.entrySet()) {
            ws.outputColumn(streamIndex(entry.getKey()), entry.getKey().field(), entry.getValue());
        }
        PointColumns columns = PointColumns.of(size, streamColumns, coordinateColumns, parameters);
        double[] losses = new double[terms.size()];
        if (gradient != null) {
            for (double[] adjoint : streamAdjoints.values()) {
                Arrays.fill(adjoint, 0.0);
            }
        }
        for (int t = 0; t < terms.size(); t++) {
            LossTerm term = terms.get(t);
            double[] residual = term.residual(columns);
            double sum = 0;
            for (double r : residual) {
                sum += r * r;
            }
            losses[t] = sum / residual.length;
            if (gradient != null && termWeights[t] != 0) {
                double scale = 2.0 * termWeights[t] / residual.length;
                double[] adjoint = new double[residual.length];
                for (int p = 0; p < residual.length; p++) {
                    adjoint[p] = scale * residual[p];
                }
                term.backward(columns, adjoint, streamAdjoints::get);
            }
        }
        if (gradient != null) {
            ws.clearOutputAdjoint();
            for (Map.Entry<StreamKey, double[]> entry : streamAdjoints.entrySet()) {
                ws.setOutputAdjoint(streamIndex(entry.getKey()), entry.getKey().field(), entry.getValue());
            }
            network.backward(ws, scratch);
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += scratch[k];
            }
        }
        return losses;
    }

    /** Names of this group's terms, in order. */
    List<String> termNames() {
        List<String> names = new ArrayList<>();
        for (LossTerm term : terms) {
            names.add(term.name());
        }
        return names;
    }
}
