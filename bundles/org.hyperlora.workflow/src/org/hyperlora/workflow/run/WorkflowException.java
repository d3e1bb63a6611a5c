package org.hyperlora.workflow.run;

import java.util.List;

/**
 * A workflow did not run to the end: it was refused before anything ran ({@link #problems()}), or a step failed
 * ({@link #step()}, and {@link #result()} says what the earlier steps wrote, all of which is kept). The message names
 * the workflow, the step (number and name) and why.
 */
public class WorkflowException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowResult result;
    private final int step;
    private final transient List<WorkflowProblem> problems;

    public WorkflowException(String message, WorkflowResult result, int step, List<WorkflowProblem> problems,
            Throwable cause) {
        super(message, cause);
        this.result = result;
        this.step = step;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The outcome of every step so far (never null). */
    public WorkflowResult result() {
        return result;
    }

    /** The failing step (1-based), or 0 when the workflow was refused before anything ran. */
    public int step() {
        return step;
    }

    /** The validation problems that refused the workflow (empty when a step failed). */
    public List<WorkflowProblem> problems() {
        return problems;
    }
}
