package org.hyperlora.runner;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.engine.hyper.HyperObjective;
import org.hyperlora.engine.hyper.HyperStage;
import org.hyperlora.engine.hyper.HyperTrainer;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingCheckpoint;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.model.Study;
import org.hyperlora.model.mapping.EngineStudy;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.runner.internal.RunCheckpoints;

/**
 * Trains a study's HyperLoRA surrogate in four stages: the base PINN at the reference value, per-instance LoRA
 * fits at the training values (continuation chains in parallel), the hypernetwork (weights, physics or both, as
 * the study says), and the evaluation at the test values. Progress goes to the monitor and the listener; the
 * monitor cancels at any step. Finished stages and fits are checkpointed, so a cancelled or crashed run resumes
 * ({@link TrainingOptions#resume()}) without redoing them; a lock file keeps two processes from training the same
 * output folder at once. The run trains a snapshot of the study taken when it is made (make it on the model's
 * thread); the study model is not changed: {@link ResultsWriter} stores the outcome.
 */
public final class TrainingRun {

    public static final List<String> STAGES = List.of("base PINN", "LoRA fits", "hypernetwork", "evaluation");
    /** Kinds of the artifact links a run writes. */
    public static final String SURROGATE = "surrogate";
    public static final String BASE_NETWORK = "base-network";

    private static final int BASE_CHECKPOINT_STEPS = 250;
    /** Output folders being trained into by this JVM. */
    private static final java.util.Set<Path> ACTIVE_FOLDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Study study;
    private final Path studyFile;
    private final TrainingOptions options;
    private final RunListener listener;

    public TrainingRun(Study study, Path studyFile, TrainingOptions options, RunListener listener) {
        if (study == null || studyFile == null) {
            throw new IllegalArgumentException("a study and its file are needed (artifacts are written next to it)");
        }
        // a snapshot: the run reads the model from worker threads while an editor may change it (EMF is not
        // thread-safe); ResultsWriter binds the results back to the live study by name
        this.study = org.eclipse.emf.ecore.util.EcoreUtil.copy(study);
        this.studyFile = studyFile.toAbsolutePath().normalize();
        this.options = options;
        this.listener = listener == null ? RunListener.NONE : listener;
    }

    /** Where artifacts and checkpoints go: the configured folder, or {@code NAME-training/} beside the study. */
    public Path outputFolder() {
        if (options.outputFolder() != null) {
            return options.outputFolder().toAbsolutePath().normalize();
        }
        String name = studyFile.getFileName().toString().replaceFirst("\\.hyperlora$", "");
        return studyFile.resolveSibling(name + "-training");
    }

    public Path studyFile() {
        return studyFile;
    }

    /**
     * Runs the training.
     *
     * @throws TrainingException          when the study is invalid, the output cannot be written, another run holds
     *                                    the folder, or a stage fails (the message says which and why)
     * @throws OperationCanceledException when the monitor is cancelled; finished stages and fits stay checkpointed
     */
    public TrainingOutcome run(IProgressMonitor monitor) throws TrainingException {
        long start = System.nanoTime();
        Instant started = Instant.now();
        SubMonitor progress = SubMonitor.convert(monitor, "Training " + study.getName(), 100);
        // validate the study as written before the profile touches it (a profile scales settings that must exist)
        mapOrRefuse(study);
        Study trained = TrainingProfiles.apply(study, options.profile());
        EngineStudy engine = trained == study ? mapOrRefuse(study) : mapOrRefuse(trained);
        Path out = outputFolder();
        // one run per output folder in this JVM (a file lock alone cannot say so: closing any channel to the lock
        // file would release this process's lock), and the lock file against other processes
        if (!ACTIVE_FOLDERS.add(out)) {
            throw busy(out);
        }
        try {
            Files.createDirectories(out);
            try (FileChannel lockChannel = FileChannel.open(out.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = lockChannel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    throw busy(out);
                }
                try {
                    RunCheckpoints checkpoints = new RunCheckpoints(out.resolve("checkpoints"), trained,
                            options.profile(), options.resume(), listener);
                    return new Stages(engine, checkpoints, progress).run(out, started, start);
                } finally {
                    lock.release();
                }
            }
        } catch (ArtifactException e) {
            throw new TrainingException(label() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TrainingException(label() + ": cannot write into " + out + ": " + e.getMessage(), e);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TrainingException(label() + ": training failed: " + messageOf(e), e);
        } finally {
            ACTIVE_FOLDERS.remove(out);
        }
    }

    private EngineStudy mapOrRefuse(Study model) throws TrainingException {
        try {
            return StudyMapping.toEngine(model);
        } catch (StudyMappingException e) {
            throw new TrainingException("cannot train " + label() + ": " + e.getMessage(), e);
        }
    }

    private TrainingException busy(Path out) {
        return new TrainingException(label() + " is already being trained into " + out
                + " (by this or another process); wait for it or cancel it");
    }

    private static String messageOf(Throwable e) {
        return e instanceof IllegalArgumentException || e instanceof IllegalStateException ? e.getMessage()
                : e.toString();
    }

    private String label() {
        return "study '" + study.getName() + "' (" + studyFile + ")";
    }

    /** The four stages over one mapped study. */
    private final class Stages {
        private final EngineStudy engine;
        private final RunCheckpoints checkpoints;
        private final SubMonitor progress;
        private final ParameterRange range;
        /** Set when one fit fails or the run is cancelled: the other fits stop at their next step. */
        private final java.util.concurrent.atomic.AtomicBoolean abort = new java.util.concurrent.atomic.AtomicBoolean();

        Stages(EngineStudy engine, RunCheckpoints checkpoints, SubMonitor progress) {
            this.engine = engine;
            this.checkpoints = checkpoints;
            this.progress = progress;
            this.range = engine.range();
        }

        TrainingOutcome run(Path out, Instant started, long startNanos) throws ArtifactException, TrainingException {
            String mode = engine.hyper().mode();
            boolean fitsNeeded = !"physics".equals(mode);
            ResultsWriter.Builder results = new ResultsWriter.Builder(study, studyFile, started);

            stage(1, "the PINN at " + describe(engine.referenceValue()));
            Mlp base = engine.newNetwork();
            TrainingResult baseResult = base(base, progress.split(35));
            double[] baseWeights = baseResult == null ? checkpoints.baseWeights(base) : baseResult.weights();
            base.setParameters(baseWeights);
            double baseLoss = engine.loss(base, engine.referenceValue()).value(baseWeights);
            results.metric("base", "physicsLoss", baseLoss, null);
            listener.onMetric("base", "physicsLoss", baseLoss, describe(engine.referenceValue()));
            if (baseResult != null) {
                results.history("base", baseResult.history());
            }
            // the final files are written beside their places and moved in only when the run has finished: a run
            // that fails or is cancelled leaves the files the study's stored results point to as they were
            Path baseFile = out.resolve("base.hlnet");
            Path baseStaged = out.resolve(".base.hlnet.new");
            NetworkArtifacts.save(baseStaged, base, NetworkArtifacts.Description.of(engine.problem(),
                    engine.referenceValue()));
            results.artifact(BASE_NETWORK, baseFile, "base PINN at " + describe(engine.referenceValue()));

            LoraAdapter lora = engine.lora(base, baseWeights);
            double[] start = lora.initialTrainable(engine.network().seed());
            double[][] training = engine.trainingValues();
            double[][] fitted = new double[0][];
            double meanFitLoss = baseLoss;
            if (fitsNeeded) {
                stage(2, training.length + " per-instance fits (" + lora.describe() + ") on " + options.workers()
                        + " threads");
                FitSet fits = fits(lora, start, training, progress.split(35));
                fitted = fits.vectors;
                meanFitLoss = fits.geometricMeanLoss;
                results.metric("fits", "geometricMeanLoss", meanFitLoss, null);
                listener.onMetric("fits", "geometricMeanLoss", meanFitLoss, "");
            } else {
                stage(2, "skipped: the hypernetwork trains on physics only");
                progress.split(35);
            }

            stage(3, "mode " + mode + ", hidden " + Arrays.toString(engine.hyper().hiddenWidths()));
            Hypernetwork hyper = hypernetwork(lora, start, training, fitted, meanFitLoss, results, progress.split(25));
            Surrogate surrogate = new Surrogate(engine.coordinates(), engine.fields(), engine.newNetwork(), lora, hyper,
                    engine.problem().hardConstraints());
            Path surrogateFile = out.resolve("surrogate.hlora");
            Path surrogateStaged = out.resolve(".surrogate.hlora.new");
            SurrogateArtifacts.save(surrogateStaged, surrogate,
                    NetworkArtifacts.Description.of(engine.problem(), engine.referenceValue()));
            results.artifact(SURROGATE, surrogateFile, "HyperLoRA surrogate for " + range);

            stage(4, engine.testValues().length + " test values" + (engine.reference() == null ? " (physics loss only:"
                    + " the study has no built-in reference)" : " against the exact solution"));
            List<TrainingOutcome.Evaluation> evaluations = evaluate(surrogate, results, progress.split(5));
            moveIntoPlace(baseStaged, baseFile);
            moveIntoPlace(surrogateStaged, surrogateFile);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            listener.onMessage(String.format(Locale.ROOT, "trained in %.1f s; surrogate %s", seconds, surrogateFile));
            return new TrainingOutcome(results.build(Instant.now()), surrogateFile, evaluations,
                    checkpoints.resuming(), seconds);
        }

        private void moveIntoPlace(Path staged, Path target) throws TrainingException {
            try {
                try {
                    Files.move(staged, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                    Files.move(staged, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new TrainingException(label() + ": cannot move " + staged + " to " + target + ": "
                        + e.getMessage(), e);
            }
        }

        private void stage(int number, String description) {
            listener.onStage(number, STAGES.size(), STAGES.get(number - 1), description);
            progress.subTask(STAGES.get(number - 1) + ": " + description);
        }

        /** Trains the base PINN, or null when a finished one is checkpointed. */
        private TrainingResult base(Mlp base, SubMonitor monitor) throws ArtifactException {
            if (checkpoints.baseWeights(base) != null) {
                listener.onMessage("base PINN: reusing the checkpointed network");
                monitor.done();
                return null;
            }
            int total = totalSteps(engine.baseStages());
            monitor.setWorkRemaining(total);
            Trainer trainer = new Trainer(engine.loss(base, engine.referenceValue()), engine.baseStages())
                    .reportEvery(25).checkpointEvery(BASE_CHECKPOINT_STEPS);
            StepListener steps = new StepListener("base", engine.baseStages(), monitor) {
                @Override
                public void onCheckpoint(TrainingCheckpoint checkpoint) {
                    try {
                        checkpoints.saveBaseProgress(checkpoint, base);
                    } catch (ArtifactException e) {
                        listener.onMessage("could not checkpoint the base PINN: " + e.getMessage());
                    }
                }
            };
            TrainingCheckpoint partial = checkpoints.baseProgress(base);
            TrainingResult result;
            if (partial != null) {
                listener.onMessage("base PINN: resuming at stage " + (partial.stageIndex() + 1) + ", step " + partial.step());
                result = trainer.resume(partial, steps);
            } else {
                result = trainer.train(base.parameters(), steps);
            }
            finish(result, "base PINN");
            base.setParameters(result.weights());
            checkpoints.saveBase(base, NetworkArtifacts.Description.of(engine.problem(), engine.referenceValue()));
            return result;
        }

        /** Per-instance fits by continuation from the reference value, two chains in parallel (one parameter). */
        private FitSet fits(LoraAdapter lora, double[] start, double[][] training, SubMonitor monitor)
                throws TrainingException {
            monitor.setWorkRemaining(training.length);
            List<double[][]> chains = chains(training);
            double[][] vectors = new double[training.length][];
            double[] losses = new double[training.length];
            AtomicInteger done = new AtomicInteger();
            long begin = System.nanoTime();
            abort.set(false);
            TrainingListener cancel = new TrainingListener() {
                @Override
                public boolean isCancelled() {
                    return abort.get() || monitor.isCanceled();
                }
            };
            List<Callable<Void>> tasks = new ArrayList<>();
            for (double[][] chain : chains) {
                tasks.add(() -> {
                    Mlp network = engine.newNetwork();
                    double[] current = start.clone();
                    for (double[] lambda : chain) {
                        int index = indexOf(training, lambda);
                        double[] saved = checkpoints.fit(lambda, lora.trainableCount());
                        if (saved != null) {
                            current = saved;
                            network.setParameters(networkWeights(lora, saved));
                            losses[index] = engine.loss(network, lambda).value(network.parameters());
                        } else {
                            InstanceFits.Fit fit = InstanceFits.fit(engine.problem(), network,
                                    new InstanceFits.Job(lambda, lora, current, engine.fitStages()), cancel);
                            finish(fit.result(), "LoRA fit at " + describe(lambda));
                            current = fit.result().weights();
                            losses[index] = fit.result().loss();
                            checkpoints.saveFit(lambda, current, losses[index]);
                        }
                        vectors[index] = current.clone();
                        int finished = done.incrementAndGet();
                        synchronized (monitor) {
                            monitor.worked(1);
                        }
                        double elapsed = (System.nanoTime() - begin) / 1e9;
                        listener.onProgress("fits", finished, training.length, losses[index],
                                elapsed / finished * (training.length - finished));
                    }
                    return null;
                });
            }
            inPool(tasks);
            double logSum = 0;
            for (double loss : losses) {
                logSum += Math.log(loss);
            }
            return new FitSet(vectors, Math.exp(logSum / losses.length));
        }

        /**
         * Runs tasks on min(workers, tasks) threads, single-sharded networks while several run. The first failure
         * (or a cancel) stops the others at their next step, and the pool has stopped before this returns: no fit
         * writes a checkpoint after the run has ended.
         */
        private void inPool(List<Callable<Void>> tasks) throws TrainingException {
            int poolSize = Math.min(options.workers(), tasks.size());
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, poolSize), runnable -> {
                Thread thread = new Thread(runnable, "hyperlora-training-fit");
                thread.setDaemon(true);
                return thread;
            });
            java.util.concurrent.ExecutorCompletionService<Void> completion =
                    new java.util.concurrent.ExecutorCompletionService<>(pool);
            try (Parallelism.Scope shards = poolSize > 1 ? Parallelism.singleShardWhileParallel() : () -> {
            }) {
                for (Callable<Void> task : tasks) {
                    completion.submit(task);
                }
                for (int finished = 0; finished < tasks.size(); finished++) {
                    try {
                        completion.take().get();
                    } catch (ExecutionException e) {
                        abort.set(true);
                        Throwable cause = e.getCause();
                        if (cause instanceof OperationCanceledException cancelled) {
                            throw cancelled;
                        }
                        if (cause instanceof TrainingException failed) {
                            throw failed;
                        }
                        throw new TrainingException(label() + ": a LoRA fit failed: " + messageOf(cause), cause);
                    } catch (InterruptedException e) {
                        abort.set(true);
                        Thread.currentThread().interrupt();
                        throw new OperationCanceledException();
                    }
                }
            } finally {
                abort.set(true);
                pool.shutdown();
                try {
                    pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private Hypernetwork hypernetwork(LoraAdapter lora, double[] start, double[][] training, double[][] fitted,
                double meanFitLoss, ResultsWriter.Builder results, SubMonitor monitor) throws TrainingException {
            EngineStudy.Hyper settings = engine.hyper();
            Hypernetwork hyper = new Hypernetwork(range, settings.hiddenWidths(), settings.activation(), start,
                    settings.seed());
            HyperObjective objective = new HyperObjective(hyper, lora, engine.loss(engine.newNetwork(),
                    engine.referenceValue()), fitsOf(settings.mode(), training), fitsOf(settings.mode(), fitted));
            int regression = "physics".equals(settings.mode()) ? 0 : settings.regressionIterations();
            int physics = "weights".equals(settings.mode()) ? 0 : settings.physicsRounds() * settings.iterationsPerRound();
            monitor.setWorkRemaining(regression + physics);
            if (regression > 0) {
                TrainingResult result = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                        LbfgsOptions.forIterations(regression), 1, 0, 0, 1)), settings.seed() + 10).reportEvery(10)
                        .train(hyper, new StepListener("hypernetwork (weights)", regression, monitor));
                finish(result, "hypernetwork weight regression");
                results.history("hypernetwork (weights)", result.history());
                results.metric("hypernetwork", "relativeWeightError", result.termLosses()[1], null);
            }
            if (physics > 0) {
                double[][] validation = midpoints(training);
                if ("both".equals(settings.mode()) && validation != null) {
                    // start from whichever of the base network and the regression has the lower physics loss
                    // between training values: with few values regression interpolates wildly
                    double[] fromRegression = hyper.parameters();
                    Hypernetwork fresh = new Hypernetwork(range, settings.hiddenWidths(), settings.activation(), start,
                            settings.seed());
                    double regressionLoss = objective.meanPhysicsLoss(fromRegression, validation);
                    double baseLoss = objective.meanPhysicsLoss(fresh.parameters(), validation);
                    hyper.setParameters(regressionLoss <= baseLoss ? fromRegression : fresh.parameters());
                    listener.onMessage(String.format(Locale.ROOT,
                            "physics stage starts from the %s (validation physics loss %.3e vs %.3e)",
                            regressionLoss <= baseLoss ? "weight regression" : "base network",
                            Math.min(regressionLoss, baseLoss), Math.max(regressionLoss, baseLoss)));
                }
                // the regression term is scaled by the fits' mean physics loss, so weight 1 balances the two terms
                double regressionWeight = "both".equals(settings.mode()) ? settings.regressionWeight() * meanFitLoss : 0;
                HyperTrainer trainer = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                        LbfgsOptions.forIterations(settings.iterationsPerRound()), settings.physicsRounds(),
                        Math.min(settings.batchSize(), Math.max(1, settings.batchSize())), settings.physicsWeight(),
                        regressionWeight)), settings.seed() + 20).reportEvery(10);
                if (validation != null) {
                    trainer.validateOn(validation);
                }
                TrainingResult result = trainer.train(hyper, new StepListener("hypernetwork (physics)", physics, monitor));
                finish(result, "physics-informed hypernetwork training");
                results.history("hypernetwork (physics)", result.history());
                results.metric("hypernetwork", "physicsLoss", result.termLosses()[0], null);
            }
            return hyper;
        }

        private List<TrainingOutcome.Evaluation> evaluate(Surrogate surrogate, ResultsWriter.Builder results,
                SubMonitor monitor) {
            double[][] test = engine.testValues();
            monitor.setWorkRemaining(test.length + 1);
            double[] points = grid();
            int dimension = engine.coordinates().size();
            double[][] rows = new double[points.length / dimension][dimension];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(points, i * dimension, rows[i], 0, dimension);
            }
            List<TrainingOutcome.Evaluation> evaluations = new ArrayList<>();
            Mlp network = engine.newNetwork();
            for (double[] lambda : test) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double[] weights = surrogate.weightsFor(lambda);
                network.setParameters(weights);
                double physicsLoss = engine.loss(network, lambda).value(weights);
                double[] errors = null;
                if (engine.reference() != null) {
                    double[][] predicted = surrogate.solve(lambda, points).fields();
                    double[][] exact = engine.reference().evaluate(lambda, rows);
                    List<ErrorMetrics.FieldError> fieldErrors = ErrorMetrics.compareAll(engine.fields(), predicted,
                            exact, engine.meanShiftedFields());
                    errors = new double[fieldErrors.size()];
                    for (int f = 0; f < errors.length; f++) {
                        errors[f] = fieldErrors.get(f).relativeL2();
                        results.metric("evaluation", "relativeL2", errors[f], engine.fields().get(f), lambda);
                        listener.onMetric("evaluation", "relativeL2 " + engine.fields().get(f), errors[f], describe(lambda));
                    }
                }
                results.metric("evaluation", "physicsLoss", physicsLoss, null, lambda);
                listener.onMetric("evaluation", "physicsLoss", physicsLoss, describe(lambda));
                evaluations.add(new TrainingOutcome.Evaluation(lambda.clone(), engine.fields(), errors, physicsLoss));
                monitor.worked(1);
            }
            // latency of one solve on the evaluation grid (warm, median of five)
            double[] lambda = engine.referenceValue();
            surrogate.solve(lambda, points);
            double[] times = new double[5];
            for (int k = 0; k < times.length; k++) {
                long t0 = System.nanoTime();
                surrogate.solve(lambda, points);
                times[k] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            results.metric("evaluation", "solveMillis", times[2], null);
            listener.onMetric("evaluation", "solveMillis", times[2], (points.length / dimension) + " points");
            monitor.worked(1);
            return evaluations;
        }

        /** A regular grid over the domain: 201 points in 1D, 101² in 2D (41² in the quick profile), 21³ beyond. */
        private double[] grid() {
            var domain = engine.problem().domain();
            int dimension = domain.dimension();
            int n = switch (dimension) {
            case 1 -> 201;
            case 2 -> TrainingOptions.QUICK_PROFILE.equals(options.profile()) ? 41 : 101;
            default -> 21;
            };
            double[][] axes = new double[dimension][n];
            for (int axis = 0; axis < dimension; axis++) {
                for (int i = 0; i < n; i++) {
                    axes[axis][i] = domain.lower(axis) + domain.sideLength(axis) * i / (n - 1);
                }
            }
            return org.hyperlora.solver.PointTables.points(axes);
        }

        /** One parameter: two chains outwards from the reference value; several: each value alone. */
        private List<double[][]> chains(double[][] training) {
            if (range.dimension() != 1) {
                List<double[][]> alone = new ArrayList<>();
                for (double[] value : training) {
                    alone.add(new double[][] {value});
                }
                return alone;
            }
            double middle = range.toUnit(engine.referenceValue())[0];
            List<double[]> up = new ArrayList<>();
            List<double[]> down = new ArrayList<>();
            for (double[] value : training) {
                (range.toUnit(value)[0] >= middle ? up : down).add(value);
            }
            up.sort(Comparator.comparingDouble(v -> range.toUnit(v)[0]));
            down.sort(Comparator.comparingDouble(v -> -range.toUnit(v)[0]));
            List<double[][]> chains = new ArrayList<>();
            if (!up.isEmpty()) {
                chains.add(up.toArray(double[][]::new));
            }
            if (!down.isEmpty()) {
                chains.add(down.toArray(double[][]::new));
            }
            return chains;
        }

        /** Midway between neighbouring training values (one parameter), where no fit pins the hypernetwork. */
        private double[][] midpoints(double[][] training) {
            if (range.dimension() != 1 || training.length < 2) {
                return null;
            }
            double[] unit = Arrays.stream(training).mapToDouble(v -> range.toUnit(v)[0]).sorted().toArray();
            double[][] middle = new double[unit.length - 1][];
            for (int k = 0; k + 1 < unit.length; k++) {
                middle[k] = range.fromUnit(new double[] {0.5 * (unit[k] + unit[k + 1])});
            }
            return middle;
        }

        private double[] networkWeights(LoraAdapter lora, double[] trainable) {
            double[] weights = new double[lora.networkParameterCount()];
            lora.networkWeights(trainable, weights);
            return weights;
        }

        private void finish(TrainingResult result, String what) {
            switch (result.status()) {
            case CANCELLED -> throw new OperationCanceledException();
            case DIVERGED -> throw new IllegalStateException(what + " diverged: " + result.message()
                    + "; lower the learning rate or check the equations");
            default -> {
            }
            }
        }
    }

    /** Progress of a trainer as monitor work and listener reports; cancellation from the monitor. */
    private class StepListener implements TrainingListener {
        private final String stage;
        private final int[] stageStart;
        private final int total;
        private final SubMonitor monitor;
        private final long begin = System.nanoTime();
        private int reported;

        StepListener(String stage, List<TrainingStage> stages, SubMonitor monitor) {
            this.stage = stage;
            this.stageStart = new int[stages.size()];
            int sum = 0;
            for (int s = 0; s < stages.size(); s++) {
                stageStart[s] = sum;
                sum += stages.get(s).plannedSteps();
            }
            this.total = sum;
            this.monitor = monitor;
        }

        StepListener(String stage, int total, SubMonitor monitor) {
            this.stage = stage;
            this.stageStart = null;
            this.total = total;
            this.monitor = monitor;
        }

        @Override
        public void onProgress(TrainingProgress progress) {
            int done = stageStart == null ? Math.min(total, reported + Math.max(0, progress.step() - lastStep))
                    : Math.min(total, stageStart[Math.min(progress.stageIndex(), stageStart.length - 1)] + progress.step());
            lastStep = progress.step();
            if (done > reported) {
                monitor.worked(done - reported);
                reported = done;
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;
            double remaining = reported > 0 ? elapsed / reported * (total - reported) : Double.NaN;
            monitor.subTask(String.format(Locale.ROOT, "%s: %s step %d, loss %.3e%s", stage, progress.stageName(),
                    progress.step(), progress.loss(),
                    Double.isFinite(remaining) ? String.format(Locale.ROOT, ", about %.0f s left", remaining) : ""));
            listener.onProgress(stage, reported, total, progress.loss(), remaining);
            if (progress.termNames() != null && progress.termLosses() != null) {
                listener.onLosses(stage, progress.stageName(), done, progress.termNames(), progress.termLosses());
            }
        }

        private int lastStep;

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }

    private static int totalSteps(List<TrainingStage> stages) {
        return stages.stream().mapToInt(TrainingStage::plannedSteps).sum();
    }

    private static double[][] fitsOf(String mode, double[][] values) {
        return "physics".equals(mode) ? new double[0][] : values;
    }

    private static int indexOf(double[][] values, double[] value) {
        for (int i = 0; i < values.length; i++) {
            if (Arrays.equals(values[i], value)) {
                return i;
            }
        }
        throw new IllegalStateException("value " + Arrays.toString(value) + " is not a training value");
    }

    private String describe(double[] values) {
        StringBuilder text = new StringBuilder();
        List<String> names = study.getFamily().getParameters().stream().map(p -> p.getName()).toList();
        for (int p = 0; p < values.length; p++) {
            text.append(p == 0 ? "" : ", ").append(p < names.size() ? names.get(p) : "p" + p).append(" = ")
                    .append(String.format(Locale.ROOT, "%.6g", values[p]));
        }
        return text.toString();
    }

    /** The fitted vectors, in training-value order, and their geometric-mean physics loss. */
    private record FitSet(double[][] vectors, double geometricMeanLoss) {
    }
}
