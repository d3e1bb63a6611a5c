package org.hyperlora.ui.launch;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchManager;

/** Finding the launch configuration of a file, as the Run As shortcuts of studies and workflows do. */
public final class LaunchConfigurations {

    private LaunchConfigurations() {
    }

    /**
     * The first configuration of the type whose attribute names this file (absolute, or through variables such as
     * {@code ${workspace_loc:...}}); empty when none does.
     */
    public static Optional<ILaunchConfiguration> naming(String typeId, String attribute, Path file)
            throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(typeId);
        String path = file.toAbsolutePath().normalize().toString();
        var variables = org.eclipse.core.variables.VariablesPlugin.getDefault().getStringVariableManager();
        for (ILaunchConfiguration existing : manager.getLaunchConfigurations(type)) {
            String named = existing.getAttribute(attribute, "");
            try {
                named = variables.performStringSubstitution(named); // ${workspace_loc:...} names the same file
                if (path.equals(Path.of(named).toAbsolutePath().normalize().toString())) {
                    return Optional.of(existing);
                }
            } catch (CoreException | RuntimeException e) {
                // a variable that no longer resolves, or not a path: names no file
            }
        }
        return Optional.empty();
    }
}
