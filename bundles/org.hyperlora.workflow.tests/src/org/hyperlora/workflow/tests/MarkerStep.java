package org.hyperlora.workflow.tests;

import java.nio.file.Path;

import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/** A contributed step kind: writes its {@code text} property (default: the step's name) into its {@code file}. */
public final class MarkerStep implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        String file = context.property("file").orElse("");
        if (file.contains("\0")) {
            problems.error("file '" + file + "' is not a valid path");
        }
    }

    @Override
    public void execute(StepContext context) throws Exception {
        Path file = context.resolve(context.property("file").orElseThrow());
        String text = context.property("text").orElse(StepContext.nameOf(context.step()));
        AtomicFiles.writeText(file, out -> out.write(text));
        context.output(file);
        context.message("marker " + file);
    }
}
