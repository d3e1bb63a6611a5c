package org.hyperlora.workflow.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a run of a workflow did: one outcome per step, in order (steps after a failure are {@code NOT_RUN}).
 *
 * @param workflow the workflow's name
 * @param file     the workflow file (absolute)
 * @param steps    one outcome per step
 */
public record WorkflowResult(String workflow, Path file, List<StepOutcome> steps) {

    public WorkflowResult {
        steps = List.copyOf(steps);
    }

    /** Whether every step succeeded. */
    public boolean succeeded() {
        return steps.stream().allMatch(s -> s.status() == StepOutcome.Status.SUCCEEDED);
    }

    /** The step that failed, if one did. */
    public Optional<StepOutcome> failure() {
        return steps.stream().filter(s -> s.status() == StepOutcome.Status.FAILED).findFirst();
    }

    /** Every file the steps wrote, in order. */
    public List<Path> outputs() {
        List<Path> all = new ArrayList<>();
        steps.forEach(s -> all.addAll(s.outputs()));
        return all;
    }
}
