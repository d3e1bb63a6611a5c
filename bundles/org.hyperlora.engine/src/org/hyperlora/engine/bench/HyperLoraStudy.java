package org.hyperlora.engine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.hyperlora.engine.hyper.HyperObjective;
import org.hyperlora.engine.hyper.HyperStage;
import org.hyperlora.engine.hyper.HyperTrainer;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.InstanceFits;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.ParameterRange;
import org.hyperlora.engine.hyper.RankSweep;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.engine.train.WeightMap;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The HyperLoRA study (arXiv 2308.09290) on one PDE family: a base PINN at the middle of the range;
 * per-instance PINNs and LoRA-PINNs (rank sweep) at held-out values; per-instance fits at the training
 * values; hypernetworks predicting LoRA factors (weights only, then weights + physics) and all weights
 * (full HyperPINN); fine-tuning of the prediction; surrogate latency and the time a PINN needs to reach
 * the surrogate's error from scratch. {@link StudyReport} writes the results folder.
 */
public final class HyperLoraStudy {

    /** Offset, in cells, of the held-out values: away from the evenly spaced training grid. */
    static final double TEST_OFFSET = 0.45;
    private static final long NETWORK_SEED = 1;

    /**
     * Held-out errors of one method: {@code errors[test value][field]}, and the physics-informed loss of its
     * network at each test value (what a user without a reference solution can see).
     */
    public record MethodResult(String method, int predictedParameters, double[][] errors, double[] heldOutLoss,
            double trainingSeconds, String trainingNote) {

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

    /** What a study measured; {@link StudyReport} turns it into files. */
    public record Result(StudyFamily family, StudyProfile profile, double[] referenceValue, double[][] trainingValues,
            double[][] testValues, List<String> fields, List<MethodResult> methods, List<Integer> ranks,
            double[] rankMeanLoss, int recommendedRank, String loraDescription, List<FineTunePoint> fineTuning,
            double latencyMedianMs, double latencyExactMedianMs, double fastDifference, double latencyFullMedianMs, double[] retrainSeconds, int[] retrainReached,
            String bestHyperMethod, int worstTestIndex, double[][] worstExact, double[][] worstPredicted,
            Surrogate surrogate, double totalSeconds, String threads) {

        public MethodResult method(String name) {
            return methods.stream().filter(m -> m.method().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no method '" + name + "' in the study"));
        }
    }

    public static final String BASE = "Base PINN at reference value (no adaptation)";
    public static final String PINN = "PINN per instance";
    public static final String LORA_PINN = "LoRA-PINN per instance, rank ";
    public static final String FULL_HYPER = "Full HyperPINN (weights + physics)";
    public static final String LORA_HYPERNET = "LoRA-HyperNet (weights only)";
    public static final String LORA_HYPERPINN = "LoRA-HyperPINN (weights + physics)";
    public static final String LORA_FINE_TUNED = "LoRA-HyperPINN + fine-tuning";

    private final StudyFamily family;
    private final StudyProfile profile;
    private final PrintStream log;
    private final PinnProblem problem;
    private final double[] gridPoints;
    private final int workers;
    private double[][][] exactAtTest;

    public HyperLoraStudy(StudyFamily family, StudyProfile profile, PrintStream log) {
        this.family = family;
        this.profile = profile;
        this.log = log;
        this.problem = family.problem();
        this.gridPoints = grid(profile.grid());
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private double[] grid(int n) {
        double[] flat = new double[n * n * 2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                flat[2 * k] = problem.domain().lower(0) + problem.domain().sideLength(0) * i / (n - 1);
                flat[2 * k + 1] = problem.domain().lower(1) + problem.domain().sideLength(1) * j / (n - 1);
            }
        }
        return flat;
    }

    private double[][] exact(double[] lambda) {
        int count = gridPoints.length / 2;
        double[][] points = new double[count][];
        for (int k = 0; k < count; k++) {
            points[k] = new double[] { gridPoints[2 * k], gridPoints[2 * k + 1] };
        }
        return family.reference().evaluate(lambda, points);
    }

    private double[] errors(double[][] predicted, double[][] exact) {
        double[] errors = new double[exact.length];
        for (int f = 0; f < exact.length; f++) {
            String field = family.reference().fieldNames().get(f);
            errors[f] = family.meanShiftedFields().contains(field)
                    ? ErrorMetrics.relativeL2MeanShifted(field, predicted[f], exact[f])
                    : ErrorMetrics.relativeL2(field, predicted[f], exact[f]);
        }
        return errors;
    }

    private double[] errorsOfWeights(Mlp network, double[] weights, int testIndex, double[] lambda) {
        network.setParameters(weights);
        return errors(problem.fieldValues(network, lambda, gridPoints), exactAtTest[testIndex]);
    }

    /** The physics-informed loss (same points as training) of given weights at λ. */
    private double physicsLoss(Mlp network, double[] weights, double[] lambda) {
        return problem.loss(network, lambda).value(weights);
    }

    private Mlp newNetwork() {
        return problem.newNetwork(profile.hidden(), Activation.TANH, DataType.DOUBLE, NETWORK_SEED);
    }

    private static List<TrainingStage> plan(int adamSteps, double learningRate, int lbfgsIterations) {
        List<TrainingStage> stages = new ArrayList<>();
        if (adamSteps > 0) {
            stages.add(new TrainingStage.Adam(adamSteps,
                    LearningRateSchedule.exponential(learningRate, 0.5, Math.max(1, adamSteps / 2))));
        }
        if (lbfgsIterations > 0) {
            stages.add(new TrainingStage.Lbfgs(LbfgsOptions.forIterations(lbfgsIterations)));
        }
        return stages;
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

    /** Runs the whole study (minutes for {@code quick}, up to 45 for {@code full} on 2 cores). */
    public Result run() {
        long studyStart = System.nanoTime();
        ParameterRange range = family.range();
        double[] referenceValue = range.fromUnit(new double[] { 0.5 });
        double[][] training = range.evenlySpaced(profile.trainingValues());
        double[][] test = range.cellCentres(profile.testValues(), TEST_OFFSET);
        // validation of the physics stage: midway between training values, apart from the test values
        double[][] validation = range.cellCentres(training.length - 1, 0.5);
        checkDisjoint(range, training, test);
        checkDisjoint(range, validation, test);
        List<String> fields = family.reference().fieldNames();
        exactAtTest = new double[test.length][][];
        for (int i = 0; i < test.length; i++) {
            exactAtTest[i] = exact(test[i]);
        }
        log("study %s (%s), profile %s: %d training values, %d test values, %s", family.name(), family.title(),
                profile.name(), training.length, test.length, Parallelism.describe());
        List<MethodResult> methods = new ArrayList<>();
        Mlp evaluation = newNetwork();
        Supplier<Mlp> networks = this::newNetwork;

        // 1. base PINN at the reference value
        Mlp base = newNetwork();
        double[] initial = base.parameters();
        TrainingResult baseResult = new Trainer(problem.loss(base, referenceValue),
                plan(profile.baseAdam(), 1e-3, profile.baseLbfgs())).reportEvery(Integer.MAX_VALUE)
                .train(initial, TrainingListener.NONE);
        double[] baseWeights = baseResult.weights();
        double baseSeconds = seconds(baseResult.elapsedNanos());
        double[][] baseErrors = new double[test.length][];
        double[] baseLosses = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            baseErrors[i] = errorsOfWeights(evaluation, baseWeights, i, test[i]);
            baseLosses[i] = physicsLoss(evaluation, baseWeights, test[i]);
        }
        methods.add(new MethodResult(BASE, 0, baseErrors, baseLosses, baseSeconds, "one PINN at " + range.names().get(0) + " = "
                + fmt(referenceValue[0])));
        log("base PINN at %s: loss %.3e, %.1f s, %s", fmt(referenceValue[0]), baseResult.loss(), baseSeconds,
                baseResult.message());

        // 2. PINN per instance, from scratch, with an error trace for the retraining time
        List<List<double[]>> traces = new ArrayList<>();
        List<InstanceFits.Job> pinnJobs = new ArrayList<>();
        for (int i = 0; i < test.length; i++) {
            List<double[]> trace = new ArrayList<>();
            traces.add(trace);
            pinnJobs.add(new InstanceFits.Job(test[i], WeightMap.identity(initial.length), initial,
                    plan(profile.baseAdam(), 1e-3, profile.baseLbfgs()), errorTracer(i, test[i], WeightMap.identity(initial.length), trace),
                    profile.traceEvery()));
        }
        List<InstanceFits.Fit> pinnFits = timedFits("PINN per instance", pinnJobs, networks);
        methods.add(fitMethod(PINN, pinnFits, test, evaluation, initial.length, "from scratch, "
                + profile.baseAdam() + " Adam + " + profile.baseLbfgs() + " L-BFGS; mean time per fit (one core)"));

        // 3. LoRA-PINN per instance, rank sweep (recommendation from the physics loss only: no reference needed)
        List<Integer> ranks = profile.ranks();
        long sweepStart = System.nanoTime();
        RankSweep.Result sweep = RankSweep.run(problem, networks, base, baseWeights, ranks, test,
                plan(profile.fitAdam(), 1e-3, profile.fitLbfgs()), workers, NETWORK_SEED, TrainingListener.NONE);
        log("rank sweep %s: %.1f s (wall)", ranks, seconds(System.nanoTime() - sweepStart));
        double[] rankMeanLoss = new double[ranks.size()];
        for (int r = 0; r < ranks.size(); r++) {
            RankSweep.Entry entry = sweep.entries().get(r);
            methods.add(fitMethod(LORA_PINN + entry.rank(), entry.fits(), test, evaluation,
                    entry.adapter().trainableCount(), entry.adapter().describe() + "; mean time per fit (one core)"));
            rankMeanLoss[r] = entry.geometricMeanLoss();
        }
        int recommendedRank = sweep.recommendedRank();
        LoraAdapter lora = LoraAdapter.uniform(base, baseWeights, recommendedRank, false);
        log("recommended rank %d (%s)", recommendedRank, lora.describe());

        // 4. per-instance fits at the training values: LoRA (recommended rank) and full weights, from the base
        // continuation outwards from the reference value: two chains, one per core
        List<double[][]> chains = chainsFrom(range, referenceValue, training);
        WeightMap full = WeightMap.identity(baseWeights.length);
        long fitStart = System.nanoTime();
        List<InstanceFits.Fit> loraFits = inTrainingOrder(training, InstanceFits.runChains(problem, networks, chains,
                lora, lora.initialTrainable(NETWORK_SEED), plan(profile.fitAdam(), 1e-3, profile.fitLbfgs()), workers,
                TrainingListener.NONE));
        double loraFitWall = seconds(System.nanoTime() - fitStart);
        logFits("LoRA fits at training values", loraFits, loraFitWall);
        fitStart = System.nanoTime();
        List<InstanceFits.Fit> fullFits = inTrainingOrder(training, InstanceFits.runChains(problem, networks, chains,
                full, baseWeights, plan(profile.fitAdam(), 1e-3, profile.fitLbfgs()), workers, TrainingListener.NONE));
        double fullFitWall = seconds(System.nanoTime() - fitStart);
        logFits("full fits at training values", fullFits, fullFitWall);
        double meanFitLoss = Math.exp(loraFits.stream().mapToDouble(f -> Math.log(f.result().loss())).average().orElseThrow());

        // 5. LoRA-HyperNet: weight regression only (the paper's weights-only baseline)
        double[][] loraTargets = trained(loraFits);
        HyperRun loraNet = regress(range, lora, lora.initialTrainable(NETWORK_SEED), training, loraTargets, referenceValue);
        methods.add(hyperMethod(LORA_HYPERNET, loraNet.hypernetwork(), lora, test, evaluation, baseSeconds + loraFitWall
                + loraNet.seconds(), String.format(Locale.ROOT, "base %.0f s + %d LoRA fits %.0f s (wall) + regression %.0f s",
                        baseSeconds, training.length, loraFitWall, loraNet.seconds())));

        // 6. LoRA-HyperPINN: physics across the range + the fitted weights
        HyperRun loraPinn = physicsInformed(range, lora, lora.initialTrainable(NETWORK_SEED), loraNet, training,
                loraTargets, validation, referenceValue, meanFitLoss, "LoRA-HyperPINN");
        Hypernetwork loraHyper = loraPinn.hypernetwork();
        MethodResult loraHyperPinn = hyperMethod(LORA_HYPERPINN, loraHyper, lora, test, evaluation, baseSeconds
                + loraFitWall + loraNet.seconds() + loraPinn.seconds(), String.format(Locale.ROOT,
                        "LoRA-HyperNet + physics and weights %.0f s (%s)", loraPinn.seconds(), loraPinn.note()));
        methods.add(loraHyperPinn);
        Surrogate surrogate = new Surrogate(problem.symbols().coordinates(), problem.symbols().fields(), newNetwork(),
                lora, loraHyper, problem.hardConstraints());

        // 7. full HyperPINN: the same procedure predicting every weight
        double[][] fullTargets = trained(fullFits);
        HyperRun fullNet = regress(range, full, baseWeights, training, fullTargets, referenceValue);
        HyperRun fullPinn = physicsInformed(range, full, baseWeights, fullNet, training, fullTargets, validation,
                referenceValue, meanFitLoss, "full HyperPINN");
        Hypernetwork fullHyper = fullPinn.hypernetwork();
        methods.add(hyperMethod(FULL_HYPER, fullHyper, full, test, evaluation, baseSeconds + fullFitWall
                + fullNet.seconds() + fullPinn.seconds(), String.format(Locale.ROOT,
                        "base + %d full fits %.0f s (wall) + regression %.0f s + physics and weights %.0f s (%s)",
                        training.length, fullFitWall, fullNet.seconds(), fullPinn.seconds(), fullPinn.note())));
        Surrogate fullSurrogate = new Surrogate(problem.symbols().coordinates(), problem.symbols().fields(),
                newNetwork(), full, fullHyper, problem.hardConstraints());

        // 8. fine-tuning the LoRA-HyperPINN prediction at each test value
        List<FineTunePoint> fineTuning = fineTune(surrogate, lora, test, loraHyperPinn.errors(), loraHyperPinn.heldOutLoss(), networks);
        FineTunePoint last = fineTuning.get(fineTuning.size() - 1);
        methods.add(new MethodResult(LORA_FINE_TUNED, lora.trainableCount(), last.errors(), last.losses(), last.meanSeconds(),
                last.iterations() + " L-BFGS iterations from the prediction; mean time per value (one core)"));

        // 9. surrogate latency, and how long a PINN needs from scratch to reach the surrogate's error
        double latencyExact = medianSolveMillis(surrogate, referenceValue);
        double latencyFull = medianSolveMillis(fullSurrogate, referenceValue);
        surrogate.setFastActivations(true);
        double latency = medianSolveMillis(surrogate, referenceValue);
        double fastDifference = 0;
        for (double[] lambda : test) {
            double[][] fast = surrogate.solve(lambda, gridPoints).fields();
            surrogate.setFastActivations(false);
            double[][] exact = surrogate.solve(lambda, gridPoints).fields();
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

        // worst held-out value of the best hypernetwork, for the field plot
        int worst = 0;
        for (int i = 1; i < test.length; i++) {
            if (loraHyperPinn.errors()[i][0] > loraHyperPinn.errors()[worst][0]) {
                worst = i;
            }
        }
        double[][] worstPredicted = surrogate.solve(test[worst], gridPoints).fields();
        return new Result(family, profile, referenceValue, training, test, fields, methods, ranks, rankMeanLoss,
                recommendedRank, lora.describe(), fineTuning, latency, latencyExact, fastDifference, latencyFull, retrain, reached, LORA_HYPERPINN,
                worst, exactAtTest[worst], worstPredicted, surrogate, seconds(System.nanoTime() - studyStart),
                Parallelism.describe());
    }

    /** A trained hypernetwork, its training time and what happened. */
    private record HyperRun(Hypernetwork hypernetwork, double seconds, String note) {
    }

    /** Weight regression onto per-instance fits, no physics: the weights-only hypernetwork. */
    private HyperRun regress(ParameterRange range, WeightMap map, double[] offset, double[][] training,
            double[][] targets, double[] referenceValue) {
        Hypernetwork hyper = new Hypernetwork(range, profile.hyperHidden(), Activation.TANH, offset, 11);
        HyperObjective objective = new HyperObjective(hyper, map, problem.loss(newNetwork(), referenceValue), training,
                targets);
        TrainingResult result = new HyperTrainer(objective, List.of(new HyperStage.Lbfgs(
                LbfgsOptions.forIterations(profile.regressionLbfgs()), 1, 0, 0, 1)), 21).train(hyper, TrainingListener.NONE);
        log("weight regression (%d outputs): relative weight error %.3e, %.1f s", map.trainableCount(),
                result.termLosses()[1], seconds(result.elapsedNanos()));
        return new HyperRun(hyper, seconds(result.elapsedNanos()), result.message());
    }

    /**
     * Physics (batches across the range) + weights, starting from whichever of the base network (zero output
     * layer) and the weights-only hypernetwork has the lower physics loss at the validation values: with few
     * training values the regression interpolates wildly between them, with many it is the better start.
     */
    private HyperRun physicsInformed(ParameterRange range, WeightMap map, double[] offset, HyperRun weightsOnly,
            double[][] training, double[][] targets, double[][] validation, double[] referenceValue,
            double regressionWeight, String what) {
        Hypernetwork hyper = new Hypernetwork(range, profile.hyperHidden(), Activation.TANH, offset, 11);
        HyperObjective objective = new HyperObjective(hyper, map, problem.loss(newNetwork(), referenceValue), training,
                targets);
        double[] fromBase = hyper.parameters();
        double baseLoss = objective.meanPhysicsLoss(fromBase, validation);
        double regressionLoss = objective.meanPhysicsLoss(weightsOnly.hypernetwork().parameters(), validation);
        boolean fromRegression = regressionLoss < baseLoss;
        hyper.setParameters(fromRegression ? weightsOnly.hypernetwork().parameters() : fromBase);
        TrainingResult result = new HyperTrainer(objective, physicsStages(regressionWeight), 31).reportEvery(50)
                .validateOn(validation).train(hyper, progressLogger(what));
        String note = String.format(Locale.ROOT, "started from the %s (validation physics loss %.2e; the other %.2e); %s",
                fromRegression ? "weights-only hypernetwork" : "base network", Math.min(baseLoss, regressionLoss),
                Math.max(baseLoss, regressionLoss), result.message());
        log("%s: %s", what, note);
        return new HyperRun(hyper, seconds(result.elapsedNanos()), note);
    }

    private List<HyperStage> physicsStages(double regressionWeight) {
        return List.of(new HyperStage.Lbfgs(LbfgsOptions.forIterations(profile.physicsLbfgs()), profile.physicsRounds(),
                profile.physicsBatch(), 1, regressionWeight));
    }

    private static void checkDisjoint(ParameterRange range, double[][] training, double[][] test) {
        for (double[] t : test) {
            for (double[] s : training) {
                if (Math.abs(range.toUnit(t)[0] - range.toUnit(s)[0]) < 1e-3) {
                    throw new IllegalStateException("test value " + t[0] + " coincides with training or validation value " + s[0]);
                }
            }
        }
    }

    /** The training values above the reference value ascending, and those below it descending. */
    static List<double[][]> chainsFrom(ParameterRange range, double[] reference, double[][] training) {
        double middle = range.toUnit(reference)[0];
        List<double[]> up = new ArrayList<>(), down = new ArrayList<>();
        for (double[] value : training) {
            (range.toUnit(value)[0] >= middle ? up : down).add(value);
        }
        java.util.Collections.reverse(down);
        return List.of(up.toArray(double[][]::new), down.toArray(double[][]::new));
    }

    private static List<InstanceFits.Fit> inTrainingOrder(double[][] training, List<List<InstanceFits.Fit>> chains) {
        List<InstanceFits.Fit> fits = new ArrayList<>();
        for (double[] value : training) {
            for (List<InstanceFits.Fit> chain : chains) {
                for (InstanceFits.Fit fit : chain) {
                    if (Arrays.equals(fit.lambda(), value)) {
                        fits.add(fit);
                    }
                }
            }
        }
        return fits;
    }

    private void logFits(String what, List<InstanceFits.Fit> fits, double wallSeconds) {
        double meanLoss = Math.exp(fits.stream().mapToDouble(f -> Math.log(f.result().loss())).average().orElse(Double.NaN));
        log("%s: %d fits in %.1f s (wall, continuation in 2 chains), geometric-mean loss %.3e", what, fits.size(),
                wallSeconds, meanLoss);
    }

    private static double[][] trained(List<InstanceFits.Fit> fits) {
        return fits.stream().map(f -> f.result().weights()).toArray(double[][]::new);
    }

    private List<InstanceFits.Fit> timedFits(String what, List<InstanceFits.Job> jobs, Supplier<Mlp> networks) {
        long start = System.nanoTime();
        List<InstanceFits.Fit> fits = InstanceFits.run(problem, networks, jobs, workers, TrainingListener.NONE);
        double meanLoss = fits.stream().mapToDouble(f -> f.result().loss()).average().orElse(Double.NaN);
        log("%s: %d fits in %.1f s (wall, %d workers), mean loss %.3e", what, fits.size(),
                seconds(System.nanoTime() - start), Math.min(workers, jobs.size()), meanLoss);
        return fits;
    }

    private MethodResult fitMethod(String name, List<InstanceFits.Fit> fits, double[][] test, Mlp evaluation,
            int parameters, String note) {
        double[][] errors = new double[test.length][];
        double[] losses = new double[test.length];
        double seconds = 0;
        for (int i = 0; i < test.length; i++) {
            errors[i] = errorsOfWeights(evaluation, fits.get(i).networkWeights(), i, test[i]);
            losses[i] = fits.get(i).result().loss();
            seconds += fits.get(i).result().elapsedNanos() / 1e9 / test.length;
        }
        MethodResult result = new MethodResult(name, parameters, errors, losses, seconds, note);
        log("%s: mean error %.3e, worst %.3e", name, result.mean(0), result.worst(0));
        return result;
    }

    private MethodResult hyperMethod(String name, Hypernetwork hyper, WeightMap map, double[][] test, Mlp evaluation,
            double seconds, String note) {
        double[][] errors = new double[test.length][];
        double[] losses = new double[test.length];
        double[] weights = new double[map.networkParameterCount()];
        for (int i = 0; i < test.length; i++) {
            map.networkWeights(hyper.predict(test[i]), weights);
            errors[i] = errorsOfWeights(evaluation, weights, i, test[i]);
            losses[i] = physicsLoss(evaluation, weights, test[i]);
        }
        MethodResult result = new MethodResult(name, map.trainableCount(), errors, losses, seconds, note);
        log("%s: mean error %.3e, worst %.3e (%.1f s)", name, result.mean(0), result.worst(0), seconds);
        return result;
    }

    /** Records [elapsed training seconds, error per field...] at every report of a from-scratch fit. */
    private TrainingListener errorTracer(int testIndex, double[] lambda, WeightMap map, List<double[]> trace) {
        return new TrainingListener() {
            private Mlp network;
            private final double[] weights = new double[map.networkParameterCount()];
            private long measuring;

            @Override
            public void onReportWeights(TrainingProgress progress, double[] trainable) {
                long start = System.nanoTime();
                if (network == null) {
                    network = newNetwork();
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

    private TrainingListener progressLogger(String what) {
        return new TrainingListener() {
            @Override
            public void onProgress(TrainingProgress progress) {
                if (progress.step() % 100 == 0 || progress.step() == progress.stageSteps()) {
                    log("  %s %s step %d: loss %.3e (physics %.3e, weights %.3e) %.0f s", what, progress.stageName(),
                            progress.step(), progress.loss(), progress.termLosses()[0], progress.termLosses()[1],
                            progress.elapsedNanos() / 1e9);
                }
            }
        };
    }

    private List<FineTunePoint> fineTune(Surrogate surrogate, LoraAdapter lora, double[][] test,
            double[][] predictionErrors, double[] predictionLosses, Supplier<Mlp> networks) {
        int every = Math.max(1, profile.fineTuneIterations() / 5);
        List<List<double[]>> traces = new ArrayList<>();
        List<InstanceFits.Job> jobs = new ArrayList<>();
        for (int i = 0; i < test.length; i++) {
            List<double[]> trace = new ArrayList<>();
            traces.add(trace);
            double[] predicted = surrogate.predictedVector(test[i]);
            jobs.add(new InstanceFits.Job(test[i], lora, predicted,
                    List.of(new TrainingStage.Lbfgs(LbfgsOptions.forIterations(profile.fineTuneIterations()))), errorTracer(i, test[i],
                            lora, trace), every));
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

    private double medianSolveMillis(Surrogate surrogate, double[] lambda) {
        double[] points = grid(101);
        for (int k = 0; k < 30; k++) {
            surrogate.solve(lambda, points);
        }
        double[] times = new double[101];
        for (int k = 0; k < times.length; k++) {
            long start = System.nanoTime();
            surrogate.solve(lambda, points);
            times[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
