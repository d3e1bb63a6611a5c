package org.hyperlora.ui.wizards;

/** The new-study wizard's page as the UI tests fill it (this fragment shares its package). */
public final class WizardProbes {

    private WizardProbes() {
    }

    public static NewStudyWizard.Page page(NewStudyWizard wizard) {
        return wizard.page;
    }

    /** Chooses a template, folder and file name as a user would. */
    public static void choose(NewStudyWizard wizard, String template, String folder, String fileName) {
        wizard.page.choose(template, folder, fileName);
    }
}
