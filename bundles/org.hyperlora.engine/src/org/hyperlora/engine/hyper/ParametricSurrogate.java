package org.hyperlora.engine.hyper;

import java.util.List;

import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.train.OutputTransform;

/**
 * A trained parametric PINN as a solver: one network whose inputs are the coordinates and then the parameters on their
 * range's unit scale ({@link ParameterRange#toUnit}), with the hard constraints it was trained with. A solve is one
 * forward pass. Not thread-safe: it reuses one workspace (calls are synchronized).
 */
public final class ParametricSurrogate implements TrainedSurrogate {

    private final List<String> coordinates;
    private final List<String> fields;
    private final ParameterRange range;
    private final Mlp network;
    private final List<OutputTransform> hardConstraints;
    private Mlp.Workspace workspace;

    /**
     * @param network         the trained network: {@code coordinates.size() + range.dimension()} inputs, one output per
     *                        field
     * @param hardConstraints the transforms it was trained with (empty for none)
     */
    public ParametricSurrogate(List<String> coordinates, List<String> fields, ParameterRange range, Mlp network,
            List<OutputTransform> hardConstraints) {
        if (network.inputCount() != coordinates.size() + range.dimension() || network.outputCount() != fields.size()) {
            throw new IllegalArgumentException("the network maps " + network.inputCount() + " inputs to "
                    + network.outputCount() + " outputs, but a parametric PINN of coordinates " + coordinates
                    + ", parameters " + range.names() + " and fields " + fields + " needs "
                    + (coordinates.size() + range.dimension()) + " to " + fields.size());
        }
        this.coordinates = List.copyOf(coordinates);
        this.fields = List.copyOf(fields);
        this.range = range;
        this.network = network;
        this.hardConstraints = List.copyOf(hardConstraints);
    }

    @Override
    public StudySetup.Method method() {
        return StudySetup.Method.PARAMETRIC_PINN;
    }

    @Override
    public List<String> coordinates() {
        return coordinates;
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public ParameterRange range() {
        return range;
    }

    /** The network (inputs: coordinates, then unit-scaled parameters), for saving. */
    public Mlp network() {
        return network;
    }

    public List<OutputTransform> hardConstraints() {
        return hardConstraints;
    }

    @Override
    public synchronized Surrogate.Solution solve(double[] lambda, double[] points) {
        int dimension = coordinates.size();
        if (points.length == 0 || points.length % dimension != 0) {
            throw new IllegalArgumentException(points.length + " coordinates are not a whole number of " + dimension
                    + "-dimensional points " + coordinates);
        }
        if (lambda.length != range.dimension()) {
            throw new IllegalArgumentException("expected " + range.dimension() + " parameter values " + range.names()
                    + ", got " + lambda.length);
        }
        for (int i = 0; i < lambda.length; i++) {
            if (!Double.isFinite(lambda[i])) {
                throw new IllegalArgumentException("parameter '" + range.names().get(i) + "' is " + lambda[i]);
            }
        }
        double[] unit = range.toUnit(lambda);
        int width = dimension + unit.length;
        int count = points.length / dimension;
        double[] inputs = new double[count * width];
        for (int p = 0; p < count; p++) {
            System.arraycopy(points, p * dimension, inputs, p * width, dimension);
            System.arraycopy(unit, 0, inputs, p * width + dimension, unit.length);
        }
        if (workspace == null || workspace.size() != count) {
            workspace = network.workspace(count, DerivativePlan.valuesOnly(width));
        }
        network.infer(workspace, inputs);
        double[][] values = new double[fields.size()][count];
        for (int f = 0; f < fields.size(); f++) {
            workspace.outputColumn(0, f, values[f]);
        }
        OutputTransform.applyToValues(hardConstraints, points, dimension, lambda, values);
        return new Surrogate.Solution(values, !range.contains(lambda));
    }
}
