package org.hyperlora.ui.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.TrainingLaunchDelegate;

/** The study file, profile, threads and resume of a training configuration, checked as they are typed. */
public class TrainingTab extends AbstractLaunchConfigurationTab {

    Text study;
    Combo profile;
    private Spinner threads;
    private Button resume;
    ClusterChoice cluster;

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        setControl(body);
        new Label(body, SWT.NONE).setText("Study file:");
        study = new Text(body, SWT.BORDER);
        study.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        study.setToolTipText("Absolute path of the .hyperlora file, or ${workspace_loc:/project/study.hyperlora}");
        study.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.hyperlora"});
            String chosen = dialog.open();
            if (chosen != null) {
                study.setText(chosen);
            }
        });
        new Label(body, SWT.NONE).setText("Profile:");
        profile = new Combo(body, SWT.READ_ONLY);
        profile.setItems(java.util.Arrays.stream(TrainingProfile.values()).map(TrainingProfile::literal)
                .toArray(String[]::new));
        profile.setToolTipText("study: the study's own settings; quick: a small version (a minute or less)");
        profile.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        new Label(body, SWT.NONE);
        new Label(body, SWT.NONE).setText("Threads:");
        threads = new Spinner(body, SWT.BORDER);
        threads.setValues(0, 0, 256, 0, 1, 4);
        threads.setToolTipText("Worker threads; 0 uses one per core");
        threads.addModifyListener(e -> updateLaunchConfigurationDialog());
        new Label(body, SWT.NONE);
        resume = new Button(body, SWT.CHECK);
        resume.setText("Resume from the checkpoints of an earlier run (when the settings are unchanged)");
        resume.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        resume.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        cluster = new ClusterChoice(body, 3, TrainingLaunchDelegate.ATTR_CLUSTER,
                "the per-instance fits run on its members too", this::updateLaunchConfigurationDialog);
    }

    static void defaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_PROFILE, TrainingProfile.STUDY.literal());
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_THREADS, 0);
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_RESUME, false);
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_CLUSTER, false);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        defaults(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            study.setText(configuration.getAttribute(TrainingLaunchDelegate.ATTR_STUDY, ""));
            profile.setText(configuration.getAttribute(TrainingLaunchDelegate.ATTR_PROFILE,
                    TrainingProfile.STUDY.literal()));
            threads.setSelection(configuration.getAttribute(TrainingLaunchDelegate.ATTR_THREADS, 0));
            resume.setSelection(configuration.getAttribute(TrainingLaunchDelegate.ATTR_RESUME, false));
            cluster.initializeFrom(configuration);
        } catch (CoreException e) {
            setErrorMessage("The configuration cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_STUDY, study.getText().trim());
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_PROFILE, profile.getText());
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_THREADS, threads.getSelection());
        configuration.setAttribute(TrainingLaunchDelegate.ATTR_RESUME, resume.getSelection());
        cluster.performApply(configuration);
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        String text = study.getText().trim();
        if (text.isEmpty()) {
            setErrorMessage("Choose the study file to train.");
            return false;
        }
        String expanded;
        try {
            expanded = VariablesPlugin.getDefault().getStringVariableManager().performStringSubstitution(text);
        } catch (CoreException e) {
            setErrorMessage("Study file '" + text + "': " + e.getMessage());
            return false;
        }
        Path file;
        try {
            file = Path.of(expanded);
        } catch (java.nio.file.InvalidPathException e) {
            setErrorMessage("Study file '" + expanded + "' is not a valid path: " + e.getReason());
            return false;
        }
        if (!file.isAbsolute()) {
            setErrorMessage("Study file '" + expanded + "' must be an absolute path (or use ${workspace_loc:...}).");
            return false;
        }
        if (!Files.isRegularFile(file)) {
            setErrorMessage("Study file '" + expanded + "' does not exist.");
            return false;
        }
        if (!expanded.endsWith(".hyperlora")) {
            setErrorMessage("Study file '" + expanded + "' is not a .hyperlora study.");
            return false;
        }
        String clusterProblem = cluster.problem();
        if (clusterProblem != null) {
            setErrorMessage(clusterProblem);
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Study";
    }
}
