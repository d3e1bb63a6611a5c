package org.hyperlora.ui.workflow;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.io.WorkflowFiles;
import org.hyperlora.workflow.io.WorkflowTemplates;

/**
 * File > New > HyperLoRA Workflow: a {@code .hlflow} from a template (train, sweep and compare; calibrate;
 * uncertainty) made for a chosen study, saved and opened in the workflow editor.
 */
public class NewWorkflowWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private String initialFolder = System.getProperty("user.home");
    Page page;

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
        setWindowTitle("New HyperLoRA Workflow");
        if (selection != null && !selection.isEmpty()) {
            IResource resource = Adapters.adapt(selection.getFirstElement(), IResource.class);
            IContainer container = resource instanceof IContainer c ? c : resource == null ? null : resource.getParent();
            if (container != null && container.getLocation() != null) {
                initialFolder = container.getLocation().toOSString();
            }
        }
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** Template, study, folder and name. */
    public final class Page extends WizardPage {
        private Combo template;
        private Text study;
        private Text folder;
        private Text name;

        Page() {
            super("workflow");
            setTitle("HyperLoRA workflow");
            setDescription("Steps that train, solve, sweep, calibrate, optimize or propagate uncertainty through a"
                    + " study's surrogate; start from a template.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(3, false));
            new Label(body, SWT.NONE).setText("Template:");
            template = new Combo(body, SWT.READ_ONLY);
            for (WorkflowTemplates each : WorkflowTemplates.values()) {
                template.add(each.label());
            }
            template.select(0);
            template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(body, SWT.NONE).setText("Study:");
            study = new Text(body, SWT.BORDER);
            study.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            study.setToolTipText("The .hyperlora study the steps use (stored relative to the workflow file)");
            Button browse = new Button(body, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] {"*.hyperlora"});
                dialog.setFilterPath(folder.getText());
                String chosen = dialog.open();
                if (chosen != null) {
                    study.setText(chosen);
                }
            });
            new Label(body, SWT.NONE).setText("Folder:");
            folder = new Text(body, SWT.BORDER);
            folder.setText(initialFolder);
            folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            new Label(body, SWT.NONE).setText("File name:");
            name = new Text(body, SWT.BORDER);
            name.setText("workflow.hlflow");
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            template.addListener(SWT.Selection, e -> check());
            study.addListener(SWT.Modify, e -> check());
            folder.addListener(SWT.Modify, e -> check());
            name.addListener(SWT.Modify, e -> check());
            setControl(body);
            check();
        }

        private void check() {
            String problem = null;
            String fileName = name.getText().trim();
            Path studyFile = studyFile();
            if (study.getText().isBlank()) {
                problem = "Choose the study the workflow uses.";
            } else if (studyFile == null || !Files.isRegularFile(studyFile)) {
                problem = "The study " + study.getText().trim() + " does not exist.";
            } else if (folder.getText().isBlank()) {
                problem = "Choose a folder.";
            } else if (!fileName.endsWith(".hlflow") || fileName.length() == ".hlflow".length()) {
                problem = "The file name must end in .hlflow.";
            } else if (Files.exists(target())) {
                problem = target() + " exists already.";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        Path studyFile() {
            try {
                Path given = Path.of(study.getText().trim());
                return (given.isAbsolute() ? given : Path.of(folder.getText().trim()).resolve(given))
                        .toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        public Path target() {
            return Path.of(folder.getText().trim()).resolve(name.getText().trim());
        }

        WorkflowTemplates chosen() {
            return WorkflowTemplates.values()[template.getSelectionIndex()];
        }

        /** Fills the page as a user would (the UI tests call it). */
        void choose(WorkflowTemplates which, String studyPath, String folderPath, String fileName) {
            template.select(which.ordinal());
            study.setText(studyPath);
            folder.setText(folderPath);
            name.setText(fileName);
            check();
        }
    }

    @Override
    public boolean performFinish() {
        Path target = page.target();
        try {
            Path studyFile = page.studyFile();
            Study study = StudyFiles.load(studyFile);
            String relative = target.getParent().toAbsolutePath().normalize().relativize(studyFile).toString()
                    .replace('\\', '/');
            Workflow workflow = page.chosen().create(target.getFileName().toString().replaceFirst("\\.hlflow$", ""),
                    study, relative);
            Files.createDirectories(target.getParent());
            WorkflowFiles.save(workflow, target);
            for (var file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
                file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            }
            IDE.openEditorOnFileStore(workbench.getActiveWorkbenchWindow().getActivePage(),
                    EFS.getLocalFileSystem().getStore(target.toUri()));
            return true;
        } catch (Exception e) {
            page.setErrorMessage("Cannot create " + target + ": " + e.getMessage());
            return false;
        }
    }
}
