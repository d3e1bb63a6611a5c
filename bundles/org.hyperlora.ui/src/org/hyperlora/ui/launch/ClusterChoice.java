package org.hyperlora.ui.launch;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.hyperlora.runner.ClusterSettings;
import org.hyperlora.ui.preferences.ClusterPreferencePage;

/**
 * "Run on cluster" on a launch tab: a check box stored under the configuration's attribute, and what the workbench's
 * cluster is (or that none is set up) with a link to its preference page. Checked with a cluster that is not set up
 * properly, the tab says what is missing.
 */
public final class ClusterChoice {

    private final String attribute;
    private final Button check;
    private final Link status;

    /** Adds the controls as one row spanning {@code columns} columns of {@code parent}'s grid. */
    public ClusterChoice(Composite parent, int columns, String attribute, String what, Runnable changed) {
        this.attribute = attribute;
        check = new Button(parent, SWT.CHECK);
        check.setText("Run on cluster: " + what);
        check.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
        check.addListener(SWT.Selection, e -> changed.run());
        status = new Link(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        data.horizontalIndent = 20;
        status.setLayoutData(data);
        status.addListener(SWT.Selection, e -> {
            PreferencesUtil.createPreferenceDialogOn(parent.getShell(), ClusterPreferencePage.ID,
                    new String[] {ClusterPreferencePage.ID}, null).open();
            refresh();
            changed.run();
        });
        refresh();
    }

    /** The check box (for tests: what a user clicks). */
    public Button checkBox() {
        return check;
    }

    /** The line saying which cluster (for tests: what a user reads). */
    public String statusText() {
        return status.getText();
    }

    /** Shows the cluster as the preferences say now. */
    public void refresh() {
        status.setText(ClusterSettings.load().describe().replace(" (" + ClusterSettings.WHERE + ")", "")
                + " — <a>configure...</a>");
        status.getParent().layout(true);
    }

    public void initializeFrom(ILaunchConfiguration configuration) throws CoreException {
        check.setSelection(configuration.getAttribute(attribute, false));
        refresh();
    }

    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(attribute, check.getSelection());
    }

    /** Why the configuration cannot run on the cluster as it is set up, or null. */
    public String problem() {
        if (!check.getSelection()) {
            return null;
        }
        try {
            ClusterSettings.load().options();
            return null;
        } catch (IllegalArgumentException e) {
            return "Run on cluster: " + e.getMessage();
        }
    }
}
