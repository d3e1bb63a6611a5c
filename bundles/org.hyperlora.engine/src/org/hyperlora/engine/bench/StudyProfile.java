package org.hyperlora.engine.bench;

import java.util.List;

/**
 * The sizes of a HyperLoRA study run: {@code quick} (minutes; the tests run it) and {@code full} (the
 * report; sized for at most 45 minutes per family on 2 cores).
 *
 * @param hidden             hidden widths of the PINN
 * @param collocation        collocation points
 * @param boundaryPoints     points per boundary condition
 * @param baseAdam           Adam steps of the base PINN (also of each from-scratch PINN per instance)
 * @param baseLbfgs          L-BFGS iterations of the base PINN (idem)
 * @param fitAdam            Adam steps of each per-instance LoRA / full fit started from the base
 * @param fitLbfgs           L-BFGS iterations of those fits
 * @param trainingValues     parameter values with per-instance fits (evenly spaced, ends included)
 * @param testValues         held-out values (cell centres, never training values)
 * @param ranks              the rank sweep
 * @param hyperHidden        hidden widths of the hypernetwork
 * @param regressionLbfgs    L-BFGS iterations of weight regression
 * @param physicsRounds      rounds of physics-informed hypernetwork training, each on a fresh batch
 * @param physicsLbfgs       L-BFGS iterations per round
 * @param physicsBatch       parameter values per batch (one in each of as many cells of the range)
 * @param fineTuneIterations L-BFGS iterations of fine-tuning at a test value; errors reported along the way
 * @param grid               error grid is grid × grid
 * @param traceEvery         steps between error measurements of from-scratch PINNs (for retraining time)
 */
public record StudyProfile(String name, int[] hidden, int collocation, int boundaryPoints, int baseAdam,
        int baseLbfgs, int fitAdam, int fitLbfgs, int trainingValues, int testValues, List<Integer> ranks,
        int[] hyperHidden, int regressionLbfgs, int physicsRounds, int physicsLbfgs, int physicsBatch,
        int fineTuneIterations, int grid, int traceEvery) {

    public static List<String> names() {
        return List.of("quick", "full");
    }

    public static StudyProfile named(String name) {
        return switch (name) {
        case "quick" -> new StudyProfile("quick", new int[] { 20, 20, 20 }, 400, 60, 1500, 500, 150, 150, 5, 3,
                List.of(1, 2, 4), new int[] { 16, 16 }, 300, 4, 30, 5, 20, 41, 100);
        case "full" -> new StudyProfile("full", new int[] { 32, 32, 32 }, 1200, 150, 1500, 1500, 300, 400, 20,
                10, List.of(1, 2, 4, 8), new int[] { 32, 32 }, 2000, 6, 100, 12, 100, 101, 250);
        default -> throw new IllegalArgumentException("unknown study profile '" + name + "'; known: " + names());
        };
    }
}
