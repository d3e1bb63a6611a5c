package org.hyperlora.ui.workflow;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The workflow file of a workflow configuration, checked as it is typed. */
public class WorkflowTab extends AbstractLaunchConfigurationTab {

    Text workflow;
    org.hyperlora.ui.launch.ClusterChoice cluster;

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        setControl(body);
        new Label(body, SWT.NONE).setText("Workflow file:");
        workflow = new Text(body, SWT.BORDER);
        workflow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        workflow.setToolTipText("Absolute path of the .hlflow file, or ${workspace_loc:/project/flow.hlflow}");
        workflow.addModifyListener(e -> updateLaunchConfigurationDialog());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.hlflow"});
            String chosen = dialog.open();
            if (chosen != null) {
                workflow.setText(chosen);
            }
        });
        cluster = new org.hyperlora.ui.launch.ClusterChoice(body, 3, WorkflowLaunchDelegate.ATTR_CLUSTER,
                "train steps fit on its members too", this::updateLaunchConfigurationDialog);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // a new configuration names no file until one is chosen
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            workflow.setText(configuration.getAttribute(WorkflowLaunchDelegate.ATTR_WORKFLOW, ""));
            cluster.initializeFrom(configuration);
        } catch (CoreException e) {
            setErrorMessage("The configuration cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(WorkflowLaunchDelegate.ATTR_WORKFLOW, workflow.getText().trim());
        cluster.performApply(configuration);
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        if (workflow.getText().isBlank()) {
            setErrorMessage("Choose the workflow file to run.");
            return false;
        }
        try {
            ILaunchConfigurationWorkingCopy copy = configuration.getWorkingCopy();
            performApply(copy);
            WorkflowLaunchDelegate.workflowFile(copy);
        } catch (CoreException e) {
            setErrorMessage(e.getStatus().getMessage());
            return false;
        }
        if (!workflow.getText().trim().endsWith(".hlflow")) {
            setErrorMessage("'" + workflow.getText().trim() + "' is not a .hlflow workflow.");
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
        return "Workflow";
    }
}
