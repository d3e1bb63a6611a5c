package org.hyperlora.workflow.run;

/** Follows a workflow run: for terminals, the Progress view and logs. Calls may come from worker threads. */
public interface WorkflowListener {

    WorkflowListener NONE = new WorkflowListener() {
    };

    /** A step starts: its number (1-based) of {@code count}, its name and the name of its kind. */
    default void onStepStarted(int number, int count, String name, String kind) {
    }

    /** A step has finished, failed or was cancelled. */
    default void onStepFinished(StepOutcome outcome) {
    }

    /** A line from a step worth telling the user (a training stage, a value outside the trained range, a file written). */
    default void onMessage(int step, String message) {
    }
}
