package org.hyperlora.workflow.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.hyperlora.runner.StudyRule;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.StudyStep;
import org.hyperlora.workflow.Workflow;

/**
 * A workflow run as an Eclipse Job: progress and cancel in the Progress view; the result (or the failure, naming the
 * step and why) as the job's status. It holds the scheduling rules of the study files its steps use (the training
 * jobs' {@link StudyRule}) and of the workflow file, so it never runs alongside a training of one of its studies or
 * another run of the same workflow.
 */
public final class WorkflowJob extends Job {

    /** The job family of all workflow jobs. */
    public static final Object FAMILY = WorkflowJob.class;

    private final Workflow workflow;
    private final Path workflowFile;
    private final WorkflowRunner runner;
    private final WorkflowListener listener;
    private volatile WorkflowResult result;
    private volatile WorkflowException failure;
    private Consumer<WorkflowResult> onFinished = r -> {
    };

    /** Over the platform's registries. */
    public WorkflowJob(Workflow workflow, Path workflowFile) {
        this(workflow, workflowFile, new WorkflowRunner(), WorkflowListener.NONE);
    }

    public WorkflowJob(Workflow workflow, Path workflowFile, WorkflowRunner runner, WorkflowListener listener) {
        super("Workflow " + (workflow.getName() == null || workflow.getName().isBlank()
                ? workflowFile.getFileName().toString() : workflow.getName()));
        this.workflow = workflow;
        this.workflowFile = workflowFile.toAbsolutePath().normalize();
        this.runner = runner;
        this.listener = listener == null ? WorkflowListener.NONE : listener;
        setRule(ruleOf(workflow, this.workflowFile));
        setUser(true);
    }

    /** The rules of the workflow file and of every study file its steps name. */
    static ISchedulingRule ruleOf(Workflow workflow, Path workflowFile) {
        List<ISchedulingRule> rules = new ArrayList<>();
        rules.add(new StudyRule(workflowFile));
        for (Step step : workflow.getSteps()) {
            if (step instanceof StudyStep studyStep && studyStep.getStudy() != null && !studyStep.getStudy().isBlank()) {
                try {
                    rules.add(new StudyRule(workflowFile.getParent().resolve(studyStep.getStudy().trim())));
                } catch (java.nio.file.InvalidPathException e) {
                    // validation reports it when the job runs
                }
            }
        }
        return MultiRule.combine(rules.toArray(ISchedulingRule[]::new));
    }

    private org.hyperlora.runner.ClusterSettings cluster;

    /** Joins this cluster when the job starts (train steps fit on its members too) and leaves it when the job ends. */
    public WorkflowJob onCluster(org.hyperlora.runner.ClusterSettings settings) {
        this.cluster = settings;
        return this;
    }

    /** Called (on the job's thread) after a successful run. */
    public WorkflowJob onFinished(Consumer<WorkflowResult> consumer) {
        this.onFinished = consumer;
        return this;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The result of a finished run (for a failed one, what ran up to the failure), or null. */
    public WorkflowResult result() {
        return result;
    }

    /** Why the last run failed, or null. */
    public WorkflowException failure() {
        return failure;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        org.hyperlora.cluster.ClusterMember member = null;
        try {
            if (cluster != null) {
                monitor.subTask("Joining " + cluster.describe());
                try {
                    member = cluster.join();
                } catch (IllegalArgumentException | IllegalStateException e) {
                    failure = null;
                    return Status.error("Workflow " + workflowFile.getFileName() + " did not start: cannot join "
                            + cluster.describe() + ": " + e.getMessage(), e);
                }
                listener.onMessage(0, "joined " + cluster.describe() + " as " + member.members().get(0)
                        + "; members: " + member.members());
                runner.cluster(member);
            }
            result = runner.run(workflow, workflowFile, monitor, listener);
            failure = null;
            onFinished.accept(result);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (WorkflowException e) {
            result = e.result();
            failure = e;
            return Status.error(e.getMessage(), e);
        } finally {
            if (member != null) {
                runner.cluster(null);
                member.close();
            }
        }
    }
}
