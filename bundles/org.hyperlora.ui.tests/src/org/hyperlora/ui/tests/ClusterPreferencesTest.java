package org.hyperlora.ui.tests;

import static org.hyperlora.ui.tests.UiTests.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.hyperlora.runner.ClusterSettings;
import org.hyperlora.runner.TrainingLaunchDelegate;
import org.hyperlora.ui.launch.ClusterChoice;
import org.hyperlora.ui.launch.LaunchProbes;
import org.hyperlora.ui.launch.TrainingTab;
import org.hyperlora.ui.preferences.ClusterPreferencePage;
import org.hyperlora.ui.preferences.PreferenceProbes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window > Preferences > HyperLoRA > Cluster checks what is typed and stores it; the training tab's "Run on cluster"
 * shows that cluster, is stored in the configuration, and is refused while no cluster is set up.
 */
class ClusterPreferencesTest {

    @Test
    void thePageChecksAndStoresTheClusterAndTheTrainingTabOffersIt(@TempDir Path folder) throws Exception {
        ClusterSettings before = ClusterSettings.load();
        new ClusterSettings("", "", "", "").save();
        Path secret = folder.resolve("cluster.secret");
        Files.writeString(secret, "a secret of the preferences test\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Path tooShort = folder.resolve("short.secret");
        Files.writeString(tooShort, "short\n");
        Shell window = page().getWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window, ClusterPreferencePage.ID,
                new String[] {ClusterPreferencePage.ID}, null);
        dialog.setBlockOnOpen(false);
        IProject project = null;
        ILaunchConfiguration configuration = null;
        try {
            dialog.open();
            UiTests.pump();
            ClusterPreferencePage page = (ClusterPreferencePage) dialog.getSelectedPage();
            Text[] fields = PreferenceProbes.fields(page);
            assertTrue(page.isValid(), "nothing set up is valid: " + page.getErrorMessage());

            fields[0].setText("lab");
            fields[1].setText("127.0.0.1:5901,nohost:x");
            fields[3].setText(tooShort.toString());
            assertFalse(page.isValid());
            assertEquals("the member 'nohost:x': the port is not a number", page.getErrorMessage());
            fields[1].setText("127.0.0.1:5901,127.0.0.1:5902");
            assertFalse(page.isValid());
            assertTrue(page.getErrorMessage().contains("holds 5 bytes; a secret needs 16"), page.getErrorMessage());
            fields[3].setText(secret.toString());
            assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
            UiTests.save("cluster-preferences", UiTests.pixels(dialog.getShell()));
            assertTrue(page.performOk());
            assertEquals(new ClusterSettings("lab", "127.0.0.1:5901,127.0.0.1:5902", "", secret.toString()),
                    ClusterSettings.load());
            dialog.close();

            // the training tab: "Run on cluster" names the cluster and is stored in the configuration
            project = ResourcesPlugin.getWorkspace().getRoot().getProject("cluster-launching");
            var file = UiTests.workspaceCopy(project, "burgers.hyperlora");
            configuration = LaunchProbes.configurationFor(file.getLocation().toFile().toPath());
            Shell shell = new Shell(window, SWT.SHELL_TRIM);
            try {
                TrainingTab tab = new TrainingTab();
                tab.createControl(shell);
                tab.initializeFrom(configuration);
                ClusterChoice choice = LaunchProbes.clusterChoice(tab);
                assertFalse(choice.checkBox().getSelection(), "off by default");
                assertTrue(choice.statusText().startsWith("cluster 'lab' (members 127.0.0.1:5901,127.0.0.1:5902)"),
                        choice.statusText());
                choice.checkBox().setSelection(true);
                assertTrue(tab.isValid(configuration), String.valueOf(tab.getErrorMessage()));
                ILaunchConfigurationWorkingCopy copy = configuration.getWorkingCopy();
                tab.performApply(copy);
                assertTrue(copy.getAttribute(TrainingLaunchDelegate.ATTR_CLUSTER, false));

                new ClusterSettings("", "", "", "").save();
                choice.refresh();
                assertFalse(tab.isValid(configuration));
                assertEquals("Run on cluster: no cluster is set up (" + ClusterSettings.WHERE + ")",
                        tab.getErrorMessage());
                assertTrue(choice.statusText().startsWith("no cluster is set up"), choice.statusText());
            } finally {
                shell.dispose();
            }
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
            if (configuration != null) {
                configuration.delete();
            }
            if (project != null) {
                project.delete(true, true, null);
            }
            before.save();
        }
    }
}
