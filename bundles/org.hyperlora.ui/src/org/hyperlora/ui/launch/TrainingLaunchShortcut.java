package org.hyperlora.ui.launch;

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
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.TrainingLaunchDelegate;
import org.hyperlora.ui.editor.StudyEditor;

/**
 * Run As > HyperLoRA Training on a {@code .hyperlora} file or in its editor: runs the study's launch configuration,
 * made with the study's own settings on first use (edit it under Run Configurations, e.g. for the quick profile).
 */
public class TrainingLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
            if (file != null && file.getLocation() != null) {
                launch(file.getLocation().toFile().toPath(), mode);
                return;
            }
        }
        error("Select one study file (.hyperlora) in the workspace to train.");
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor instanceof StudyEditor studyEditor) {
            launch(studyEditor.file(), mode);
        } else {
            error("Training starts from the HyperLoRA study editor or a .hyperlora file.");
        }
    }

    private void launch(Path file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            error("Could not create the launch configuration for " + file + ": " + e.getMessage());
        }
    }

    /** The study's training configuration: the first that names this file, or a new one with the study's settings. */
    static ILaunchConfiguration configurationFor(Path file) throws CoreException {
        var found = LaunchConfigurations.naming(TrainingLaunchDelegate.TYPE_ID, TrainingLaunchDelegate.ATTR_STUDY,
                file);
        if (found.isPresent()) {
            return found.get();
        }
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingLaunchDelegate.TYPE_ID);
        String path = file.toAbsolutePath().normalize().toString();
        String name = file.getFileName().toString().replaceFirst("\\.hyperlora$", "");
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(
                "Train " + name));
        TrainingTab.defaults(copy);
        copy.setAttribute(TrainingLaunchDelegate.ATTR_STUDY, path);
        copy.setAttribute(TrainingLaunchDelegate.ATTR_PROFILE, TrainingProfile.STUDY.literal());
        return copy.doSave();
    }

    private static void error(String message) {
        MessageDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "HyperLoRA Training",
                message);
    }
}
