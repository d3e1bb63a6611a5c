package org.hyperlora.engine.hyper;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.hyperlora.engine.optim.Adam;
import org.hyperlora.engine.optim.Lbfgs;
import org.hyperlora.engine.optim.LbfgsResult;
import org.hyperlora.engine.optim.LbfgsTermination;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;

/**
 * Trains a {@link Hypernetwork} through a {@link HyperObjective}, stage by stage: reports progress (terms
 * "physics" and "weights"), honours cancellation, and on a NaN/Inf loss stops keeping the last finite
 * parameters. On return the hypernetwork holds the result's parameters.
 */
public final class HyperTrainer {

    private static final List<String> TERMS = List.of("physics", "weights");

    private final HyperObjective objective;
    private final List<HyperStage> stages;
    private final long seed;
    private int reportInterval = 50;
    private double[][] validation;

    public HyperTrainer(HyperObjective objective, List<HyperStage> stages, long seed) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a hypernetwork training plan needs at least one stage");
        }
        this.objective = objective;
        this.stages = List.copyOf(stages);
        this.seed = seed;
    }

    public HyperTrainer reportEvery(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("report interval must be >= 1, got " + steps);
        }
        reportInterval = steps;
        return this;
    }

    /**
     * Parameter values on which the physics loss is checked after each L-BFGS round: a round that raises it
     * is undone (early stopping with a physics-only criterion; no reference solution needed). Choose values
     * apart from both the training values and the values the surrogate will be judged on.
     */
    public HyperTrainer validateOn(double[][] lambdas) {
        if (lambdas.length == 0) {
            throw new IllegalArgumentException("validation needs at least one parameter value");
        }
        validation = lambdas.clone();
        return this;
    }

    /** One random value in each of {@code count} equal cells of the range. */
    static double[][] stratifiedBatch(ParameterRange range, int count, SplittableRandom random) {
        double[][] batch = new double[count][];
        for (int k = 0; k < count; k++) {
            double[] u = new double[range.dimension()];
            for (int i = 0; i < u.length; i++) {
                // one parameter: stratified; several: stratified along the first, uniform along the rest
                u[i] = i == 0 ? (k + random.nextDouble()) / count : random.nextDouble();
            }
            batch[k] = range.fromUnit(u);
        }
        return batch;
    }

    public TrainingResult train(Hypernetwork hypernetwork, TrainingListener listener) {
        List<TrainingResult.Validation> validations = new ArrayList<>();
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        double[] parameters = hypernetwork.parameters();
        double[] best = parameters.clone();
        double[] gradient = new double[parameters.length];
        List<TrainingProgress> history = new ArrayList<>();
        TrainingResult.Status status = TrainingResult.Status.COMPLETED;
        String message = null;
        int totalSteps = 0;
        double lastValue = Double.NaN;
        stages: for (int s = 0; s < stages.size(); s++) {
            HyperStage stage = stages.get(s);
            int stageEnd = stage instanceof HyperStage.Adam a ? a.steps()
                    : ((HyperStage.Lbfgs) stage).options().maxIterations() * ((HyperStage.Lbfgs) stage).rounds();
            objective.setWeights(stage.physicsWeight(), stage.regressionWeight());
            double stageValue = Double.NaN;
            if (stage instanceof HyperStage.Adam adamStage) {
                Adam adam = new Adam(parameters.length, adamStage.schedule());
                BestValidated validated = validation != null && adamStage.validateEvery() > 0
                        ? new BestValidated(parameters)
                        : null;
                for (int step = 0; step < adamStage.steps(); step++) {
                    if (validated != null && step > 0 && step % adamStage.validateEvery() == 0) {
                        validated.offer(parameters);
                    }
                    if (listener.isCancelled()) {
                        status = TrainingResult.Status.CANCELLED;
                        message = "cancelled at step " + step + " of stage " + (s + 1) + " (Adam)";
                        break stages;
                    }
                    if (stage.physicsWeight() > 0) {
                        objective.setPhysicsBatch(stratifiedBatch(hypernetwork.range(), stage.batchSize(), random));
                    }
                    double value = objective.valueAndGradient(parameters, gradient);
                    if (!Double.isFinite(value) || !allFinite(gradient)) {
                        status = TrainingResult.Status.DIVERGED;
                        message = "the hypernetwork loss became " + value + " (physics " + objective.lastPhysicsLoss()
                                + ", weights " + objective.lastRegressionLoss() + ") at step " + step + " of stage "
                                + (s + 1) + " (Adam); kept the last finite parameters. Try a smaller learning rate.";
                        break stages;
                    }
                    System.arraycopy(parameters, 0, best, 0, parameters.length);
                    lastValue = value;
                    if (step % reportInterval == 0) {
                        report(history, listener, s, stage, step, adamStage.steps(), value, start);
                    }
                    adam.step(parameters, gradient);
                    totalSteps++;
                }
                // the last update has not been evaluated yet: keep it only if the loss there is finite
                stageValue = objective.valueAndGradient(parameters, null);
                if (Double.isFinite(stageValue)) {
                    System.arraycopy(parameters, 0, best, 0, parameters.length);
                } else {
                    System.arraycopy(best, 0, parameters, 0, parameters.length);
                    stageValue = Double.NaN;
                }
                if (validated != null) {
                    validated.offer(parameters);
                    // end on the best parameters measured between the training values
                    System.arraycopy(validated.parameters, 0, parameters, 0, parameters.length);
                    System.arraycopy(validated.parameters, 0, best, 0, parameters.length);
                    stageValue = Double.NaN;
                    validations.add(new TrainingResult.Validation(s, validated.first, validated.loss, validated.kept,
                            adamStage.steps() / adamStage.validateEvery()));
                }
            } else if (stage instanceof HyperStage.Lbfgs lbfgsStage) {
                double bestValidation = validation == null ? Double.NaN
                        : objective.meanPhysicsLoss(parameters, validation);
                double firstValidation = bestValidation;
                int kept = 0;
                for (int round = 0; round < lbfgsStage.rounds(); round++) {
                    if (stage.physicsWeight() > 0) {
                        objective.setPhysicsBatch(stratifiedBatch(hypernetwork.range(), stage.batchSize(), random));
                    }
                    int stageIndex = s;
                    int offset = round * lbfgsStage.options().maxIterations();
                    int[] steps = { totalSteps };
                    LbfgsResult result = Lbfgs.minimize(objective, parameters, lbfgsStage.options(),
                            (iteration, value, gradientNorm, evaluations) -> {
                                steps[0]++;
                                if ((offset + iteration) % reportInterval == 0) {
                                    report(history, listener, stageIndex, stage, offset + iteration, stageEnd, value, start);
                                }
                                return !listener.isCancelled();
                            });
                    totalSteps = steps[0];
                    if (result.termination() == LbfgsTermination.NON_FINITE_START) {
                        status = TrainingResult.Status.DIVERGED;
                        message = "L-BFGS (stage " + (s + 1) + ", round " + (round + 1) + ") could not start: "
                                + result.detail();
                        break stages;
                    }
                    boolean stopEarly = false;
                    if (validation != null) {
                        double value = objective.meanPhysicsLoss(parameters, validation);
                        if (value < bestValidation || (Double.isNaN(bestValidation) && Double.isFinite(value))) {
                            bestValidation = value;
                            kept++;
                        } else {
                            // the round fitted its batch (or the training values) at the expense of the rest of
                            // the range: undo it
                            System.arraycopy(best, 0, parameters, 0, parameters.length);
                            // without a physics batch every round sees the same objective: stop early
                            stopEarly = stage.physicsWeight() == 0;
                        }
                    }
                    System.arraycopy(parameters, 0, best, 0, parameters.length);
                    if (result.termination() == LbfgsTermination.CANCELLED) {
                        status = TrainingResult.Status.CANCELLED;
                        message = "cancelled at iteration " + result.iterations() + " of round " + (round + 1)
                                + " of stage " + (s + 1) + " (L-BFGS)";
                        break stages;
                    }
                    if (stopEarly) {
                        break;
                    }
                }
                if (validation != null) {
                    validations.add(new TrainingResult.Validation(s, firstValidation, bestValidation, kept,
                            lbfgsStage.rounds()));
                }
            }
            // end-of-stage report on the last batch (Adam's end was evaluated above)
            lastValue = Double.isNaN(stageValue) ? objective.valueAndGradient(best, null) : stageValue;
            report(history, listener, s, stage, stageEnd, stageEnd, lastValue, start);
        }
        if (status != TrainingResult.Status.COMPLETED) {
            // stopped inside a stage: the result's loss and term losses must describe the returned parameters
            lastValue = objective.valueAndGradient(best, null);
        }
        hypernetwork.setParameters(best);
        String summary = (message == null ? "completed " + totalSteps + " steps" : message)
                + validations.stream().map(v -> String.format(java.util.Locale.ROOT,
                        "; stage %d: validation physics loss %.3e -> %.3e, %d of %d rounds kept", v.stage() + 1,
                        v.firstLoss(), v.bestLoss(), v.roundsKept(), v.rounds())).collect(Collectors.joining());
        return new TrainingResult(status, summary, best,
                lastValue, TERMS, new double[] { objective.lastPhysicsLoss(), objective.lastRegressionLoss() },
                totalSteps, System.nanoTime() - start, List.copyOf(history), List.of(), List.copyOf(validations));
    }

    /**
     * The Adam stage's parameters with the lowest physics loss at the validation values so far: offered at every
     * round boundary and at the end, so the stage ends on the best round rather than the last.
     */
    private final class BestValidated {
        final double first;
        final double[] parameters;
        double loss;
        int kept;

        BestValidated(double[] start) {
            first = objective.meanPhysicsLoss(start, validation);
            loss = first;
            parameters = start.clone();
        }

        void offer(double[] candidate) {
            double value = objective.meanPhysicsLoss(candidate, validation);
            if (value < loss) {
                loss = value;
                System.arraycopy(candidate, 0, parameters, 0, parameters.length);
                kept++;
            }
        }
    }

    private void report(List<TrainingProgress> history, TrainingListener listener, int stageIndex, HyperStage stage,
            int step, int stageSteps, double value, long start) {
        TrainingProgress progress = new TrainingProgress(stageIndex, stage.name(), step, stageSteps, value, TERMS,
                new double[] { objective.lastPhysicsLoss(), objective.lastRegressionLoss() }, System.nanoTime() - start);
        history.add(progress);
        listener.onProgress(progress);
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
