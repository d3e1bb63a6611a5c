package org.hyperlora.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.ResultsWriter;
import org.hyperlora.runner.TrainingException;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingOutcome;
import org.hyperlora.runner.TrainingRefused;
import org.hyperlora.runner.TrainingRun;

/** {@code hyperlora train STUDY}: trains the surrogate and stores the results in the study file. */
final class TrainCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora train STUDY.hyperlora [--profile quick|full] [--resume] [--threads N] [--out FOLDER]",
            "",
            "Trains the study's HyperLoRA surrogate: base PINN, per-instance LoRA fits, hypernetwork,",
            "evaluation at the test values. Writes surrogate.hlora, base.hlnet and checkpoints into",
            "FOLDER (default: STUDY-training/ next to the study) and the results (artifact links, metrics,",
            "loss histories) into the study file.",
            "  --profile full    the study's own settings (default; 'study' means the same)",
            "  --profile quick   a small version (PINN 3x20, 400 points, 5 training and 4 test values):",
            "                    a minute or less, to try a study out",
            "  --resume          reuse the checkpoints of an earlier run of the same study and settings",
            "  --threads N       threads for the per-instance fits (default: one per core)",
            ClusterArguments.HELP);

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Set<String> valueOptions = new java.util.HashSet<>(Set.of("--profile", "--threads", "--out"));
        valueOptions.addAll(ClusterArguments.OPTIONS);
        Arguments arguments = new Arguments("train", words, valueOptions, Set.of("--resume"));
        Path file = StudyArguments.file("train", arguments.positional(1, "STUDY").get(0));
        TrainingOptions options = options(arguments);
        var clusterOptions = ClusterArguments.given(arguments) ? ClusterArguments.options(arguments, 0) : null;
        Study study = StudyArguments.load("train", file);
        try {
            AtomicFiles.checkWritable(file); // the results go into the study: say so now, not after minutes of training
        } catch (IOException e) {
            throw new UsageException("hyperlora train: cannot store results in " + file + ": " + e.getMessage());
        }
        org.hyperlora.cluster.ClusterMember member = null;
        if (clusterOptions != null) {
            try {
                member = ClusterArguments.join("train", clusterOptions, out, err);
            } catch (ClusterArguments.NotJoined e) {
                return e.exitCode;
            }
            options = options.withCluster(member);
        }
        TrainingOutcome outcome;
        try {
            outcome = new TrainingRun(study, file, options, new ProgressPrinter(out, ProgressPrinter.isTerminal()))
                    .run(new NullProgressMonitor());
        } catch (TrainingException e) {
            err.println("hyperlora train: " + e.getMessage());
            // refused for what was given (an invalid study, another study's folder); anything else went wrong
            return e instanceof TrainingRefused ? HyperloraApplication.EXIT_USAGE : HyperloraApplication.EXIT_FAILURE;
        } catch (OperationCanceledException e) {
            err.println("hyperlora train: cancelled; rerun with --resume to continue");
            return HyperloraApplication.EXIT_FAILURE;
        } finally {
            if (member != null) {
                // the stored units are this run's; leaving hands the member's share to the others
                member.close();
            }
        }
        try {
            ResultsWriter.store(study, file, outcome.results());
        } catch (StudyFileException e) {
            err.println("hyperlora train: trained, but the results could not be saved: " + e.getMessage());
            return HyperloraApplication.EXIT_FAILURE;
        }
        printEvaluation(outcome, study, out);
        out.printf(Locale.ROOT, "trained in %.1f s%s; surrogate %s; results stored in %s%n", outcome.seconds(),
                outcome.resumed() ? " (resumed)" : "", outcome.surrogate(), file);
        return HyperloraApplication.EXIT_OK;
    }

    static TrainingOptions options(Arguments arguments) throws UsageException {
        String name = arguments.value("--profile", "full");
        TrainingProfile profile;
        try {
            profile = TrainingProfile.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("hyperlora train: unknown profile '" + name + "'; known: quick, full");
        }
        String out = arguments.value("--out", null);
        return new TrainingOptions(profile, arguments.intValue("--threads", 0, 1), arguments.flag("--resume"),
                out == null ? null : Path.of(out));
    }

    /** One row per test value: the parameters, the relative L2 error per field (with a reference), the physics loss. */
    static void printEvaluation(TrainingOutcome outcome, Study study, PrintStream out) {
        if (outcome.evaluations().isEmpty()) {
            return;
        }
        List<String> parameters = FamilyNames.of(study.getFamily()).parameters();
        List<String> fields = outcome.evaluations().get(0).fields();
        StringBuilder header = new StringBuilder();
        for (String parameter : parameters) {
            header.append(String.format(Locale.ROOT, "%12s", parameter));
        }
        // errors where a reference answers: every value with a built-in one, the data's values with a data file
        boolean reference = outcome.evaluations().stream().anyMatch(e -> e.relativeL2() != null);
        if (reference) {
            for (String field : fields) {
                header.append(String.format(Locale.ROOT, "%14s", "rel. L2 " + field));
            }
        }
        header.append(String.format(Locale.ROOT, "%14s", "physics loss"));
        boolean everyRow = outcome.evaluations().stream().allMatch(e -> e.relativeL2() != null);
        out.println(reference && !everyRow ? "test values (held out), then the reference data's values;"
                + " errors where the reference answers:" : "held-out test values:");
        out.println(header);
        for (TrainingOutcome.Evaluation evaluation : outcome.evaluations()) {
            StringBuilder row = new StringBuilder();
            for (double value : evaluation.parameters()) {
                row.append(String.format(Locale.ROOT, "%12.5g", value));
            }
            if (reference) {
                for (int f = 0; f < fields.size(); f++) {
                    row.append(evaluation.relativeL2() == null ? String.format(Locale.ROOT, "%14s", "-")
                            : String.format(Locale.ROOT, "%14.3e", evaluation.relativeL2()[f]));
                }
            }
            row.append(String.format(Locale.ROOT, "%14.3e", evaluation.physicsLoss()));
            out.println(row);
        }
    }
}
