package org.hyperlora.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.engine.nn.Activation;
import org.hyperlora.engine.nn.Mlp;
import org.hyperlora.engine.optim.LbfgsOptions;
import org.hyperlora.engine.optim.LearningRateSchedule;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.engine.train.PinnProblem;
import org.hyperlora.engine.train.Trainer;
import org.hyperlora.engine.train.TrainingListener;
import org.hyperlora.engine.train.TrainingProgress;
import org.hyperlora.engine.train.TrainingResult;
import org.hyperlora.engine.train.TrainingStage;
import org.hyperlora.model.Study;
import org.hyperlora.model.TrainingSettings;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Full-size accuracy runs of a single PINN (minutes each on 2 cores) on the examples' PDEs at the lower end of
 * their ranges, the hardest value: Burgers at nu = 0.01/pi, Kovasznay at Re = 20, periodic convection at beta = 1.
 * The PDE, conditions, sampler and seed come from the example; the network, point counts and training plan are the
 * benchmark's. Trains Adam then L-BFGS and prints the relative L2 error per field on a grid against the exact
 * solution, with iterations and wall time.
 */
public final class AccuracyBenchmark {

    /** One full-size configuration of an example. */
    public record Setup(String example, int[] hidden, int collocation, int boundaryPoints, int adamSteps,
            int lbfgsIterations) {
    }

    /** The examples with a full-size accuracy setup (convection-wide shares convection's family and reference). */
    public static final List<String> CASES = List.of("kovasznay", "burgers", "convection");

    private AccuracyBenchmark() {
    }

    public static Setup setup(String name) {
        return switch (name) {
        case "burgers" -> {
            int[] hidden = new int[8];
            Arrays.fill(hidden, 20);
            yield new Setup(name, hidden, 10000, 300, 3000, 5000);
        }
        case "kovasznay" -> new Setup(name, new int[] { 50, 50, 50, 50 }, 2601, 400, 3000, 20000);
        case "convection" -> new Setup(name, new int[] { 50, 50, 50, 50 }, 2000, 200, 2000, 5000);
        default -> throw new IllegalArgumentException("unknown accuracy case '" + name + "'; known: " + CASES);
        };
    }

    /** Trains one setup and returns the printed line; progress lines go to {@code log} if not null. */
    public static String run(Setup setup, PrintStream log) throws StudyFileException, StudyMappingException {
        Study study = BenchStudies.load(setup.example());
        TrainingSettings points = study.getMethod().getTraining();
        points.setCollocationPoints(setup.collocation());
        points.setBoundaryPoints(setup.boundaryPoints());
        StudySetup family = StudyMapping.toEngine(study);
        PinnProblem problem = family.problem();
        double[] parameters = family.range().lower();
        Mlp network = problem.newNetwork(setup.hidden(), Activation.TANH, DataType.DOUBLE, 1);
        List<TrainingStage> stages = List.of(
                new TrainingStage.Adam(setup.adamSteps(), LearningRateSchedule.exponential(1e-3, 0.5, 2000)),
                new TrainingStage.Lbfgs(LbfgsOptions.defaults().withMaxIterations(setup.lbfgsIterations())
                        .withMaxEvaluations(2 * setup.lbfgsIterations()).withHistorySize(50)
                        .withGradientTolerance(1e-12).withRelativeFunctionTolerance(1e-16)));
        TrainingResult result = new Trainer(problem.loss(network, parameters), stages).reportEvery(1000)
                .train(network.parameters(), new TrainingListener() {
                    @Override
                    public void onProgress(TrainingProgress progress) {
                        if (log != null) {
                            log.printf(Locale.ROOT, "  %s %s step %d loss %.3e (%.0f s)%n", setup.example(),
                                    progress.stageName(), progress.step(), progress.loss(), progress.elapsedNanos() / 1e9);
                        }
                    }
                });
        network.setParameters(result.weights());
        double[] errors = ErrorMetrics.onGrid(problem.domain(), 201, family.reference(), parameters,
                family.meanShiftedFields(), grid -> problem.fieldValues(network, parameters, grid));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "accuracy problem=%s parameters=%s hidden=%s adam_steps=%d lbfgs_max=%d total_steps=%d status=%s "
                        + "wall_s=%.1f loss=%.3e",
                setup.example(), Arrays.toString(parameters).replace(" ", ""),
                Arrays.toString(setup.hidden()).replace(" ", ""), setup.adamSteps(), setup.lbfgsIterations(),
                result.totalSteps(), result.status(), result.elapsedNanos() / 1e9, result.loss()));
        for (int f = 0; f < errors.length; f++) {
            String field = family.fields().get(f);
            line.append(String.format(Locale.ROOT, " rel_l2_%s%s=%.3e", field,
                    family.meanShiftedFields().contains(field) ? "_mean_shifted" : "", errors[f]));
        }
        return line.toString();
    }
}
