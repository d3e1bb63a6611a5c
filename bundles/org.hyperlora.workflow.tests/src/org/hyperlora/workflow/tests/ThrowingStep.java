package org.hyperlora.workflow.tests;

import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;

/** A contribution whose constructor throws: the registry must log it and carry on. */
public final class ThrowingStep implements StepExecutor {

    public ThrowingStep() {
        throw new IllegalStateException("deliberately broken constructor");
    }

    @Override
    public void execute(StepContext context) {
        throw new AssertionError("never created");
    }
}
