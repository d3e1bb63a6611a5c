package org.hyperlora.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.hyperlora.cluster.ClusterSecret;
import org.hyperlora.runner.ClusterSettings;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window > Preferences > HyperLoRA > Cluster: the cluster's name, the members to join, this process's address and the
 * secret file ({@link ClusterSettings}), checked as they are typed — a bad address or a secret file that is missing
 * or too short is said before anything is saved.
 */
public class ClusterPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.hyperlora.ui.preferences.cluster";

    Text name;
    Text members;
    Text bind;
    Text secretFile;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Trainings and workflows launched with \"Run on cluster\" join this cluster for their time and"
                + " run the per-instance fits on its members too.\nStart each member with\n"
                + "    hyperlora worker --cluster NAME --secret-file FILE --bind HOST:PORT --members LIST");
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        ClusterSettings settings = ClusterSettings.load();
        name = field(body, "Cluster name:", settings.name(), "The name every member was started with (--cluster)");
        members = field(body, "Members:", settings.members(),
                "HOST:PORT of the members, separated by commas (--members)");
        bind = field(body, "This process listens on:", settings.bind(),
                "HOST:PORT the members can reach; empty: the loopback at a free port (this machine only)");
        members.setMessage("e.g. 10.0.0.2:5701,10.0.0.3:5701");
        bind.setMessage("empty: the loopback at a free port (this machine only)");
        secretFile = field(body, "Secret file:", settings.secretFile(),
                "The file holding the shared secret (16 bytes or more; chmod 600). The secret itself is not stored");
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen = new FileDialog(getShell(), SWT.OPEN).open();
            if (chosen != null) {
                secretFile.setText(chosen);
            }
        });
        // the rows without a button end with an empty cell
        for (Text text : new Text[] {name, members, bind}) {
            ((GridData) text.getLayoutData()).horizontalSpan = 2;
        }
        check();
        return body;
    }

    private Text field(Composite body, String label, String value, String tip) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        text.setText(value);
        text.setToolTipText(tip);
        text.addModifyListener(e -> check());
        return text;
    }

    ClusterSettings typed() {
        return new ClusterSettings(name.getText(), members.getText(), bind.getText(), secretFile.getText());
    }

    /** Whether the typed settings are usable; the page says what is wrong otherwise. Empty settings are valid. */
    private boolean check() {
        ClusterSettings settings = typed();
        String problem = null;
        if (!settings.name().isEmpty() || !settings.members().isEmpty() || !settings.secretFile().isEmpty()) {
            try {
                var options = settings.options();
                ClusterSecret.read(options.secretFile());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage().replace(" (" + ClusterSettings.WHERE + ")", "");
            }
        }
        setErrorMessage(problem);
        setValid(problem == null);
        return problem == null;
    }

    @Override
    protected void performDefaults() {
        name.setText("");
        members.setText("");
        bind.setText("");
        secretFile.setText("");
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (!check()) {
            return false;
        }
        try {
            typed().save();
            return true;
        } catch (BackingStoreException e) {
            setErrorMessage("The cluster settings cannot be saved: " + e.getMessage());
            return false;
        }
    }
}
