package org.hyperlora.runner;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.TrainingProfile;

/**
 * The "HyperLoRA Training" launch configuration type: trains the study file named in the configuration as a
 * {@link TrainingJob} (Progress view: stage, step, loss; cancel), storing the results in the file, or, when an editor
 * has the study open ({@link OpenStudies}), training the editor's model and returning the results through its command
 * stack.
 */
public final class TrainingLaunchDelegate implements ILaunchConfigurationDelegate {

    public static final String TYPE_ID = "org.hyperlora.runner.training";
    /** Absolute path of the study file. */
    public static final String ATTR_STUDY = "org.hyperlora.runner.study";
    /** {@code study} or {@code quick}. */
    public static final String ATTR_PROFILE = "org.hyperlora.runner.profile";
    /** Worker threads (0: one per core). */
    public static final String ATTR_THREADS = "org.hyperlora.runner.threads";
    /** Reuse checkpoints of an earlier run. */
    public static final String ATTR_RESUME = "org.hyperlora.runner.resume";
    /** Run the fits on the members of the workbench's cluster too ({@link ClusterSettings}). */
    public static final String ATTR_CLUSTER = "org.hyperlora.runner.cluster";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        String file = configuration.getAttribute(ATTR_STUDY, "");
        if (file.isBlank()) {
            throw new CoreException(Status.error("Launch configuration '" + configuration.getName()
                    + "' names no study file (attribute " + ATTR_STUDY + ")"));
        }
        TrainingOptions options;
        try {
            options = TrainingOptions.defaults()
                    .withProfile(TrainingProfile.named(configuration.getAttribute(ATTR_PROFILE,
                            TrainingProfile.STUDY.literal())))
                    .withThreads(configuration.getAttribute(ATTR_THREADS, 0))
                    .withResume(configuration.getAttribute(ATTR_RESUME, false));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error("Launch configuration '" + configuration.getName() + "': "
                    + e.getMessage()));
        }
        String expanded = org.eclipse.core.variables.VariablesPlugin.getDefault().getStringVariableManager()
                .performStringSubstitution(file); // ${workspace_loc:/project/study.hyperlora} and the like
        Path studyFile = Path.of(expanded);
        if (!studyFile.isAbsolute()) {
            throw new CoreException(Status.error("Launch configuration '" + configuration.getName()
                    + "': the study file '" + expanded + "' must be an absolute path (or use ${workspace_loc:...})"));
        }
        var open = OpenStudies.find(studyFile);
        if (open.isPresent()) {
            // an editor has the study: train its model as shown, results back through its command stack
            var editor = open.get();
            TrainingJob[] job = new TrainingJob[1];
            RuntimeException[] failure = new RuntimeException[1];
            editor.modelExecutor().execute(() -> {
                try {
                    job[0] = new TrainingJob(editor.study(), new TrainingRun(editor.study(), studyFile, options,
                            new RunEvents(editor.study().getName())), editor.domain(), editor.modelExecutor());
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw new CoreException(Status.error("Launch configuration '" + configuration.getName()
                        + "': the open study cannot be trained: " + failure[0].getMessage(), failure[0]));
            }
            onCluster(configuration, job[0]);
            new JobProcess(launch, job[0]);
            job[0].schedule();
            return;
        }
        Study study;
        try {
            study = StudyFiles.load(studyFile);
        } catch (StudyFileException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        TrainingJob job = new TrainingJob(study, new TrainingRun(study, studyFile, options,
                new RunEvents(study.getName())), null, null);
        onCluster(configuration, job);
        new JobProcess(launch, job);
        job.schedule();
    }

    /** "Run on cluster": the job joins the cluster set up in the preferences, checked now so that a bad one is said. */
    private static void onCluster(ILaunchConfiguration configuration, TrainingJob job) throws CoreException {
        if (!configuration.getAttribute(ATTR_CLUSTER, false)) {
            return;
        }
        try {
            job.onCluster(ClusterSettings.forLaunch(configuration.getName()));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
    }
}
