package org.hyperlora.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > HyperLoRA: what the pages below it set. */
public class HyperloraPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.hyperlora.ui.preferences";

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Label text = new Label(body, SWT.WRAP);
        text.setText("HyperLoRA Workbench settings.\n\nCluster: the cluster whose members run the per-instance fits of"
                + " trainings and workflows launched with \"Run on cluster\" (the command line's --cluster options).");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 400;
        text.setLayoutData(data);
        return body;
    }
}
