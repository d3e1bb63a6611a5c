package org.hyperlora.runner;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;

/**
 * A study's training as an Eclipse Job: cancellable from the Progress view, one per study at a time
 * ({@link StudyRule}), results stored through the editing domain's command stack (undoable; the editor's dirty
 * state follows) on the given executor (an editor's UI thread), or headless straight into the study file. The run
 * trains a snapshot taken when it was made (create it on the model's thread); the results are bound back to the live
 * study by name.
 */
public final class TrainingJob extends Job {

    /** The job family of all training jobs. */
    public static final Object FAMILY = TrainingJob.class;

    private final TrainingRun run;
    private final Study study;
    private final EditingDomain domain;
    private final Executor modelExecutor;
    private volatile TrainingOutcome outcome;
    private Consumer<TrainingOutcome> onFinished = o -> {
    };

    /**
     * @param domain        the editor's domain, or null to store the results in the file (headless)
     * @param modelExecutor where model changes run (e.g. {@code display::syncExec}); null: the job's thread
     */
    public TrainingJob(Study study, TrainingRun run, EditingDomain domain, Executor modelExecutor) {
        super("Training " + study.getName());
        this.run = run;
        this.study = study;
        this.domain = domain;
        this.modelExecutor = modelExecutor == null ? Runnable::run : modelExecutor;
        setRule(new StudyRule(run.studyFile()));
        setUser(true);
    }

    private ClusterSettings cluster;

    /**
     * Joins this cluster when the job starts (the training's fits then run on its members too) and leaves it when the
     * job ends.
     */
    public TrainingJob onCluster(ClusterSettings settings) {
        this.cluster = settings;
        return this;
    }

    /** Called (on the job's thread) after the results are stored. */
    public TrainingJob onFinished(Consumer<TrainingOutcome> consumer) {
        this.onFinished = consumer;
        return this;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The name of the study trained (the {@code study} property of the run's events). */
    public String studyName() {
        return study.getName();
    }

    /** The outcome of a finished run, or null. */
    public TrainingOutcome outcome() {
        return outcome;
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
                    return Status.error("Training of " + study.getName() + " did not start: cannot join "
                            + cluster.describe() + ": " + e.getMessage(), e);
                }
                run.useCluster(member);
            }
            TrainingOutcome result = run.run(monitor);
            StudyFileException[] saveFailure = new StudyFileException[1];
            modelExecutor.execute(() -> {
                if (domain != null && (!OpenStudies.wasRegistered(domain)
                        || OpenStudies.isOpen(run.studyFile(), domain))) {
                    ResultsWriter.apply(domain, study, result.results());
                } else if (domain != null) {
                    // the editor closed during the training: the results go into the file as it is on disk
                    try {
                        ResultsWriter.store(org.hyperlora.model.io.StudyFiles.load(run.studyFile()), run.studyFile(),
                                result.results());
                    } catch (StudyFileException e) {
                        saveFailure[0] = e;
                    }
                } else {
                    try {
                        ResultsWriter.store(study, run.studyFile(), result.results());
                    } catch (StudyFileException e) {
                        saveFailure[0] = e;
                    }
                }
            });
            if (saveFailure[0] != null) {
                return Status.error("Training of " + study.getName() + " finished, but the study could not be saved: "
                        + saveFailure[0].getMessage(), saveFailure[0]);
            }
            outcome = result;
            onFinished.accept(result);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (TrainingException e) {
            return Status.error(e.getMessage(), e);
        } finally {
            if (member != null) {
                member.close();
            }
        }
    }
}
