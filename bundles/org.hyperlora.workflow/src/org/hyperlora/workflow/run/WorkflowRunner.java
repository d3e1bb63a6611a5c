package org.hyperlora.workflow.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.hyperlora.contributions.LazyContributions;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.workflow.ContributedStep;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.TrainStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.io.WorkflowFileException;
import org.hyperlora.workflow.io.WorkflowFiles;

/**
 * Validates and runs workflows headless, step by step in order. Steps are run by their kinds' executors from
 * {@link StepKinds} and reach solvers only through the {@link SurrogateSolverService} given here. A workflow with
 * validation errors is refused before anything runs; a failing step stops the workflow with a
 * {@link WorkflowException} naming the step and why, later steps do not run, and what earlier steps wrote stays.
 */
public final class WorkflowRunner {

    /** Progress weight of a training step against 1 for any other step. */
    private static final int TRAINING_WORK = 20;

    private final StepKinds kinds;
    private final SurrogateSolverService solvers;

    /** Over the platform's registries: {@link StepKinds#registry()} and {@link SurrogateSolvers#registry()}. */
    public WorkflowRunner() {
        this(StepKinds.registry(), SurrogateSolvers.registry());
    }

    /** Over given registries (e.g. the OSGi service {@link SurrogateSolverService}). */
    public WorkflowRunner(StepKinds kinds, SurrogateSolverService solvers) {
        this.kinds = kinds;
        this.solvers = solvers;
    }

    public StepKinds kinds() {
        return kinds;
    }

    /** The cluster whose members the steps may use (train steps run their fits there); null: this process alone. */
    private org.hyperlora.cluster.ClusterMember cluster;

    /** Steps use the members of this cluster as well as this process (the caller starts and closes the member). */
    public WorkflowRunner cluster(org.hyperlora.cluster.ClusterMember value) {
        cluster = value;
        return this;
    }

    /**
     * Every problem that keeps the workflow from running (errors) or is worth a look (warnings), each naming its step:
     * unknown or broken step kinds, missing required properties, and what each kind's
     * {@link StepExecutor#validate} finds (unknown study files and parameters, empty grids, counts below 1, ...).
     * Nothing is solved, trained or written.
     */
    public List<WorkflowProblem> validate(Workflow workflow, Path workflowFile) {
        return check(workflow, workflowFile).problems();
    }

    /**
     * The files a step reads and writes, as it declares them while validating (absolute): what the workflow editor
     * draws as links between steps.
     */
    public record StepFiles(List<Path> inputs, List<Path> outputs) {
        public StepFiles {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }
    }

    /**
     * What {@link #validate} finds, and per step the files it reads and writes.
     *
     * @param files one per step, in order (empty for a step whose kind is unknown or broken)
     */
    public record Validation(List<WorkflowProblem> problems, List<StepFiles> files) {
    }

    /** Validates the workflow (as {@link #validate}) and collects each step's files. */
    public Validation check(Workflow workflow, Path workflowFile) {
        List<WorkflowProblem> problems = new ArrayList<>();
        List<StepFiles> stepFiles = new ArrayList<>();
        if (workflow.getSteps().isEmpty()) {
            problems.add(new WorkflowProblem(WorkflowProblem.Severity.WARNING, 0, null, "the workflow has no steps"));
        }
        Set<String> names = new HashSet<>();
        FileUse files = new FileUse();
        for (int i = 0; i < workflow.getSteps().size(); i++) {
            Step step = workflow.getSteps().get(i);
            int number = i + 1;
            String name = StepContext.nameOf(step);
            StepProblems collector = new StepProblems() {
                @Override
                public void error(String message) {
                    problems.add(new WorkflowProblem(WorkflowProblem.Severity.ERROR, number, name, message));
                }

                @Override
                public void warning(String message) {
                    problems.add(new WorkflowProblem(WorkflowProblem.Severity.WARNING, number, name, message));
                }
            };
            if (step.getName() != null && !step.getName().isBlank() && !names.add(step.getName())) {
                collector.warning("another step has the same name; messages will not tell them apart");
            }
            Optional<StepKind> kind = kinds.kindOf(step);
            stepFiles.add(new StepFiles(List.of(), List.of()));
            if (kind.isEmpty()) {
                collector.error(unknownKind(step));
                continue;
            }
            Optional<StepExecutor> executor = kinds.executor(kind.get());
            if (executor.isEmpty()) {
                collector.error("step kind '" + kind.get().id() + "' from bundle " + kind.get().contributor()
                        + " is broken (see the error log) and cannot run");
                continue;
            }
            StepContext context = new StepContext(workflow, workflowFile, step, number, kind.get(), solvers,
                    new NullProgressMonitor(), WorkflowListener.NONE, true);
            context.earlierOutputs(files.written.keySet());
            if (step instanceof ContributedStep) {
                checkProperties(kind.get(), context.properties(), collector);
            }
            try {
                executor.get().validate(context, collector);
            } catch (RuntimeException | LinkageError e) {
                collector.error("its kind '" + kind.get().id() + "' failed to validate it: " + LazyContributions.reason(e));
            }
            files.check(workflow, workflowFile, number, context, collector);
            stepFiles.set(i, new StepFiles(context.declaredInputs(), List.copyOf(context.declaredOutputs().keySet())));
        }
        return new Validation(List.copyOf(problems), List.copyOf(stepFiles));
    }

    /**
     * What the steps read and write, checked across the workflow as it is validated step by step: no step writes a
     * file the workflow reads as given (a study, data, points, the workflow itself) or another step writes, and none
     * writes outside the workflow's folder unless the workflow allows it.
     */
    private static final class FileUse {
        private final Map<Path, Integer> written = new HashMap<>();
        private final Set<Path> given = new HashSet<>();

        void check(Workflow workflow, Path workflowFile, int number, StepContext context, StepProblems problems) {
            Path self = workflowFile.toAbsolutePath().normalize();
            given.add(self);
            for (Path input : context.declaredInputs()) {
                if (!written.containsKey(input)) {
                    given.add(input); // not made by an earlier step: the user's
                }
            }
            for (Map.Entry<Path, String> output : context.declaredOutputs().entrySet()) {
                Path file = output.getKey();
                String what = output.getValue() + " " + file;
                if (given.contains(file)) {
                    problems.error(what + " is read by this workflow" + (file.equals(self) ? " (the workflow file)" : "")
                            + "; it would be overwritten: choose another file");
                } else if (written.containsKey(file)) {
                    problems.error(what + " is also written by " + (written.get(file) == number ? "this step"
                            : "step " + written.get(file)) + "; one would overwrite the other: choose another file");
                } else if (!file.startsWith(self.getParent()) && !workflow.isAllowOutsideOutputs()) {
                    problems.error(what + " lies outside the workflow's folder " + self.getParent() + "; a workflow"
                            + " writes only there unless it says allowOutsideOutputs=\"true\"");
                }
                written.putIfAbsent(file, number);
            }
        }
    }

    private String unknownKind(Step step) {
        List<String> known = kinds.kinds().stream().filter(k -> k.modelClass() == null).map(StepKind::id).toList();
        if (step instanceof ContributedStep contributed) {
            if (contributed.getKind() == null || contributed.getKind().isBlank()) {
                return "no step kind given (attribute kind); contributed kinds: " + known;
            }
            return "unknown step kind '" + contributed.getKind() + "' (is the bundle contributing it installed?);"
                    + " contributed kinds: " + known;
        }
        return "no step kind runs " + StepKinds.modelClassOf(step.eClass()) + " (is the bundle contributing it installed?)";
    }

    private static void checkProperties(StepKind kind, Map<String, String> given, StepProblems problems) {
        Set<String> declared = new HashSet<>();
        for (StepKind.PropertySpec property : kind.properties()) {
            declared.add(property.name());
            String value = given.get(property.name());
            if (property.required() && (value == null || value.isBlank())) {
                problems.error("property '" + property.name() + "' is required by step kind '" + kind.id() + "'"
                        + (property.description().isEmpty() ? "" : " (" + property.description() + ")"));
            }
        }
        if (!declared.isEmpty()) {
            for (String key : given.keySet()) {
                if (!declared.contains(key)) {
                    problems.warning("step kind '" + kind.id() + "' declares no property '" + key + "' (it has "
                            + declared + "); it is ignored");
                }
            }
        }
    }

    /** Reads a workflow file and runs it. */
    public WorkflowResult run(Path workflowFile, IProgressMonitor monitor, WorkflowListener listener)
            throws WorkflowFileException, WorkflowException {
        return run(WorkflowFiles.load(workflowFile), workflowFile, monitor, listener);
    }

    /**
     * Validates the workflow, then runs its steps in order.
     *
     * @param workflowFile the workflow's file: relative paths in the workflow are relative to its folder (for a
     *                     workflow only in memory, a file name in the folder the paths are relative to)
     * @param monitor      progress and cancellation (may be null)
     * @param listener     follows the run (may be null)
     * @return one outcome per step, all succeeded
     * @throws WorkflowException          when validation finds errors (nothing ran) or a step fails (the message
     *                                    names the step and why; the result lists what earlier steps wrote)
     * @throws OperationCanceledException when the monitor is cancelled; files of finished steps stay
     */
    public WorkflowResult run(Workflow workflow, Path workflowFile, IProgressMonitor monitor, WorkflowListener listener)
            throws WorkflowException {
        Path file = workflowFile.toAbsolutePath().normalize();
        WorkflowListener events = listener == null ? WorkflowListener.NONE : listener;
        String title = "workflow '" + (workflow.getName() == null || workflow.getName().isBlank()
                ? file.getFileName().toString() : workflow.getName()) + "' (" + file + ")";
        List<Step> steps = List.copyOf(workflow.getSteps());
        List<StepOutcome> outcomes = new ArrayList<>();

        List<WorkflowProblem> problems = validate(workflow, file);
        List<WorkflowProblem> errors = problems.stream().filter(WorkflowProblem::isError).toList();
        if (!errors.isEmpty()) {
            for (int i = 0; i < steps.size(); i++) {
                outcomes.add(StepOutcome.notRun(i + 1, StepContext.nameOf(steps.get(i)), kindId(steps.get(i))));
            }
            StringBuilder message = new StringBuilder(title).append(" cannot run; nothing was run:");
            errors.forEach(e -> message.append("\n  ").append(e));
            throw new WorkflowException(message.toString(), new WorkflowResult(workflow.getName(), file, outcomes), 0,
                    problems, null);
        }
        problems.forEach(warning -> events.onMessage(warning.step(), warning.toString()));

        int total = 0;
        for (Step step : steps) {
            total += work(step);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + title, Math.max(1, total));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            int number = i + 1;
            String name = StepContext.nameOf(step);
            StepKind kind = kinds.kindOf(step).orElseThrow();
            StepExecutor executor = kinds.executor(kind).orElseThrow();
            if (progress.isCanceled()) {
                finish(outcomes, steps, i);
                throw new OperationCanceledException();
            }
            events.onStepStarted(number, steps.size(), name, kind.name());
            progress.subTask(StepContext.label(number, name) + " (" + kind.name() + ")");
            StepContext context = new StepContext(workflow, file, step, number, kind, solvers, progress.split(work(step)),
                    events, false);
            context.cluster(cluster);
            long start = System.nanoTime();
            try {
                executor.execute(context);
            } catch (OperationCanceledException e) {
                StepOutcome cancelled = new StepOutcome(number, name, kind.id(), StepOutcome.Status.CANCELLED,
                        context.outputs(), context.messages(), null, seconds(start));
                outcomes.add(cancelled);
                events.onStepFinished(cancelled);
                finish(outcomes, steps, i + 1);
                throw e;
            } catch (Exception | LinkageError e) {
                String reason = reason(e);
                StepOutcome failed = new StepOutcome(number, name, kind.id(), StepOutcome.Status.FAILED,
                        context.outputs(), context.messages(), reason, seconds(start));
                outcomes.add(failed);
                events.onStepFinished(failed);
                finish(outcomes, steps, i + 1);
                String kept = i == 0 ? "" : i == 1 ? "; the files of step 1 are kept" : "; the files of steps 1-" + i
                        + " are kept";
                String skipped = number == steps.size() ? "" : number + 1 == steps.size() ? "; step " + steps.size()
                        + " did not run" : "; steps " + (number + 1) + "-" + steps.size() + " did not run";
                throw new WorkflowException(title + " stopped at " + context.label() + " (" + kind.name() + "): " + reason
                        + kept + skipped, new WorkflowResult(workflow.getName(), file, outcomes), number, List.of(), e);
            }
            StepOutcome succeeded = new StepOutcome(number, name, kind.id(), StepOutcome.Status.SUCCEEDED,
                    context.outputs(), context.messages(), null, seconds(start));
            outcomes.add(succeeded);
            events.onStepFinished(succeeded);
        }
        return new WorkflowResult(workflow.getName(), file, outcomes);
    }

    private String kindId(Step step) {
        return kinds.kindOf(step).map(StepKind::id).orElse(step instanceof ContributedStep c ? c.getKind() : "");
    }

    /** Marks the steps from {@code from} on as not run. */
    private void finish(List<StepOutcome> outcomes, List<Step> steps, int from) {
        for (int j = from; j < steps.size(); j++) {
            outcomes.add(StepOutcome.notRun(j + 1, StepContext.nameOf(steps.get(j)), kindId(steps.get(j))));
        }
    }

    private static int work(Step step) {
        return step instanceof TrainStep ? TRAINING_WORK : 1;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The exception's own message for expected failures; the class too where the message alone would not say. */
    private static String reason(Throwable e) {
        boolean plain = !(e instanceof RuntimeException) || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException;
        String reason = plain && e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage().strip()
                : LazyContributions.reason(e);
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
