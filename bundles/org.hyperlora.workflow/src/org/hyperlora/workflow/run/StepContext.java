package org.hyperlora.workflow.run;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.solver.StudyContext;
import org.hyperlora.solver.SurrogateSolverService;
import org.hyperlora.workflow.ContributedStep;
import org.hyperlora.workflow.Property;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.Workflow;

/**
 * What a {@link StepExecutor} gets for one step: the step's model object and properties, paths resolved relative to
 * the workflow file, the step's progress monitor, the surrogate-solver service, and where to record output files and
 * messages.
 */
public final class StepContext {

    private final Workflow workflow;
    private final Path workflowFile;
    private final Step step;
    private final int number;
    private final StepKind kind;
    private final SurrogateSolverService solvers;
    private final IProgressMonitor monitor;
    private final WorkflowListener listener;
    private final boolean validating;
    private final List<Path> outputs = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    /** Files the step reads and writes, as its validation declared them: the runner checks them across steps. */
    private final List<Path> declaredInputs = new ArrayList<>();
    private final Map<Path, String> declaredOutputs = new LinkedHashMap<>();
    private java.util.Set<Path> earlierOutputs = java.util.Set.of();

    StepContext(Workflow workflow, Path workflowFile, Step step, int number, StepKind kind,
            SurrogateSolverService solvers, IProgressMonitor monitor, WorkflowListener listener, boolean validating) {
        this.workflow = workflow;
        this.workflowFile = workflowFile.toAbsolutePath().normalize();
        this.step = step;
        this.number = number;
        this.kind = kind;
        this.solvers = solvers;
        this.monitor = monitor;
        this.listener = listener;
        this.validating = validating;
    }

    private org.hyperlora.cluster.ClusterMember cluster;

    void cluster(org.hyperlora.cluster.ClusterMember value) {
        cluster = value;
    }

    /** The cluster the workflow was run with (its members take units of work too), if any. */
    public java.util.Optional<org.hyperlora.cluster.ClusterMember> cluster() {
        return java.util.Optional.ofNullable(cluster);
    }

    /** The step's model object. */
    public Step step() {
        return step;
    }

    /**
     * The step's model object as the class an executor runs.
     *
     * @throws IllegalStateException when the step is of another class (a kind declared for the wrong model class)
     */
    public <T extends Step> T step(Class<T> type) {
        if (!type.isInstance(step)) {
            throw new IllegalStateException(label() + " is a " + step.eClass().getName() + ", but its kind '" + kind.id()
                    + "' runs " + type.getSimpleName() + " steps");
        }
        return type.cast(step);
    }

    /** The kind (contribution) running the step. */
    public StepKind kind() {
        return kind;
    }

    /** The step's position in the workflow, 1-based. */
    public int number() {
        return number;
    }

    /** E.g. {@code step 2 'sweep Re'}: for messages. */
    public String label() {
        return label(number, nameOf(step));
    }

    static String label(int number, String name) {
        return "step " + number + " '" + name + "'";
    }

    /** The step's name, or its model class when it has none. */
    public static String nameOf(Step step) {
        return step.getName() == null || step.getName().isBlank() ? step.eClass().getName() : step.getName();
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The workflow file (absolute). */
    public Path workflowFile() {
        return workflowFile;
    }

    /** The folder of the workflow file: what relative paths are relative to. */
    public Path folder() {
        return workflowFile.getParent();
    }

    /**
     * A path of the workflow resolved against the workflow file's folder (absolute paths as they are).
     *
     * @throws IllegalArgumentException for a missing or malformed path
     */
    public Path resolve(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("no path given");
        }
        try {
            return folder().resolve(path.trim()).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + path + "' is not a valid path: " + e.getReason(), e);
        }
    }

    /** Reads a study file (path relative to the workflow file) afresh: an earlier step may have trained it. */
    public StudyContext loadStudy(String path) throws StudyFileException {
        Path file;
        try {
            file = resolve(path);
        } catch (IllegalArgumentException e) {
            throw new StudyFileException("study path: " + e.getMessage(), e);
        }
        return StudyContext.load(file);
    }

    /** The surrogate solvers: the only way steps reach solvers. */
    public SurrogateSolverService solvers() {
        return solvers;
    }

    /** Progress and cancellation of this step (never null; a null monitor while validating). */
    public IProgressMonitor monitor() {
        return monitor;
    }

    /** Whether this context is for {@link StepExecutor#validate} rather than a run. */
    public boolean validating() {
        return validating;
    }

    /**
     * Declares, while validating, a file the step reads (a study, a points or data file): no step may write it. A
     * blank or malformed path is the step's own check to report.
     */
    /**
     * Whether an earlier step of the workflow writes this file (while validating): a step may read a file that does
     * not exist yet when an earlier step makes it.
     */
    public boolean writtenEarlier(String path) {
        return resolved(path).map(earlierOutputs::contains).orElse(false);
    }

    void earlierOutputs(java.util.Set<Path> files) {
        earlierOutputs = java.util.Set.copyOf(files);
    }

    public void declareInput(String path) {
        resolved(path).ifPresent(declaredInputs::add);
    }

    /**
     * Declares, while validating, a file the step writes (attribute names it in messages): it must not be an input of
     * the workflow, another step's output, or (unless the workflow allows it) outside the workflow's folder.
     */
    public void declareOutput(String path, String attribute) {
        resolved(path).ifPresent(file -> declaredOutputs.put(file, attribute));
    }

    List<Path> declaredInputs() {
        return declaredInputs;
    }

    Map<Path, String> declaredOutputs() {
        return declaredOutputs;
    }

    private Optional<Path> resolved(String path) {
        try {
            return path == null || path.isBlank() ? Optional.empty() : Optional.of(resolve(path));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Records a file the step wrote (listed in the step's outcome). */
    public void output(Path file) {
        if (!validating) {
            outputs.add(file.toAbsolutePath().normalize());
        }
    }

    /** Tells the user something (the listener and the step's outcome get it). */
    public void message(String text) {
        if (!validating) {
            messages.add(text);
            listener.onMessage(number, text);
        }
    }

    /** The properties of a {@link ContributedStep} by key, in file order (empty for other steps). */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (step instanceof ContributedStep contributed) {
            for (Property property : contributed.getProperties()) {
                if (property.getKey() != null) {
                    properties.put(property.getKey(), property.getValue() == null ? "" : property.getValue());
                }
            }
        }
        return Collections.unmodifiableMap(properties);
    }

    /** One property of a {@link ContributedStep}. */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties().get(key));
    }

    List<Path> outputs() {
        return List.copyOf(outputs);
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
