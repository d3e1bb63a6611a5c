package org.hyperlora.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.hyperlora.engine.hyper.HyperObjective;
import org.hyperlora.engine.hyper.Hypernetwork;
import org.hyperlora.engine.hyper.LoraAdapter;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.hyper.Surrogate;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.nn.Parallelism;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.mapping.TrainingProfile;

/**
 * Times what a trained surrogate does, on an example's own network and hypernetwork (the study's sizes, weights
 * drawn at random: the time does not depend on them): a solve on a 101×101 grid in exact float64 and with the
 * float-accurate tanh, 1,000 parameter values on a 51×51 grid ({@link Surrogate#solveAll}), and one physics step of
 * the hypernetwork on a batch of 12 values one after another against spread over the cores. Prints one key=value
 * line per figure.
 */
public final class SurrogateBenchmark {

    private SurrogateBenchmark() {
    }

    /** The example's setup with its own sizes ({@code full} profile). */
    static StudySetup setup(String example) throws StudyFileException, StudyMappingException {
        return StudyMapping.toEngine(BenchStudies.load(example), TrainingProfile.STUDY);
    }

    /** A surrogate of the setup's shape whose adapter depends on λ (random hypernetwork weights). */
    static Surrogate surrogate(StudySetup setup) {
        Mlp network = setup.newNetwork();
        LoraAdapter lora = setup.lora(network, network.parameters());
        Hypernetwork hyper = hypernetwork(setup, lora);
        return new Surrogate(setup.coordinates(), setup.fields(), network, lora, hyper,
                setup.problem().hardConstraints());
    }

    private static Hypernetwork hypernetwork(StudySetup setup, LoraAdapter lora) {
        Hypernetwork hyper = new Hypernetwork(setup.range(), setup.hyper().hiddenWidths(), setup.hyper().activation(),
                lora.initialTrainable(setup.hyper().seed()), setup.hyper().seed());
        double[] parameters = hyper.parameters();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] += 0.05 * random.nextGaussian();
        }
        hyper.setParameters(parameters);
        return hyper;
    }

    /** An evenly spaced grid over the setup's domain, {@code count} values per coordinate, row-major. */
    static double[] grid(StudySetup setup, int count) {
        int dimension = setup.coordinates().size();
        int total = (int) Math.pow(count, dimension);
        double[] points = new double[total * dimension];
        for (int p = 0; p < total; p++) {
            int rest = p;
            for (int d = dimension - 1; d >= 0; d--) {
                int index = rest % count;
                rest /= count;
                double lower = setup.problem().domain().lower(d);
                double upper = setup.problem().domain().upper(d);
                points[p * dimension + d] = lower + (upper - lower) * index / (count - 1);
            }
        }
        return points;
    }

    /** Solve figures of one example. */
    public static List<String> solves(String example) throws StudyFileException, StudyMappingException {
        StudySetup setup = setup(example);
        Surrogate surrogate = surrogate(setup);
        double[] middle = setup.range().middle();
        double[] grid = grid(setup, 101);
        double exact = surrogate.medianSolveMillis(middle, grid, 30, 101);
        surrogate.setFastActivations(true);
        double fast = surrogate.medianSolveMillis(middle, grid, 30, 101);
        surrogate.setFastActivations(false);

        double[][] values = new double[1000][];
        for (int i = 0; i < values.length; i++) {
            values[i] = setup.range().fromUnit(new double[] {i / (values.length - 1.0)});
        }
        double[] small = grid(setup, 51);
        surrogate.solveAll(Arrays.copyOf(values, 50), small); // warm-up
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            surrogate.solveAll(values, small);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "engine=hyperlora-nd4j bench=solve study=%s network=%s points=%d"
                + " exact_ms=%.2f fast_tanh_ms=%.2f", example, Arrays.toString(setup.network().hiddenWidths())
                        .replace(" ", ""), grid.length / setup.coordinates().size(), exact, fast));
        lines.add(String.format(Locale.ROOT, "engine=hyperlora-nd4j bench=solve-all study=%s network=%s values=%d"
                + " points=%d threads=%d seconds=%.3f", example, Arrays.toString(setup.network().hiddenWidths())
                        .replace(" ", ""), values.length, small.length / setup.coordinates().size(),
                Parallelism.threads(), best));
        return lines;
    }

    private static final int ROUNDS = 5;

    /** One physics step of the hypernetwork on 12 values: one after another, and spread over the cores. */
    public static String physicsBatch(String example, int steps) throws StudyFileException, StudyMappingException {
        StudySetup setup = setup(example);
        Mlp network = setup.newNetwork();
        LoraAdapter lora = setup.lora(network, network.parameters());
        Hypernetwork hyper = hypernetwork(setup, lora);
        double[][] batch = new double[12][];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = setup.range().fromUnit(new double[] {(i + 0.5) / batch.length});
        }
        double[] parameters = hyper.parameters();
        double[] gradient = new double[parameters.length];
        // one after another (each PINN's tiles shared by the threads), spread over the cores (a PINN per core), and
        // one after another on one core: what "serial" means without the engine's own threads
        HyperObjective[] objectives = new HyperObjective[3];
        for (int way = 0; way < 3; way++) {
            try (Parallelism.Scope oneCore = way == 2 ? Parallelism.singleShardWhileParallel() : null) {
                objectives[way] = new HyperObjective(hyper, lora, setup.loss(setup.newNetwork(),
                        setup.referenceValue()), new double[0][], new double[0][]);
                if (way == 1) {
                    objectives[way].spreadBatchesOverCores(
                            () -> setup.loss(setup.newNetwork(), setup.referenceValue()));
                }
                objectives[way].setWeights(1, 0);
                objectives[way].setPhysicsBatch(batch);
                for (int k = 0; k < 3; k++) {
                    objectives[way].valueAndGradient(parameters, gradient);
                }
            }
        }
        // rounds alternate the ways, and each keeps its best round: a busy moment of the machine then slows one
        // round, not one side of the ratio
        double[] millis = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            for (int way = 0; way < 3; way++) {
                try (Parallelism.Scope oneCore = way == 2 ? Parallelism.singleShardWhileParallel() : null) {
                    long start = System.nanoTime();
                    for (int k = 0; k < steps; k++) {
                        objectives[way].valueAndGradient(parameters, gradient);
                    }
                    millis[way] = Math.min(millis[way], (System.nanoTime() - start) / 1e6 / steps);
                }
            }
        }
        return String.format(Locale.ROOT, "engine=hyperlora-nd4j bench=physics-batch study=%s values=%d points=%d"
                + " threads=%d serial_ms=%.2f parallel_ms=%.2f ratio=%.2f serial_one_core_ms=%.2f"
                + " ratio_to_one_core=%.2f", example, batch.length, setup.problem().collocationCount(),
                Parallelism.threads(), millis[0], millis[1], millis[1] / millis[0], millis[2], millis[1] / millis[2]);
    }
}
