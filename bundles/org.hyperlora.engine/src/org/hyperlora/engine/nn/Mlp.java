package org.hyperlora.engine.nn;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected network with smooth activations whose forward pass propagates input derivatives
 * (first, pure and mixed second) alongside the values, and whose backward pass returns the gradient of
 * any loss of those streams with respect to all weights, in one reverse sweep.
 * <p>
 * Why by hand: ND4J 1.0.0-M2.1 cannot differentiate a gradient (MmulBp has no derivative), so a PDE
 * residual cannot be built by double backprop. Forward mode through an MLP is cheap: for
 * z = hW + b, a = σ(z), the streams obey a_i = σ'(z) z_i and a_ij = σ''(z) z_i z_j + σ'(z) z_ij with
 * z_i = h_i W. All streams of a layer are stacked as row blocks of one matrix, so each layer costs one
 * GEMM forward and two backward (weights, inputs), whatever the number of streams.
 * <p>
 * Parameters are one flat {@code double[]} (per layer: W row-major, then b), the layout optimizers use.
 * Arithmetic runs in the network's {@link DataType} (DOUBLE by default, FLOAT selectable).
 */
public final class Mlp {

    static {
        // ND4J must find its backend through the embedding bundle whatever thread first gets here (a pool
        // thread's context class loader cannot see it inside OSGi); initialize() is idempotent and cheap after
        // the first call
        org.hyperlora.nd4j.Nd4jRuntime.initialize();
    }

    private final int[] layerSizes;
    private final Activation activation;
    private final DataType dataType;
    private final double[] inputLower;
    private final double[] inputUpper;
    private final double[] inputCenter;
    private final double[] inputHalfWidth;
    /**
     * Per input: whether it enters as (cos θ, sin θ) with θ = 2π (x - lower) / (upper - lower) instead of its normalized
     * value, so the network is exactly periodic in it with its box's width as the period (values and every derivative).
     */
    private final boolean[] periodicInputs;
    /** Per input: its first column in the first layer's input (a periodic input has two). */
    private final int[] featureColumn;
    private final double[] parameters;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final Vec[] weightVecs;
    private final Vec[] biasVecs;
    /**
     * The biases as the device holds them (rounded to float for a float32 network), so the heap passes add what
     * the GEMMs' weights were rounded with and a saved and reloaded network computes the same bits.
     */
    private final double[][] deviceBiases;
    private boolean deviceWeightsStale = true;

    /**
     * @param layerSizes  input count, hidden widths..., output count (at least two entries)
     * @param activation  hidden-layer activation (the output layer is linear)
     * @param dataType    DOUBLE or FLOAT
     * @param inputLower  lower corner of the input box, or null for no normalization
     * @param inputUpper  upper corner of the input box; inputs are mapped affinely to [-1, 1]
     * @param seed        seed of the Glorot-normal initialization (biases start at zero)
     */
    public Mlp(int[] layerSizes, Activation activation, DataType dataType, double[] inputLower, double[] inputUpper,
            long seed) {
        this(layerSizes, activation, dataType, inputLower, inputUpper, null, seed);
    }

    /**
     * A network with some inputs embedded periodically: such an input enters the first layer as two features,
     * cos θ and sin θ with θ = 2π (x - lower) / (upper - lower), so every output and every derivative is periodic in
     * it with the input box's width as the period, by construction. {@code layerSizes[0]} is the first layer's
     * fan-in, {@link #featureCount(boolean[]) featureCount(periodicInputs)}.
     *
     * @param periodicInputs per input whether it is embedded periodically (needs the input box), or null for none
     */
    public Mlp(int[] layerSizes, Activation activation, DataType dataType, double[] inputLower, double[] inputUpper,
            boolean[] periodicInputs, long seed) {
        if (layerSizes == null || layerSizes.length < 2) {
            throw new IllegalArgumentException("layer sizes need at least an input and an output size, got "
                    + Arrays.toString(layerSizes));
        }
        for (int k = 0; k < layerSizes.length; k++) {
            if (layerSizes[k] < 1) {
                throw new IllegalArgumentException("layer " + k + " has size " + layerSizes[k] + "; sizes must be >= 1");
            }
        }
        if (dataType != DataType.DOUBLE && dataType != DataType.FLOAT) {
            throw new IllegalArgumentException("data type " + dataType + " is not supported; use DOUBLE or FLOAT");
        }
        this.layerSizes = layerSizes.clone();
        this.activation = activation;
        this.dataType = dataType;
        int inputs = periodicInputs == null ? layerSizes[0] : periodicInputs.length;
        this.periodicInputs = periodicInputs == null ? new boolean[inputs] : periodicInputs.clone();
        if (featureCount(this.periodicInputs) != layerSizes[0]) {
            throw new IllegalArgumentException("the first layer reads " + layerSizes[0] + " values, but " + inputs
                    + " inputs with periodic ones " + Arrays.toString(this.periodicInputs) + " make "
                    + featureCount(this.periodicInputs));
        }
        if (inputLower == null && featureCount(this.periodicInputs) != inputs) {
            throw new IllegalArgumentException("a periodic input needs the input box: its width is the period");
        }
        this.featureColumn = new int[inputs];
        for (int i = 1; i < inputs; i++) {
            featureColumn[i] = featureColumn[i - 1] + (this.periodicInputs[i - 1] ? 2 : 1);
        }
        this.inputCenter = new double[inputs];
        this.inputHalfWidth = new double[inputs];
        this.inputLower = new double[inputs];
        this.inputUpper = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            if (inputLower == null) {
                inputHalfWidth[i] = 1.0;
            } else {
                if (inputLower.length != inputs || inputUpper == null || inputUpper.length != inputs) {
                    throw new IllegalArgumentException("input box needs " + inputs + " lower and upper bounds");
                }
                if (!(inputUpper[i] > inputLower[i])) {
                    throw new IllegalArgumentException("input " + i + ": upper bound " + inputUpper[i]
                            + " must exceed lower bound " + inputLower[i]);
                }
                inputCenter[i] = 0.5 * (inputLower[i] + inputUpper[i]);
                inputHalfWidth[i] = 0.5 * (inputUpper[i] - inputLower[i]);
            }
            this.inputLower[i] = inputCenter[i] - inputHalfWidth[i];
            this.inputUpper[i] = inputCenter[i] + inputHalfWidth[i];
            if (inputLower != null) {
                // keep the bounds exactly as given: a copy rebuilt from them normalizes bit-identically
                this.inputLower[i] = inputLower[i];
                this.inputUpper[i] = inputUpper[i];
            }
        }
        int layers = layerSizes.length - 1;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = offset;
            offset += layerSizes[l] * layerSizes[l + 1];
            biasOffsets[l] = offset;
            offset += layerSizes[l + 1];
        }
        parameters = new double[offset];
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        weightVecs = new Vec[layers];
        biasVecs = new Vec[layers];
        deviceBiases = new double[layers][];
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < layers; l++) {
            weights[l] = Nd4j.create(dataType, layerSizes[l], layerSizes[l + 1]);
            biases[l] = Nd4j.create(dataType, 1, layerSizes[l + 1]);
            weightVecs[l] = Vec.of(weights[l]);
            biasVecs[l] = Vec.of(biases[l]);
            deviceBiases[l] = new double[layerSizes[l + 1]];
            double std = Math.sqrt(2.0 / (layerSizes[l] + layerSizes[l + 1]));
            for (int k = 0; k < layerSizes[l] * layerSizes[l + 1]; k++) {
                parameters[weightOffsets[l] + k] = std * random.nextGaussian();
            }
        }
    }

    public int[] layerSizes() {
        return layerSizes.clone();
    }

    /** The number of inputs (coordinates, and a parametric PINN's parameters) a point has. */
    public int inputCount() {
        return periodicInputs.length;
    }

    /** Per input whether it is embedded periodically (see the constructor). */
    public boolean[] periodicInputs() {
        return periodicInputs.clone();
    }

    /** The first layer's fan-in for inputs embedded as given: one value per input, two per periodic one. */
    public static int featureCount(boolean[] periodicInputs) {
        int count = 0;
        for (boolean periodic : periodicInputs) {
            count += periodic ? 2 : 1;
        }
        return count;
    }

    public int outputCount() {
        return layerSizes[layerSizes.length - 1];
    }

    public Activation activation() {
        return activation;
    }

    public DataType dataType() {
        return dataType;
    }

    public int parameterCount() {
        return parameters.length;
    }

    /** Offset of layer {@code l}'s weight matrix (row-major, fan-in × fan-out) in the flat parameters. */
    public int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    /** Offset of layer {@code l}'s bias vector in the flat parameters. */
    public int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    /** A copy of the parameters. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** Replaces all parameters (copied). */
    public void setParameters(double[] values) {
        if (values.length != parameters.length) {
            throw new IllegalArgumentException("expected " + parameters.length + " parameters, got " + values.length);
        }
        System.arraycopy(values, 0, parameters, 0, parameters.length);
        deviceWeightsStale = true;
    }

    /**
     * Lower and upper corner of the normalization box exactly as given to the constructor ([-1, 1] per
     * input if none was given): a network built with them normalizes bit-identically.
     */
    public double[][] inputBox() {
        return new double[][] { inputLower.clone(), inputUpper.clone() };
    }

    /**
     * A network of the same layout (sizes, activation, dtype, input box and periodic inputs) with zero-seed initial
     * weights: a copy to set parameters into that normalizes and embeds inputs bit-identically.
     */
    public Mlp sameLayout() {
        return new Mlp(layerSizes, activation, dataType, inputLower, inputUpper, periodicInputs, 0L);
    }

    /** Preallocates every buffer a forward and backward pass over {@code points} points needs. */
    public Workspace workspace(int points, DerivativePlan plan) {
        return workspace(points, plan, Parallelism.threads());
    }

    /** {@link #workspace(int, DerivativePlan)} on at most {@code threads} threads (1: the calling thread alone). */
    public Workspace workspace(int points, DerivativePlan plan, int threads) {
        if (plan.inputCount() != inputCount()) {
            throw new IllegalArgumentException("derivative plan is for " + plan.inputCount()
                    + " inputs, the network has " + inputCount());
        }
        return new Workspace(this, points, plan, threads);
    }

    private void uploadWeightsIfStale() {
        if (!deviceWeightsStale) {
            return;
        }
        for (int l = 0; l < weights.length; l++) {
            Vec w = weightVecs[l];
            int count = layerSizes[l] * layerSizes[l + 1];
            for (int k = 0; k < count; k++) {
                w.set(k, parameters[weightOffsets[l] + k]);
            }
            Vec b = biasVecs[l];
            for (int k = 0; k < layerSizes[l + 1]; k++) {
                b.set(k, parameters[biasOffsets[l] + k]);
            }
            b.read(0, deviceBiases[l], 0, layerSizes[l + 1]);
        }
        deviceWeightsStale = false;
    }

    /**
     * Evaluates the network and the plan's derivative streams at {@code points} (row-major,
     * {@code size × inputCount}). Results stay in the workspace: read them with
     * {@link Workspace#output} or {@link Workspace#outputColumn}.
     */
    public void forward(Workspace ws, double[] points) {
        if (ws.network != this) {
            throw new IllegalArgumentException("workspace belongs to another network");
        }
        int d = inputCount();
        if (points.length != ws.size * d) {
            throw new IllegalArgumentException("expected " + ws.size + " points × " + d + " coordinates = "
                    + ws.size * d + " values, got " + points.length);
        }
        uploadWeightsIfStale();
        ws.backwardReady = true;
        ws.runOnShards(shard -> timed(() -> forwardShard(ws.shards[shard], points, ws.firstPoint[shard])));
        // native memory is reached through raw addresses: keep its owners alive until the work is done
        Reference.reachabilityFence(ws);
        Reference.reachabilityFence(this);
    }

    /**
     * Values only, for solving with a trained network: like {@link #forward} on a values-only plan but
     * without the activation derivatives a backward pass needs (about half the elementwise work).
     * {@link #backward} must not follow it.
     */
    public void infer(Workspace ws, double[] points) {
        infer(ws, points, false);
    }

    /**
     * {@link #infer(Workspace, double[])}, optionally with the float-accurate tanh of
     * {@link Activation#applyValuesFast} (outputs within about 1e-7 of the exact ones for typical networks).
     */
    public void infer(Workspace ws, double[] points, boolean fastActivations) {
        if (ws.network != this) {
            throw new IllegalArgumentException("workspace belongs to another network");
        }
        if (ws.plan.firstDerivativeCount() + ws.plan.secondDerivativeCount() > 0) {
            throw new IllegalArgumentException("inference computes values only; the workspace's plan has derivative streams");
        }
        int d = inputCount();
        if (points.length != ws.size * d) {
            throw new IllegalArgumentException("expected " + ws.size + " points × " + d + " coordinates = "
                    + ws.size * d + " values, got " + points.length);
        }
        uploadWeightsIfStale();
        ws.backwardReady = false;
        ws.runOnShards(shard -> inferShard(ws.shards[shard], points, ws.firstPoint[shard], fastActivations));
        Reference.reachabilityFence(ws);
        Reference.reachabilityFence(this);
    }

    /** Rows of a layer processed per chunk in inference: a chunk of a 50-wide layer is 100 KB, cache-sized. */
    private static final int INFERENCE_CHUNK_ROWS = 256;

    /**
     * Values only: GEMM per layer, then bias and activation on heap chunks (bulk-copied), which the JIT
     * compiles to tight loops; the per-element accessor calls of the training path cost as much as the math.
     */
    private void inferShard(Shard ws, double[] allPoints, int firstPoint, boolean fast) {
        int n = ws.size, features = layerSizes[0];
        double[] chunk = new double[INFERENCE_CHUNK_ROWS * maxWidth()];
        double[] scratch = new double[chunk.length];
        for (int row = 0; row < n; row += INFERENCE_CHUNK_ROWS) {
            int rows = Math.min(INFERENCE_CHUNK_ROWS, n - row);
            for (int r = 0; r < rows; r++) {
                encode(allPoints, firstPoint + row + r, chunk, r * features);
            }
            ws.stackVec[0].write(row * features, chunk, 0, rows * features);
        }
        int layers = weights.length;
        for (int l = 0; l < layers; l++) {
            int width = layerSizes[l + 1];
            Blas.gemm(false, false, n, width, layerSizes[l], 1.0, ws.stackVec[l], weightVecs[l], 0.0,
                    ws.preActivationVec[l]);
            double[] bias = deviceBiases[l];
            Vec target = l < layers - 1 ? ws.stackVec[l + 1] : ws.preActivationVec[l];
            for (int row = 0; row < n; row += INFERENCE_CHUNK_ROWS) {
                int rows = Math.min(INFERENCE_CHUNK_ROWS, n - row);
                int length = rows * width;
                ws.preActivationVec[l].read(row * width, chunk, 0, length);
                for (int r = 0; r < rows; r++) {
                    int offset = r * width;
                    for (int c = 0; c < width; c++) {
                        chunk[offset + c] += bias[c];
                    }
                }
                if (l < layers - 1) {
                    activation.applyValuesInPlace(chunk, scratch, length, fast);
                }
                target.write(row * width, chunk, 0, length);
            }
        }
    }

    /**
     * The first layer's input for point {@code point} of {@code allPoints}: normalized values, and (cos θ, sin θ) for a
     * periodic input. StrictMath, so a training gives the same bits on every JVM.
     */
    private void encode(double[] allPoints, int point, double[] target, int offset) {
        int d = periodicInputs.length;
        for (int i = 0; i < d; i++) {
            double x = allPoints[point * d + i];
            int column = offset + featureColumn[i];
            if (periodicInputs[i]) {
                double theta = Math.PI * (x - inputLower[i]) / inputHalfWidth[i];
                target[column] = StrictMath.cos(theta);
                target[column + 1] = StrictMath.sin(theta);
            } else {
                target[column] = (x - inputCenter[i]) / inputHalfWidth[i];
            }
        }
    }

    private int maxWidth() {
        int widest = 0;
        for (int size : layerSizes) {
            widest = Math.max(widest, size);
        }
        return widest;
    }

    private void forwardShard(Shard ws, double[] allPoints, int firstPoint) {
        int n = ws.size, features = layerSizes[0];
        DerivativePlan plan = ws.plan;
        // Input stack: normalized values; d/dx_i of the normalized input is e_i / halfWidth_i; second
        // derivatives of the inputs are zero (the workspace keeps those rows at zero). A periodic input's
        // features (cos θ, sin θ) have θ-dependent derivatives: d/dx = ω (-sin θ, cos θ), d²/dx² = -ω² (cos θ, sin θ);
        // mixed ones with other inputs stay zero.
        Vec input = ws.stackVec[0];
        double[] row = new double[features];
        for (int p = 0; p < n; p++) {
            encode(allPoints, firstPoint + p, row, 0);
            input.write(p * features, row, 0, features);
        }
        for (int k = 0; k < plan.firstDerivativeCount(); k++) {
            int base = (1 + k) * n * features;
            int i = plan.firstInput(k);
            int column = featureColumn[i];
            for (int p = 0; p < n; p++) {
                if (periodicInputs[i]) {
                    double omega = Math.PI / inputHalfWidth[i];
                    input.set(base + p * features + column, -omega * input.get(p * features + column + 1));
                    input.set(base + p * features + column + 1, omega * input.get(p * features + column));
                } else {
                    input.set(base + p * features + column, 1.0 / inputHalfWidth[i]);
                }
            }
        }
        for (int k = 0; k < plan.secondDerivativeCount(); k++) {
            int[] pair = plan.secondPair(k);
            int i = pair[0];
            if (pair[1] != i || !periodicInputs[i]) {
                continue;
            }
            int base = (1 + plan.firstDerivativeCount() + k) * n * features;
            int column = featureColumn[i];
            double omegaSquared = Math.PI * Math.PI / (inputHalfWidth[i] * inputHalfWidth[i]);
            for (int p = 0; p < n; p++) {
                input.set(base + p * features + column, -omegaSquared * input.get(p * features + column));
                input.set(base + p * features + column + 1, -omegaSquared * input.get(p * features + column + 1));
            }
        }
        int layers = weights.length;
        for (int l = 0; l < layers; l++) {
            Blas.gemm(false, false, ws.streams * n, layerSizes[l + 1], layerSizes[l], 1.0, ws.stackVec[l],
                    weightVecs[l], 0.0, ws.preActivationVec[l]);
            if (l < layers - 1) {
                activate(ws, l);
            } else {
                addBiasToValueRows(ws.preActivationVec[l], biasVecs[l], n, layerSizes[l + 1]);
            }
        }
    }

    /** Points per chunk of the elementwise passes: a chunk of every stream of a 64-wide layer stays in L1/L2. */
    static final int CHUNK_POINTS = 16;
    /**
     * Points per tile: the unit a thread runs through every layer before the next one, sized so that a layer's
     * arrays of a tile (streams × points × width) stay in the level-2 cache.
     */
    public static final int TILE_POINTS = 128;

    private static void addBiasToValueRows(Vec z, Vec bias, int n, int width) {
        for (int p = 0; p < n; p++) {
            int row = p * width;
            for (int c = 0; c < width; c++) {
                z.add(row + c, bias.get(c));
            }
        }
    }

    /**
     * Bias, a = σ(z) and the derivative streams by the forward-mode rules (a_i = σ' z_i, a_ij = σ'' z_i z_j +
     * σ' z_ij), chunk by chunk on heap copies: one pass over each stream, σ' and σ'' never stored.
     */
    private void activate(Shard ws, int l) {
        int n = ws.size;
        int width = layerSizes[l + 1];
        int block = n * width;
        DerivativePlan plan = ws.plan;
        int firsts = plan.firstDerivativeCount();
        Vec z = ws.preActivationVec[l];
        Vec a = ws.stackVec[l + 1];
        boolean fast = dataType == DataType.FLOAT;
        boolean keepBiasedValues = !activation.derivativesFromValue(); // the reverse pass reads them
        double[] bias = deviceBiases[l];
        double[][] in = ws.chunkIn;
        double[][] out = ws.chunkOut;
        double[] s1 = ws.chunkS1;
        double[] s2 = ws.chunkS2;
        for (int first = 0; first < n; first += CHUNK_POINTS) {
            int rows = Math.min(CHUNK_POINTS, n - first);
            int length = rows * width;
            int offset = first * width;
            double[] values = in[0];
            z.read(offset, values, 0, length);
            for (int r = 0; r < rows; r++) {
                int row = r * width;
                for (int c = 0; c < width; c++) {
                    values[row + c] += bias[c];
                }
            }
            activation.forward(values, out[0], s1, s2, length, fast);
            a.write(offset, out[0], 0, length);
            if (keepBiasedValues) {
                z.write(offset, values, 0, length);
            }
            for (int k = 0; k < firsts; k++) {
                int s = 1 + k;
                double[] zs = in[s];
                double[] as = out[s];
                z.read(s * block + offset, zs, 0, length);
                for (int e = 0; e < length; e++) {
                    as[e] = s1[e] * zs[e];
                }
                a.write(s * block + offset, as, 0, length);
            }
            for (int k = 0; k < plan.secondDerivativeCount(); k++) {
                int s = 1 + firsts + k;
                double[] zs = in[s];
                double[] zi = in[plan.secondStreamI[k]];
                double[] zj = in[plan.secondStreamJ[k]];
                double[] as = out[s];
                z.read(s * block + offset, zs, 0, length);
                for (int e = 0; e < length; e++) {
                    as[e] = s2[e] * zi[e] * zj[e] + s1[e] * zs[e];
                }
                a.write(s * block + offset, as, 0, length);
            }
        }
    }

    /** Runs a shard's pass, counting its time for {@link StepTimes} when that is on. */
    private static void timed(Runnable pass) {
        if (StepTimes.enabled()) {
            long start = System.nanoTime();
            pass.run();
            StepTimes.addNetwork(System.nanoTime() - start);
        } else {
            pass.run();
        }
    }

    /**
     * Back-propagates the output adjoints set in the workspace ({@link Workspace#setOutputAdjoint}) and
     * writes dLoss/dParameters into {@code gradientOut} (overwritten, length {@link #parameterCount()}).
     * Must follow {@link #forward} on the same workspace.
     */
    public void backward(Workspace ws, double[] gradientOut) {
        if (gradientOut.length != parameters.length) {
            throw new IllegalArgumentException("gradient needs " + parameters.length + " entries, got "
                    + gradientOut.length);
        }
        if (!ws.backwardReady) {
            throw new IllegalStateException("backward needs a forward pass on this workspace (infer does not keep what it needs)");
        }
        Parallelism.run(ws.threads, thread -> {
            double[] partial = ws.gradients[thread];
            Arrays.fill(partial, 0.0);
            AdjointBuffers buffers = ws.adjointBuffers(thread);
            for (int tile = ws.firstTile(thread); tile < ws.firstTile(thread + 1); tile++) {
                Shard shard = ws.shards[tile];
                timed(() -> backwardShard(shard, buffers, partial));
            }
        });
        Reference.reachabilityFence(ws);
        Reference.reachabilityFence(this);
        System.arraycopy(ws.gradients[0], 0, gradientOut, 0, gradientOut.length);
        for (int thread = 1; thread < ws.threads; thread++) {
            double[] partial = ws.gradients[thread];
            for (int k = 0; k < gradientOut.length; k++) {
                gradientOut[k] += partial[k];
            }
        }
    }

    /** One tile's reverse pass; adds its gradient to {@code gradientOut}. */
    private void backwardShard(Shard ws, AdjointBuffers buffers, double[] gradientOut) {
        int n = ws.size;
        int layers = weights.length;
        Vec dz = ws.outputAdjointVec; // dLoss/dZ of the current layer
        int rows = ws.streams * n;
        for (int l = layers - 1; l >= 0; l--) {
            int fanIn = layerSizes[l], fanOut = layerSizes[l + 1];
            Blas.gemm(true, false, fanIn, fanOut, rows, 1.0, ws.stackVec[l], dz, 0.0, ws.weightGradientVec[l]);
            Vec dw = ws.weightGradientVec[l];
            int wOffset = weightOffsets[l];
            for (int k = 0; k < fanIn * fanOut; k++) {
                gradientOut[wOffset + k] += dw.get(k);
            }
            if (l == layers - 1) {
                // the hidden layers' bias gradients are summed as their adjoints are made (activationBackward)
                int bOffset = biasOffsets[l];
                for (int p = 0; p < n; p++) {
                    for (int c = 0; c < fanOut; c++) {
                        gradientOut[bOffset + c] += dz.get(p * fanOut + c);
                    }
                }
            }
            if (l > 0) {
                Blas.gemm(false, true, rows, fanIn, fanOut, 1.0, dz, weightVecs[l], 0.0, buffers.stackAdjointVec);
                // this layer's dz has been used by both GEMMs: the one below replaces it
                activationBackward(ws, l - 1, buffers.stackAdjointVec, buffers.preActivationAdjointVec, gradientOut);
                dz = buffers.preActivationAdjointVec;
            }
        }
    }

    /**
     * From dLoss/dA (all streams of hidden layer l's output) to dLoss/dZ, by differentiating the forward-mode rules
     * a = σ(z), a_i = σ' z_i, a_ij = σ'' z_i z_j + σ' z_ij, chunk by chunk on heap copies; the layer's bias
     * gradient (the sum of the value rows of dLoss/dZ) is summed on the way.
     */
    private void activationBackward(Shard ws, int l, Vec da, Vec dz, double[] gradientOut) {
        int n = ws.size;
        int width = layerSizes[l + 1];
        int block = n * width;
        DerivativePlan plan = ws.plan;
        int firsts = plan.firstDerivativeCount();
        int streams = ws.streams;
        Vec z = ws.preActivationVec[l];
        // tanh's derivatives come from a = σ(z), the others' from the biased z the forward pass kept
        Vec source = activation.derivativesFromValue() ? ws.stackVec[l + 1] : z;
        double[][] g = ws.chunkIn;
        double[][] zs = ws.chunkOut;
        double[][] out = ws.chunkAdjoint;
        double[] s1 = ws.chunkS1;
        double[] s2 = ws.chunkS2;
        double[] s3 = ws.chunkS3;
        int biasOffset = biasOffsets[l];
        for (int first = 0; first < n; first += CHUNK_POINTS) {
            int rows = Math.min(CHUNK_POINTS, n - first);
            int length = rows * width;
            int offset = first * width;
            source.read(offset, zs[0], 0, length);
            activation.derivatives(zs[0], s1, s2, s3, length);
            for (int s = 0; s < streams; s++) {
                da.read(s * block + offset, g[s], 0, length);
                if (s > 0) {
                    z.read(s * block + offset, zs[s], 0, length);
                }
            }
            Kernels.activationAdjoint(g, zs, out, s1, s2, s3, length, firsts, plan.secondStreamI, plan.secondStreamJ);
            double[] value = out[0];
            for (int s = 0; s < streams; s++) {
                dz.write(s * block + offset, out[s], 0, length);
            }
            for (int r = 0; r < rows; r++) {
                int row = r * width;
                for (int c = 0; c < width; c++) {
                    gradientOut[biasOffset + c] += value[row + c];
                }
            }
        }
    }

    /**
     * Every buffer of one network for one contiguous range of points: the stacked streams per layer,
     * pre-activations, activation derivatives, adjoints and weight gradients.
     */
    static final class Shard {
        final Mlp network;
        final int size;
        final DerivativePlan plan;
        final int streams;
        final INDArray[] stack; // layer inputs, streams stacked: (streams*size) × fanIn
        final Vec[] stackVec;
        final INDArray[] preActivation; // (streams*size) × fanOut
        final Vec[] preActivationVec;
        /** Heap chunks of every stream for the elementwise passes (see {@link Mlp#CHUNK_POINTS}). */
        final double[][] chunkIn, chunkOut, chunkAdjoint;
        final double[] chunkS1, chunkS2, chunkS3;
        final INDArray[] weightGradient;
        final Vec[] weightGradientVec;
        final INDArray outputAdjoint;
        final Vec outputAdjointVec;

        Vec stackOutput() {
            return preActivationVec[network.weights.length - 1];
        }

        private Shard(Mlp network, int size, DerivativePlan plan) {
            if (size < 1) {
                throw new IllegalArgumentException("a workspace needs at least one point, got " + size);
            }
            this.network = network;
            this.size = size;
            this.plan = plan;
            this.streams = plan.streamCount();
            int layers = network.weights.length;
            int[] sizes = network.layerSizes;
            DataType type = network.dataType;
            stack = new INDArray[layers + 1];
            stackVec = new Vec[layers + 1];
            preActivation = new INDArray[layers];
            preActivationVec = new Vec[layers];
            weightGradient = new INDArray[layers];
            weightGradientVec = new Vec[layers];
            for (int l = 0; l <= layers; l++) {
                stack[l] = Nd4j.create(type, (long) streams * size, sizes[l]);
                stackVec[l] = Vec.of(stack[l]);
            }
            for (int l = 0; l < layers; l++) {
                preActivation[l] = Nd4j.create(type, (long) streams * size, sizes[l + 1]);
                preActivationVec[l] = Vec.of(preActivation[l]);
                weightGradient[l] = Nd4j.create(type, sizes[l], sizes[l + 1]);
                weightGradientVec[l] = Vec.of(weightGradient[l]);
            }
            int chunk = CHUNK_POINTS * network.maxWidth();
            chunkIn = new double[streams][chunk];
            chunkOut = new double[streams][chunk];
            chunkAdjoint = new double[streams][chunk];
            chunkS1 = new double[chunk];
            chunkS2 = new double[chunk];
            chunkS3 = new double[chunk];
            outputAdjoint = Nd4j.create(type, (long) streams * size, sizes[layers]);
            outputAdjointVec = Vec.of(outputAdjoint);
        }
    }

    /**
     * The reverse pass's adjoints of one thread, dLoss/dA of a hidden layer's output and dLoss/dZ of its
     * pre-activation, every stream, shared by the thread's tiles and the layers (row-major, a tile's rows × the layer's
     * width from the start): a layer's adjoints are used only until the layer below has its own. With one pair per
     * tile and layer they were out of the core's cache: writing them took 7.2 of the reverse pass's 28.8 s
     * elementwise time in an instrumented benchmark run, 2.3 s with these.
     */
    static final class AdjointBuffers {
        final INDArray stackAdjoint;
        final Vec stackAdjointVec;
        final INDArray preActivationAdjoint;
        final Vec preActivationAdjointVec;

        AdjointBuffers(DataType type, long rows, int width) {
            stackAdjoint = Nd4j.create(type, rows, width);
            stackAdjointVec = Vec.of(stackAdjoint);
            preActivationAdjoint = Nd4j.create(type, rows, width);
            preActivationAdjointVec = Vec.of(preActivationAdjoint);
        }
    }

    /**
     * All buffers of one network at one point count and derivative plan, reused across steps. The points
     * are split into contiguous shards that run forward and backward on their own threads, each with its
     * own single-threaded GEMMs (see {@link Parallelism}); a small point set is one shard.
     */
    public static final class Workspace {
        final Mlp network;
        final int size;
        final DerivativePlan plan;
        /** The tiles, in point order; thread t runs tiles {@link #firstTile}(t) to firstTile(t + 1) - 1. */
        final Shard[] shards;
        final int[] firstPoint;
        final int threads;
        /** Per thread: the gradient its tiles add up. */
        final double[][] gradients;
        /** Per thread, made by the first reverse pass (inference needs none). */
        private final AdjointBuffers[] adjointBuffers;
        boolean backwardReady;

        private Workspace(Mlp network, int size, DerivativePlan plan, int shardCount) {
            if (size < 1) {
                throw new IllegalArgumentException("a workspace needs at least one point, got " + size);
            }
            this.network = network;
            this.size = size;
            this.plan = plan;
            threads = Math.max(1, Math.min(shardCount, size / Parallelism.MIN_POINTS_PER_SHARD));
            // each thread runs its points as tiles, every layer of one tile before the next, so that what a layer
            // writes is still in the cache when the next one reads it (the elementwise work is memory-bound)
            int perThread = Math.max(1, (int) Math.ceil(size / (double) threads / TILE_POINTS));
            int count = Math.min(size, threads * perThread);
            shards = new Shard[count];
            firstPoint = new int[count];
            for (int k = 0; k < count; k++) {
                firstPoint[k] = (int) ((long) size * k / count);
                int next = (int) ((long) size * (k + 1) / count);
                shards[k] = new Shard(network, next - firstPoint[k], plan);
            }
            gradients = new double[threads][network.parameterCount()];
            adjointBuffers = new AdjointBuffers[threads];
        }

        /** The adjoint buffers of thread {@code thread}, sized for its largest tile and the widest layer. */
        AdjointBuffers adjointBuffers(int thread) {
            if (adjointBuffers[thread] == null) {
                int largest = 0;
                for (int tile = firstTile(thread); tile < firstTile(thread + 1); tile++) {
                    largest = Math.max(largest, shards[tile].size);
                }
                adjointBuffers[thread] = new AdjointBuffers(network.dataType, (long) plan.streamCount() * largest,
                        network.maxWidth());
            }
            return adjointBuffers[thread];
        }

        /** The first tile of thread {@code thread} (the tile count for {@code thread == threads}). */
        int firstTile(int thread) {
            return (int) ((long) shards.length * thread / threads);
        }

        /** Runs {@code task} on every tile, each thread its own tiles in order. */
        void runOnShards(java.util.function.IntConsumer task) {
            Parallelism.run(threads, thread -> {
                for (int tile = firstTile(thread); tile < firstTile(thread + 1); tile++) {
                    task.accept(tile);
                }
            });
        }

        public int size() {
            return size;
        }

        public DerivativePlan plan() {
            return plan;
        }

        /** Number of threads the points are split across. */
        public int shardCount() {
            return threads;
        }

        /** Number of tiles the points are processed in (see {@link Mlp#TILE_POINTS}). */
        public int tileCount() {
            return shards.length;
        }

        private int shardOf(int point) {
            int found = Arrays.binarySearch(firstPoint, point);
            return found >= 0 ? found : -found - 2;
        }

        /** Checks indices before native memory is touched (direct access has no bounds checks of its own). */
        private void check(int stream, int field) {
            if (stream < 0 || stream >= plan.streamCount()) {
                throw new IllegalArgumentException("stream " + stream + " is not computed by this workspace's plan ("
                        + plan + ")");
            }
            if (field < 0 || field >= network.outputCount()) {
                throw new IllegalArgumentException("field " + field + " outside 0.." + (network.outputCount() - 1));
            }
        }

        /** Output {@code field} of stream {@code stream} at point {@code point}. */
        public double output(int stream, int point, int field) {
            check(stream, field);
            if (point < 0 || point >= size) {
                throw new IllegalArgumentException("point " + point + " outside 0.." + (size - 1));
            }
            int k = shardOf(point);
            Shard shard = shards[k];
            int outputs = network.outputCount();
            return shard.stackOutput().get((stream * shard.size + point - firstPoint[k]) * outputs + field);
        }

        /** Copies one output field of one stream for all points into {@code destination}. */
        public void outputColumn(int stream, int field, double[] destination) {
            check(stream, field);
            if (destination.length < size) {
                throw new IllegalArgumentException("destination holds " + destination.length + " values, need " + size);
            }
            int outputs = network.outputCount();
            for (int k = 0; k < shards.length; k++) {
                Shard shard = shards[k];
                Vec out = shard.stackOutput();
                int base = stream * shard.size * outputs;
                int offset = firstPoint[k];
                for (int p = 0; p < shard.size; p++) {
                    destination[offset + p] = out.get(base + p * outputs + field);
                }
            }
        }

        /** Zeroes all output adjoints before a new loss is accumulated. */
        public void clearOutputAdjoint() {
            for (Shard shard : shards) {
                // A Java loop, not INDArray.assign: any ND4J op wakes its OpenMP workers, which then spin
                // and steal the cores from OpenBLAS and from this thread for milliseconds afterwards.
                long length = shard.outputAdjoint.length();
                for (int k = 0; k < length; k++) {
                    shard.outputAdjointVec.set(k, 0.0);
                }
            }
        }

        /** Sets dLoss/d(output {@code field} of stream {@code stream}) for all points. */
        public void setOutputAdjoint(int stream, int field, double[] adjoint) {
            check(stream, field);
            if (adjoint.length < size) {
                throw new IllegalArgumentException("adjoint holds " + adjoint.length + " values, need " + size);
            }
            int outputs = network.outputCount();
            for (int k = 0; k < shards.length; k++) {
                Shard shard = shards[k];
                int base = stream * shard.size * outputs;
                int offset = firstPoint[k];
                for (int p = 0; p < shard.size; p++) {
                    shard.outputAdjointVec.set(base + p * outputs + field, adjoint[offset + p]);
                }
            }
        }
    }
}
