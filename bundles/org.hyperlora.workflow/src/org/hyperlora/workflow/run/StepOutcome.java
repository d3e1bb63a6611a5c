package org.hyperlora.workflow.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one step of a run.
 *
 * @param number   1-based position in the workflow
 * @param name     the step's name (or a description of it when it has none)
 * @param kind     the id of its step kind, e.g. {@code org.hyperlora.workflow.sweep}
 * @param status   whether it ran, failed, was cancelled or did not run
 * @param outputs  the files it wrote (absolute)
 * @param messages what it told the user
 * @param error    why it failed (null unless {@link Status#FAILED})
 * @param seconds  wall time
 */
public record StepOutcome(int number, String name, String kind, Status status, List<Path> outputs, List<String> messages,
        String error, double seconds) {

    public enum Status {
        SUCCEEDED, FAILED, CANCELLED, NOT_RUN
    }

    public StepOutcome {
        outputs = List.copyOf(outputs);
        messages = List.copyOf(messages);
    }

    static StepOutcome notRun(int number, String name, String kind) {
        return new StepOutcome(number, name, kind, Status.NOT_RUN, List.of(), List.of(), null, 0);
    }
}
