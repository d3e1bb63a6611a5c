package org.hyperlora.engine.hyper;

import java.util.List;

import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.reference.ReferenceData;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingStage;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A study in the engine's terms: the problem, the parameter range and values, and every setting the training
 * pipeline, the solvers and the command line need. The model bundle makes it from a study file; it is what
 * {@link TrainingPipeline} trains.
 *
 * @param name            the study's name
 * @param problem         equations, domain, conditions, hard constraints and point sampling
 * @param coordinates     coordinate names in point order
 * @param fields          field names in output order
 * @param range           the parameters' ranges and scales (the hypernetwork's domain)
 * @param referenceValue  where the base network is trained
 * @param network         network shape and seed
 * @param lora            adapter ranks
 * @param hyper           hypernetwork settings
 * @param baseStages      training plan of the base PINN (and of a PINN retrained from scratch)
 * @param fitStages       training plan of each per-instance LoRA fit
 * @param trainingValues  parameter vectors with per-instance fits
 * @param testValues      held-out parameter vectors
 * @param reference       the built-in exact solution, or null
 * @param referenceData   solution data read from the study's data file (errors are measured at its rows), or null
 * @param meanShiftedFields fields compared after subtracting means
 * @param method          what is trained: the HyperLoRA surrogate or a parametric PINN
 */
public record StudySetup(String name, PinnProblem problem, List<String> coordinates, List<String> fields,
        ParameterRange range, double[] referenceValue, Network network, Lora lora, Hyper hyper,
        List<TrainingStage> baseStages, List<TrainingStage> fitStages, double[][] trainingValues,
        double[][] testValues, ReferenceSolution reference, ReferenceData referenceData,
        List<String> meanShiftedFields, Method method) {

    /** The collections are copied: an engine study is a snapshot, shared by solvers and runs. */
    public StudySetup {
        coordinates = List.copyOf(coordinates);
        fields = List.copyOf(fields);
        meanShiftedFields = List.copyOf(meanShiftedFields);
        java.util.Objects.requireNonNull(method, "method");
    }

    /** A HyperLoRA study. */
    public StudySetup(String name, PinnProblem problem, List<String> coordinates, List<String> fields,
            ParameterRange range, double[] referenceValue, Network network, Lora lora, Hyper hyper,
            List<TrainingStage> baseStages, List<TrainingStage> fitStages, double[][] trainingValues,
            double[][] testValues, ReferenceSolution reference, ReferenceData referenceData,
            List<String> meanShiftedFields) {
        this(name, problem, coordinates, fields, range, referenceValue, network, lora, hyper, baseStages, fitStages,
                trainingValues, testValues, reference, referenceData, meanShiftedFields, Method.HYPERLORA);
    }

    /** What a study trains. */
    public enum Method {
        /** Base PINN, per-instance LoRA fits, hypernetwork: {@link Surrogate}. */
        HYPERLORA("HyperLoRA surrogate"),
        /** One network with the parameters as extra inputs, trained on the physics across the range: {@link ParametricPinn}. */
        PARAMETRIC_PINN("parametric PINN");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** For people: "HyperLoRA surrogate", "parametric PINN". */
        public String label() {
            return label;
        }
    }

    /**
     * Network shape: hidden widths, activation, precision, initialization seed, and whether the periodic coordinates
     * are embedded (see {@link PinnProblem#newNetwork(int[], Activation, DataType, long, boolean)}).
     */
    public record Network(int[] hiddenWidths, Activation activation, DataType dataType, long seed,
            boolean periodicEmbedding) {

        /** Without a periodic embedding. */
        public Network(int[] hiddenWidths, Activation activation, DataType dataType, long seed) {
            this(hiddenWidths, activation, dataType, seed, false);
        }
    }

    /** LoRA: one rank for every layer, or one per dense layer (null when uniform). */
    public record Lora(int rank, int[] ranksPerLayer, boolean adaptBiases) {
    }

    /**
     * Hypernetwork shape and training. The physics stage runs {@code physicsRounds} rounds of {@code iterationsPerRound}
     * iterations, judged after each round midway between the training values: L-BFGS on a batch drawn per round (a
     * round that raises the loss there is undone), or Adam at {@code physicsLearningRate} on a fresh batch every step
     * (the stage ends on the best round).
     */
    public record Hyper(int[] hiddenWidths, Activation activation, HyperMode mode, double physicsWeight,
            double regressionWeight, int regressionIterations, int physicsRounds, int iterationsPerRound,
            int batchSize, long seed, PhysicsOptimizer physicsOptimizer, double physicsLearningRate) {

        /** With L-BFGS physics rounds. */
        public Hyper(int[] hiddenWidths, Activation activation, HyperMode mode, double physicsWeight,
                double regressionWeight, int regressionIterations, int physicsRounds, int iterationsPerRound,
                int batchSize, long seed) {
            this(hiddenWidths, activation, mode, physicsWeight, regressionWeight, regressionIterations, physicsRounds,
                    iterationsPerRound, batchSize, seed, PhysicsOptimizer.LBFGS, 1e-4);
        }
    }

    /** The optimizer of the hypernetwork's physics stage. */
    public enum PhysicsOptimizer {
        LBFGS, ADAM
    }

    /** A freshly initialized PINN for this study. */
    public Mlp newNetwork() {
        return problem.newNetwork(network.hiddenWidths(), network.activation(), network.dataType(), network.seed(),
                network.periodicEmbedding());
    }

    /** The physics loss at a parameter vector, with the study's loss weights (the problem carries them). */
    public PinnLoss loss(Mlp mlp, double[] parameterValues) {
        return problem.loss(mlp, parameterValues);
    }

    /** The LoRA adapter of the base network with the study's ranks. */
    public LoraAdapter lora(Mlp base, double[] baseWeights) {
        if (lora.ranksPerLayer() != null) {
            return new LoraAdapter(base, baseWeights, lora.ranksPerLayer(), lora.adaptBiases());
        }
        return LoraAdapter.uniform(base, baseWeights, lora.rank(), lora.adaptBiases());
    }
}
