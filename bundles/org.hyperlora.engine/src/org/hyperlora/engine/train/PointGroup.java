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
 * exactly the streams its terms read; one backward pass returns the gradient of all its terms. Fields
 * with a hard constraint ({@link OutputTransform}) are computed from the network streams their transform
 * needs, and the terms' adjoints are mapped back through it.
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
    /** Hard constraints on fields the terms read; empty for the unconstrained path. */
    private final List<OutputTransform> transforms;
    /** What the network computes: the term streams, or for constrained fields what their transforms need. */
    private final Set<StreamKey> networkStreams;
    /** The same maps as the stream maps when there are no transforms. */
    private final Map<StreamKey, double[]> networkColumns;
    private final Map<StreamKey, double[]> networkAdjoints;
    /** The transforms' coefficients at these points, for {@link #coefficientParameters}. */
    private final OutputTransform.Coefficients[] coefficients;
    private double[] coefficientParameters;
    private Mlp.Workspace workspace;
    private Mlp workspaceNetwork;
    /** The plan for the network of {@link #workspace}: {@link #plan} over its input count. */
    private DerivativePlan workspacePlan;
    /**
     * For a network with more inputs than coordinates (a parametric PINN): the points followed, per point, by the
     * extra inputs {@link #parameterInputs} made of {@link #inputParameters}.
     */
    private double[] parametricInputs;
    private double[] inputParameters;
    private java.util.function.UnaryOperator<double[]> parameterInputs;
    /** dLoss/dr per term, reused across evaluations (the training step's hot path). */
    private double[][] residualAdjoints;

    /**
     * A group whose terms read the network's outputs directly.
     *
     * @param points row-major, {@code size × dimension}
     */
    public PointGroup(String name, int dimension, double[] points, List<LossTerm> terms) {
        this(name, dimension, points, terms, List.of());
    }

    /**
     * A group whose terms read fields, some of them hard-constrained: a field with an
     * {@link OutputTransform} is {@code g + d·N} with N the network output, the others are the network
     * outputs themselves. The forward pass computes the network streams the transforms need, the backward
     * pass maps the terms' adjoints back through the transforms.
     *
     * @param points row-major, {@code size × dimension}
     * @param transforms at most one per field; transforms of fields no term reads are ignored
     */
    public PointGroup(String name, int dimension, double[] points, List<LossTerm> terms,
            List<OutputTransform> transforms) {
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
        this.residualAdjoints = new double[terms.size()][];
        Set<StreamKey> needed = new LinkedHashSet<>();
        for (LossTerm term : terms) {
            needed.addAll(term.streams());
        }
        this.streams = Set.copyOf(needed);
        // Which fields the transforms constrain, and what the network must deliver for them.
        Map<Integer, OutputTransform> byField = new HashMap<>();
        for (OutputTransform transform : transforms) {
            if (transform.symbols().coordinates().size() != dimension) {
                throw new IllegalArgumentException(name + ": the hard constraint " + transform + " has "
                        + transform.symbols().coordinates().size() + " coordinates but the points " + dimension);
            }
            if (byField.put(transform.field(), transform) != null) {
                throw new IllegalArgumentException(name + ": two hard constraints on field "
                        + transform.symbols().fields().get(transform.field()));
            }
        }
        List<OutputTransform> used = new ArrayList<>();
        Set<StreamKey> fromNetwork = new LinkedHashSet<>();
        for (StreamKey key : needed) {
            OutputTransform transform = byField.get(key.field());
            if (transform == null) {
                fromNetwork.add(key);
            } else {
                fromNetwork.addAll(transform.networkStreams(Set.of(key)));
                if (!used.contains(transform)) {
                    used.add(transform);
                }
            }
        }
        this.transforms = List.copyOf(used);
        this.networkStreams = Set.copyOf(fromNetwork);
        DerivativePlan.Builder builder = DerivativePlan.builder(dimension);
        for (StreamKey key : fromNetwork) {
            Derivative d = key.derivative();
            if (d.order() == 1) {
                builder.first(d.coordinate(0));
            } else if (d.order() == 2) {
                builder.second(d.coordinate(0), d.coordinate(1));
            }
        }
        this.plan = builder.build();
        if (this.transforms.isEmpty()) {
            // Terms read the network's columns directly.
            for (StreamKey key : needed) {
                streamColumns.put(key, new double[size]);
                streamAdjoints.put(key, new double[size]);
            }
            networkColumns = streamColumns;
            networkAdjoints = streamAdjoints;
        } else {
            networkColumns = new HashMap<>();
            networkAdjoints = new HashMap<>();
            for (StreamKey key : fromNetwork) {
                networkColumns.put(key, new double[size]);
                networkAdjoints.put(key, new double[size]);
            }
            for (StreamKey key : needed) {
                boolean constrained = byField.containsKey(key.field());
                // Unconstrained fields share the network's arrays: nothing to copy either way.
                streamColumns.put(key, constrained ? new double[size] : networkColumns.get(key));
                streamAdjoints.put(key, constrained ? new double[size] : networkAdjoints.get(key));
            }
        }
        this.coefficients = new OutputTransform.Coefficients[this.transforms.size()];
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

    /** The hard constraints on fields this group's terms read (empty if none). */
    public List<OutputTransform> transforms() {
        return transforms;
    }

    /** The network streams one forward pass computes (for hard-constrained fields, what g + d·N needs). */
    public Set<StreamKey> networkStreams() {
        return networkStreams;
    }

    /**
     * Evaluates the transforms' coefficients (g, d and their derivatives at the points) for these parameter
     * values unless they are already; fails early with the transform's message if one is not finite.
     */
    void prepare(double[] parameters) {
        if (transforms.isEmpty() || Arrays.equals(parameters, coefficientParameters)) {
            return;
        }
        PointColumns at = PointColumns.ofCoordinates(size, coordinateColumns, parameters);
        for (int i = 0; i < transforms.size(); i++) {
            try {
                coefficients[i] = transforms.get(i).coefficients(at, streams);
            } catch (IllegalArgumentException e) {
                coefficientParameters = null;
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
        coefficientParameters = parameters.clone();
    }

    /**
     * Moves this group's points in place (as many as before): a shape that depends on the parameters samples new
     * points at every parameter vector, and the network's workspace for this group is kept.
     */
    void movePoints(double[] newPoints) {
        if (newPoints.length != points.length) {
            throw new IllegalArgumentException(name + ": " + newPoints.length / dimension + " points cannot replace "
                    + size + " in place");
        }
        System.arraycopy(newPoints, 0, points, 0, points.length);
        for (int p = 0; p < size; p++) {
            for (int i = 0; i < dimension; i++) {
                coordinateColumns[i][p] = points[p * dimension + i];
            }
        }
        coefficientParameters = null;
        parametricInputs = null;
        inputParameters = null;
    }

    /** The same terms and transforms on other points (e.g. refined collocation points restored on resume). */
    public PointGroup withPoints(double[] newPoints) {
        PointGroup group = new PointGroup(name, dimension, newPoints, terms, transforms);
        return parameterInputs == null ? group : group.parameterInputs(parameterInputs);
    }

    /** A copy of the points, row-major. */
    public double[] points() {
        return points.clone();
    }

    private int streamIndex(StreamKey key) {
        Derivative d = key.derivative();
        return switch (d.order()) {
        case 0 -> 0;
        case 1 -> workspacePlan.firstStream(d.coordinate(0));
        default -> workspacePlan.secondStream(d.coordinate(0), d.coordinate(1));
        };
    }

    private Mlp.Workspace workspaceFor(Mlp network) {
        if (workspaceNetwork != network) {
            if (network.inputCount() < dimension || (network.inputCount() > dimension && parameterInputs == null)) {
                throw new IllegalArgumentException(name + ": points have " + dimension + " coordinates but the network "
                        + network.inputCount() + " inputs" + (network.inputCount() > dimension
                                ? " (a parametric PINN's group needs its parameter inputs)" : ""));
            }
            for (StreamKey key : networkStreams) {
                if (key.field() >= network.outputCount()) {
                    throw new IllegalArgumentException(name + ": a term reads field " + key.field()
                            + " but the network has " + network.outputCount() + " outputs");
                }
            }
            workspacePlan = network.inputCount() == dimension ? plan : plan.withInputCount(network.inputCount());
            workspace = network.workspace(size, workspacePlan);
            workspaceNetwork = network;
        }
        return workspace;
    }

    /**
     * Makes this group feed networks with more inputs than coordinates — a parametric PINN, whose extra inputs are
     * the PDE parameters — with {@code inputs(parameters)} after each point's coordinates (e.g. the parameters
     * scaled to the unit interval). Derivatives stay with respect to the coordinates.
     */
    public PointGroup parameterInputs(java.util.function.UnaryOperator<double[]> inputs) {
        this.parameterInputs = inputs;
        this.inputParameters = null;
        return this;
    }

    /** What the network reads: the points, or for a parametric PINN the points with the parameters' inputs. */
    private double[] networkInputs(Mlp network, double[] parameters) {
        if (network.inputCount() == dimension) {
            return points;
        }
        if (parametricInputs == null || !Arrays.equals(parameters, inputParameters)) {
            double[] extra = parameterInputs.apply(parameters);
            int width = dimension + extra.length;
            if (width != network.inputCount()) {
                throw new IllegalArgumentException(name + ": the network has " + network.inputCount()
                        + " inputs, the points " + dimension + " coordinates and " + extra.length + " parameter inputs");
            }
            double[] inputs = new double[size * width];
            for (int p = 0; p < size; p++) {
                System.arraycopy(points, p * dimension, inputs, p * width, dimension);
                System.arraycopy(extra, 0, inputs, p * width + dimension, extra.length);
            }
            parametricInputs = inputs;
            inputParameters = parameters.clone();
        }
        return parametricInputs;
    }

    /** Forward pass and the field columns the terms read (through any hard-constraint transforms). */
    private PointColumns forwardColumns(Mlp network, double[] parameters) {
        Mlp.Workspace ws = workspaceFor(network);
        network.forward(ws, networkInputs(network, parameters));
        for (Map.Entry<StreamKey, double[]> entry : networkColumns.entrySet()) {
            ws.outputColumn(streamIndex(entry.getKey()), entry.getKey().field(), entry.getValue());
        }
        if (!transforms.isEmpty()) {
            prepare(parameters);
            for (OutputTransform.Coefficients c : coefficients) {
                c.apply(networkColumns, streamColumns);
            }
        }
        return PointColumns.of(size, streamColumns, coordinateColumns, parameters);
    }

    /**
     * Σ over this group's pointwise terms of r_t(p)², per point: where the residual is large, for adaptive
     * refinement. Terms whose residual is not one value per point (periodic pairs) are skipped.
     */
    double[] squaredResidualPerPoint(Mlp network, double[] parameters) {
        PointColumns columns = forwardColumns(network, parameters);
        double[] total = new double[size];
        for (LossTerm term : terms) {
            double[] residual = term.residual(columns);
            if (residual.length == size) {
                for (int p = 0; p < size; p++) {
                    total[p] += residual[p] * residual[p];
                }
            }
        }
        return total;
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
        PointColumns columns = forwardColumns(network, parameters);
        double[] losses = new double[terms.size()];
        if (gradient != null) {
            for (double[] adjoint : streamAdjoints.values()) {
                Arrays.fill(adjoint, 0.0);
            }
            if (networkAdjoints != streamAdjoints) {
                for (double[] adjoint : networkAdjoints.values()) {
                    Arrays.fill(adjoint, 0.0);
                }
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
                if (residualAdjoints[t] == null || residualAdjoints[t].length != residual.length) {
                    residualAdjoints[t] = new double[residual.length];
                }
                double[] adjoint = residualAdjoints[t];
                for (int p = 0; p < residual.length; p++) {
                    adjoint[p] = scale * residual[p];
                }
                term.backward(columns, adjoint, streamAdjoints::get);
            }
        }
        if (gradient != null) {
            for (OutputTransform.Coefficients c : coefficients) {
                c.backward(streamAdjoints, networkAdjoints);
            }
            ws.clearOutputAdjoint();
            for (Map.Entry<StreamKey, double[]> entry : networkAdjoints.entrySet()) {
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
