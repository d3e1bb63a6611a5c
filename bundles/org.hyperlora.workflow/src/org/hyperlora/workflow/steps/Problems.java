package org.hyperlora.workflow.steps;

import java.util.ArrayList;
import java.util.List;

import org.hyperlora.workflow.run.StepProblems;

/**
 * Collects problems, so the same checks serve validation (reported one by one) and execution (the first error
 * thrown).
 */
final class Problems implements StepProblems {

    private final StepProblems target;
    private final List<String> errors = new ArrayList<>();

    /** Forwarding to a validation's collector. */
    Problems(StepProblems target) {
        this.target = target;
    }

    /** Collecting for an execution: {@link #throwIfAny()} afterwards. */
    Problems() {
        this(null);
    }

    @Override
    public void error(String message) {
        errors.add(message);
        if (target != null) {
            target.error(message);
        }
    }

    @Override
    public void warning(String message) {
        if (target != null) {
            target.warning(message);
        }
    }

    /** @throws IllegalArgumentException with every error collected */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
    }
}
