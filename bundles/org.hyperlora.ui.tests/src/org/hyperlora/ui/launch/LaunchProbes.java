package org.hyperlora.ui.launch;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;

/** The launch tab's fields and the shortcut's configuration lookup, for the UI tests (same package). */
public final class LaunchProbes {

    private LaunchProbes() {
    }

    public static Text studyField(TrainingTab tab) {
        return tab.study;
    }

    public static Combo profileField(TrainingTab tab) {
        return tab.profile;
    }

    public static ClusterChoice clusterChoice(TrainingTab tab) {
        return tab.cluster;
    }

    public static ILaunchConfiguration configurationFor(Path file) throws CoreException {
        return TrainingLaunchShortcut.configurationFor(file);
    }
}
