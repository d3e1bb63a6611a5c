package org.hyperlora.workflow.tests;

import java.util.concurrent.atomic.AtomicInteger;

import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;

/** Counts its constructions and runs: shows that executors are created on first use, once. */
public final class CountingStep implements StepExecutor {

    static final AtomicInteger CONSTRUCTED = new AtomicInteger();
    static final AtomicInteger RUNS = new AtomicInteger();

    public CountingStep() {
        CONSTRUCTED.incrementAndGet();
    }

    @Override
    public void execute(StepContext context) {
        RUNS.incrementAndGet();
    }
}
