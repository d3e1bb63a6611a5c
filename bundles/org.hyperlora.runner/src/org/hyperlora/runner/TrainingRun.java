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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.ParametricPinn;
import org.hyperlora.engine.hyper.ParametricSurrogate;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.SurrogateArtifacts;
import org.hyperlora.engine.hyper.TrainedSurrogate;
import org.hyperlora.engine.hyper.TrainingPipeline;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.ReferenceData;
import org.hyperlora.engine.store.NetworkArtifacts;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.ArtifactKind;
import org.hyperlora.model.io.StudyFingerprint;
import org.hyperlora.model.io.SurrogateStatus;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.runner.internal.RunCheckpoints;
import org.hyperlora.solver.PointTables;

/**
 * Trains a study's HyperLoRA surrogate in four stages: the base PINN at the reference value, per-instance LoRA
 * fits at the training values (continuation chains in parallel), the hypernetwork (weights, physics or both, as
 * the study says), and the evaluation at the test values — or, when the study's method is the parametric PINN, that
 * network and the same evaluation. Progress goes to the monitor and the listener; the
 * monitor cancels at any step. Finished stages and fits are checkpointed, so a cancelled or crashed run resumes
 * ({@link TrainingOptions#resume()}) without redoing them; a lock file keeps two processes from training the same
 * output folder at once. The run trains a snapshot of the study taken when it is made (make it on the model's
 * thread); the study model is not changed: {@link ResultsWriter} stores the outcome.
 */
public final class TrainingRun {

    public static final List<String> STAGES = List.of("base PINN", "LoRA fits", "hypernetwork", "evaluation");
    /** The stages of a study whose method is the parametric PINN. */
    public static final List<String> PARAMETRIC_STAGES = List.of("parametric PINN", "evaluation");
    /** Output folders being trained into by this JVM. */
    private static final Set<Path> ACTIVE_FOLDERS = ConcurrentHashMap.newKeySet();

    private final Study study;
    private final Path studyFile;
    private TrainingOptions options;
    private final RunListener listener;

    public TrainingRun(Study study, Path studyFile, TrainingOptions options, RunListener listener) {
        if (study == null || studyFile == null) {
            throw new IllegalArgumentException("a study and its file are needed (artifacts are written next to it)");
        }
        // a snapshot: the run reads the model from worker threads while an editor may change it (EMF is not
        // thread-safe); ResultsWriter binds the results back to the live study by name
        this.study = EcoreUtil.copy(study);
        this.studyFile = studyFile.toAbsolutePath().normalize();
        // in a resource at the study's location, so that files it names relative to its folder (a reference data
        // file) are found by the validator and the mapping as they are for the study itself
        new ResourceImpl(URI.createFileURI(this.studyFile.toString())).getContents().add(this.study);
        this.options = options;
        this.listener = listener == null ? RunListener.NONE : listener;
    }

    /**
     * Runs the per-instance fits on this cluster's members too (a member joined for this run; the caller closes it).
     * Call before {@link #run}.
     */
    public void useCluster(org.hyperlora.cluster.ClusterMember member) {
        options = options.withCluster(member);
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
        StudySetup engine;
        try {
            engine = StudyMapping.toEngine(study, options.profile());
        } catch (StudyMappingException e) {
            throw new TrainingRefused("cannot train " + label() + ": " + e.getMessage(), e);
        }
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
                    claim(out);
                    RunCheckpoints checkpoints = new RunCheckpoints(out.resolve("checkpoints"), study,
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

    /**
     * An output folder belongs to one study: the first run records the study file (relative to the folder, so the
     * two can move together); another study is refused there, so its surrogate and checkpoints are never replaced.
     */
    private void claim(Path out) throws IOException, TrainingRefused {
        Path record = out.resolve(".study");
        if (Files.exists(record)) {
            Path owner = out.resolve(Files.readString(record).trim()).normalize();
            if (!AtomicFiles.sameFile(owner, studyFile)) {
                throw new TrainingRefused(label() + ": " + out + " holds the training of another study (" + owner
                        + "); train into another folder (--out) or delete it");
            }
            return;
        }
        Path surrogate = out.resolve("surrogate.hlora");
        if (Files.exists(surrogate) && SurrogateStatus.of(study, surrogate).state() == SurrogateStatus.State.FOREIGN) {
            throw new TrainingRefused(label() + ": " + out + " holds the surrogate of another study; train into"
                    + " another folder (--out) or delete it");
        }
        AtomicFiles.writeText(record, text -> text.write(out.relativize(studyFile).toString() + "\n"));
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

    /** The pipeline's stages, the evaluation and the staged files of one mapped study. */
    private final class Stages implements TrainingPipeline.Listener {
        private final StudySetup engine;
        private final RunCheckpoints checkpoints;
        private final SubMonitor progress;
        private final ParameterRange range;
        private final TrainingPipeline pipeline;
        private ResultsWriter.Builder results;
        /** The share of the run's progress of the stage that runs now. */
        private SubMonitor current;
        private int stage;
        private long fitsBegin;

        Stages(StudySetup engine, RunCheckpoints checkpoints, SubMonitor progress) {
            this.engine = engine;
            this.checkpoints = checkpoints;
            this.progress = progress;
            this.range = engine.range();
            this.pipeline = new TrainingPipeline(engine, options.workers()).store(checkpoints).listener(this);
            if (options.cluster() != null) {
                try {
                    pipeline.chainRunner(new ClusterFits(options.cluster().hazelcast(), "cluster '"
                            + options.cluster().name() + "'", study, options.profile(), listener));
                } catch (org.hyperlora.model.io.StudyFileException e) {
                    throw new IllegalStateException("the study cannot be sent to the cluster: " + e.getMessage(), e);
                }
            }
        }

        TrainingOutcome run(Path out, Instant started, long startNanos) throws ArtifactException, TrainingException {
            results = new ResultsWriter.Builder(study, studyFile, started);
            if (engine.method() == StudySetup.Method.PARAMETRIC_PINN) {
                return runParametric(out, startNanos);
            }
            TrainingPipeline.Result trained;
            try {
                trained = pipeline.run();
            } catch (CancellationException e) {
                throw new OperationCanceledException();
            }
            // the final files are written beside their places and moved in only when the run has finished: a run
            // that fails or is cancelled leaves the files the study's stored results point to as they were
            Path baseFile = out.resolve("base.hlnet");
            Path baseStaged = out.resolve(".base.hlnet.new");
            NetworkArtifacts.save(baseStaged, trained.base().network(), pipeline.description());
            results.artifact(ArtifactKind.BASE_NETWORK, baseFile, "base PINN at " + pipeline.describe(engine.referenceValue()));
            Surrogate surrogate = trained.surrogate();
            Path surrogateFile = out.resolve("surrogate.hlora");
            Path surrogateStaged = out.resolve(".surrogate.hlora.new");
            SurrogateArtifacts.save(surrogateStaged, surrogate, pipeline.description(), new SurrogateArtifacts.Provenance(
                    StudyFingerprint.of(study, options.profile()), options.profile().literal()));
            results.artifact(ArtifactKind.SURROGATE, surrogateFile, "HyperLoRA surrogate for " + range);

            stage(4, evaluationValues().length + " test values" + (engine.reference() != null
                    ? " against the exact solution"
                    : engine.referenceData() != null ? " (errors at the rows of " + engine.referenceData().describe()
                            + ")" : " (physics loss only: the study has no reference)"));
            Mlp network = engine.newNetwork();
            List<TrainingOutcome.Evaluation> evaluations = evaluate(surrogate, lambda -> {
                double[] weights = surrogate.weightsFor(lambda);
                network.setParameters(weights);
                return engine.loss(network, lambda).value(weights);
            }, progress.split(5));
            moveIntoPlace(baseStaged, baseFile);
            moveIntoPlace(surrogateStaged, surrogateFile);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            listener.onMessage(String.format(Locale.ROOT, "trained in %.1f s; surrogate %s", seconds, surrogateFile));
            int reusedFits = trained.fits() == null ? 0
                    : (int) trained.fits().fits().stream().filter(InstanceFits.Fit::reused).count();
            return new TrainingOutcome(results.build(Instant.now()), surrogateFile, evaluations,
                    checkpoints.resuming(), trained.base().result() == null, reusedFits, seconds);
        }

        /**
         * The study's method is the parametric PINN: one network with the parameters as inputs, trained with the base
         * stages' iterations (Adam on batches of the hypernetwork's batch size across the range, then L-BFGS on the
         * training values), saved as the study's surrogate, then evaluated as a HyperLoRA surrogate is. Nothing to
         * resume: a cancelled run leaves the previous results as they were.
         */
        private TrainingOutcome runParametric(Path out, long startNanos) throws ArtifactException, TrainingException {
            ParametricPinn parametric = new ParametricPinn(engine);
            ParametricPinn.Budget budget = ParametricPinn.budgetOf(engine);
            int steps = budget.adamSteps() + budget.lbfgsIterations();
            stage(PARAMETRIC_STAGES, 1, String.format(Locale.ROOT,
                    "%d Adam steps on batches of %d values across the range, then %d L-BFGS iterations on the %d "
                            + "training values (%d weights)", budget.adamSteps(), Math.max(1, engine.hyper().batchSize()),
                    budget.lbfgsIterations(), engine.trainingValues().length, parametric.parameterCount()));
            current = progress.split(90);
            current.setWorkRemaining(steps);
            ParametricPinn.Result trained = parametric.train(budget, Math.max(1, engine.hyper().batchSize()),
                    engine.network().seed(), new StepListener(PARAMETRIC_STAGES.get(0), steps, current));
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            results.metric("parametric", "physicsLoss", trained.loss(), null);
            listener.onMetric("parametric", "physicsLoss", trained.loss(), "mean over the training values");
            ParametricSurrogate surrogate = parametric.surrogate();
            Path surrogateFile = out.resolve("surrogate.hlora");
            Path surrogateStaged = out.resolve(".surrogate.hlora.new");
            SurrogateArtifacts.saveParametric(surrogateStaged, surrogate, pipeline.description(),
                    new SurrogateArtifacts.Provenance(StudyFingerprint.of(study, options.profile()),
                            options.profile().literal()));
            results.artifact(ArtifactKind.SURROGATE, surrogateFile, "parametric PINN for " + range);
            stage(PARAMETRIC_STAGES, 2, evaluationValues().length + " test values"
                    + (engine.reference() != null ? " against the exact solution" : ""));
            List<TrainingOutcome.Evaluation> evaluations = evaluate(surrogate, parametric::physicsLoss,
                    progress.split(10));
            moveIntoPlace(surrogateStaged, surrogateFile);
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            listener.onMessage(String.format(Locale.ROOT, "trained in %.1f s; parametric PINN %s", seconds,
                    surrogateFile));
            return new TrainingOutcome(results.build(Instant.now()), surrogateFile, evaluations, false, false, 0,
                    seconds);
        }

        @Override
        public void started(TrainingPipeline.Step step, String detail) {
            switch (step) {
            case BASE -> {
                stage(1, detail);
                current = progress.split(35);
                current.setWorkRemaining(totalSteps(engine.baseStages()));
            }
            case FITS -> {
                stage(2, detail);
                current = progress.split(35);
                current.setWorkRemaining(engine.trainingValues().length);
                fitsBegin = System.nanoTime();
            }
            case REGRESSION, PHYSICS -> {
                if (stage < 3) {
                    stage(3, detail);
                    current = progress.split(25);
                    current.setWorkRemaining(regressionSteps() + physicsSteps());
                }
            }
            }
        }

        private int regressionSteps() {
            return engine.hyper().mode().needsFits() ? engine.hyper().regressionIterations() : 0;
        }

        private int physicsSteps() {
            return engine.hyper().mode().trainsPhysics()
                    ? engine.hyper().physicsRounds() * engine.hyper().iterationsPerRound() : 0;
        }

        @Override
        public TrainingListener training(TrainingPipeline.Step step) {
            return switch (step) {
            case BASE -> new StepListener(step.label(), engine.baseStages(), current);
            case REGRESSION -> new StepListener(step.label(), regressionSteps(), current);
            case PHYSICS -> new StepListener(step.label(), physicsSteps(), current);
            case FITS -> TrainingListener.NONE;
            };
        }

        @Override
        public void baseFinished(TrainingPipeline.Base base) {
            results.metric("base", "physicsLoss", base.loss(), null);
            listener.onMetric("base", "physicsLoss", base.loss(), pipeline.describe(engine.referenceValue()));
            if (base.result() != null) {
                results.history(TrainingPipeline.Step.BASE.label(), base.result().history());
            }
        }

        @Override
        public void fitFinished(InstanceFits.Fit fit, int done, int total) {
            current.worked(1);
            double elapsed = (System.nanoTime() - fitsBegin) / 1e9;
            listener.onProgress("fits", done, total, fit.result().loss(), elapsed / done * (total - done));
        }

        @Override
        public void fitsFinished(TrainingPipeline.Fits fits) {
            double meanFitLoss = fits.geometricMeanLoss();
            results.metric("fits", "geometricMeanLoss", meanFitLoss, null);
            listener.onMetric("fits", "geometricMeanLoss", meanFitLoss, "");
        }

        @Override
        public void hypernetworkTrained(TrainingPipeline.Step step, TrainingResult result) {
            results.history(step.label(), result.history());
            if (step == TrainingPipeline.Step.REGRESSION) {
                results.metric("hypernetwork", "relativeWeightError", result.termLosses()[1], null);
            } else {
                results.metric("hypernetwork", "physicsLoss", result.termLosses()[0], null);
                // whether the physics rounds did anything: each is undone when it raises the physics loss midway
                // between the training values (with none kept the surrogate is the weight regression's)
                for (TrainingResult.Validation validation : result.validations()) {
                    listener.onMessage(String.format(Locale.ROOT,
                            "physics stage: %d of %d rounds kept, validation physics loss %.3e -> %.3e%s",
                            validation.roundsKept(), validation.rounds(), validation.firstLoss(), validation.bestLoss(),
                            validation.roundsKept() == 0 ? " (no round lowered it midway between the training"
                                    + " values: the physics stage left the hypernetwork where it started)" : ""));
                    results.metric("hypernetwork", "physicsRoundsKept", validation.roundsKept(), null);
                }
            }
        }

        @Override
        public void message(String text) {
            listener.onMessage(text);
        }

        @Override
        public boolean isCancelled() {
            return progress.isCanceled();
        }

        private void moveIntoPlace(Path staged, Path target) throws TrainingException {
            try {
                AtomicFiles.moveIntoPlace(staged, target);
            } catch (IOException e) {
                throw new TrainingException(label() + ": cannot move " + staged + " to " + target + ": "
                        + e.getMessage(), e);
            }
        }

        private void stage(int number, String description) {
            stage(STAGES, number, description);
        }

        /** Announces stage {@code number} (1-based) of {@code stages} to the listener and the progress monitor. */
        private void stage(List<String> stages, int number, String description) {
            stage = number;
            listener.onStage(number, stages.size(), stages.get(number - 1), description);
            progress.subTask(stages.get(number - 1) + ": " + description);
        }

        /** The held-out values, then the reference data's parameter values that are not among them. */
        private double[][] evaluationValues() {
            List<double[]> values = new ArrayList<>(List.of(engine.testValues()));
            if (engine.referenceData() != null) {
                for (ReferenceData.Case c : engine.referenceData().cases()) {
                    if (values.stream().noneMatch(v -> Arrays.equals(v, c.parameters()))) {
                        values.add(c.parameters());
                    }
                }
            }
            return values.toArray(double[][]::new);
        }

        /**
         * Errors against the reference (or the data) on the profile's grid and the physics loss at every evaluation
         * value, and the solve time.
         */
        private List<TrainingOutcome.Evaluation> evaluate(TrainedSurrogate surrogate,
                java.util.function.ToDoubleFunction<double[]> physicsLossAt, SubMonitor monitor) {
            double[][] test = evaluationValues();
            monitor.setWorkRemaining(test.length + 1);
            double[] points = grid();
            int dimension = engine.coordinates().size();
            List<TrainingOutcome.Evaluation> evaluations = new ArrayList<>();
            for (double[] lambda : test) {
                if (monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                double physicsLoss = physicsLossAt.applyAsDouble(lambda);
                double[] errors = null;
                ReferenceData.Case data = engine.referenceData() == null ? null
                        : engine.referenceData().caseAt(lambda);
                if (engine.reference() != null || data != null) {
                    // the exact solution on the grid (its points in the domain at this value), or the data at its own
                    double[] inDomain = data != null ? data.points() : engine.problem().pointsInside(points, lambda);
                    double[][] predicted = surrogate.solve(lambda, inDomain).fields();
                    double[][] exact = data != null ? data.values()
                            : engine.reference().evaluate(lambda, rowsOf(inDomain, dimension));
                    List<ErrorMetrics.FieldError> fieldErrors = ErrorMetrics.compareAll(engine.fields(), predicted,
                            exact, engine.meanShiftedFields());
                    errors = new double[fieldErrors.size()];
                    for (int f = 0; f < errors.length; f++) {
                        errors[f] = fieldErrors.get(f).relativeL2();
                        results.metric("evaluation", "relativeL2", errors[f], engine.fields().get(f), lambda);
                        listener.onMetric("evaluation", "relativeL2 " + engine.fields().get(f), errors[f], pipeline.describe(lambda));
                    }
                }
                results.metric("evaluation", "physicsLoss", physicsLoss, null, lambda);
                listener.onMetric("evaluation", "physicsLoss", physicsLoss, pipeline.describe(lambda));
                evaluations.add(new TrainingOutcome.Evaluation(lambda.clone(), engine.fields(), errors, physicsLoss));
                monitor.worked(1);
            }
            // latency of one solve on the evaluation grid (warm, median of five)
            double millis = surrogate.medianSolveMillis(engine.referenceValue(), points, 1, 5);
            results.metric("evaluation", "solveMillis", millis, null);
            listener.onMetric("evaluation", "solveMillis", millis, (points.length / dimension) + " points");
            monitor.worked(1);
            return evaluations;
        }

        private static double[][] rowsOf(double[] points, int dimension) {
            double[][] rows = new double[points.length / dimension][dimension];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(points, i * dimension, rows[i], 0, dimension);
            }
            return rows;
        }

        /** A regular grid over the domain, as fine as the profile says. */
        private double[] grid() {
            var domain = engine.problem().domain();
            int dimension = domain.dimension();
            int n = options.profile().evaluationGrid(dimension);
            double[][] axes = new double[dimension][n];
            for (int axis = 0; axis < dimension; axis++) {
                for (int i = 0; i < n; i++) {
                    axes[axis][i] = domain.lower(axis) + domain.sideLength(axis) * i / (n - 1);
                }
            }
            return PointTables.points(axes);
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
}
