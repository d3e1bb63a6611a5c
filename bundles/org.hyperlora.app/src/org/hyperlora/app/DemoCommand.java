package org.hyperlora.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.engine.reference.ErrorMetrics;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.ResultsWriter;
import org.hyperlora.runner.TrainingException;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingOutcome;
import org.hyperlora.runner.TrainingRun;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.FieldSolution;
import org.hyperlora.solver.PointTables;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;

/**
 * {@code hyperlora demo}: trains the Burgers demo example as it is written (the full profile; {@code --quick} for the
 * quick one), then solves held-out viscosities through the surrogate and the exact solution and prints the error
 * table.
 */
final class DemoCommand {

    /**
     * The demo's study: the Burgers family of {@code burgers.hyperlora} with a plan that trains in about a minute
     * (the example's own plan, sized for accuracy, takes about six).
     */
    private static final String EXAMPLE = "burgers-demo.hyperlora";

    /** Beside the demo's study: the SHA-256 of the study file as the demo left it. */
    private static final String LEFT_AS = ".demo-study.sha256";

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora demo [--out FOLDER] [--threads N] [--quick]",
            "",
            "Copies examples/burgers-demo.hyperlora (the Burgers family with a one-minute plan) into FOLDER",
            "(default: hyperlora-demo in the temporary folder), trains it with its own settings (the full",
            "profile: about 70 seconds on two cores; --quick: the quick profile, about 15 seconds and",
            "errors up to ten times larger), then solves",
            "the held-out viscosities and one value outside the trained range on a 101 x 101 grid through",
            "the HyperLoRA surrogate and through the exact solution, and prints the errors and solve times.");

    /** The demo's parameter value outside the trained range [0.01/pi, 0.1/pi]: the surrogate extrapolates. */
    private static final double OUTSIDE = 0.05;

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("demo", words, Set.of("--out", "--threads"), Set.of("--quick"));
        arguments.positional(0, "no arguments");
        Path folder = Path.of(arguments.value("--out",
                Path.of(System.getProperty("java.io.tmpdir"), "hyperlora-demo").toString())).toAbsolutePath();
        int threads = arguments.intValue("--threads", 0, 1);
        TrainingProfile profile = arguments.flag("--quick") ? TrainingProfile.QUICK : TrainingProfile.STUDY;
        Path example = example();
        Path file = folder.resolve(EXAMPLE);
        try {
            // an earlier demo's copy may be trained again (its results are replaced); an edited study is the user's
            if (Files.exists(file) && !demoCopy(example, file)) {
                throw new UsageException("hyperlora demo: " + file + " exists and is not the demo's copy of the example"
                        + " (edited?); it is left as it is: choose another --out folder");
            }
            AtomicFiles.checkWritable(file);
            AtomicFiles.copy(example, file);
        } catch (IOException e) {
            throw new UsageException("hyperlora demo: cannot write " + file + ": " + e.getMessage());
        }
        out.println("HyperLoRA demo: Burgers' equation u_t + u u_x = nu u_xx, nu in [0.01/pi, 0.1/pi] (log scale)");
        out.println("study " + file + " (copied from " + example + "), "
                + (profile == TrainingProfile.QUICK ? "quick profile" : "full profile (the example's own settings)"));
        try {
            Study study = StudyFiles.load(file);
            TrainingOutcome outcome = new TrainingRun(study, file,
                    TrainingOptions.defaults().withProfile(profile).withThreads(threads),
                    new ProgressPrinter(out, ProgressPrinter.isTerminal())).run(new NullProgressMonitor());
            ResultsWriter.store(study, file, outcome.results());
            AtomicFiles.writeText(folder.resolve(LEFT_AS), text -> text.write(sha256(file) + "\n"));
            out.println();
            table(StudyContext.load(file), outcome, out);
            return HyperloraApplication.EXIT_OK;
        } catch (StudyFileException | TrainingException | SolverException e) {
            err.println("hyperlora demo: " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("hyperlora demo: cannot write " + folder.resolve(LEFT_AS) + ": " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
    }

    /**
     * Whether the study file is the demo's own: byte for byte as an earlier demo left it (recorded in
     * {@link #LEFT_AS}, so a copy of an older example still counts), or the example itself, with or without results.
     */
    private static boolean demoCopy(Path example, Path file) throws IOException {
        Path record = file.resolveSibling(LEFT_AS);
        if (Files.isRegularFile(record) && Files.readString(record).trim().equals(sha256(file))) {
            return true;
        }
        try {
            Study original = StudyFiles.load(example);
            Study existing = StudyFiles.load(file);
            existing.setResults(null); // a demo run adds results to its copy
            return new EcoreUtil.EqualityHelper().equals(original, existing);
        } catch (StudyFileException e) {
            return false; // not a readable study: not the demo's
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void table(StudyContext study, TrainingOutcome outcome, PrintStream out) throws SolverException {
        List<String> coordinates = List.of("x", "t");
        double[] points = PointTables.grid("x=-1:1:101,t=0:1:101", coordinates);
        out.println("solves on a 101 x 101 grid (x in [-1, 1], t in [0, 1]); errors against the exact solution:");
        out.printf(Locale.ROOT, "%12s %12s %12s %14s %10s  %s%n", "nu", "rel. L2 u", "max |error|", "surrogate ms",
                "exact ms", "");
        try (SurrogateSolver surrogate = SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, study, null);
                SurrogateSolver exact = SurrogateSolvers.registry().open(BuiltinSolvers.EXACT, study, null)) {
            for (int warm = 0; warm < 5; warm++) { // warm up the JIT: the times below are what a session sees
                surrogate.solve(outcome.evaluations().get(0).parameters(), points, null);
            }
            double[][] values = new double[outcome.evaluations().size() + 1][];
            for (int k = 0; k < outcome.evaluations().size(); k++) {
                values[k] = outcome.evaluations().get(k).parameters();
            }
            values[values.length - 1] = new double[] {OUTSIDE};
            for (double[] nu : values) {
                FieldSolution predicted = surrogate.solve(nu, points, null);
                FieldSolution reference = exact.solve(nu, points, null);
                double relative = ErrorMetrics.relativeL2("u", predicted.field("u"), reference.field("u"));
                double maxAbs = ErrorMetrics.maxAbs("u", predicted.field("u"), reference.field("u"));
                out.printf(Locale.ROOT, "%12.5f %12.3e %12.3e %14.2f %10.1f  %s%n", nu[0], relative, maxAbs,
                        predicted.elapsedNanos() / 1e6, reference.elapsedNanos() / 1e6,
                        predicted.validity().inside() ? "held out" : "outside the trained range (extrapolated)");
            }
        }
    }

    /** examples/burgers-demo.hyperlora of the installation ({@code hyperlora.home}) or above the working directory. */
    private static Path example() throws UsageException {
        String home = System.getProperty("hyperlora.home");
        if (home != null) {
            Path candidate = Path.of(home, "examples", EXAMPLE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("examples").resolve(EXAMPLE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new UsageException("hyperlora demo: examples/" + EXAMPLE + " not found (looked in hyperlora.home="
                + home + " and above " + Path.of("").toAbsolutePath() + ")");
    }
}
