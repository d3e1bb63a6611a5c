package org.hyperlora.workflow.tests;

import java.io.IOException;

import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;

/** Always fails, with its {@code reason} property as the message. */
public final class FailingStep implements StepExecutor {

    @Override
    public void execute(StepContext context) throws IOException {
        throw new IOException(context.property("reason").orElse("no reason"));
    }
}
