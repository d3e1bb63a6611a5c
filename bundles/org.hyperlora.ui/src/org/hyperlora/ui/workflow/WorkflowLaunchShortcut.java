package org.hyperlora.ui.workflow;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

/**
 * Run As > HyperLoRA Workflow on a {@code .hlflow} file or in its editor: runs the workflow's launch configuration,
 * made on first use (it names the file; edit it under Run Configurations).
 */
public class WorkflowLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null && file.getLocation() != null) {
                launch(file.getLocation().toFile().toPath(), mode);
                return;
            }
        }
        error("Select one workflow file (.hlflow) in the workspace to run.");
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor instanceof WorkflowEditor workflowEditor) {
            launch(workflowEditor.file(), mode);
        } else {
            error("A workflow runs from the HyperLoRA workflow editor or a .hlflow file.");
        }
    }

    static void launch(Path file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            error("Could not create the launch configuration for " + file + ": " + e.getMessage());
        }
    }

    /** The workflow's configuration: the first that names this file, or a new one. */
    public static ILaunchConfiguration configurationFor(Path file) throws CoreException {
        var found = org.hyperlora.ui.launch.LaunchConfigurations.naming(WorkflowLaunchDelegate.TYPE_ID,
                WorkflowLaunchDelegate.ATTR_WORKFLOW, file);
        if (found.isPresent()) {
            return found.get();
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WorkflowLaunchDelegate.TYPE_ID);
        String path = file.toAbsolutePath().normalize().toString();
        String name = file.getFileName().toString().replaceFirst("\\.hlflow$", "");
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(
                "Workflow " + name));
        copy.setAttribute(WorkflowLaunchDelegate.ATTR_WORKFLOW, path);
        return copy.doSave();
    }

    private static void error(String message) {
        MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "HyperLoRA Workflow",
                message);
    }
}
