package org.hyperlora.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.hyperlora.engine.hyper.FineTuning;
import org.hyperlora.engine.hyper.HyperMode;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.ParametricPinn;
import org.hyperlora.engine.hyper.RankSweep;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.hyper.TrainingPipeline;
import org.hyperlora.engine.io.ArtifactException;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.engine.train.WeightMap;
import org.hyperlora.model.mapping.TrainingProfile;

/**
 * The HyperLoRA study (arXiv 2308.09290) on one study with a built-in exact solution: the surrogate trained by the
 * same pipeline as {@code hyperlora train} (base PINN, LoRA fits by continuation, weights-only and physics-informed
 * hypernetwork), and as rows of one report the paper's baselines at the held-out values: the unadapted base, PINNs
 * trained from scratch per value, LoRA-PINNs per value for several ranks (the rank sweep), the full-weight
 * HyperPINN, and fine-tuning of the surrogate's prediction; surrogate latency and the time a PINN needs to reach
 * the surrogate's error from scratch. {@link StudyReport} writes the results folder.
 */
public final class HyperLoraStudy {

    /**
     * What the study measures beyond the training, per profile: the LoRA ranks swept, the fine-tuning iterations
     * and the steps between error measurements of from-scratch PINNs (for the retraining time).
     */
    public record Options(List<Integer> ranks, int fineTuneIterations, int traceEvery) {

        public static Options of(TrainingProfile profile) {
            return profile == TrainingProfile.QUICK ? new Options(List.of(1, 2, 4), 20, 100)
                    : new Options(List.of(1, 2, 4, 8), 100, 250);
        }
    }

    /**
     * Held-out errors of one method: {@code errors[test value][field]}, and the physics-informed loss of its
     * network at each test value (what a user without a reference solution can see). {@code rank} is the LoRA rank
     * of a {@link StudyMethod#LORA_PINN} row, 0 otherwise.
     */
    public record MethodResult(StudyMethod method, int rank, int predictedParameters, double[][] errors,
            double[] heldOutLoss, double trainingSeconds, String trainingNote) {

        public String label() {
            return method.label(rank);
        }

        /** Geometric mean of the held-out physics losses. */
        public double meanLoss() {
            return Math.exp(Arrays.stream(heldOutLoss).map(Math::log).average().orElse(Double.NaN));
        }

        public double mean(int field) {
            return Arrays.stream(errors).mapToDouble(row -> row[field]).average().orElse(Double.NaN);
        }

        public double worst(int field) {
            return Arrays.stream(errors).mapToDouble(row -> row[field]).max().orElse(Double.NaN);
        }
    }

    /**
     * Held-out errors after fine-tuning the prediction for {@code iterations} L-BFGS iterations; losses are
     * those of the prediction at 0 iterations and those at the end of fine-tuning otherwise.
     */
    public record FineTunePoint(int iterations, double[][] errors, double[] losses, double meanSeconds) {
    }

    /**
     * What a study measured; {@link StudyReport} turns it into files. {@code validationOnTestValues} is set when
     * the hypernetwork's validation values (midway between training values) are test values too, which makes the
     * held-out errors optimistic.
     */
    public record Result(StudySetup setup, TrainingProfile profile, Options options, int grid, List<String> fields,
            List<MethodResult> methods, double[] rankMeanLoss, int recommendedRank, String loraDescription,
            List<FineTunePoint> fineTuning, double latencyMedianMs, double latencyExactMedianMs, double fastDifference,
            double latencyFullMedianMs, double[] retrainSeconds, int[] retrainReached, int worstTestIndex,
            double[][] worstExact, double[][] worstPredicted, Surrogate surrogate, boolean validationOnTestValues,
            double totalSeconds, String threads) {

        public MethodResult method(StudyMethod method) {
            return method(method, 0);
        }

        public MethodResult method(StudyMethod method, int rank) {
            return methods.stream().filter(m -> m.method() == method && m.rank() == rank).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no row '" + method.label(rank) + "' in the study"));
        }

        /** A title for people: the study's name and parameter range. */
        public String title() {
            return setup.name() + ", " + setup.range();
        }

        public double[][] trainingValues() {
            return setup.trainingValues();
        }

        public double[][] testValues() {
            return setup.testValues();
        }
    }

    private final StudySetup setup;
    private final TrainingProfile profile;
    private final Options options;
    private final PrintStream log;
    private final int workers;
    private final double[] gridPoints;
    private final int grid;
    private double[][][] exactAtTest;

    /**
     * @param setup   the study as its profile trains it (see {@link BenchStudies}); one parameter, two coordinates, a
     *                built-in reference, hypernetwork mode {@code both}
     * @param profile the profile the setup was made with (it decides the error grid and the study's options)
     * @param log     progress lines, or null
     */
    public HyperLoraStudy(StudySetup setup, TrainingProfile profile, PrintStream log) {
        if (setup.reference() == null) {
            throw new IllegalArgumentException("study '" + setup.name() + "' has no built-in reference: the study "
                    + "benchmark measures errors against an exact solution");
        }
        if (setup.range().dimension() != 1 || setup.coordinates().size() != 2) {
            throw new IllegalArgumentException("study '" + setup.name() + "' has " + setup.range().dimension()
                    + " parameter(s) and " + setup.coordinates().size() + " coordinate(s); the study benchmark needs one"
                    + " parameter and two coordinates");
        }
        if (setup.hyper().mode() != HyperMode.BOTH) {
            throw new IllegalArgumentException("study '" + setup.name() + "' trains its hypernetwork in mode "
                    + setup.hyper().mode() + "; the study compares weights-only and physics-informed training, which "
                    + "mode 'both' does");
        }
        this.setup = setup;
        this.profile = profile;
        this.options = Options.of(profile);
        this.log = log;
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.grid = profile.evaluationGrid(2);
        this.gridPoints = grid(grid);
    }

    private double[] grid(int n) {
        var domain = setup.problem().domain();
        double[] flat = new double[n * n * 2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                flat[2 * k] = domain.lower(0) + domain.sideLength(0) * i / (n - 1);
                flat[2 * k + 1] = domain.lower(1) + domain.sideLength(1) * j / (n - 1);
            }
        }
        return flat;
    }

    /**
     * The grid's points in the domain at {@code lambda}: the whole grid for a box; for a domain made of shapes the
     * points outside a hole at that value (so errors are measured where the problem is posed).
     */
    private double[] pointsAt(double[] lambda) {
        if (setup.problem().shape().isEmpty()) {
            return gridPoints;
        }
        return insideCache.computeIfAbsent(java.util.Arrays.toString(lambda),
                key -> setup.problem().pointsInside(gridPoints, lambda));
    }

    private final java.util.Map<String, double[]> insideCache = new java.util.HashMap<>();

    /** Values at {@link #pointsAt} spread over the whole grid, NaN outside the domain (drawn as missing). */
    private double[][] onGrid(double[][] values, double[] lambda) {
        if (setup.problem().shape().isEmpty()) {
            return values;
        }
        boolean[] inside = setup.problem().inside(gridPoints, lambda);
        double[][] full = new double[values.length][inside.length];
        for (int f = 0; f < values.length; f++) {
            int next = 0;
            for (int p = 0; p < inside.length; p++) {
                full[f][p] = inside[p] ? values[f][next++] : Double.NaN;
            }
        }
        return full;
    }

    private double[][] exact(double[] lambda) {
        double[] at = pointsAt(lambda);
        double[][] points = new double[at.length / 2][];
        for (int k = 0; k < points.length; k++) {
            points[k] = new double[] { at[2 * k], at[2 * k + 1] };
        }
        return setup.reference().evaluate(lambda, points);
    }

    private double[] errors(double[][] predicted, double[][] exact) {
        return ErrorMetrics.compareAll(setup.fields(), predicted, exact, setup.meanShiftedFields()).stream()
                .mapToDouble(ErrorMetrics.FieldError::relativeL2).toArray();
    }

    private double[] errorsOfWeights(Mlp network, double[] weights, int testIndex, double[] lambda) {
        network.setParameters(weights);
        return errors(setup.problem().fieldValues(network, lambda, pointsAt(lambda)), exactAtTest[testIndex]);
    }

    /** The physics-informed loss (same points as training) of given weights at λ. */
    private double physicsLoss(Mlp network, double[] weights, double[] lambda) {
        return setup.loss(network, lambda).value(weights);
    }

    private void log(String format, Object... args) {
        if (log != null) {
            log.printf(Locale.ROOT, format + "%n", args);
            log.flush();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Runs the whole study (a minute or two for {@code quick}, up to 45 for the studies' own settings on 2 cores). */
    public Result run() {
        long studyStart = System.nanoTime();
        ParameterRange range = setup.range();
        double[] referenceValue = setup.referenceValue();
        double[][] training = setup.trainingValues();
        double[][] test = setup.testValues();
        if (coincide(range, training, test)) {
            throw new IllegalArgumentException("study '" + setup.name() + "': a test value coincides with a training "
                    + "value; held-out errors must come from values never trained on");
        }
        TrainingPipeline pipeline = new TrainingPipeline(setup, workers).listener(progressLogger());
        boolean validationOnTest = pipeline.validationValues() != null
                && coincide(range, pipeline.validationValues(), test);
        List<String> fields = setup.fields();
        exactAtTest = new double[test.length][][];
        for (int i = 0; i < test.length; i++) {
            exactAtTest[i] = exact(test[i]);
        }
        log("study %s, profile %s: %d training values, %d test values, %s", setup.name(), profile.literal(),
                training.length, test.length, Parallelism.describe());
        if (validationOnTest) {
            log("note: the hypernetwork's validation values (midway between training values) are test values too");
        }
        List<MethodResult> methods = new ArrayList<>();
        Mlp evaluation = setup.newNetwork();
        Supplier<Mlp> networks = setup::newNetwork;

        // 1. the surrogate as `hyperlora train` makes it: base PINN, LoRA fits, hypernetwork (weights, then physics)
        TrainingPipeline.Result trained;
        try {
            trained = pipeline.run();
        } catch (ArtifactException e) {
            throw new IllegalStateException(e); // the study stores nothing: no artifact is read or written
        }
        TrainingPipeline.Base base = trained.base();
        double[] baseWeights = base.weights();
        double baseSeconds = seconds(base.result().elapsedNanos());
        double[][] baseErrors = new double[test.length][];
        double[] baseLosses = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            baseErrors[i] = errorsOfWeights(evaluation, baseWeights, i, test[i]);
            baseLosses[i] = physicsLoss(evaluation, baseWeights, test[i]);
        }
        methods.add(new MethodResult(StudyMethod.BASE, 0, 0, baseErrors, baseLosses, baseSeconds, "one PINN at "
                + range.names().get(0) + " = " + fmt(referenceValue[0])));
        log("base PINN at %s: loss %.3e, %.1f s, %s", fmt(referenceValue[0]), base.loss(), baseSeconds,
                base.result().message());
        LoraAdapter lora = trained.lora();
        TrainingPipeline.Fits loraFits = trained.fits();
        logFits("LoRA fits at training values", loraFits);
        TrainingPipeline.Hyper loraHyper = trained.hyper();
        Hypernetwork weightsOnly = new Hypernetwork(range, setup.hyper().hiddenWidths(), setup.hyper().activation(),
                lora.initialTrainable(setup.network().seed()), setup.hyper().seed());
        weightsOnly.setParameters(loraHyper.weightsOnly());
        double regressionSeconds = seconds(loraHyper.regression().elapsedNanos());
        methods.add(hyperMethod(StudyMethod.LORA_HYPERNET, weightsOnly, lora, test, evaluation, baseSeconds
                + loraFits.wallSeconds() + regressionSeconds, String.format(Locale.ROOT,
                        "base %.0f s + %d LoRA fits %.0f s (wall) + regression %.0f s", baseSeconds, training.length,
                        loraFits.wallSeconds(), regressionSeconds)));
        MethodResult loraHyperPinn = hyperMethod(StudyMethod.LORA_HYPERPINN, loraHyper.hypernetwork(), lora, test,
                evaluation, baseSeconds + loraFits.wallSeconds() + loraHyper.seconds(), String.format(Locale.ROOT,
                        "LoRA-HyperNet + physics and weights %.0f s (%s)", seconds(loraHyper.physics().elapsedNanos()),
                        note(loraHyper)));
        methods.add(loraHyperPinn);
        Surrogate surrogate = trained.surrogate();
        methods.add(parametricMethod(test, baseSeconds + loraFits.wallSeconds() + loraHyper.seconds()));

        // 2. PINN per instance, from scratch, with an error trace for the retraining time
        int networkSize = baseWeights.length;
        double[] initial = setup.newNetwork().parameters();
        List<List<double[]>> traces = new ArrayList<>();
        List<InstanceFits.Job> pinnJobs = new ArrayList<>();
        for (int i = 0; i < test.length; i++) {
            List<double[]> trace = new ArrayList<>();
            traces.add(trace);
            pinnJobs.add(new InstanceFits.Job(test[i], WeightMap.identity(networkSize), initial, setup.baseStages(),
                    errorTracer(i, test[i], WeightMap.identity(networkSize), trace), options.traceEvery()));
        }
        List<InstanceFits.Fit> pinnFits = timedFits("PINN per instance", pinnJobs, networks);
        methods.add(fitMethod(StudyMethod.PINN, 0, pinnFits, test, evaluation, networkSize, "from scratch, "
                + describe(setup.baseStages()) + "; mean time per fit (one core)"));

        // 3. LoRA-PINN per instance, rank sweep (recommendation from the physics loss only: no reference needed)
        List<Integer> ranks = options.ranks();
        long sweepStart = System.nanoTime();
        RankSweep.Result sweep = RankSweep.run(setup.problem(), networks, base.network(), baseWeights, ranks, test,
                setup.fitStages(), workers, setup.network().seed(), TrainingListener.NONE);
        log("rank sweep %s: %.1f s (wall)", ranks, seconds(System.nanoTime() - sweepStart));
        double[] rankMeanLoss = new double[ranks.size()];
        for (int r = 0; r < ranks.size(); r++) {
            RankSweep.Entry entry = sweep.entries().get(r);
            methods.add(fitMethod(StudyMethod.LORA_PINN, entry.rank(), entry.fits(), test, evaluation,
                    entry.adapter().trainableCount(), entry.adapter().describe() + "; mean time per fit (one core)"));
            rankMeanLoss[r] = entry.geometricMeanLoss();
        }
        log("recommended rank %d; the study's surrogate uses %s", sweep.recommendedRank(), lora.describe());

        // 4. full HyperPINN: the same procedure predicting every weight
        WeightMap full = WeightMap.identity(networkSize);
        TrainingPipeline.Fits fullFits = pipeline.fits(full, baseWeights);
        logFits("full fits at training values", fullFits);
        TrainingPipeline.Hyper fullHyper = pipeline.hypernetwork(full, baseWeights, fullFits,
                loraFits.geometricMeanLoss());
        methods.add(hyperMethod(StudyMethod.FULL_HYPER, fullHyper.hypernetwork(), full, test, evaluation, baseSeconds
                + fullFits.wallSeconds() + fullHyper.seconds(), String.format(Locale.ROOT,
                        "base + %d full fits %.0f s (wall) + regression %.0f s + physics and weights %.0f s (%s)",
                        training.length, fullFits.wallSeconds(), seconds(fullHyper.regression().elapsedNanos()),
                        seconds(fullHyper.physics().elapsedNanos()), note(fullHyper))));
        Surrogate fullSurrogate = new Surrogate(setup.coordinates(), setup.fields(), setup.newNetwork(), full,
                fullHyper.hypernetwork(), setup.problem().hardConstraints());

        // 5. fine-tuning the LoRA-HyperPINN prediction at each test value
        List<FineTunePoint> fineTuning = fineTune(surrogate, test, loraHyperPinn.errors(), loraHyperPinn.heldOutLoss(),
                networks);
        FineTunePoint last = fineTuning.get(fineTuning.size() - 1);
        methods.add(new MethodResult(StudyMethod.LORA_FINE_TUNED, 0, lora.trainableCount(), last.errors(),
                last.losses(), last.meanSeconds(), last.iterations()
                        + " L-BFGS iterations from the prediction; mean time per value (one core)"));

        // 6. surrogate latency, and how long a PINN needs from scratch to reach the surrogate's error
        double[] solveGrid = grid(101);
        double latencyExact = surrogate.medianSolveMillis(referenceValue, solveGrid, 30, 101);
        double latencyFull = fullSurrogate.medianSolveMillis(referenceValue, solveGrid, 30, 101);
        surrogate.setFastActivations(true);
        double latency = surrogate.medianSolveMillis(referenceValue, solveGrid, 30, 101);
        double fastDifference = 0;
        for (double[] lambda : test) {
            double[][] fast = surrogate.solve(lambda, pointsAt(lambda)).fields();
            surrogate.setFastActivations(false);
            double[][] exact = surrogate.solve(lambda, pointsAt(lambda)).fields();
            surrogate.setFastActivations(true);
            for (int f = 0; f < fast.length; f++) {
                for (int p = 0; p < fast[f].length; p++) {
                    fastDifference = Math.max(fastDifference, Math.abs(fast[f][p] - exact[f][p]));
                }
            }
        }
        surrogate.setFastActivations(false);
        double[] retrain = new double[test.length];
        int[] reached = new int[test.length];
        for (int i = 0; i < test.length; i++) {
            retrain[i] = Double.NaN;
            for (double[] point : traces.get(i)) {
                boolean good = true;
                for (int f = 0; f < fields.size(); f++) {
                    good &= point[1 + f] <= loraHyperPinn.errors()[i][f];
                }
                if (good) {
                    retrain[i] = point[0];
                    reached[i] = 1;
                    break;
                }
            }
            if (reached[i] == 0) {
                retrain[i] = pinnFits.get(i).result().elapsedNanos() / 1e9;
            }
        }
        log("surrogate solve on 101x101 points: median %.3f ms (LoRA, exact tanh), %.3f ms (fast tanh, largest "
                + "difference %.1e), %.3f ms (full HyperPINN, exact)", latencyExact, latency, fastDifference, latencyFull);

        // worst held-out value of the surrogate, for the field plot
        int worst = 0;
        for (int i = 1; i < test.length; i++) {
            if (loraHyperPinn.errors()[i][0] > loraHyperPinn.errors()[worst][0]) {
                worst = i;
            }
        }
        double[][] worstPredicted = onGrid(surrogate.solve(test[worst], pointsAt(test[worst])).fields(), test[worst]);
        methods.sort(Comparator.comparing(MethodResult::method).thenComparingInt(MethodResult::rank));
        return new Result(setup, profile, options, grid, fields, methods, rankMeanLoss, sweep.recommendedRank(),
                lora.describe(), fineTuning, latency, latencyExact, fastDifference, latencyFull, retrain, reached, worst,
                onGrid(exactAtTest[worst], test[worst]), worstPredicted, surrogate, validationOnTest, seconds(System.nanoTime() - studyStart),
                Parallelism.describe());
    }

    private static String note(TrainingPipeline.Hyper run) {
        TrainingPipeline.Start start = run.start();
        return (start == null ? "" : String.format(Locale.ROOT,
                "started from the %s (validation physics loss %.2e; the other %.2e); ",
                start.fromRegression() ? "weights-only hypernetwork" : "base network",
                Math.min(start.regressionLoss(), start.baseLoss()), Math.max(start.regressionLoss(), start.baseLoss())))
                + run.physics().message();
    }

    /** {@code Adam 1500 + L-BFGS 1500}. */
    static String describe(List<TrainingStage> stages) {
        return String.join(" + ", stages.stream().map(s -> s.name() + " " + s.plannedSteps()).toList());
    }

    private static boolean coincide(ParameterRange range, double[][] values, double[][] test) {
        for (double[] t : test) {
            for (double[] s : values) {
                if (Math.abs(range.toUnit(t)[0] - range.toUnit(s)[0]) < 1e-3) {
                    return true;
                }
            }
        }
        return false;
    }

    private void logFits(String what, TrainingPipeline.Fits fits) {
        log("%s: %d fits in %.1f s (wall, continuation in 2 chains), geometric-mean loss %.3e", what,
                fits.fits().size(), fits.wallSeconds(), fits.geometricMeanLoss());
    }

    private List<InstanceFits.Fit> timedFits(String what, List<InstanceFits.Job> jobs, Supplier<Mlp> networks) {
        long start = System.nanoTime();
        List<InstanceFits.Fit> fits = InstanceFits.run(setup.problem(), networks, jobs, workers, TrainingListener.NONE);
        double meanLoss = fits.stream().mapToDouble(f -> f.result().loss()).average().orElse(Double.NaN);
        log("%s: %d fits in %.1f s (wall, %d workers), mean loss %.3e", what, fits.size(),
                seconds(System.nanoTime() - start), Math.min(workers, jobs.size()), meanLoss);
        return fits;
    }

    private MethodResult fitMethod(StudyMethod method, int rank, List<InstanceFits.Fit> fits, double[][] test,
            Mlp evaluation, int parameters, String note) {
        double[][] errors = new double[test.length][];
        double[] losses = new double[test.length];
        double seconds = 0;
        for (int i = 0; i < test.length; i++) {
            errors[i] = errorsOfWeights(evaluation, fits.get(i).networkWeights(), i, test[i]);
            losses[i] = fits.get(i).result().loss();
            seconds += fits.get(i).result().elapsedNanos() / 1e9 / test.length;
        }
        MethodResult result = new MethodResult(method, rank, parameters, errors, losses, seconds, note);
        log("%s: mean error %.3e, worst %.3e", result.label(), result.mean(0), result.worst(0));
        return result;
    }

    private MethodResult hyperMethod(StudyMethod method, Hypernetwork hyper, WeightMap map, double[][] test,
            Mlp evaluation, double seconds, String note) {
        double[][] errors = new double[test.length][];
        double[] losses = new double[test.length];
        double[] weights = new double[map.networkParameterCount()];
        for (int i = 0; i < test.length; i++) {
            map.networkWeights(hyper.predict(test[i]), weights);
            errors[i] = errorsOfWeights(evaluation, weights, i, test[i]);
            losses[i] = physicsLoss(evaluation, weights, test[i]);
        }
        MethodResult result = new MethodResult(method, 0, map.trainableCount(), errors, losses, seconds, note);
        log("%s: mean error %.3e, worst %.3e (%.1f s)", result.label(), result.mean(0), result.worst(0), seconds);
        return result;
    }

    /**
     * The parametric PINN trained for the wall time the LoRA-HyperPINN took (base, fits and hypernetwork), with the
     * hypernetwork's physics batch size per Adam step.
     */
    private MethodResult parametricMethod(double[][] test, double budgetSeconds) {
        ParametricPinn parametric = new ParametricPinn(setup);
        ParametricPinn.Result trained = parametric.train(ParametricPinn.Budget.seconds(budgetSeconds),
                Math.max(1, setup.hyper().batchSize()),
                setup.network().seed(), () -> false);
        double[][] errors = new double[test.length][];
        double[] losses = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            errors[i] = errors(parametric.solve(test[i], pointsAt(test[i])), exactAtTest[i]);
            losses[i] = parametric.physicsLoss(test[i]);
        }
        MethodResult result = new MethodResult(StudyMethod.PARAMETRIC, 0, parametric.parameterCount(), errors, losses,
                trained.seconds(), String.format(Locale.ROOT, "one network over the range, the LoRA-HyperPINN's wall "
                        + "time: %d Adam steps on %d values drawn across the range, then %d L-BFGS iterations on the %d "
                        + "training values", trained.adamSteps(), Math.max(1, setup.hyper().batchSize()),
                        trained.lbfgsIterations(), setup.trainingValues().length));
        log("%s: mean error %.3e, worst %.3e (%.1f s)", result.label(), result.mean(0), result.worst(0),
                trained.seconds());
        return result;
    }

    /** Records [elapsed training seconds, error per field...] at every report of a fit. */
    private TrainingListener errorTracer(int testIndex, double[] lambda, WeightMap map, List<double[]> trace) {
        return new TrainingListener() {
            private Mlp network;
            private final double[] weights = new double[map.networkParameterCount()];
            private long measuring;

            @Override
            public void onReportWeights(TrainingProgress progress, double[] trainable) {
                long start = System.nanoTime();
                if (network == null) {
                    network = setup.newNetwork();
                }
                map.networkWeights(trainable, weights);
                double[] errors = errorsOfWeights(network, weights, testIndex, lambda);
                double[] point = new double[errors.length + 1];
                // the time spent measuring is not training time
                point[0] = (progress.elapsedNanos() - measuring) / 1e9;
                System.arraycopy(errors, 0, point, 1, errors.length);
                trace.add(point);
                measuring += System.nanoTime() - start;
            }
        };
    }

    /** The pipeline's progress as log lines: every 100 steps of the hypernetwork's physics stage. */
    private TrainingPipeline.Listener progressLogger() {
        return new TrainingPipeline.Listener() {
            @Override
            public TrainingListener training(TrainingPipeline.Step step) {
                if (step != TrainingPipeline.Step.PHYSICS) {
                    return TrainingListener.NONE;
                }
                return new TrainingListener() {
                    @Override
                    public void onProgress(TrainingProgress progress) {
                        if (progress.step() % 100 == 0 || progress.step() == progress.stageSteps()) {
                            log("  %s %s step %d: loss %.3e (physics %.3e, weights %.3e) %.0f s", step.label(),
                                    progress.stageName(), progress.step(), progress.loss(), progress.termLosses()[0],
                                    progress.termLosses()[1], progress.elapsedNanos() / 1e9);
                        }
                    }
                };
            }

            @Override
            public void message(String text) {
                log("  %s", text);
            }
        };
    }

    private List<FineTunePoint> fineTune(Surrogate surrogate, double[][] test, double[][] predictionErrors,
            double[] predictionLosses, Supplier<Mlp> networks) {
        int every = Math.max(1, options.fineTuneIterations() / 5);
        List<TrainingStage> stages = List.of(new TrainingStage.Lbfgs(
                LbfgsOptions.forIterations(options.fineTuneIterations())));
        List<List<double[]>> traces = new ArrayList<>();
        List<InstanceFits.Job> jobs = new ArrayList<>();
        for (int i = 0; i < test.length; i++) {
            List<double[]> trace = new ArrayList<>();
            traces.add(trace);
            jobs.add(FineTuning.job(surrogate, setup.problem(), test[i], stages,
                    errorTracer(i, test[i], surrogate.weightMap(), trace), every));
        }
        List<InstanceFits.Fit> fits = timedFits("fine-tuning", jobs, networks);
        // L-BFGS reports every `every` iterations and once more at its end
        List<FineTunePoint> points = new ArrayList<>();
        double[] finalLosses = fits.stream().mapToDouble(f -> f.result().loss()).toArray();
        points.add(new FineTunePoint(0, predictionErrors, predictionLosses, 0));
        int periodic = traces.stream().mapToInt(List::size).min().orElse(1) - 1;
        for (int k = 0; k <= periodic; k++) {
            double[][] errors = new double[test.length][];
            double meanSeconds = 0;
            for (int i = 0; i < test.length; i++) {
                List<double[]> trace = traces.get(i);
                double[] point = k < periodic ? trace.get(k) : trace.get(trace.size() - 1);
                errors[i] = Arrays.copyOfRange(point, 1, point.length);
                meanSeconds += point[0] / test.length;
            }
            int iterations = k < periodic ? (k + 1) * every
                    : (int) Math.round(fits.stream().mapToInt(f -> f.result().totalSteps()).average().orElse(0));
            if (k == periodic && iterations == points.get(points.size() - 1).iterations()) {
                points.remove(points.size() - 1);
            }
            points.add(new FineTunePoint(iterations, errors, finalLosses, meanSeconds));
        }
        return points;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
