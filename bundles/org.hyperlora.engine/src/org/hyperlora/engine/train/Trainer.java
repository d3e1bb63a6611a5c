package org.hyperlora.engine.train;

import java.util.ArrayList;
import java.util.List;

import org.hyperlora.engine.optim.Adam;
import org.hyperlora.engine.optim.Lbfgs;
import org.hyperlora.engine.optim.LbfgsResult;
import org.hyperlora.engine.optim.LbfgsTermination;

/**
 * Runs training stages (e.g. Adam then L-BFGS) on a {@link PinnLoss}: reports progress, honours
 * cancellation, stops with a clear message on NaN/Inf and keeps the last finite weights, offers
 * checkpoints, and can resume from one.
 */
public final class Trainer {

    private static final int HISTORY_LIMIT = 2000;

    private final PinnLoss loss;
    private final List<TrainingStage> stages;
    private final WeightMap weightMap;
    private final double[] networkWeights;
    private final double[] networkGradient;
    private int reportInterval = 100;
    private int checkpointInterval = 0;

    public Trainer(PinnLoss loss, List<TrainingStage> stages) {
        this(loss, stages, WeightMap.identity(loss.network().parameterCount()));
    }

    /**
     * Trains the vector {@code weightMap} turns into the network's weights (e.g. LoRA adapters on a frozen
     * base network); the weights in results and checkpoints are that trained vector.
     */
    public Trainer(PinnLoss loss, List<TrainingStage> stages, WeightMap weightMap) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a training plan needs at least one stage");
        }
        if (weightMap.networkParameterCount() != loss.network().parameterCount()) {
            throw new IllegalArgumentException("the weight map produces " + weightMap.networkParameterCount()
                    + " weights but the network has " + loss.network().parameterCount());
        }
        this.loss = loss;
        this.stages = List.copyOf(stages);
        this.weightMap = weightMap;
        this.networkWeights = new double[weightMap.networkParameterCount()];
        this.networkGradient = new double[weightMap.networkParameterCount()];
    }

    /** The loss as a function of the trained vector. */
    private double valueAndGradient(double[] trainable, double[] gradientOut) {
        weightMap.networkWeights(trainable, networkWeights);
        double value = loss.valueAndGradient(networkWeights, gradientOut == null ? null : networkGradient);
        if (gradientOut != null) {
            weightMap.pullBack(trainable, networkGradient, gradientOut);
        }
        return value;
    }

    private double value(double[] trainable) {
        return valueAndGradient(trainable, null);
    }

    /** Progress is reported every this many steps (and at the end of each stage). */
    public Trainer reportEvery(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("report interval must be >= 1, got " + steps);
        }
        reportInterval = steps;
        return this;
    }

    /** A checkpoint is offered every this many steps; 0 turns checkpoints off. */
    public Trainer checkpointEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("checkpoint interval must be >= 0, got " + steps);
        }
        checkpointInterval = steps;
        return this;
    }

    public int checkpointInterval() {
        return checkpointInterval;
    }

    /** Trains from {@code initialWeights}. */
    public TrainingResult train(double[] initialWeights, TrainingListener listener) {
        return run(initialWeights.clone(), 0, 0, null, listener);
    }

    /**
     * Continues from a checkpoint: same stage and step; Adam moments, term weights and refined collocation
     * points restored.
     */
    public TrainingResult resume(TrainingCheckpoint checkpoint, TrainingListener listener) {
        if (checkpoint.stageIndex() < 0 || checkpoint.stageIndex() >= stages.size()) {
            throw new IllegalArgumentException("the checkpoint is in stage " + (checkpoint.stageIndex() + 1)
                    + " but this training plan has " + stages.size() + " stage(s)");
        }
        if (stages.get(checkpoint.stageIndex()) instanceof TrainingStage.Adam adam
                && (checkpoint.step() < 0 || checkpoint.step() > adam.steps())) {
            throw new IllegalArgumentException("the checkpoint is at step " + checkpoint.step() + " of stage "
                    + (checkpoint.stageIndex() + 1) + ", which has " + adam.steps() + " steps");
        }
        if (checkpoint.weights().length != weightMap.trainableCount()) {
            throw new IllegalArgumentException("the checkpoint holds " + checkpoint.weights().length
                    + " weights but this training optimizes " + weightMap.trainableCount());
        }
        loss.setTermWeights(checkpoint.termWeights());
        if (checkpoint.collocationPoints() != null) {
            loss.replaceGroup(0, loss.groups().get(0).withPoints(checkpoint.collocationPoints()));
        }
        return run(checkpoint.weights().clone(), checkpoint.stageIndex(), checkpoint.step(), checkpoint, listener);
    }

    private TrainingResult run(double[] weights, int firstStage, int firstStep, TrainingCheckpoint resumeFrom,
            TrainingListener listener) {
        long start = System.nanoTime();
        Run run = new Run(weights, start, listener);
        run.refinementRounds = resumeFrom == null ? 0 : resumeFrom.refinementRounds();
        for (int s = firstStage; s < stages.size() && run.status == null; s++) {
            TrainingStage stage = stages.get(s);
            int startStep = s == firstStage ? firstStep : 0;
            if (stage instanceof TrainingStage.Adam adam) {
                runAdam(run, s, adam, startStep, s == firstStage ? resumeFrom : null);
            } else if (stage instanceof TrainingStage.Lbfgs lbfgs) {
                runLbfgs(run, s, lbfgs);
            }
        }
        double finalLoss = value(run.bestWeights);
        TrainingResult.Status status = run.status == null ? TrainingResult.Status.COMPLETED : run.status;
        String message = run.message == null ? "completed " + run.totalSteps + " steps" : run.message;
        if (!run.lbfgsNotes.isEmpty()) {
            message += "; " + String.join("; ", run.lbfgsNotes);
        }
        if (!run.refinements.isEmpty()) {
            message += "; refinement: " + String.join("; ", run.refinements.stream().map(Refinement.Round::describe).toList());
        }
        return new TrainingResult(status, message, run.bestWeights.clone(), finalLoss, loss.termNames(),
                loss.lastTermLosses(), run.totalSteps, System.nanoTime() - start, List.copyOf(run.history),
                List.copyOf(run.refinements), List.of());
    }

    /** Mutable state of one training run. */
    private final class Run {
        final double[] weights;
        final double[] gradient;
        final double[] bestWeights;
        final long start;
        final TrainingListener listener;
        final List<TrainingProgress> history = new ArrayList<>();
        final List<Refinement.Round> refinements = new ArrayList<>();
        final List<String> lbfgsNotes = new ArrayList<>();
        int refinementRounds;
        int totalSteps;
        TrainingResult.Status status;
        String message;

        Run(double[] weights, long start, TrainingListener listener) {
            this.weights = weights;
            this.gradient = new double[weights.length];
            this.bestWeights = weights.clone();
            this.start = start;
            this.listener = listener;
        }

        void report(int stageIndex, int step, int stageSteps, double value) {
            TrainingProgress progress = new TrainingProgress(stageIndex, stages.get(stageIndex).name(), step, stageSteps,
                    value, loss.termNames(), loss.lastTermLosses(), System.nanoTime() - start);
            if (history.size() >= HISTORY_LIMIT) {
                // keep every other entry: the history stays bounded and evenly spread over the run
                for (int k = history.size() - 1; k > 0; k -= 2) {
                    history.remove(k);
                }
            }
            history.add(progress);
            listener.onProgress(progress);
            listener.onReportWeights(progress, weights);
        }

        /** Stops when the loss is finite but its gradient is not (e.g. sqrt at 0); weights as for a NaN loss. */
        boolean stopIfGradientNonFinite(int stageIndex, int step) {
            for (int k = 0; k < gradient.length; k++) {
                if (!Double.isFinite(gradient[k])) {
                    status = TrainingResult.Status.DIVERGED;
                    message = "the gradient became " + gradient[k] + " (weight " + k + ") at step " + step
                            + " of stage " + (stageIndex + 1) + " (" + stages.get(stageIndex).name()
                            + ") while the loss was finite, e.g. sqrt, log or 1/x at a zero of their argument;"
                            + " kept the weights of the last finite step.";
                    return true;
                }
            }
            return false;
        }

        /** Stops on a non-finite loss, naming the terms that went bad; weights fall back to the last finite ones. */
        boolean stopIfNonFinite(double value, int stageIndex, int step) {
            if (Double.isFinite(value)) {
                return false;
            }
            double[] terms = loss.lastTermLosses();
            List<String> bad = new ArrayList<>();
            for (int t = 0; t < terms.length; t++) {
                if (!Double.isFinite(terms[t])) {
                    bad.add(loss.termNames().get(t) + " = " + terms[t]);
                }
            }
            status = TrainingResult.Status.DIVERGED;
            message = "loss became " + value + " at step " + step + " of stage " + (stageIndex + 1) + " ("
                    + stages.get(stageIndex).name() + ")" + (bad.isEmpty() ? "" : ", in " + String.join(", ", bad))
                    + "; kept the weights of the last finite step. Try a smaller learning rate or other loss weights.";
            return true;
        }
    }

    private void runAdam(Run run, int stageIndex, TrainingStage.Adam stage, int startStep, TrainingCheckpoint resume) {
        Adam adam = new Adam(run.weights.length, stage.schedule());
        if (resume != null && resume.adamFirstMoment() != null) {
            adam.restoreState(resume.adamSteps(), resume.adamFirstMoment(), resume.adamSecondMoment());
        }
        double value = Double.NaN;
        for (int step = startStep; step < stage.steps(); step++) {
            if (run.listener.isCancelled()) {
                run.status = TrainingResult.Status.CANCELLED;
                run.message = "cancelled at step " + step + " of stage " + (stageIndex + 1) + " (Adam)";
                return;
            }
            if (stage.refinementInterval() > 0 && step > startStep && step % stage.refinementInterval() == 0) {
                // rounds count across stages and resumes, so every round draws fresh candidates
                weightMap.networkWeights(run.weights, networkWeights);
                run.refinements.add(stage.refinement().refine(loss, networkWeights.clone(), run.refinementRounds++));
            }
            value = valueAndGradient(run.weights, run.gradient);
            if (run.stopIfNonFinite(value, stageIndex, step) || run.stopIfGradientNonFinite(stageIndex, step)) {
                return;
            }
            if (stage.annealingInterval() > 0 && step % stage.annealingInterval() == 0
                    && annealTermWeights(run.weights, stage.annealingRate())) {
                // the weights changed the loss: evaluate again so the Adam step follows the new weighting
                value = valueAndGradient(run.weights, run.gradient);
            }
            // the weights just evaluated are finite: they become the fallback before moving on
            System.arraycopy(run.weights, 0, run.bestWeights, 0, run.weights.length);
            if (step % reportInterval == 0) {
                run.report(stageIndex, step, stage.steps(), value);
            }
            adam.step(run.weights, run.gradient);
            run.totalSteps++;
            if (checkpointInterval > 0 && (step + 1) % checkpointInterval == 0) {
                run.listener.onCheckpoint(new TrainingCheckpoint(stageIndex, step + 1, run.weights.clone(),
                        loss.termWeights(), adam.stepCount(), adam.firstMoment(), adam.secondMoment(),
                        run.refinementRounds > 0 ? loss.groups().get(0).points() : null, run.refinementRounds));
            }
        }
        double last = value(run.weights);
        if (!run.stopIfNonFinite(last, stageIndex, stage.steps())) {
            System.arraycopy(run.weights, 0, run.bestWeights, 0, run.weights.length);
            run.report(stageIndex, stage.steps(), stage.steps(), last);
        }
    }

    private void runLbfgs(Run run, int stageIndex, TrainingStage.Lbfgs stage) {
        int maxIterations = stage.options().maxIterations();
        LbfgsResult result = Lbfgs.minimize(this::valueAndGradient, run.weights, stage.options(), (iteration, value, gradientNorm,
                evaluations) -> {
            run.totalSteps++;
            if (iteration % reportInterval == 0) {
                run.report(stageIndex, iteration, maxIterations, value);
            }
            if (checkpointInterval > 0 && iteration % checkpointInterval == 0) {
                run.listener.onCheckpoint(new TrainingCheckpoint(stageIndex, 0, run.weights.clone(), loss.termWeights(),
                        0, null, null, run.refinementRounds > 0 ? loss.groups().get(0).points() : null,
                        run.refinementRounds));
            }
            return !run.listener.isCancelled();
        });
        // L-BFGS leaves the lowest point it evaluated in run.weights
        if (result.termination() == LbfgsTermination.NON_FINITE_START) {
            run.status = TrainingResult.Status.DIVERGED;
            run.message = "L-BFGS (stage " + (stageIndex + 1) + ") could not start: " + result.detail()
                    + "; kept the weights reached before it";
            return;
        }
        if (result.termination() == LbfgsTermination.LINE_SEARCH_FAILED
                || result.termination() == LbfgsTermination.MAX_EVALUATIONS) {
            run.lbfgsNotes.add("L-BFGS (stage " + (stageIndex + 1) + ") stopped after " + result.iterations()
                    + " iterations: " + result.termination() + (result.detail().isEmpty() ? "" : ", " + result.detail()));
        }
        System.arraycopy(run.weights, 0, run.bestWeights, 0, run.weights.length);
        double value = value(run.weights);
        run.report(stageIndex, result.iterations(), maxIterations, value);
        if (result.termination() == LbfgsTermination.CANCELLED) {
            run.status = TrainingResult.Status.CANCELLED;
            run.message = "cancelled at iteration " + result.iterations() + " of stage " + (stageIndex + 1) + " (L-BFGS)";
        }
    }

    /**
     * Learning-rate annealing (Wang, Teng & Perdikaris 2021, Algorithm 1): the equation terms keep weight 1;
     * each other term's weight moves towards max|∇ equations| / mean|∇ term|.
     */
    private boolean annealTermWeights(double[] weights, double rate) {
        weightMap.networkWeights(weights, networkWeights);
        double[][] networkGradients = loss.termGradients(networkWeights);
        double[][] gradients = new double[networkGradients.length][weights.length];
        for (int t = 0; t < gradients.length; t++) {
            weightMap.pullBack(weights, networkGradients[t], gradients[t]);
        }
        List<String> names = loss.termNames();
        double equationMax = 0;
        boolean[] isEquation = new boolean[names.size()];
        for (int t = 0; t < names.size(); t++) {
            isEquation[t] = loss.isEquationTerm(t);
            if (isEquation[t]) {
                for (double g : gradients[t]) {
                    equationMax = Math.max(equationMax, Math.abs(g));
                }
            }
        }
        if (!(equationMax > 0) || Double.isInfinite(equationMax)) {
            return false;
        }
        double[] termWeights = loss.termWeights();
        for (int t = 0; t < names.size(); t++) {
            if (isEquation[t]) {
                continue;
            }
            double mean = 0;
            for (double g : gradients[t]) {
                mean += Math.abs(g);
            }
            mean /= gradients[t].length;
            double target = equationMax / mean;
            if (mean > 0 && Double.isFinite(target)) {
                termWeights[t] = (1 - rate) * termWeights[t] + rate * target;
            }
        }
        loss.setTermWeights(termWeights);
        return true;
    }
}
