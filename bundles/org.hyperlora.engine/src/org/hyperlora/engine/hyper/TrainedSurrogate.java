package org.hyperlora.engine.hyper;

import java.util.Arrays;
import java.util.List;

/**
 * What a study's training leaves to answer new parameter values in milliseconds: the HyperLoRA {@link Surrogate}, or a
 * {@link ParametricSurrogate} when the study's method is the parametric PINN. The solvers, the evaluation and the
 * status checks work with either; {@link #method()} says which it is, so an answer can say which solver gave it.
 */
public interface TrainedSurrogate {

    /** Which method trained it. */
    StudySetup.Method method();

    List<String> coordinates();

    List<String> fields();

    /** The trained parameter range. */
    ParameterRange range();

    /**
     * The fields at {@code points} (row-major, {@code count × coordinates}) for parameter values {@code lambda} (in
     * {@link #range()} order).
     *
     * @throws IllegalArgumentException for a wrong number of parameter values or coordinates, or non-finite values
     */
    Surrogate.Solution solve(double[] lambda, double[] points);

    /**
     * The fields at the same points for many parameter vectors, in their order, with the numbers {@link #solve} gives
     * one by one; one after another unless a surrogate spreads them over the cores.
     */
    default java.util.List<Surrogate.Solution> solveAll(double[][] lambdas, double[] points) {
        java.util.List<Surrogate.Solution> solutions = new java.util.ArrayList<>(lambdas.length);
        for (double[] lambda : lambdas) {
            solutions.add(solve(lambda, points));
        }
        return solutions;
    }

    /** The median wall time (ms) of {@code repeats} solves at λ on the points, after {@code warmup} untimed ones. */
    default double medianSolveMillis(double[] lambda, double[] points, int warmup, int repeats) {
        for (int k = 0; k < warmup; k++) {
            solve(lambda, points);
        }
        double[] times = new double[repeats];
        for (int k = 0; k < repeats; k++) {
            long start = System.nanoTime();
            solve(lambda, points);
            times[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[repeats / 2];
    }
}
