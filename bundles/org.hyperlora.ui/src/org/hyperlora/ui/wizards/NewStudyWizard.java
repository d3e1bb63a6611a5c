package org.hyperlora.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;

/**
 * File > New > HyperLoRA Study: a study from a template (Burgers, Kovasznay, convection: the repository's examples,
 * packed into this bundle at build time; or blank: one coordinate, one field, one parameter to fill in), saved where
 * the user says and opened in the editor.
 */
public class NewStudyWizard extends Wizard implements INewWizard {

    /** Template names shown, and the resource each is read from (null: built blank). */
    public static final List<String> TEMPLATES = List.of("Burgers", "Kovasznay", "convection", "blank");

    private IWorkbench workbench;
    Page page;
    private String initialFolder;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle("New HyperLoRA Study");
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            IContainer container = resource instanceof IContainer c ? c : resource.getParent();
            if (container.getLocation() != null) {
                initialFolder = container.getLocation().toOSString();
            }
        }
        if (initialFolder == null) {
            var root = ResourcesPlugin.getWorkspace().getRoot().getLocation();
            initialFolder = root == null ? System.getProperty("user.home") : root.toOSString();
        }
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Template, folder and name. */
    public final class Page extends WizardPage {
        private Combo template;
        private Text folder;
        private Text name;

        Page() {
            super("study");
            setTitle("HyperLoRA study");
            setDescription("A parameterized PDE to train a surrogate for; start from a template.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(2, false));
            new Label(body, SWT.NONE).setText("Template:");
            template = new Combo(body, SWT.READ_ONLY);
            TEMPLATES.forEach(template::add);
            template.select(0);
            new Label(body, SWT.NONE).setText("Folder:");
            folder = new Text(body, SWT.BORDER);
            folder.setText(initialFolder);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(body, SWT.NONE).setText("File name:");
            name = new Text(body, SWT.BORDER);
            name.setText("burgers.hyperlora");
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            template.addListener(SWT.Selection, e -> {
                name.setText(template.getText().toLowerCase() + ".hyperlora");
                check();
            });
            folder.addListener(SWT.Modify, e -> check());
            name.addListener(SWT.Modify, e -> check());
            setControl(body);
            check();
        }

        private void check() {
            String problem = null;
            String fileName = name.getText().trim();
            if (folder.getText().isBlank()) {
                problem = "Choose a folder.";
            } else if (!fileName.endsWith(".hyperlora") || fileName.length() == ".hyperlora".length()) {
                problem = "The file name must end in .hyperlora.";
            } else if (Files.exists(target())) {
                problem = target() + " exists already.";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        public Path target() {
            return Path.of(folder.getText().trim()).resolve(name.getText().trim());
        }

        /** Fills the page as a user would (the UI tests' probes call it). */
        void choose(String templateName, String folderPath, String fileName) {
            template.setText(templateName);
            folder.setText(folderPath);
            name.setText(fileName);
            check();
        }
    }

    @Override
    public boolean performFinish() {
        Path target = page.target();
        String template = page.template.getText();
        try {
            Study study = "blank".equals(template) ? BlankStudy.create(target.getFileName().toString()
                    .replaceFirst("\\.hyperlora$", "")) : null;
            if (study != null) {
                StudyFiles.save(study, target);
            } else {
                try (InputStream in = NewStudyWizard.class.getResourceAsStream("/templates/"
                        + template.toLowerCase() + ".hyperlora")) {
                    if (in == null) {
                        page.setErrorMessage("The template " + template + " is missing from this installation.");
                        return false;
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
            refreshWorkspace(target);
            IDE.openEditorOnFileStore(workbench.getActiveWorkbenchWindow().getActivePage(),
                    EFS.getLocalFileSystem().getStore(target.toUri()));
            return true;
        } catch (IOException | PartInitException e) {
            page.setErrorMessage("Cannot create " + target + ": " + e.getMessage());
            return false;
        }
    }

    private static void refreshWorkspace(Path target) {
        try {
            for (var file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
                file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            }
        } catch (CoreException | RuntimeException e) {
            // outside the workspace: nothing to refresh
        }
    }
}
