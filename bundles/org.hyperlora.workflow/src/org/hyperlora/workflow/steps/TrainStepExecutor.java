package org.hyperlora.workflow.steps;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.hyperlora.engine.io.AtomicFiles;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.ResultsWriter;
import org.hyperlora.runner.RunEvents;
import org.hyperlora.runner.RunListener;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingOutcome;
import org.hyperlora.runner.TrainingRun;
import org.hyperlora.workflow.TrainStep;
import org.hyperlora.workflow.run.StepContext;
import org.hyperlora.workflow.run.StepExecutor;
import org.hyperlora.workflow.run.StepProblems;

/**
 * Train: trains the study's HyperLoRA surrogate with the training runner ({@link TrainingRun}; artifacts in
 * {@code NAME-training/} beside the study) and stores the results in the study file, where the HyperLoRA solver of
 * later steps finds the surrogate. Stages and messages go to the workflow's listener (and, as for any training, to
 * the runner's events and log).
 */
public final class TrainStepExecutor implements StepExecutor {

    @Override
    public void validate(StepContext context, StepProblems problems) {
        TrainStep step = context.step(TrainStep.class);
        StepChecks.study(context, problems, step.getStudy());
        try {
            TrainingProfile.named(step.getProfile());
        } catch (IllegalArgumentException e) {
            problems.error(e.getMessage());
        }
    }

    @Override
    public void execute(StepContext context) throws Exception {
        TrainStep step = context.step(TrainStep.class);
        Path file = context.resolve(step.getStudy());
        Study study = StudyFiles.load(file);
        AtomicFiles.checkWritable(file); // the results go into the study: fail now, not after the training
        TrainingOptions options = TrainingOptions.defaults().withProfile(TrainingProfile.named(step.getProfile()))
                .withResume(step.isResume()).withCluster(context.cluster().orElse(null));
        RunListener forward = new RunListener() {
            @Override
            public void onStage(int stage, int stages, String name, String description) {
                context.message("training stage " + stage + "/" + stages + " " + name + ": " + description);
            }

            @Override
            public void onMessage(String message) {
                context.message(message);
            }
        };
        // the runner's events (live views, log) need the platform; a plain Java run just forwards
        RunListener listener = Platform.isRunning() ? new RunEvents(study.getName(), forward) : forward;
        TrainingRun run = new TrainingRun(study, file, options, listener);
        TrainingOutcome outcome = run.run(context.monitor());
        ResultsWriter.store(study, file, outcome.results());
        context.output(outcome.surrogate());
        context.output(file);
        for (TrainingOutcome.Evaluation evaluation : outcome.evaluations()) {
            if (evaluation.relativeL2() == null) {
                continue;
            }
            StringBuilder errors = new StringBuilder();
            for (int f = 0; f < evaluation.fields().size(); f++) {
                errors.append(f == 0 ? "" : ", ").append(evaluation.fields().get(f))
                        .append(String.format(Locale.ROOT, " %.2e", evaluation.relativeL2()[f]));
            }
            context.message("test value " + java.util.Arrays.toString(evaluation.parameters()) + ": relative L2 " + errors);
        }
        context.message(String.format(Locale.ROOT, "trained study '%s' (profile %s) in %.1f s%s; results stored in %s",
                study.getName(), step.getProfile(), outcome.seconds(), outcome.resumed() ? ", resumed" : "", file));
    }
}
