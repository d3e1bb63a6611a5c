package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.train.OutputTransform;
import org.hyperlora.engine.train.WeightMap;

/**
 * A trained parametric solver: for a parameter vector λ the hypernetwork predicts the adapter (or all the
 * weights), the weight map turns it into PINN weights, and the PINN gives the fields at query points
 * (through any hard-constraint transform). Solving never trains; it is one small hypernetwork pass and one
 * PINN forward pass. Not thread-safe: it reuses one network and its buffers (calls are synchronized).
 */
public final class Surrogate implements TrainedSurrogate {

    /** Field values {@code [field][point]}, and whether λ lay outside the trained range (an extrapolation). */
    public record Solution(double[][] fields, boolean outsideTrainedRange) {
    }

    private final List<String> coordinates;
    private final List<String> fields;
    private final Mlp network;
    private final WeightMap weightMap;
    private final Hypernetwork hypernetwork;
    private final List<OutputTransform> hardConstraints;
    private final double[] networkWeights;
    private Mlp.Workspace workspace;
    /** Copies of the PINN for {@link #solveAll}, one per core. */
    private final List<Mlp> copies = new ArrayList<>();
    private boolean fastActivations;

    /**
     * @param network         a network of the PINN's architecture and input box (its weights are overwritten)
     * @param hardConstraints the transforms the PINN was trained with (empty for none)
     */
    public Surrogate(List<String> coordinates, List<String> fields, Mlp network, WeightMap weightMap,
            Hypernetwork hypernetwork, List<OutputTransform> hardConstraints) {
        if (network.inputCount() != coordinates.size() || network.outputCount() != fields.size()) {
            throw new IllegalArgumentException("the network maps " + network.inputCount() + " inputs to "
                    + network.outputCount() + " outputs, but the surrogate names coordinates " + coordinates
                    + " and fields " + fields);
        }
        if (weightMap.networkParameterCount() != network.parameterCount()
                || hypernetwork.outputCount() != weightMap.trainableCount()) {
            throw new IllegalArgumentException("the hypernetwork (" + hypernetwork.outputCount()
                    + " outputs), weight map (" + weightMap.trainableCount() + " -> " + weightMap.networkParameterCount()
                    + ") and network (" + network.parameterCount() + " weights) do not fit together");
        }
        this.coordinates = List.copyOf(coordinates);
        this.fields = List.copyOf(fields);
        this.network = network;
        this.weightMap = weightMap;
        this.hypernetwork = hypernetwork;
        this.hardConstraints = List.copyOf(hardConstraints);
        this.networkWeights = new double[network.parameterCount()];
    }

    /**
     * Whether solves use the float-accurate tanh (outputs within about 1e-7 of the exact float64 ones, about
     * 2× faster on large grids); off by default.
     */
    public synchronized void setFastActivations(boolean fast) {
        fastActivations = fast;
    }

    public synchronized boolean fastActivations() {
        return fastActivations;
    }

    @Override
    public StudySetup.Method method() {
        return StudySetup.Method.HYPERLORA;
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
        return hypernetwork.range();
    }

    /**
     * The shared hypernetwork, for inspection and saving. Its {@code predict} reuses buffers: call it only
     * while no solve runs, or use {@link #predictedVector}.
     */
    public Hypernetwork hypernetwork() {
        return hypernetwork;
    }

    public WeightMap weightMap() {
        return weightMap;
    }

    public List<OutputTransform> hardConstraints() {
        return hardConstraints;
    }

    /** A network of the PINN's shape (a copy) carrying the weights predicted for λ. */
    public synchronized Mlp networkFor(double[] lambda) {
        Mlp copy = network.sameLayout();
        copy.setParameters(weightsFor(lambda));
        return copy;
    }

    /** What the hypernetwork predicts for λ (the adapter vector, or all weights for a full map). */
    public synchronized double[] predictedVector(double[] lambda) {
        return hypernetwork.predict(lambda);
    }

    /** The PINN weights predicted for λ. */
    public synchronized double[] weightsFor(double[] lambda) {
        double[] predicted = hypernetwork.predict(lambda);
        double[] weights = new double[network.parameterCount()];
        weightMap.networkWeights(predicted, weights);
        return weights;
    }

    /**
     * The fields at {@code points} (row-major, {@code count × coordinates}) for parameter values {@code lambda}
     * (in {@link #range()} order).
     *
     * @throws IllegalArgumentException for a wrong number of parameter values or coordinates, or non-finite
     *             values
     */
    @Override
    public synchronized Solution solve(double[] lambda, double[] points) {
        int dimension = checkPoints(points);
        checkParameters(lambda);
        boolean outside = !range().contains(lambda);
        weightMap.networkWeights(hypernetwork.predict(lambda), networkWeights);
        network.setParameters(networkWeights);
        int count = points.length / dimension;
        if (workspace == null || workspace.size() != count) {
            workspace = network.workspace(count, DerivativePlan.valuesOnly(dimension));
        }
        network.infer(workspace, points, fastActivations);
        double[][] values = new double[fields.size()][count];
        for (int f = 0; f < fields.size(); f++) {
            workspace.outputColumn(0, f, values[f]);
        }
        OutputTransform.applyToValues(hardConstraints, points, dimension, lambda, values);
        return new Solution(values, outside);
    }

    /**
     * The fields at the same points for many parameter vectors, e.g. a sweep or a Monte Carlo sample: one
     * hypernetwork pass and one PINN pass per vector, the vectors spread over the cores (each core its own copy of
     * the PINN). The solutions come in the order of {@code lambdas}, with the same numbers as {@link #solve} gives
     * one by one.
     *
     * @throws IllegalArgumentException as {@link #solve} does, naming the vector
     */
    @Override
    public synchronized List<Solution> solveAll(double[][] lambdas, double[] points) {
        int dimension = checkPoints(points);
        int count = points.length / dimension;
        double[][] weights = new double[lambdas.length][];
        for (int i = 0; i < lambdas.length; i++) {
            try {
                checkParameters(lambdas[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter vector " + (i + 1) + ": " + e.getMessage(), e);
            }
            weights[i] = new double[network.parameterCount()];
            weightMap.networkWeights(hypernetwork.predict(lambdas[i]), weights[i]);
        }
        int workers = Math.max(1, Math.min(Parallelism.threads(), lambdas.length));
        while (copies.size() < workers) {
            copies.add(network.sameLayout());
        }
        double[][][] values = new double[lambdas.length][][];
        boolean fast = fastActivations;
        Parallelism.run(workers, worker -> {
            Mlp copy = copies.get(worker);
            Mlp.Workspace ws = copy.workspace(count, DerivativePlan.valuesOnly(dimension), 1);
            for (int i = lambdas.length * worker / workers; i < lambdas.length * (worker + 1) / workers; i++) {
                copy.setParameters(weights[i]);
                copy.infer(ws, points, fast);
                values[i] = new double[fields.size()][count];
                for (int f = 0; f < fields.size(); f++) {
                    ws.outputColumn(0, f, values[i][f]);
                }
            }
        });
        List<Solution> solutions = new ArrayList<>(lambdas.length);
        for (int i = 0; i < lambdas.length; i++) {
            // the transforms' expressions keep buffers of their own: applied here, one vector after another
            OutputTransform.applyToValues(hardConstraints, points, dimension, lambdas[i], values[i]);
            solutions.add(new Solution(values[i], !range().contains(lambdas[i])));
        }
        return solutions;
    }

    private int checkPoints(double[] points) {
        int dimension = coordinates.size();
        if (points.length == 0 || points.length % dimension != 0) {
            throw new IllegalArgumentException(points.length + " coordinates are not a whole number of " + dimension
                    + "-dimensional points " + coordinates);
        }
        return dimension;
    }

    private void checkParameters(double[] lambda) {
        for (int i = 0; i < lambda.length; i++) {
            if (!Double.isFinite(lambda[i])) {
                throw new IllegalArgumentException("parameter '" + range().names().get(Math.min(i, range().dimension() - 1))
                        + "' is " + lambda[i]);
            }
        }
    }

}
