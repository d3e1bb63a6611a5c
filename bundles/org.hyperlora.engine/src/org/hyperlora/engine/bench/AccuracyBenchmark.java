package org.hyperlora.engine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hyperlora.engine.geometry.Domain;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.reference.BurgersReference;
import org.hyperlora.engine.reference.ConvectionReference;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.reference.KovasznayReference;
import org.hyperlora.engine.reference.ReferenceSolution;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Full-size accuracy runs on the reference problems (minutes each on 2 cores): Burgers at nu = 0.01/pi,
 * Kovasznay at Re = 20, periodic convection at beta = 1. Trains Adam then L-BFGS and prints the relative
 * L2 error per field on a grid against the exact solution, with iterations and wall time.
 */
public final class AccuracyBenchmark {

    /** One full-size configuration. */
    public record Setup(String name, PinnProblem problem, ReferenceSolution reference, double[] parameters,
            int[] hidden, int adamSteps, int lbfgsIterations, List<String> meanShiftedFields) {
    }

    public static List<String> names() {
        return List.of("burgers", "kovasznay", "convection");
    }

    public static Setup setup(String name) {
        switch (name) {
        case "burgers": {
            int[] hidden = new int[8];
            Arrays.fill(hidden, 20);
            return new Setup(name, ReferenceProblems.burgers(10000, 300), new BurgersReference(),
                    new double[] { 0.01 / Math.PI }, hidden, 3000, 5000, List.of());
        }
        case "kovasznay":
            return new Setup(name, ReferenceProblems.kovasznay(2601, 400), new KovasznayReference(), new double[] { 20 },
                    new int[] { 50, 50, 50, 50 }, 3000, 20000, List.of("p"));
        case "convection":
            return new Setup(name, ReferenceProblems.convection(2000, 200), new ConvectionReference(),
                    new double[] { 1 }, new int[] { 50, 50, 50, 50 }, 2000, 5000, List.of());
        default:
            throw new IllegalArgumentException("unknown accuracy case '" + name + "'; known: " + names());
        }
    }

    /** Trains one setup and returns the printed line; progress lines go to {@code log} if not null. */
    public static String run(Setup setup, PrintStream log) {
        Mlp network = setup.problem().newNetwork(setup.hidden(), Activation.TANH, DataType.DOUBLE, 1);
        List<TrainingStage> stages = List.of(
                new TrainingStage.Adam(setup.adamSteps(), LearningRateSchedule.exponential(1e-3, 0.5, 2000)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(setup.lbfgsIterations())
                        .withMaxEvaluations(2 * setup.lbfgsIterations()).withHistorySize(50)
                        .withGradientTolerance(1e-12).withRelativeFunctionTolerance(1e-16)));
        TrainingResult result = new Trainer(setup.problem().loss(network, setup.parameters()), stages).reportEvery(1000)
                .train(network.parameters(), new TrainingListener() {
                    @Override
                    public void onProgress(TrainingProgress progress) {
                        if (log != null) {
                            log.printf(Locale.ROOT, "  %s %s step %d loss %.3e (%.0f s)%n", setup.name(),
                                    progress.stageName(), progress.step(), progress.loss(), progress.elapsedNanos() / 1e9);
                        }
                    }
                });
        network.setParameters(result.weights());
        double[] errors = errors(network, setup);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "accuracy problem=%s parameters=%s hidden=%s adam_steps=%d lbfgs_max=%d total_steps=%d status=%s "
                        + "wall_s=%.1f loss=%.3e",
                setup.name(), Arrays.toString(setup.parameters()).replace(" ", ""),
                Arrays.toString(setup.hidden()).replace(" ", ""), setup.adamSteps(), setup.lbfgsIterations(),
                result.totalSteps(), result.status(), result.elapsedNanos() / 1e9, result.loss()));
        for (int f = 0; f < errors.length; f++) {
            String field = setup.reference().fieldNames().get(f);
            line.append(String.format(Locale.ROOT, " rel_l2_%s%s=%.3e", field,
                    setup.meanShiftedFields().contains(field) ? "_mean_shifted" : "", errors[f]));
        }
        return line.toString();
    }

    static double[] errors(Mlp network, Setup setup) {
        return gridErrors(setup.problem(), network, setup.reference(), setup.parameters(), setup.meanShiftedFields(),
                201);
    }

    /**
     * Relative L2 error per field of a trained network on an n × n grid over a 2-D problem's domain (through
     * any hard-constraint transform), against a reference; fields in {@code meanShifted} are compared after
     * subtracting each array's mean (pressure).
     */
    public static double[] gridErrors(PinnProblem problem, Mlp network, ReferenceSolution reference,
            double[] parameters, List<String> meanShifted, int n) {
        Domain domain = problem.domain();
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("grid errors are for 2-D domains, this one has " + domain.dimension()
                    + " coordinates " + domain.coordinateNames());
        }
        double[] flat = new double[n * n * 2];
        double[][] points = new double[n * n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                double a = domain.lower(0) + domain.sideLength(0) * i / (n - 1);
                double b = domain.lower(1) + domain.sideLength(1) * j / (n - 1);
                flat[2 * k] = a;
                flat[2 * k + 1] = b;
                points[k] = new double[] { a, b };
            }
        }
        double[][] exact = reference.evaluate(parameters, points);
        double[][] predicted = problem.fieldValues(network, parameters, flat);
        double[] errors = new double[exact.length];
        for (int f = 0; f < exact.length; f++) {
            String field = reference.fieldNames().get(f);
            errors[f] = meanShifted.contains(field) ? ErrorMetrics.relativeL2MeanShifted(field, predicted[f], exact[f])
                    : ErrorMetrics.relativeL2(field, predicted[f], exact[f]);
        }
        return errors;
    }

    public static void main(String[] args) {
        org.hyperlora.nd4j.Nd4jRuntime.initialize();
        List<String> which = args.length == 0 ? names() : new ArrayList<>(List.of(args));
        for (String name : which) {
            System.out.println(run(setup(name), System.out));
        }
    }
}
