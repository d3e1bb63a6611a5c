package org.hyperlora.workflow.run;

/**
 * One problem found by {@link WorkflowRunner#validate}: its severity, the step (1-based; 0 for the workflow as a
 * whole) and its name, and the message.
 */
public record WorkflowProblem(Severity severity, int step, String stepName, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** E.g. {@code ERROR step 2 'sweep Re': unknown parameter 'Rey'; parameters: [Re]}. */
    @Override
    public String toString() {
        return severity + " " + (step == 0 ? "workflow" : StepContext.label(step, stepName)) + ": " + message;
    }
}
