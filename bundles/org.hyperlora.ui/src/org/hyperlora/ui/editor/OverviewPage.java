package org.hyperlora.ui.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.io.SurrogateStatus;
import org.hyperlora.model.mapping.TrainingProfile;
import org.hyperlora.runner.RunEvents;
import org.hyperlora.runner.TrainingJob;
import org.hyperlora.runner.TrainingOptions;
import org.hyperlora.runner.TrainingRun;
import org.hyperlora.ui.explorer.SurrogateExplorerView;
import org.hyperlora.ui.monitor.TrainingMonitorStartup;

/** Name, description, the validation state and the problems of the study. */
public class OverviewPage extends FormPage {

    public static final String ID = "org.hyperlora.ui.overview";

    private final StudyEditor editor;
    private Text name;
    private Text description;
    private Label status;
    private Label surrogateIcon;
    private Text surrogateStatus;
    private Text problems;
    private Button train;
    private org.eclipse.jface.fieldassist.ControlDecoration nameDecoration;

    public OverviewPage(StudyEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText("Study " + editor.study().getName());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));

        Section general = toolkit.createSection(body, Section.TITLE_BAR);
        general.setText("General");
        general.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite fields = toolkit.createComposite(general);
        fields.setLayout(new GridLayout(2, false));
        general.setClient(fields);
        toolkit.createLabel(fields, "Name:");
        name = toolkit.createText(fields, "", SWT.BORDER);
        GridData nameLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameLayout.widthHint = 200; // a long text must not widen the form beyond the editor
        name.setLayoutData(nameLayout);
        name.setData("hyperlora.id", "study.name");
        nameDecoration = FieldDecorations.create(name);
        toolkit.createLabel(fields, "Description:");
        description = toolkit.createText(fields, "", SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridData descriptionLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        descriptionLayout.heightHint = 60;
        descriptionLayout.widthHint = 200; // wraps at the editor's width instead of widening the form
        description.setLayoutData(descriptionLayout);
        // a change becomes one command when the field is left or Enter is pressed: one undo per edit, not per key
        name.addListener(SWT.FocusOut, e -> editor.set(editor.study(), Literals.STUDY__NAME, name.getText()));
        name.addListener(SWT.DefaultSelection, e -> editor.set(editor.study(), Literals.STUDY__NAME, name.getText()));
        description.addListener(SWT.FocusOut,
                e -> editor.set(editor.study(), Literals.STUDY__DESCRIPTION, description.getText()));

        Section trained = toolkit.createSection(body, Section.TITLE_BAR);
        trained.setText("Trained Surrogate");
        trained.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite surrogateRow = toolkit.createComposite(trained);
        surrogateRow.setLayout(new GridLayout(2, false));
        trained.setClient(surrogateRow);
        surrogateIcon = toolkit.createLabel(surrogateRow, "");
        surrogateIcon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        // a read-only text wraps at the editor's width whatever the form's layout asks (a wrapping label in a
        // scrolled form takes one line and is cut)
        surrogateStatus = toolkit.createText(surrogateRow, "", SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        GridData statusLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusLayout.widthHint = 200;
        statusLayout.heightHint = 4 * surrogateStatus.getLineHeight();
        surrogateStatus.setLayoutData(statusLayout);
        surrogateStatus.setData("hyperlora.id", "study.surrogate");

        Section validation = toolkit.createSection(body, Section.TITLE_BAR);
        validation.setText("Validation");
        validation.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite checks = toolkit.createComposite(validation);
        checks.setLayout(new GridLayout(2, false));
        validation.setClient(checks);
        status = toolkit.createLabel(checks, "");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite buttons = toolkit.createComposite(checks);
        buttons.setLayout(new GridLayout(4, false));
        Button validate = toolkit.createButton(buttons, "Validate", SWT.PUSH);
        validate.addListener(SWT.Selection, e -> refresh());
        validate.setToolTipText("The study is validated after every change; problems are also in the Problems view"
                + " for studies in the workspace");
        train = toolkit.createButton(buttons, "Train (quick)", SWT.PUSH);
        train.setToolTipText("Trains a small version of the study (a minute or less) as a job; the results come back"
                + " as one undoable change");
        train.addListener(SWT.Selection, e -> train(TrainingProfile.QUICK));
        Button trainFull = toolkit.createButton(buttons, "Train", SWT.PUSH);
        trainFull.setToolTipText("Trains with the study's own settings (minutes to tens of minutes) as a job");
        trainFull.addListener(SWT.Selection, e -> train(TrainingProfile.STUDY));
        Button explore = toolkit.createButton(buttons, "Open Explorer", SWT.PUSH);
        explore.setToolTipText("Solutions for any parameter value: sliders, heat maps, the reference and the error");
        explore.addListener(SWT.Selection, e -> openExplorer());
        problems = toolkit.createText(checks, "", SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
        GridData problemsLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        problemsLayout.heightHint = 160;
        problems.setLayoutData(problemsLayout);
        editor.onModelChange(this::refresh);
        refresh();
    }

    /**
     * Trains the study as it is now in a job (Progress view: stage, step, loss, cancel); the results come back
     * through this editor's command stack on the UI thread. Unsaved edits are trained as shown.
     */
    public TrainingJob train(TrainingProfile profile) {
        var display = getSite().getShell().getDisplay();
        TrainingMonitorStartup.install(); // the monitor opens even if the early start-up is disabled
        TrainingRun run = new TrainingRun(editor.study(), editor.file(),
                TrainingOptions.defaults().withProfile(profile), new RunEvents(editor.study().getName()));
        TrainingJob job = new TrainingJob(editor.study(), run, editor.getEditingDomain(), display::syncExec);
        // (if the editor closes during the training, the job stores the results in the file instead)
        job.schedule();
        return job;
    }

    /** Opens the surrogate explorer on this study. */
    public SurrogateExplorerView openExplorer() {
        try {
            return SurrogateExplorerView.open(getSite().getPage(), editor);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Explorer", "The explorer could not open: " + e.getMessage());
            return null;
        }
    }

    /** Shows the model's values and the validator's problems. */
    void refresh() {
        if (name == null || name.isDisposed()) {
            return;
        }
        Study study = editor.study();
        setIfDifferent(name, study.getName());
        setIfDifferent(description, study.getDescription());
        getManagedForm().getForm().setText("Study " + study.getName());
        Diagnostic diagnostic = editor.diagnostic();
        List<Diagnostic> found = editor.problems();
        long errors = found.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
        status.setText(found.isEmpty() ? "The study is valid." : errors + " error(s), " + (found.size() - errors)
                + " warning(s)");
        problems.setText(StudyFiles.format(diagnostic));
        showSurrogate(study);
        FieldDecorations.show(nameDecoration, editor.problemsOf(study, Literals.STUDY__NAME));
        status.getParent().layout();
    }

    /** Whether solves come from the trained surrogate, and if not why (never trained, damaged, out of date, ...). */
    private void showSurrogate(Study study) {
        Optional<SurrogateStatus> trained = SurrogateStatus.ofTrained(study, editor.file());
        String text;
        String icon = Dialog.DLG_IMG_MESSAGE_WARNING;
        String next = " Until then solves come from the next solver (the exact reference, or a PINN trained for each"
                + " value), which says so.";
        if (trained.isEmpty()) {
            text = "Not trained yet: solves come from the exact reference, if the study has one, or from a PINN"
                    + " trained for each value. Train (quick) tries the study out in a minute or less.";
            icon = Dialog.DLG_IMG_MESSAGE_INFO;
        } else {
            SurrogateStatus status = trained.get();
            String name = status.file() == null ? "the surrogate" : status.file().getFileName().toString();
            text = switch (status.state()) {
            case CURRENT -> "Current: solves inside the trained range come from " + name + ", trained from the study's"
                    + " present settings.";
            case MISSING -> "Missing: " + name + " is gone (moved or deleted?). Train the study again." + next;
            case DAMAGED -> "Damaged: " + name + " does not read as a surrogate. Train the study again." + next;
            case FOREIGN -> "Another study's: " + name + " was trained for other coordinates, fields or parameters."
                    + " Train the study again." + next;
            case OUT_OF_DATE -> "Out of date: the study's settings changed since " + name + " was trained. Train"
                    + " again, or undo the change." + next;
            };
            if (status.current()) {
                icon = null;
            }
            surrogateStatus.setToolTipText(status.current() ? status.file().toString() : status.reason());
        }
        if (!text.equals(surrogateStatus.getText())) {
            surrogateStatus.setText(text);
            surrogateIcon.setImage(icon == null ? null : JFaceResources.getImage(icon));
            surrogateIcon.getParent().layout(true);
        }
    }

    /** The trained-surrogate line of the dashboard (tests read it). */
    Text surrogateText() {
        return surrogateStatus;
    }

    private static void setIfDifferent(Text text, String value) {
        String shown = value == null ? "" : value;
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }

    /** The validation status line (the self-test reads it in an installed workbench). */
    public Label statusLabel() {
        return status;
    }
}
