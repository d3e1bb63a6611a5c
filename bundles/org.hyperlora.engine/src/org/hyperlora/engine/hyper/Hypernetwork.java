package org.hyperlora.engine.hyper;

import java.util.Arrays;

import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.DerivativePlan;
import org.hyperlora.engine.nn.Mlp;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * H(λ): an MLP on the normalized parameter vector whose outputs are added to a fixed offset, giving the
 * vector a {@link org.hyperlora.engine.train.WeightMap} turns into PINN weights (LoRA factors, or all weights
 * for the full HyperPINN baseline). The output layer starts at zero, so before training H(λ) equals the
 * offset for every λ (the base network), and training moves away from a working solution.
 */
public final class Hypernetwork {

    private final ParameterRange range;
    private final Mlp core;
    private final double[] offset;
    private final int[] hiddenWidths;
    private Mlp.Workspace workspace;

    /**
     * @param offset the output at initialization (e.g. {@link LoraAdapter#initialTrainable}), copied
     */
    public Hypernetwork(ParameterRange range, int[] hiddenWidths, Activation activation, double[] offset, long seed) {
        this.range = range;
        this.hiddenWidths = hiddenWidths.clone();
        this.offset = offset.clone();
        int[] sizes = new int[hiddenWidths.length + 2];
        sizes[0] = range.dimension();
        System.arraycopy(hiddenWidths, 0, sizes, 1, hiddenWidths.length);
        sizes[sizes.length - 1] = offset.length;
        core = new Mlp(sizes, activation, DataType.DOUBLE, range.transformedLower(), range.transformedUpper(), seed);
        double[] parameters = core.parameters();
        int last = sizes.length - 2;
        Arrays.fill(parameters, core.weightOffset(last), parameters.length, 0.0);
        core.setParameters(parameters);
    }

    public ParameterRange range() {
        return range;
    }

    public int[] hiddenWidths() {
        return hiddenWidths.clone();
    }

    public Activation activation() {
        return core.activation();
    }

    public double[] offset() {
        return offset.clone();
    }

    /** Length of each predicted vector. */
    public int outputCount() {
        return offset.length;
    }

    /** Trainable parameters of H itself. */
    public int parameterCount() {
        return core.parameterCount();
    }

    public double[] parameters() {
        return core.parameters();
    }

    public void setParameters(double[] values) {
        core.setParameters(values);
    }

    /** H(λ) for one parameter vector. */
    public double[] predict(double[] lambda) {
        return predict(new double[][] { lambda })[0];
    }

    /** H(λ_k) for each row; rows are independent copies. */
    public double[][] predict(double[][] lambdas) {
        Mlp.Workspace ws = forward(lambdas);
        double[][] out = new double[lambdas.length][offset.length];
        double[] column = new double[lambdas.length];
        for (int j = 0; j < offset.length; j++) {
            ws.outputColumn(0, j, column);
            for (int k = 0; k < lambdas.length; k++) {
                out[k][j] = offset[j] + column[k];
            }
        }
        return out;
    }

    /**
     * The gradient with respect to H's parameters of Σ_k adjoints[k] · H(λ_k), for the λ of the last
     * {@link #predict(double[][])} call (which must have had the same rows).
     */
    public void backward(double[][] adjoints, double[] gradientOut) {
        if (workspace == null || workspace.size() != adjoints.length) {
            throw new IllegalStateException("backward needs a predict on the same " + adjoints.length + " values first");
        }
        workspace.clearOutputAdjoint();
        double[] column = new double[adjoints.length];
        for (int j = 0; j < offset.length; j++) {
            for (int k = 0; k < adjoints.length; k++) {
                column[k] = adjoints[k][j];
            }
            workspace.setOutputAdjoint(0, j, column);
        }
        core.backward(workspace, gradientOut);
    }

    private Mlp.Workspace forward(double[][] lambdas) {
        int d = range.dimension();
        double[] inputs = new double[lambdas.length * d];
        for (int k = 0; k < lambdas.length; k++) {
            System.arraycopy(range.transform(lambdas[k]), 0, inputs, k * d, d);
        }
        if (workspace == null || workspace.size() != lambdas.length) {
            workspace = core.workspace(lambdas.length, DerivativePlan.valuesOnly(d));
        }
        core.forward(workspace, inputs);
        return workspace;
    }
}
