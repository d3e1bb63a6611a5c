package org.hyperlora.runner;

import java.nio.file.Path;
import java.util.List;

import org.hyperlora.model.Results;

/**
 * What a finished run produced: the results to store in the study (not yet attached to it: see
 * {@link ResultsWriter}), the surrogate file, and the evaluation at the test values.
 *
 * @param results      artifacts, metrics and loss histories, paths relative to the study file
 * @param surrogate    the trained surrogate artifact
 * @param evaluations  one per test value: errors against the reference (when the study has one) and the physics loss
 * @param resumed      whether the checkpoints of an earlier run of the same settings were looked at
 * @param reusedBase   whether the base network came from them
 * @param reusedFits   how many per-instance fits came from them
 * @param seconds      wall time of the run
 */
public record TrainingOutcome(Results results, Path surrogate, List<Evaluation> evaluations, boolean resumed,
        boolean reusedBase, int reusedFits, double seconds) {

    /**
     * The surrogate at one test value.
     *
     * @param parameters  the test value
     * @param fields      field names
     * @param relativeL2  relative L2 error per field against the reference (mean-shifted where the study says), or
     *                    null without a reference
     * @param physicsLoss the physics-informed loss of the generated PINN there
     */
    public record Evaluation(double[] parameters, List<String> fields, double[] relativeL2, double physicsLoss) {
    }
}
