package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingCheckpoint;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.WeightMap;

/**
 * The HyperLoRA training pipeline, the one place it is written: the base PINN at the reference value, per-instance
 * fits at the training values (continuation chains outwards from the reference value, in parallel), the
 * hypernetwork (as its {@link HyperMode} says, physics starting from the better of the base network and the weight
 * regression), and the surrogate. What a product adds goes through hooks: a {@link Store} finds and keeps
 * finished units (checkpoints), a {@link Listener} follows progress and cancels. The training runner and the study
 * benchmark both train through it; the study also calls the steps one by one for its baselines.
 */
public final class TrainingPipeline {

    /** Steps of base-network checkpoints while it trains. */
    private static final int BASE_CHECKPOINT_STEPS = 250;

    /** The trainings of the pipeline, for progress. */
    public enum Step {
        BASE("base"), FITS("fits"), REGRESSION("hypernetwork (weights)"), PHYSICS("hypernetwork (physics)");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        /** How people see the step (monitor curves, progress lines). */
        public String label() {
            return label;
        }
    }

    /** Finished units of an earlier run to reuse, and where finished units are kept; by default none. */
    public interface Store {

        Store NONE = new Store() {
        };

        /** The finished base network's weights, or null. */
        default double[] finishedBase(Mlp shape) throws ArtifactException {
            return null;
        }

        /** The trainer's last state of an unfinished base network, or null. */
        default TrainingCheckpoint baseProgress(Mlp shape) {
            return null;
        }

        default void saveBaseProgress(TrainingCheckpoint checkpoint, Mlp shape) throws ArtifactException {
        }

        default void saveBase(Mlp network, NetworkArtifacts.Description description) throws ArtifactException {
        }

        /** A finished fit's trained vector at λ, or null. */
        default double[] finishedFit(double[] lambda, int length) {
            return null;
        }

        default void saveFit(double[] lambda, double[] trainable, double loss) throws ArtifactException {
        }
    }

    /** Progress of a run; its {@link #isCancelled()} stops every training at its next step. */
    public interface Listener {

        Listener NONE = new Listener() {
        };

        /** A step begins (or, for the fits of a physics-only hypernetwork, is skipped); detail is for people. */
        default void started(Step step, String detail) {
        }

        /** Progress of the trainer of a step (base, regression, physics); cancellation is asked of it too. */
        default TrainingListener training(Step step) {
            return TrainingListener.NONE;
        }

        default void baseFinished(Base base) {
        }

        /** One fit has finished: {@code done} of {@code total}; called on the fits' threads, one at a time. */
        default void fitFinished(InstanceFits.Fit fit, int done, int total) {
        }

        default void fitsFinished(Fits fits) {
        }

        /** A hypernetwork training (regression or physics) has finished. */
        default void hypernetworkTrained(Step step, TrainingResult result) {
        }

        default void message(String text) {
        }

        default boolean isCancelled() {
            return false;
        }
    }

    /** The base network at the reference value; {@code result} is null when it was found in the store. */
    public record Base(Mlp network, double[] weights, double loss, TrainingResult result) {
    }

    /** Fits at the training values, in training-value order, and the wall time they took. */
    public record Fits(List<InstanceFits.Fit> fits, double wallSeconds) {

        public double[][] vectors() {
            return fits.stream().map(f -> f.result().weights()).toArray(double[][]::new);
        }

        public double geometricMeanLoss() {
            double logSum = 0;
            for (InstanceFits.Fit fit : fits) {
                logSum += Math.log(fit.result().loss());
            }
            return Math.exp(logSum / fits.size());
        }
    }

    /**
     * Where the physics stage started: from the weight regression or from the base network (a zero output layer),
     * with the mean physics losses of both midway between training values.
     */
    public record Start(boolean fromRegression, double regressionLoss, double baseLoss) {
    }

    /**
     * A trained hypernetwork; {@code weightsOnly} holds its parameters after the regression (null without one),
     * {@code start} the start rule's choice (null when there was none to make).
     */
    public record Hyper(Hypernetwork hypernetwork, double[] weightsOnly, TrainingResult regression,
            TrainingResult physics, Start start) {

        /** Seconds the hypernetwork trained. */
        public double seconds() {
            return ((regression == null ? 0 : regression.elapsedNanos()) + (physics == null ? 0 : physics.elapsedNanos()))
                    / 1e9;
        }
    }

    /** A whole run: base, adapter, fits (null for a physics-only hypernetwork), hypernetwork and surrogate. */
    public record Result(Base base, LoraAdapter lora, Fits fits, Hyper hyper, Surrogate surrogate) {
    }

    /**
     * Where the continuation chains of the per-instance fits run when not on this process's threads (the members of
     * a cluster). A chain's fits must not depend on where it ran: each runs as {@link InstanceFits#runChains} runs it
     * with several threads, on one shard.
     */
    public interface ChainRunner {

        /**
         * Fits along each chain; results in chain order. {@code hook} is called here, for every fit, in chain order;
         * {@code cancelled} is asked while the chains run.
         */
        List<List<InstanceFits.Fit>> run(List<double[][]> chains, LoraAdapter map, double[] start,
                InstanceFits.FitHook hook, java.util.function.BooleanSupplier cancelled) throws Exception;

        /** Where the chains run, for the fits' progress line: e.g. "on the 3 members of cluster 'lab'". */
        String describe();
    }

    private final StudySetup setup;
    private final int workers;
    private Store store = Store.NONE;
    private Listener listener = Listener.NONE;
    private ChainRunner chainRunner;

    /** @param workers threads for the per-instance fits */
    public TrainingPipeline(StudySetup setup, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("worker count must be >= 1, got " + workers);
        }
        this.setup = setup;
        this.workers = workers;
    }

    public TrainingPipeline store(Store value) {
        store = value;
        return this;
    }

    public TrainingPipeline listener(Listener value) {
        listener = value;
        return this;
    }

    /** Runs the LoRA fits' chains there instead of on this process's threads (null: here). */
    public TrainingPipeline chainRunner(ChainRunner value) {
        chainRunner = value;
        return this;
    }

    /**
     * Trains the whole surrogate: base, LoRA fits (unless the hypernetwork trains on physics only), hypernetwork.
     *
     * @throws CancellationException when the listener cancels
     * @throws IllegalStateException when a training diverges (the message says which and what to try)
     * @throws ArtifactException     when the store cannot read or write a unit
     */
    public Result run() throws ArtifactException {
        Base base = base();
        LoraAdapter lora = setup.lora(base.network(), base.weights());
        double[] start = lora.initialTrainable(setup.network().seed());
        Fits fits = null;
        if (setup.hyper().mode().needsFits()) {
            fits = fits(lora, start);
        } else {
            listener.started(Step.FITS, "skipped: the hypernetwork trains on physics only");
        }
        Hyper hyper = hypernetwork(lora, start, fits, fits == null ? base.loss() : fits.geometricMeanLoss());
        Surrogate surrogate = new Surrogate(setup.coordinates(), setup.fields(), setup.newNetwork(), lora,
                hyper.hypernetwork(), setup.problem().hardConstraints());
        return new Result(base, lora, fits, hyper, surrogate);
    }

    /** The base PINN at the reference value: found in the store, resumed from its progress, or trained. */
    public Base base() throws ArtifactException {
        double[] reference = setup.referenceValue();
        listener.started(Step.BASE, "the PINN at " + describe(reference));
        Mlp network = setup.newNetwork();
        double[] weights = store.finishedBase(network);
        TrainingResult result = null;
        if (weights != null) {
            listener.message("base PINN: reusing the checkpointed network");
        } else {
            Trainer trainer = new Trainer(setup.loss(network, reference), setup.baseStages()).reportEvery(25)
                    .checkpointEvery(BASE_CHECKPOINT_STEPS);
            TrainingListener progress = listener.training(Step.BASE);
            TrainingListener checkpointing = new TrainingListener() {
                @Override
                public void onProgress(TrainingProgress step) {
                    progress.onProgress(step);
                }

                @Override
                public boolean isCancelled() {
                    return listener.isCancelled() || progress.isCancelled();
                }

                @Override
                public void onCheckpoint(TrainingCheckpoint checkpoint) {
                    try {
                        store.saveBaseProgress(checkpoint, network);
                    } catch (ArtifactException e) {
                        listener.message("could not checkpoint the base PINN: " + e.getMessage());
                    }
                }
            };
            TrainingCheckpoint partial = store.baseProgress(network);
            if (partial != null) {
                listener.message("base PINN: resuming at stage " + (partial.stageIndex() + 1) + ", step "
                        + partial.step());
                result = trainer.resume(partial, checkpointing);
            } else {
                result = trainer.train(network.parameters(), checkpointing);
            }
            finish(result, "base PINN");
            weights = result.weights();
            network.setParameters(weights);
            store.saveBase(network, description());
        }
        network.setParameters(weights);
        Base base = new Base(network, weights, setup.loss(network, reference).value(weights), result);
        listener.baseFinished(base);
        return base;
    }

    /** What a saved base network or surrogate says it is. */
    public NetworkArtifacts.Description description() {
        return NetworkArtifacts.Description.of(setup.problem(), setup.referenceValue());
    }

    /**
     * Fits {@code map}'s vector at every training value by continuation from {@code start}: two chains outwards
     * from the reference value for one parameter, each value alone for several. Finished fits are taken from and
     * kept in the store.
     */
    public Fits fits(WeightMap map, double[] start) {
        double[][] training = setup.trainingValues();
        // a cluster runs LoRA fits (its members rebuild the adapter from the base weights); other maps run here
        ChainRunner remote = map instanceof LoraAdapter ? chainRunner : null;
        listener.started(Step.FITS, training.length + " per-instance fits ("
                + (map instanceof LoraAdapter lora ? lora.describe() : "all " + map.trainableCount() + " weights")
                + ") " + (remote != null ? remote.describe() : "on " + workers + " threads"));
        List<double[][]> chains = InstanceFits.chainsFrom(setup.range(), setup.referenceValue(), training);
        int[] done = { 0 };
        InstanceFits.FitHook hook = new InstanceFits.FitHook() {
            @Override
            public double[] find(double[] lambda, int length) {
                return store.finishedFit(lambda, length);
            }

            @Override
            public void finished(InstanceFits.Fit fit) throws ArtifactException {
                if (!fit.reused()) {
                    finish(fit.result(), "LoRA fit at " + describe(fit.lambda()));
                    store.saveFit(fit.lambda(), fit.result().weights(), fit.result().loss());
                }
                synchronized (done) {
                    listener.fitFinished(fit, ++done[0], training.length);
                }
            }
        };
        long begin = System.nanoTime();
        List<List<InstanceFits.Fit>> chained;
        if (remote != null) {
            try {
                chained = remote.run(chains, (LoraAdapter) map, start, hook, listener::isCancelled);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the per-instance fits " + remote.describe() + " failed: "
                        + e.getMessage(), e);
            }
        } else {
            chained = InstanceFits.runChains(setup.problem(), setup::newNetwork, chains, map, start,
                    setup.fitStages(), workers, TrainingListener.NONE.orCancelledWhen(listener::isCancelled), hook);
        }
        double wall = (System.nanoTime() - begin) / 1e9;
        List<InstanceFits.Fit> inOrder = new ArrayList<>();
        for (double[] value : training) {
            chained.stream().flatMap(List::stream).filter(f -> Arrays.equals(f.lambda(), value)).findFirst()
                    .ifPresent(inOrder::add);
        }
        Fits fits = new Fits(List.copyOf(inOrder), wall);
        listener.fitsFinished(fits);
        return fits;
    }

    /**
     * Trains a hypernetwork predicting {@code map}'s vector, starting as {@code offset} everywhere: regression onto
     * {@code fits} (unless the mode is physics only), then the physics-informed stage on batches across the range,
     * undoing rounds that raise the physics loss midway between training values. In mode {@link HyperMode#BOTH} the
     * physics stage starts from the regression or from the base network, whichever has the lower physics loss there
     * (ties go to the regression): with few training values the regression interpolates wildly between them.
     *
     * @param meanFitLoss the fits' geometric-mean physics loss: the regression term is scaled by it, so a regression
     *                    weight of 1 balances the two terms
     */
    public Hyper hypernetwork(WeightMap map, double[] offset, Fits fits, double meanFitLoss) {
        StudySetup.Hyper settings = setup.hyper();
        HyperMode mode = settings.mode();
        Hypernetwork hyper = new Hypernetwork(setup.range(), settings.hiddenWidths(), settings.activation(), offset,
                settings.seed());
        double[][] training = setup.trainingValues();
        double[][] regressionValues = mode.needsFits() ? training : new double[0][];
        double[][] targets = mode.needsFits() ? fits.vectors() : new double[0][];
        HyperObjective objective = new HyperObjective(hyper, map, setup.loss(setup.newNetwork(),
                setup.referenceValue()), regressionValues, targets)
                .spreadBatchesOverCores(() -> setup.loss(setup.newNetwork(), setup.referenceValue()));
        TrainingResult regression = null;
        double[] weightsOnly = null;
        if (mode.needsFits() && settings.regressionIterations() > 0) {
            listener.started(Step.REGRESSION, "mode " + mode.name().toLowerCase(Locale.ROOT) + ", hidden "
                    + Arrays.toString(settings.hiddenWidths()));
            regression = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                    LbfgsOptions.forIterations(settings.regressionIterations()), 1, 0, 0, 1)), settings.seed() + 10)
                    .reportEvery(10).train(hyper, listener.training(Step.REGRESSION).orCancelledWhen(listener::isCancelled));
            finish(regression, "hypernetwork weight regression");
            weightsOnly = hyper.parameters();
            listener.hypernetworkTrained(Step.REGRESSION, regression);
        }
        TrainingResult physics = null;
        Start start = null;
        if (mode.trainsPhysics() && settings.physicsRounds() * settings.iterationsPerRound() > 0) {
            listener.started(Step.PHYSICS, "mode " + mode.name().toLowerCase(Locale.ROOT) + ", hidden "
                    + Arrays.toString(settings.hiddenWidths()));
            double[][] validation = validationValues();
            if (mode == HyperMode.BOTH && validation != null) {
                double[] fromRegression = hyper.parameters();
                double[] fromBase = new Hypernetwork(setup.range(), settings.hiddenWidths(), settings.activation(),
                        offset, settings.seed()).parameters();
                double regressionLoss = objective.meanPhysicsLoss(fromRegression, validation);
                double baseLoss = objective.meanPhysicsLoss(fromBase, validation);
                start = new Start(regressionLoss <= baseLoss, regressionLoss, baseLoss);
                hyper.setParameters(start.fromRegression() ? fromRegression : fromBase);
                listener.message(String.format(Locale.ROOT,
                        "physics stage starts from the %s (validation physics loss %.3e vs %.3e)",
                        start.fromRegression() ? "weight regression" : "base network",
                        Math.min(regressionLoss, baseLoss), Math.max(regressionLoss, baseLoss)));
            }
            double regressionWeight = mode == HyperMode.BOTH ? settings.regressionWeight() * meanFitLoss : 0;
            HyperStage stage = settings.physicsOptimizer() == StudySetup.PhysicsOptimizer.ADAM
                    ? new HyperStage.Adam(settings.physicsRounds() * settings.iterationsPerRound(),
                            org.hyperlora.engine.optim.LearningRateSchedule.constant(settings.physicsLearningRate()),
                            Math.max(1, settings.batchSize()), settings.physicsWeight(), regressionWeight,
                            settings.iterationsPerRound())
                    : new HyperStage.Lbfgs(LbfgsOptions.forIterations(settings.iterationsPerRound()),
                            settings.physicsRounds(), Math.max(1, settings.batchSize()), settings.physicsWeight(),
                            regressionWeight);
            HyperTrainer trainer = new HyperTrainer(objective, List.of(stage), settings.seed() + 20).reportEvery(10);
            if (validation != null) {
                trainer.validateOn(validation);
            }
            physics = trainer.train(hyper, listener.training(Step.PHYSICS).orCancelledWhen(listener::isCancelled));
            finish(physics, "physics-informed hypernetwork training");
            listener.hypernetworkTrained(Step.PHYSICS, physics);
        }
        return new Hyper(hyper, weightsOnly, regression, physics, start);
    }

    /**
     * Where a physics round of the hypernetwork is judged (and undone if it raised the loss there): midway between
     * neighbouring training values, where no fit pins it; null for several parameters or fewer than two values.
     */
    public double[][] validationValues() {
        double[][] training = setup.trainingValues();
        ParameterRange range = setup.range();
        if (range.dimension() != 1 || training.length < 2) {
            return null;
        }
        double[] unit = Arrays.stream(training).mapToDouble(v -> range.toUnit(v)[0]).sorted().toArray();
        double[][] middle = new double[unit.length - 1][];
        for (int k = 0; k + 1 < unit.length; k++) {
            middle[k] = range.fromUnit(new double[] { 0.5 * (unit[k] + unit[k + 1]) });
        }
        return middle;
    }

    private static void finish(TrainingResult result, String what) {
        switch (result.status()) {
        case CANCELLED -> throw new CancellationException(what + " cancelled");
        case DIVERGED -> throw new IllegalStateException(what + " diverged: " + result.message()
                + "; lower the learning rate or check the equations");
        default -> {
        }
        }
    }

    /** The parameter values for people: {@code nu = 0.0031831}. */
    public String describe(double[] values) {
        return setup.range().describe(values);
    }
}
