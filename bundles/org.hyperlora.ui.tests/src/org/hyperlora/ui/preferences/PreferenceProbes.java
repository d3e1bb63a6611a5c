package org.hyperlora.ui.preferences;

import org.eclipse.swt.widgets.Text;

/** The cluster preference page's fields, for the UI tests (same package). */
public final class PreferenceProbes {

    private PreferenceProbes() {
    }

    /** Name, members, this process's address, secret file. */
    public static Text[] fields(ClusterPreferencePage page) {
        return new Text[] {page.name, page.members, page.bind, page.secretFile};
    }
}
