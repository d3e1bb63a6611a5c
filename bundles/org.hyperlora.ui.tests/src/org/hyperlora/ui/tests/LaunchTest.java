package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.example;
import static org.hyperlora.ui.tests.UiTests.page;
import static org.hyperlora.ui.tests.UiTests.pump;
import static org.hyperlora.ui.tests.UiTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.TrainingJob;
import org.hyperlora.runner.TrainingLaunchDelegate;
import org.hyperlora.ui.editor.StudyEditor;
import org.hyperlora.ui.launch.LaunchProbes;
import org.hyperlora.ui.launch.TrainingLaunchShortcut;
import org.hyperlora.ui.launch.TrainingTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Run As > HyperLoRA Training and its launch configuration tab. */
class LaunchTest {

    private IProject project;

    @AfterEach
    void cleanUp() throws Exception {
        UiTests.cancelTrainings();
        page().closeAllEditors(false);
        var manager = org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(
                TrainingLaunchDelegate.TYPE_ID))) {
            configuration.delete();
        }
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    private IFile workspaceCopy(String example) throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("launching");
        return UiTests.workspaceCopy(project, example);
    }

    @Test
    void runAsTrainsTheOpenEditorsModelAndTheResultsComeBackAsAnUndoableChange() throws Exception {
        IFile file = workspaceCopy("convection.hyperlora");
        Path path = file.getLocation().toFile().toPath();
        String before = Files.readString(path);
        StudyEditor editor = (StudyEditor) IDE.openEditor(page(), file);
        pump();

        // first use makes the study's configuration (its own settings); make it quick for the test
        ILaunchConfiguration configuration = LaunchProbes.configurationFor(path);
        assertEquals(TrainingProfile.STUDY.literal(), configuration.getAttribute(TrainingLaunchDelegate.ATTR_PROFILE, ""));
        assertEquals("Train convection", configuration.getName());
        ILaunchConfigurationWorkingCopy copy = configuration.getWorkingCopy();
        copy.setAttribute(TrainingLaunchDelegate.ATTR_PROFILE, TrainingProfile.QUICK.literal());
        copy.doSave();
        assertEquals(configuration, LaunchProbes.configurationFor(path), "found again, not made twice");

        var launches = org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager();
        int launched = launches.getLaunches().length;
        new TrainingLaunchShortcut().launch(new StructuredSelection(file), "run");
        waitFor("the launch and its process", 20_000, () -> launches.getLaunches().length > launched
                && launches.getLaunches()[launches.getLaunches().length - 1].getProcesses().length > 0);
        var launch = launches.getLaunches()[launches.getLaunches().length - 1];
        assertEquals(1, launch.getProcesses().length, "the training is the launch's process (Debug view, Terminate)");
        waitFor("the training to finish", 180_000, launch::isTerminated);
        assertEquals(0, launch.getProcesses()[0].getExitValue());
        waitFor("the results in the editor", 5_000, () -> editor.study().getResults() != null);
        assertTrue(editor.isDirty(), "the results are an unsaved change of the editor");
        assertEquals(before, Files.readString(path), "the file under the editor is not written");
        editor.getEditingDomain().getCommandStack().undo();
        pump();
        assertNull(editor.study().getResults());
    }

    @Test
    void aTrainingWhoseEditorClosedStoresItsResultsInTheFile() throws Exception {
        IFile file = workspaceCopy("convection.hyperlora");
        Path path = file.getLocation().toFile().toPath();
        StudyEditor editor = (StudyEditor) IDE.openEditor(page(), file);
        pump();
        var overview = (org.hyperlora.ui.editor.OverviewPage) editor.setActivePage(
                org.hyperlora.ui.editor.OverviewPage.ID);
        pump();
        TrainingJob job = overview.train(TrainingProfile.QUICK);
        page().closeEditor(editor, false);
        waitFor("the training", 180_000, () -> job.getResult() != null);
        assertTrue(job.getResult().isOK(), job.getResult().getMessage());
        assertNotNull(StudyFiles.load(path).getResults(), "the results are in the file, not lost with the editor");
    }

    @Test
    void theTabShowsTheConfigurationAndRefusesAMissingStudyFile() throws Exception {
        IFile file = workspaceCopy("burgers.hyperlora");
        Path path = file.getLocation().toFile().toPath();
        ILaunchConfiguration configuration = LaunchProbes.configurationFor(path);
        Shell shell = new Shell(page().getWorkbenchWindow().getShell(), SWT.SHELL_TRIM);
        try {
            TrainingTab tab = new TrainingTab();
            tab.createControl(shell);
            tab.initializeFrom(configuration);
            assertEquals(path.toString(), LaunchProbes.studyField(tab).getText());
            assertEquals(TrainingProfile.STUDY.literal(), LaunchProbes.profileField(tab).getText());
            assertTrue(tab.isValid(configuration), String.valueOf(tab.getErrorMessage()));

            LaunchProbes.studyField(tab).setText(path.resolveSibling("missing.hyperlora").toString());
            assertFalse(tab.isValid(configuration));
            assertEquals("Study file '" + path.resolveSibling("missing.hyperlora") + "' does not exist.",
                    tab.getErrorMessage());
            LaunchProbes.studyField(tab).setText("relative/burgers.hyperlora");
            assertFalse(tab.isValid(configuration));
            assertTrue(tab.getErrorMessage().contains("must be an absolute path"), tab.getErrorMessage());
            LaunchProbes.studyField(tab).setText("${workspace_loc:/launching/burgers.hyperlora}");
            assertTrue(tab.isValid(configuration), "workspace variables are expanded: " + tab.getErrorMessage());

            ILaunchConfigurationWorkingCopy copy = configuration.getWorkingCopy();
            LaunchProbes.profileField(tab).setText(TrainingProfile.QUICK.literal());
            tab.performApply(copy);
            assertEquals(TrainingProfile.QUICK.literal(), copy.getAttribute(TrainingLaunchDelegate.ATTR_PROFILE, ""));
            assertEquals("${workspace_loc:/launching/burgers.hyperlora}",
                    copy.getAttribute(TrainingLaunchDelegate.ATTR_STUDY, ""));
            assertNotNull(StudyFiles.load(path));
        } finally {
            shell.dispose();
        }
    }

}
