package org.hyperlora.engine.hyper;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.Adam;
import org.hyperlora.engine.optim.DifferentiableObjective;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LbfgsResult;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.train.PinnLoss;
import org.hyperlora.engine.train.TrainingStage;

/**
 * The baseline users would pick instead of HyperLoRA, DeepXDE's advice for parametric PDEs: one PINN whose inputs are
 * the coordinates and the parameters (each on the unit scale of its range, so a log-scale parameter is read as its
 * logarithm), trained on the physics loss across the range. It trains within a wall-time budget, so it can be
 * compared with the HyperLoRA training at equal cost: Adam on a stratified batch of parameter values drawn afresh
 * each step for the first part of the budget, then L-BFGS on the study's training values.
 */
public final class ParametricPinn {

    /** The share of the budget spent in Adam before L-BFGS takes over. */
    private static final double ADAM_SHARE = 0.5;

    private final StudySetup setup;
    private final Mlp network;
    private final UnaryOperator<double[]> parameterInputs;

    /** A fresh network of the study's hidden widths, activation, precision and seed, one input more per parameter. */
    public ParametricPinn(StudySetup setup) {
        this.setup = setup;
        ParameterRange range = setup.range();
        this.parameterInputs = range::toUnit;
        var domain = setup.problem().domain();
        int d = domain.dimension(), p = range.dimension();
        int[] hidden = setup.network().hiddenWidths();
        boolean[] periodic = new boolean[d + p]; // the parameters are never periodic
        if (setup.network().periodicEmbedding()) {
            System.arraycopy(setup.problem().periodicCoordinates(), 0, periodic, 0, d);
        }
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = Mlp.featureCount(periodic);
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = setup.fields().size();
        double[] lower = Arrays.copyOf(domain.lower(), d + p);
        double[] upper = Arrays.copyOf(domain.upper(), d + p);
        Arrays.fill(upper, d, d + p, 1.0);
        this.network = new Mlp(sizes, setup.network().activation(), setup.network().dataType(), lower, upper, periodic,
                setup.network().seed());
    }

    /**
     * What a training did.
     *
     * @param adamSteps       Adam steps (one batch of {@code batchSize} values each)
     * @param lbfgsIterations L-BFGS iterations on the training values
     * @param seconds         wall time
     * @param loss            the mean physics loss over the training values at the end
     */
    public record Result(int adamSteps, int lbfgsIterations, double seconds, double loss) {
    }

    public int parameterCount() {
        return network.parameterCount();
    }

    /**
     * How long a training runs: a wall time (to compare with another method at equal cost; the last step or iteration
     * may run over by its own length), or a number of Adam steps and L-BFGS iterations (the same numbers on any
     * machine).
     */
    public record Budget(double seconds, int adamSteps, int lbfgsIterations) {

        public static Budget seconds(double seconds) {
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("a time budget must be positive and finite, got " + seconds + " s");
            }
            return new Budget(seconds, 0, 0);
        }

        public static Budget steps(int adamSteps, int lbfgsIterations) {
            if (adamSteps < 0 || lbfgsIterations < 0 || adamSteps + lbfgsIterations == 0) {
                throw new IllegalArgumentException("a step budget needs steps, got " + adamSteps + " Adam and "
                        + lbfgsIterations + " L-BFGS");
            }
            return new Budget(0, adamSteps, lbfgsIterations);
        }

        boolean timed() {
            return seconds > 0;
        }
    }

    /**
     * Trains within the budget.
     *
     * @param batchSize parameter values per Adam step
     * @param cancelled asked between steps; the training then stops where it is
     */
    public Result train(Budget budget, int batchSize, long seed, BooleanSupplier cancelled) {
        return train(budget, batchSize, seed, new org.hyperlora.engine.train.TrainingListener() {
            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        });
    }

    /** Stage names in progress reports: the Adam steps on batches across the range, then L-BFGS. */
    public static final java.util.List<String> STAGE_NAMES = java.util.List.of("adam", "lbfgs");
    /** Adam steps between progress reports. */
    private static final int REPORT_EVERY = 10;

    /**
     * {@link #train(Budget, int, long, BooleanSupplier)} reporting progress to {@code listener} (every
     * {@value #REPORT_EVERY} Adam steps and every L-BFGS iteration: stage 0 "adam", stage 1 "lbfgs"; a timed budget
     * reports 0 planned steps) and cancelled by it.
     */
    public Result train(Budget budget, int batchSize, long seed, org.hyperlora.engine.train.TrainingListener listener) {
        BooleanSupplier cancelled = listener::isCancelled;
        if (batchSize < 1) {
            throw new IllegalArgumentException("a parametric PINN needs a batch size >= 1, got " + batchSize);
        }
        long start = System.nanoTime();
        long adamEnd = start + (long) (ADAM_SHARE * budget.seconds() * 1e9);
        long end = start + (long) (budget.seconds() * 1e9);
        BatchObjective objective = new BatchObjective();
        double[] weights = network.parameters();
        double[] gradient = new double[weights.length];
        Adam adam = new Adam(weights.length, LearningRateSchedule.constant(adamLearningRate()));
        SplittableRandom random = new SplittableRandom(seed);
        int adamSteps = 0;
        double[] lastFinite = weights.clone();
        while ((budget.timed() ? System.nanoTime() < adamEnd : adamSteps < budget.adamSteps())
                && !cancelled.getAsBoolean()) {
            objective.batch = HyperTrainer.stratifiedBatch(setup.range(), batchSize, random);
            double value = objective.valueAndGradient(weights, gradient);
            if (!Double.isFinite(value)) {
                System.arraycopy(lastFinite, 0, weights, 0, weights.length); // a diverged step is not kept
                break;
            }
            System.arraycopy(weights, 0, lastFinite, 0, weights.length);
            adam.step(weights, gradient);
            adamSteps++;
            if (adamSteps % REPORT_EVERY == 0 || adamSteps == budget.adamSteps()) {
                listener.onProgress(new org.hyperlora.engine.train.TrainingProgress(0, STAGE_NAMES.get(0), adamSteps,
                        budget.adamSteps(), value, null, null, System.nanoTime() - start));
            }
        }
        objective.batch = setup.trainingValues();
        int[] iterations = { 0 };
        if (!cancelled.getAsBoolean() && (budget.timed() ? System.nanoTime() < end : budget.lbfgsIterations() > 0)) {
            LbfgsResult result = org.hyperlora.engine.optim.Lbfgs.minimize(objective, weights,
                    LbfgsOptions.forIterations(budget.timed() ? Integer.MAX_VALUE / 2 : budget.lbfgsIterations()),
                    (iteration, value, norm, evaluations) -> {
                        iterations[0] = iteration;
                        listener.onProgress(new org.hyperlora.engine.train.TrainingProgress(1, STAGE_NAMES.get(1),
                                iteration, budget.lbfgsIterations(), value, null, null, System.nanoTime() - start));
                        return (!budget.timed() || System.nanoTime() < end) && !cancelled.getAsBoolean();
                    });
            iterations[0] = result.iterations();
        }
        double loss = objective.valueAndGradient(weights, null);
        network.setParameters(weights);
        return new Result(adamSteps, iterations[0], (System.nanoTime() - start) / 1e9, loss);
    }

    /** The learning rate of the study's first Adam stage of the base PINN, else 1e-3. */
    private double adamLearningRate() {
        return setup.baseStages().stream().filter(TrainingStage.Adam.class::isInstance).map(TrainingStage.Adam.class::cast)
                .findFirst().map(a -> a.schedule().rate(0)).orElse(1e-3);
    }

    /** The trained network as a solver (a copy: training further does not change it). */
    public ParametricSurrogate surrogate() {
        Mlp copy = network.sameLayout();
        copy.setParameters(network.parameters());
        return new ParametricSurrogate(setup.coordinates(), setup.fields(), setup.range(), copy,
                setup.problem().hardConstraints());
    }

    /**
     * The budget the study's settings give a parametric PINN trained as the study's method: the base stages' Adam
     * iterations as Adam steps on batches across the range, their L-BFGS iterations on the training values.
     */
    public static Budget budgetOf(StudySetup setup) {
        int adam = 0, lbfgs = 0;
        for (TrainingStage stage : setup.baseStages()) {
            if (stage instanceof TrainingStage.Adam) {
                adam += stage.plannedSteps();
            } else {
                lbfgs += stage.plannedSteps();
            }
        }
        return Budget.steps(adam, lbfgs);
    }

    /** The fields at parameter values and points (row-major), hard constraints applied: {@code [field][point]}. */
    public double[][] solve(double[] parameterValues, double[] points) {
        return setup.problem().fieldValues(network, parameterValues, points, parameterInputs);
    }

    /** The physics loss (the study's points and weights) of the trained network at a parameter vector. */
    public double physicsLoss(double[] parameterValues) {
        return setup.problem().parametricLoss(network, parameterValues, parameterInputs).value(network.parameters());
    }

    /** The mean physics loss over a batch of parameter values; one loss moved from value to value. */
    private final class BatchObjective implements DifferentiableObjective {
        private final PinnLoss loss = setup.problem().parametricLoss(network, setup.referenceValue(), parameterInputs);
        private final double[] one = new double[network.parameterCount()];
        private double[][] batch;

        @Override
        public double valueAndGradient(double[] weights, double[] gradientOut) {
            if (gradientOut != null) {
                Arrays.fill(gradientOut, 0.0);
            }
            double total = 0;
            for (double[] lambda : batch) {
                loss.setPdeParameters(lambda);
                total += loss.valueAndGradient(weights, gradientOut == null ? null : one) / batch.length;
                if (gradientOut != null) {
                    for (int k = 0; k < one.length; k++) {
                        gradientOut[k] += one[k] / batch.length;
                    }
                }
            }
            return total;
        }
    }
}
