package org.hyperlora.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.io.WorkflowFileException;
import org.hyperlora.workflow.io.WorkflowFiles;
import org.hyperlora.workflow.run.StepOutcome;
import org.hyperlora.workflow.run.WorkflowException;
import org.hyperlora.workflow.run.WorkflowListener;
import org.hyperlora.workflow.run.WorkflowProblem;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;

/** {@code hyperlora run WORKFLOW}: runs a workflow's steps in order and lists what each wrote. */
final class RunCommand {

    static final String HELP = String.join(System.lineSeparator(),
            "usage: hyperlora run WORKFLOW.hlflow [--cluster NAME --secret-file FILE --members LIST [--bind HOST:PORT]]",
            "",
            "Checks the workflow (studies, parameter names, grids, step kinds), then runs its steps in",
            "order: train, solve (CSV and VTK), sweep, compare, export, and steps contributed by other",
            "bundles. A failing step stops the workflow with the reason; files that earlier steps wrote",
            "are kept. Paths in the workflow are relative to its file. Exit code 0 when every step",
            "succeeded, 1 when a step failed, 2 when the workflow cannot be read or is invalid.",
            "With --cluster, train steps run their per-instance fits on the cluster's members too:",
            ClusterArguments.HELP);

    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (Arguments.wantsHelp(words)) {
            out.println(HELP);
            return HyperloraApplication.EXIT_OK;
        }
        Arguments arguments = new Arguments("run", words, ClusterArguments.OPTIONS, Set.of());
        var clusterOptions = ClusterArguments.given(arguments) ? ClusterArguments.options(arguments, 0) : null;
        Path file = Path.of(arguments.positional(1, "WORKFLOW").get(0)).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new UsageException("hyperlora run: " + file + ": no such workflow file");
        }
        Workflow workflow;
        try {
            workflow = WorkflowFiles.load(file);
        } catch (WorkflowFileException e) {
            throw new UsageException("hyperlora run: " + e.getMessage());
        }
        WorkflowRunner runner = new WorkflowRunner();
        List<WorkflowProblem> problems = runner.validate(workflow, file);
        for (WorkflowProblem problem : problems) {
            (problem.isError() ? err : out).println(problem);
        }
        if (problems.stream().anyMatch(WorkflowProblem::isError)) {
            err.println("hyperlora run: " + file + " is not valid; nothing was run");
            return HyperloraApplication.EXIT_USAGE;
        }
        ProgressPrinter progress = new ProgressPrinter(out, ProgressPrinter.isTerminal());
        WorkflowListener listener = new WorkflowListener() {
            @Override
            public void onStepStarted(int number, int count, String name, String kind) {
                out.printf(Locale.ROOT, "step %d/%d: %s (%s)%n", number, count, name, kind);
            }

            @Override
            public void onStepFinished(StepOutcome outcome) {
                out.printf(Locale.ROOT, "  %s in %.1f s%s%n", outcome.status().name().toLowerCase(Locale.ROOT),
                        outcome.seconds(), outcome.outputs().isEmpty() ? "" : "; wrote " + outcome.outputs());
            }

            @Override
            public void onMessage(int step, String message) {
                progress.onMessage(message);
            }
        };
        org.hyperlora.cluster.ClusterMember member = null;
        if (clusterOptions != null) {
            try {
                member = ClusterArguments.join("run", clusterOptions, out, err);
            } catch (ClusterArguments.NotJoined e) {
                return e.exitCode;
            }
            runner.cluster(member);
        }
        try {
            WorkflowResult result = runner.run(workflow, file, new NullProgressMonitor(), listener);
            out.printf(Locale.ROOT, "workflow '%s': %d steps succeeded; %d files written%n", workflow.getName(),
                    result.steps().size(), result.outputs().size());
            return HyperloraApplication.EXIT_OK;
        } catch (WorkflowException e) {
            err.println("hyperlora run: " + e.getMessage());
            List<Path> kept = e.result() == null ? List.of() : e.result().steps().stream()
                    .filter(step -> step.number() < e.step()).flatMap(step -> step.outputs().stream()).toList();
            if (!kept.isEmpty()) {
                err.println("files written by the steps before it are kept: " + kept);
            }
            return e.step() == 0 ? HyperloraApplication.EXIT_USAGE : HyperloraApplication.EXIT_FAILURE;
        } catch (OperationCanceledException e) {
            err.println("hyperlora run: cancelled");
            return HyperloraApplication.EXIT_FAILURE;
        } finally {
            if (member != null) {
                member.close();
            }
        }
    }
}
