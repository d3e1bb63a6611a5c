package org.hyperlora.ui.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.hyperlora.runner.ClusterSettings;
import org.hyperlora.runner.JobProcess;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.io.WorkflowFileException;
import org.hyperlora.workflow.io.WorkflowFiles;
import org.hyperlora.workflow.run.StepOutcome;
import org.hyperlora.workflow.run.WorkflowJob;
import org.hyperlora.workflow.run.WorkflowListener;
import org.hyperlora.workflow.run.WorkflowResult;
import org.hyperlora.workflow.run.WorkflowRunner;

/**
 * The "HyperLoRA Workflow" launch configuration type: runs the workflow file named in the configuration as a
 * {@link WorkflowJob} (one progress step per workflow step in the Progress view; Terminate in the Debug view or the
 * Progress view's cancel stops it between steps or inside one), its log in a console of its own, its Train steps
 * followed in the Training Monitor (they post the training events), and when it ends its outputs in the Workflow
 * Outputs view.
 */
public final class WorkflowLaunchDelegate implements ILaunchConfigurationDelegate {

    public static final String TYPE_ID = "org.hyperlora.ui.workflow";
    /** Absolute path of the workflow file (variables such as ${workspace_loc:...} allowed). */
    public static final String ATTR_WORKFLOW = "org.hyperlora.ui.workflowFile";
    /** Train steps fit on the members of the workbench's cluster too ({@link ClusterSettings}). */
    public static final String ATTR_CLUSTER = "org.hyperlora.ui.workflowCluster";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        Path file = workflowFile(configuration);
        Workflow workflow;
        try {
            workflow = WorkflowFiles.load(file);
        } catch (WorkflowFileException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        MessageConsole console = console(workflow, file);
        MessageConsoleStream out = console.newMessageStream();
        out.println("Workflow " + file + " (" + workflow.getSteps().size() + " steps)");
        WorkflowJob job = new WorkflowJob(workflow, file, new WorkflowRunner(), new WorkflowListener() {
            @Override
            public void onStepStarted(int number, int count, String name, String kind) {
                out.println("step " + number + "/" + count + ": " + name + " (" + kind + ")");
            }

            @Override
            public void onMessage(int step, String message) {
                out.println("  " + message);
            }

            @Override
            public void onStepFinished(StepOutcome outcome) {
                out.println("  " + outcome.status().name().toLowerCase(java.util.Locale.ROOT) + " in "
                        + String.format(java.util.Locale.ROOT, "%.1f s", outcome.seconds())
                        + (outcome.outputs().isEmpty() ? "" : "; wrote " + outcome.outputs().size() + " files"));
            }
        });
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                WorkflowResult result = job.result();
                String ending = event.getResult().getSeverity() == org.eclipse.core.runtime.IStatus.CANCEL
                        ? "cancelled" : job.failure() != null ? "failed: " + job.failure().getMessage()
                                : "finished: " + (result == null ? 0 : result.outputs().size()) + " files written";
                out.println("Workflow " + ending);
                try {
                    out.flush();
                } catch (IOException e) {
                    // the console was closed: nothing to tell
                }
                if (result != null && PlatformUI.isWorkbenchRunning()) {
                    Display.getDefault().asyncExec(() -> WorkflowOutputsView.showRun(result, ending));
                }
            }
        });
        if (configuration.getAttribute(ATTR_CLUSTER, false)) {
            ClusterSettings settings;
            try {
                settings = ClusterSettings.forLaunch(configuration.getName());
            } catch (IllegalArgumentException e) {
                throw new CoreException(Status.error(e.getMessage()));
            }
            out.println("Train steps fit on " + settings.describe() + " too");
            job.onCluster(settings);
        }
        new JobProcess(launch, job);
        job.schedule();
    }

    /** The configuration's workflow file, checked: named, absolute after substitution, existing. */
    static Path workflowFile(ILaunchConfiguration configuration) throws CoreException {
        String named = configuration.getAttribute(ATTR_WORKFLOW, "");
        if (named.isBlank()) {
            throw new CoreException(Status.error("Launch configuration '" + configuration.getName()
                    + "' names no workflow file (attribute " + ATTR_WORKFLOW + ")"));
        }
        String expanded = VariablesPlugin.getDefault().getStringVariableManager().performStringSubstitution(named);
        Path file = Path.of(expanded);
        if (!file.isAbsolute() || !Files.isRegularFile(file)) {
            throw new CoreException(Status.error("Launch configuration '" + configuration.getName()
                    + "': the workflow file '" + expanded + "' " + (file.isAbsolute() ? "does not exist"
                            : "must be an absolute path (or use ${workspace_loc:...})")));
        }
        return file.toAbsolutePath().normalize();
    }

    /** A console per workflow file, cleared for each run and brought to the front. */
    private static MessageConsole console(Workflow workflow, Path file) {
        String name = "HyperLoRA workflow " + file.getFileName();
        var manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole existing : manager.getConsoles()) {
            if (existing instanceof MessageConsole message && existing.getName().equals(name)) {
                message.clearConsole();
                manager.showConsoleView(message);
                return message;
            }
        }
        MessageConsole console = new MessageConsole(name, null);
        manager.addConsoles(new IConsole[] {console});
        manager.showConsoleView(console);
        return console;
    }
}
