package org.hyperlora.engine.hyper;

import java.util.List;

import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingStage;

/**
 * A few optimizer steps on the physics loss at a new parameter value, starting from the surrogate's
 * prediction and training only what the hypernetwork predicts (the LoRA factors): closes most of the gap to
 * a per-instance fit in a fraction of its time.
 */
public final class FineTuning {

    private FineTuning() {
    }

    /**
     * @param problem the PDE the surrogate was trained on (same coordinates, fields and parameters)
     * @param stages  e.g. {@code List.of(new TrainingStage.Lbfgs(options with 50 iterations))}
     * @return the fit: its result's weights are the tuned prediction, {@link InstanceFits.Fit#networkWeights()}
     *         the PINN weights
     */
    public static InstanceFits.Fit fineTune(Surrogate surrogate, PinnProblem problem, double[] lambda,
            List<TrainingStage> stages, TrainingListener listener) {
        return InstanceFits.fit(problem, surrogate.networkFor(lambda),
                job(surrogate, problem, lambda, stages, null, Integer.MAX_VALUE), listener);
    }

    /**
     * Fine-tuning at λ as a job of {@link InstanceFits#run}, to tune at many values in parallel; {@code listener}
     * (null: the run's) hears of it every {@code reportEvery} steps.
     */
    public static InstanceFits.Job job(Surrogate surrogate, PinnProblem problem, double[] lambda,
            List<TrainingStage> stages, TrainingListener listener, int reportEvery) {
        if (!problem.symbols().fields().equals(surrogate.fields())
                || !problem.symbols().coordinates().equals(surrogate.coordinates())
                || !problem.symbols().parameters().equals(surrogate.range().names())) {
            throw new IllegalArgumentException("the problem (coordinates " + problem.symbols().coordinates() + ", fields "
                    + problem.symbols().fields() + ", parameters " + problem.symbols().parameters()
                    + ") is not the one of the surrogate (" + surrogate.coordinates() + ", " + surrogate.fields() + ", "
                    + surrogate.range().names() + ")");
        }
        return new InstanceFits.Job(lambda, surrogate.weightMap(), surrogate.predictedVector(lambda), stages, listener,
                reportEvery);
    }
}
