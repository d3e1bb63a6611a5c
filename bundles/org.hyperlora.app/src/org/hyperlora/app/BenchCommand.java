package org.hyperlora.app;

import java.io.PrintStream;
import java.util.List;

import org.hyperlora.bench.AccuracyBenchmark;
import org.hyperlora.bench.BenchStudies;
import org.hyperlora.bench.HyperLoraStudy;
import org.hyperlora.bench.StepBenchmark;
import org.hyperlora.bench.StudyReport;
import org.hyperlora.bench.SurrogateBenchmark;
import org.hyperlora.engine.hyper.StudySetup;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.mapping.StudyMapping;
import org.hyperlora.model.mapping.StudyMappingException;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.nd4j.Nd4jRuntime;
import org.hyperlora.solver.BuiltinSolvers;
import org.hyperlora.solver.SearchRange;
import org.hyperlora.solver.SolverException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolver;
import org.hyperlora.solver.SurrogateSolvers;

/** {@code hyperlora bench}: the engine's benchmarks (training step, solves, accuracy, the study), key=value lines. */
final class BenchCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora bench step [--steps N] [--warmup N]",
            "       hyperlora bench solve [burgers|kovasznay|convection ...]",
            "       hyperlora bench accuracy [burgers|kovasznay|convection ...]",
            "       hyperlora bench study STUDY PROFILE [--out FOLDER] [--commit ID]",
            "       hyperlora bench design STUDY.hyperlora [--samples N]",
            "       hyperlora bench cluster STUDY.hyperlora [--profile quick|full]",
            "",
            "Times one physics-informed training step (forward with derivative streams, residual,",
            "backward, Adam update) with the settings of the PyTorch peer: Burgers (2000 points,",
            "4 x 64 tanh) and Kovasznay (2601 points, 4 x 50, outputs u, v, p), float64 and float32.",
            "Prints one line per case: where the time goes (GEMMs, elementwise, the rest), the GEMMs'",
            "operations per second of the whole step and its fraction of the machine's peak,",
            "ms_per_step last; then the machine's peak.",
            "  --steps N    timed steps per case (default 200)",
            "  --warmup N   untimed steps first (default 20)",
            "",
            "'solve' times a surrogate of each example's own size (default burgers and kovasznay): one",
            "solve on a 101x101 grid (exact float64 and float-accurate tanh), 1,000 parameter values on",
            "51x51 points, and a hypernetwork physics step of 12 values one after another and in parallel.",
            "",
            "'accuracy' trains one PINN per example's PDE at full size (minutes each) and prints the",
            "relative L2 error per field against the exact solution, with iterations and wall time.",
            "",
            "'study' runs the HyperLoRA study (arXiv 2308.09290) on STUDY (a .hyperlora file with a",
            "built-in reference, or an example: kovasznay, burgers, convection): the surrogate trained as",
            "'hyperlora train --profile PROFILE' trains it, against the paper's baselines. PROFILE is",
            "quick (minutes) or full (the study's own settings; up to 45 minutes on 2 cores). Writes",
            "results.md, results.csv, summary.csv, PNG plots and surrogate.hlora into FOLDER",
            "(default study-NAME-PROFILE). --commit names the source version in the report.",
            "",
            "'design' times the design steps through a trained study's HyperLoRA surrogate: a calibration",
            "from 200 measurements of every field (the surrogate's own at the middle of the range, 1 % noise),",
            "an uncertainty propagation of N samples (default 10000) on a grid of 51 points per coordinate,",
            "and an optimization.",
            "'cluster' times a study's LoRA fits on 1 and 2 single-threaded members (this process and a second",
            "one in it, on the loopback) and the serial stages (base PINN, hypernetwork), and projects the",
            "training's wall time for 4, 16 and 64 members from the measured chain times (default: quick).");

    int run(List<String> options, PrintStream out, PrintStream err) {
        if (options.isEmpty() || options.contains("--help") || options.contains("-h")) {
            out.println(HELP);
            return options.isEmpty() ? HyperloraApplication.EXIT_USAGE : HyperloraApplication.EXIT_OK;
        }
        if (options.get(0).equals("accuracy")) {
            return accuracy(options.subList(1, options.size()), out, err);
        }
        if (options.get(0).equals("study")) {
            return study(options.subList(1, options.size()), out, err);
        }
        if (options.get(0).equals("design")) {
            return design(options.subList(1, options.size()), out, err);
        }
        if (options.get(0).equals("cluster")) {
            return cluster(options.subList(1, options.size()), out, err);
        }
        if (options.get(0).equals("solve")) {
            return solve(options.subList(1, options.size()), out, err);
        }
        if (!options.get(0).equals("step")) {
            err.println("hyperlora bench: unknown benchmark '" + options.get(0) + "'; known: step, solve, accuracy, study, design");
            return HyperloraApplication.EXIT_USAGE;
        }
        int steps = 200;
        int warmup = 20;
        for (int k = 1; k < options.size(); k++) {
            String option = options.get(k);
            if ((option.equals("--steps") || option.equals("--warmup")) && k + 1 < options.size()) {
                int value;
                try {
                    value = Integer.parseInt(options.get(++k));
                } catch (NumberFormatException e) {
                    err.println("hyperlora bench step: " + option + " needs a whole number, got '" + options.get(k) + "'");
                    return HyperloraApplication.EXIT_USAGE;
                }
                if (value < (option.equals("--steps") ? 1 : 0)) {
                    err.println("hyperlora bench step: " + option + " must be " + (option.equals("--steps") ? ">= 1" : ">= 0")
                            + ", got " + value);
                    return HyperloraApplication.EXIT_USAGE;
                }
                if (option.equals("--steps")) {
                    steps = value;
                } else {
                    warmup = value;
                }
            } else {
                err.println("hyperlora bench step: unexpected argument '" + option + "'");
                err.println(HELP);
                return HyperloraApplication.EXIT_USAGE;
            }
        }
        Nd4jRuntime.initialize();
        StepBenchmark.runAll(out, warmup, steps, 2);
        return HyperloraApplication.EXIT_OK;
    }

    private int solve(List<String> names, PrintStream out, PrintStream err) {
        List<String> which = names.isEmpty() ? List.of("burgers", "kovasznay") : names;
        for (String name : which) {
            if (!BenchStudies.EXAMPLES.contains(name)) {
                err.println("hyperlora bench solve: unknown case '" + name + "'; known: " + BenchStudies.EXAMPLES);
                return HyperloraApplication.EXIT_USAGE;
            }
        }
        Nd4jRuntime.initialize();
        for (String name : which) {
            try {
                SurrogateBenchmark.solves(name).forEach(out::println);
                out.println(SurrogateBenchmark.physicsBatch(name, 5));
            } catch (StudyFileException | StudyMappingException e) {
                err.println("hyperlora bench solve: " + e.getMessage());
                return HyperloraApplication.EXIT_FAILURE;
            }
        }
        return HyperloraApplication.EXIT_OK;
    }

    private int cluster(List<String> words, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = new Arguments("bench cluster", words, java.util.Set.of("--profile"),
                    java.util.Set.of());
            java.nio.file.Path file = StudyArguments.file("bench cluster", arguments.positional(1, "STUDY").get(0));
            String profile = arguments.value("--profile", "quick");
            org.hyperlora.model.mapping.TrainingProfile chosen;
            try {
                chosen = org.hyperlora.model.mapping.TrainingProfile.named(profile);
            } catch (IllegalArgumentException e) {
                throw new UsageException("hyperlora bench cluster: unknown profile '" + profile + "'; known: quick,"
                        + " full");
            }
            ClusterBenchmark.run(StudyArguments.loadValid("bench cluster", file), chosen, out);
            return HyperloraApplication.EXIT_OK;
        } catch (UsageException e) {
            err.println(e.getMessage());
            return HyperloraApplication.EXIT_USAGE;
        } catch (Exception e) {
            err.println("hyperlora bench cluster: " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
    }

    private int design(List<String> words, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = new Arguments("bench design", words, java.util.Set.of("--samples"),
                    java.util.Set.of());
            java.nio.file.Path file = StudyArguments.file("bench design",
                    arguments.positional(1, "STUDY").get(0));
            StudyContext study = new StudyContext(StudyArguments.loadValid("bench design", file), file);
            int samples = arguments.intValue("--samples", 10_000, 2);
            try (SurrogateSolver solver = SurrogateSolvers.registry().open(BuiltinSolvers.HYPERLORA, study,
                    new org.eclipse.core.runtime.NullProgressMonitor())) {
                DesignBenchmark.run(solver, StudyArguments.problem("bench design", study),
                        SearchRange.of(study.study().getFamily().getParameters()), samples, out);
                return HyperloraApplication.EXIT_OK;
            } catch (SolverException e) {
                err.println("hyperlora bench design: " + e.getMessage());
                return HyperloraApplication.EXIT_FAILURE;
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            return HyperloraApplication.EXIT_USAGE;
        }
    }

    private int accuracy(List<String> names, PrintStream out, PrintStream err) {
        List<String> which = names.isEmpty() ? AccuracyBenchmark.CASES : names;
        for (String name : which) {
            if (!AccuracyBenchmark.CASES.contains(name)) {
                err.println("hyperlora bench accuracy: unknown case '" + name + "'; known: " + AccuracyBenchmark.CASES);
                return HyperloraApplication.EXIT_USAGE;
            }
        }
        Nd4jRuntime.initialize();
        for (String name : which) {
            try {
                out.println(AccuracyBenchmark.run(AccuracyBenchmark.setup(name), out));
            } catch (StudyFileException | StudyMappingException e) {
                err.println("hyperlora bench accuracy: " + e.getMessage());
                return HyperloraApplication.EXIT_FAILURE;
            }
        }
        return HyperloraApplication.EXIT_OK;
    }

    private int study(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> positional = new java.util.ArrayList<>();
        String folder = null;
        String commit = "unknown";
        for (int k = 0; k < arguments.size(); k++) {
            String argument = arguments.get(k);
            if ((argument.equals("--out") || argument.equals("--commit")) && k + 1 < arguments.size()) {
                if (argument.equals("--out")) {
                    folder = arguments.get(++k);
                } else {
                    commit = arguments.get(++k);
                }
            } else if (argument.startsWith("-")) {
                err.println("hyperlora bench study: unknown option '" + argument + "'");
                return HyperloraApplication.EXIT_USAGE;
            } else {
                positional.add(argument);
            }
        }
        if (positional.size() != 2) {
            err.println("hyperlora bench study: expected STUDY and PROFILE, got " + positional);
            err.println("  examples: " + BenchStudies.EXAMPLES + ", profiles: quick, full");
            return HyperloraApplication.EXIT_USAGE;
        }
        String name = positional.get(0);
        TrainingProfile profile;
        try {
            profile = TrainingProfile.named(positional.get(1));
        } catch (IllegalArgumentException e) {
            err.println("hyperlora bench study: unknown profile '" + positional.get(1) + "'; known: quick, full");
            return HyperloraApplication.EXIT_USAGE;
        }
        StudySetup setup;
        HyperLoraStudy study;
        try {
            setup = StudyMapping.toEngine(BenchStudies.load(name), profile);
            study = new HyperLoraStudy(setup, profile, out);
        } catch (StudyFileException | StudyMappingException | IllegalArgumentException e) {
            err.println("hyperlora bench study: " + e.getMessage());
            return HyperloraApplication.EXIT_USAGE;
        }
        String label = profile == TrainingProfile.STUDY ? "full" : profile.literal();
        java.nio.file.Path target = java.nio.file.Path.of(folder == null ? "study-" + setup.name() + "-" + label : folder);
        // the plots draw into images only: no display needed
        System.setProperty("java.awt.headless", "true");
        Nd4jRuntime.initialize();
        java.time.ZonedDateTime started = java.time.ZonedDateTime.now();
        HyperLoraStudy.Result result = study.run();
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        try {
            StudyReport.write(result, new StudyReport.Provenance("releng/bench/study.sh " + name + " " + label,
                    commit, started, machine), target);
        } catch (java.io.IOException e) {
            err.println("hyperlora bench study: could not write the results to " + target.toAbsolutePath() + ": "
                    + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
        out.println("study results: " + target.toAbsolutePath().resolve("results.md"));
        return HyperloraApplication.EXIT_OK;
    }
}
