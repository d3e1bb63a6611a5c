package org.hyperlora.workflow.run;

/**
 * Runs one kind of workflow step: what a contribution to the extension point {@code org.hyperlora.workflow.steps}
 * implements (its {@code class} attribute; a public no-argument constructor). The registry creates it on first use
 * only, and one instance serves every step of its kind, so implementations keep no per-step state.
 */
public interface StepExecutor {

    /**
     * Reports what is wrong with a step before anything runs: an unknown study, parameter or field, an empty grid, a
     * missing setting. Cheap (no solving, no training); the context's monitor is a null monitor and nothing it records
     * as output counts. The default finds nothing wrong.
     */
    default void validate(StepContext context, StepProblems problems) {
    }

    /**
     * Runs the step: reads inputs through the context (paths relative to the workflow file), solves through
     * {@link StepContext#solvers()}, writes its files (atomically, so a failure leaves no half-written file) and
     * records them with {@link StepContext#output}.
     *
     * @throws Exception any failure; the workflow stops with a message naming the step and this exception's message
     *                   (so make it say why), and later steps do not run. An
     *                   {@link org.eclipse.core.runtime.OperationCanceledException} cancels the workflow.
     */
    void execute(StepContext context) throws Exception;
}
