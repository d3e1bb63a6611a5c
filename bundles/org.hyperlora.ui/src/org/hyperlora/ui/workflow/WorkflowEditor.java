package org.hyperlora.ui.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.mapping.FamilyNames;
import org.hyperlora.ui.editor.ProblemMarkers;
import org.hyperlora.workflow.ContributedStep;
import org.hyperlora.workflow.Property;
import org.hyperlora.workflow.SolverStep;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.StudyStep;
import org.hyperlora.workflow.TrainStep;
import org.hyperlora.workflow.Workflow;
import org.hyperlora.workflow.WorkflowFactory;
import org.hyperlora.workflow.WorkflowPackage;
import org.hyperlora.workflow.io.StepTexts;
import org.hyperlora.workflow.io.WorkflowFileException;
import org.hyperlora.workflow.io.WorkflowFiles;
import org.hyperlora.workflow.run.StepKind;
import org.hyperlora.workflow.run.StepKinds;
import org.hyperlora.workflow.run.WorkflowProblem;
import org.hyperlora.workflow.run.WorkflowRunner;

/**
 * The editor of a {@code .hlflow} workflow: a palette of the step kinds contributed to
 * {@code org.hyperlora.workflow.steps} (contributed kinds too), the steps drawn as blocks in order with links where a
 * step reads what an earlier one writes ({@link WorkflowDiagram}), and the selected step's settings as typed fields
 * ({@link StepPropertiesPanel}). Add, remove, move up or down and duplicate from the toolbar; every change goes
 * through one EMF command stack (undo, redo, the dirty marker, save). After each change the workflow is validated as
 * the runner validates it before a run: the problems show as signs on the blocks, in the panel, and (for a file in
 * the workspace) as markers in the Problems view that select their step when opened.
 */
public class WorkflowEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.hyperlora.ui.workflowEditor";
    /** The marker type of workflow problems. */
    public static final String MARKER = "org.hyperlora.ui.workflowProblem";
    /** The step number (1-based) a marker is about; 0 for the whole workflow. */
    public static final String STEP = "org.hyperlora.step";

    private static final Map<String, RGB> BANDS = Map.of("TrainStep", new RGB(230, 140, 40), "SolveStep",
            new RGB(60, 120, 200), "SweepStep", new RGB(40, 160, 150), "CompareStep", new RGB(140, 90, 180),
            "CalibrateStep", new RGB(70, 160, 70), "OptimizeStep", new RGB(200, 70, 70), "UncertaintyStep",
            new RGB(160, 110, 60), "ExportStep", new RGB(120, 120, 120));

    private Path file;
    private Workflow workflow;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final WorkflowRunner runner = new WorkflowRunner();
    private WorkflowRunner.Validation validation = new WorkflowRunner.Validation(List.of(), List.of());
    private Table palette;
    private WorkflowDiagram diagram;
    private ScrolledComposite diagramScroller;
    private StepPropertiesPanel properties;
    private Label status;
    private final Map<Path, StepTexts.Names> namesCache = new HashMap<>();
    private List<WorkflowProblem> shownProblems = List.of();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        file = fileOf(input);
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        try {
            workflow = WorkflowFiles.load(file, domain.getResourceSet());
        } catch (WorkflowFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        stack.addCommandStackListener(stackListener);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    static Path fileOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException("The workflow editor opens files on disk; '" + input.getName() + "' is not one");
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        ToolBar tools = new ToolBar(root, SWT.FLAT | SWT.RIGHT);
        tool(tools, "Add", "Add the palette's selected step kind after the selected step", this::addFromPalette);
        tool(tools, "Remove", "Remove the selected step", this::removeSelected);
        tool(tools, "Move Up", "Run the selected step one place earlier", () -> moveSelected(-1));
        tool(tools, "Move Down", "Run the selected step one place later", () -> moveSelected(1));
        tool(tools, "Duplicate", "Add a copy of the selected step after it", this::duplicateSelected);
        new ToolItem(tools, SWT.SEPARATOR);
        tool(tools, "Run", "Save and run the workflow (Run As > HyperLoRA Workflow)", this::runWorkflow);
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = new Composite(sash, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        Label paletteTitle = new Label(left, SWT.NONE);
        paletteTitle.setText("Step kinds:");
        paletteTitle.setToolTipText("Double-click a kind (or select it and press Add) to add a step after the"
                + " selected one");
        palette = new Table(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (StepKind kind : paletteOrder(StepKinds.registry().kinds())) {
            TableItem item = new TableItem(palette, SWT.NONE);
            item.setText(kind.name() + (kind.modelClass() == null ? "  (" + kind.contributor() + ")" : ""));
            item.setData(kind);
        }
        palette.addListener(SWT.MouseHover, e -> {
            TableItem item = palette.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            palette.setToolTipText(item == null ? null : ((StepKind) item.getData()).description());
        });
        palette.addListener(SWT.DefaultSelection, e -> addFromPalette());

        diagramScroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        diagram = new WorkflowDiagram(diagramScroller);
        diagramScroller.setContent(diagram);
        diagram.onSelection(index -> showProperties());

        properties = new StepPropertiesPanel(sash, new StepPropertiesPanel.Editing() {
            @Override
            public void set(EObject owner, EStructuralFeature feature, Object value) {
                WorkflowEditor.this.set(owner, feature, value);
            }

            @Override
            public void setContents(EObject owner, EReference reference, Collection<EObject> contents) {
                WorkflowEditor.this.setContents(owner, reference, contents);
            }

            @Override
            public StepTexts.Names namesOf(Step step) {
                return WorkflowEditor.this.namesOf(step);
            }
        });
        sash.setWeights(18, 46, 36);
        refresh();
        if (!workflow.getSteps().isEmpty()) {
            diagram.select(0, true);
        }
    }

    /** The built-in kinds in the order a workflow uses them, then contributed kinds by name. */
    static List<StepKind> paletteOrder(List<StepKind> kinds) {
        List<String> pipeline = List.of("train", "solve", "sweep", "compare", "calibrate", "optimize", "uncertainty",
                "export");
        List<StepKind> ordered = new ArrayList<>(kinds);
        ordered.sort(java.util.Comparator.comparingInt((StepKind kind) -> {
            int at = kind.id().startsWith("org.hyperlora.workflow.")
                    ? pipeline.indexOf(kind.id().substring("org.hyperlora.workflow.".length())) : -1;
            return at < 0 ? pipeline.size() : at;
        }).thenComparing(StepKind::name));
        return ordered;
    }

    private void tool(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> {
            commitTyping();
            action.run();
        });
    }

    /**
     * Applies what is being typed in a settings field (tool items do not take the focus, so the field would not be
     * left): a Run must not save and launch without it.
     */
    void commitTyping() {
        if (properties != null && diagram.getDisplay().getFocusControl() != null
                && properties.owns(diagram.getDisplay().getFocusControl())) {
            diagram.forceFocus();
        }
    }

    // ---- model changes, all through the command stack ----

    /** Sets a feature (undoable); an unsettable feature given null is unset. */
    void set(EObject owner, EStructuralFeature feature, Object value) {
        Object current = owner.eGet(feature);
        boolean unset = value == null && feature.isUnsettable();
        if (unset ? !owner.eIsSet(feature) : current == null ? value == null : current.equals(value)) {
            return;
        }
        Command command = SetCommand.create(domain, owner, feature, unset ? SetCommand.UNSET_VALUE : value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Replaces a containment's contents (undoable). */
    void setContents(EObject owner, EReference reference, Collection<EObject> contents) {
        Object value = reference.isMany() ? contents : contents.isEmpty() ? null : contents.iterator().next();
        Command command = SetCommand.create(domain, owner, reference, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** Adds a new step of the kind after the selected step (or at the end); returns it. */
    public Step add(StepKind kind) {
        Step step = newStep(kind);
        int at = diagram.selected() < 0 ? workflow.getSteps().size() : diagram.selected() + 1;
        domain.getCommandStack().execute(AddCommand.create(domain, workflow, WorkflowPackage.Literals.WORKFLOW__STEPS,
                step, at));
        refresh(); // the blocks now include the new step, so it can be selected (also at the end)
        diagram.select(at, true);
        return step;
    }

    private void addFromPalette() {
        commitTyping();
        int index = palette.getSelectionIndex();
        if (index < 0) {
            status.setText("Choose a step kind in the palette first.");
            return;
        }
        add((StepKind) palette.getItem(index).getData());
    }

    /** A step of a kind with sensible starting values: a name, the study of the step before, an output file. */
    Step newStep(StepKind kind) {
        Step step;
        if (kind.modelClass() == null) {
            ContributedStep contributed = WorkflowFactory.eINSTANCE.createContributedStep();
            contributed.setKind(kind.id());
            for (StepKind.PropertySpec spec : kind.properties()) {
                Property property = WorkflowFactory.eINSTANCE.createProperty();
                property.setKey(spec.name());
                property.setValue("");
                contributed.getProperties().add(property);
            }
            step = contributed;
        } else {
            int hash = kind.modelClass().indexOf('#');
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(kind.modelClass().substring(0, hash));
            EClass eClass = (EClass) ePackage.getEClassifier(kind.modelClass().substring(hash + 1));
            step = (Step) EcoreUtil.create(eClass);
        }
        int number = workflow.getSteps().size() + 1;
        String base = kind.name().toLowerCase(java.util.Locale.ROOT);
        String name = base;
        for (int k = 2; nameTaken(name); k++) {
            name = base + " " + k;
        }
        step.setName(name);
        if (step instanceof StudyStep studyStep) {
            String study = null;
            for (int i = Math.min(diagram.selected(), workflow.getSteps().size() - 1); i >= 0 && study == null; i--) {
                if (workflow.getSteps().get(i) instanceof StudyStep before) {
                    study = before.getStudy();
                }
            }
            studyStep.setStudy(study);
        }
        if (step instanceof SolverStep solverStep) {
            solverStep.setOutput(base.replace(' ', '-') + "-" + number + ".csv");
        }
        return step;
    }

    private boolean nameTaken(String name) {
        return workflow.getSteps().stream().anyMatch(s -> name.equals(s.getName()));
    }

    public void removeSelected() {
        Step step = selectedStep();
        if (step == null) {
            return;
        }
        int index = diagram.selected();
        domain.getCommandStack().execute(RemoveCommand.create(domain, workflow,
                WorkflowPackage.Literals.WORKFLOW__STEPS, step));
        refresh();
        diagram.select(Math.min(index, workflow.getSteps().size() - 1), true);
    }

    public void moveSelected(int by) {
        Step step = selectedStep();
        int to = diagram.selected() + by;
        if (step == null || to < 0 || to >= workflow.getSteps().size()) {
            return;
        }
        domain.getCommandStack().execute(MoveCommand.create(domain, workflow, WorkflowPackage.Literals.WORKFLOW__STEPS,
                step, to));
        refresh();
        diagram.select(to, true);
    }

    public void duplicateSelected() {
        Step step = selectedStep();
        if (step == null) {
            return;
        }
        Step copy = EcoreUtil.copy(step);
        String name = step.getName() + " (copy)";
        for (int k = 2; nameTaken(name); k++) {
            name = step.getName() + " (copy " + k + ")";
        }
        copy.setName(name);
        int at = diagram.selected() + 1;
        domain.getCommandStack().execute(AddCommand.create(domain, workflow, WorkflowPackage.Literals.WORKFLOW__STEPS,
                copy, at));
        refresh();
        diagram.select(at, true);
    }

    private void runWorkflow() {
        if (isDirty()) {
            doSave(null);
        }
        WorkflowLaunchShortcut.launch(file, "run");
    }

    private Step selectedStep() {
        int index = diagram.selected();
        return index < 0 || index >= workflow.getSteps().size() ? null : workflow.getSteps().get(index);
    }

    /** Selects a step (0-based) as a click on its block does. */
    public void select(int index) {
        diagram.select(index, true);
    }

    // ---- what is shown ----

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (diagram == null || diagram.isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            namesCache.clear();
            refresh();
        });
    }

    /** Validates, redraws the blocks and links, refreshes the panel and the markers. */
    void refresh() {
        validation = runner.check(workflow, file);
        List<WorkflowDiagram.Block> blocks = new ArrayList<>();
        for (int i = 0; i < workflow.getSteps().size(); i++) {
            Step step = workflow.getSteps().get(i);
            int number = i + 1;
            int errors = (int) validation.problems().stream().filter(p -> p.step() == number && p.isError()).count();
            int warnings = (int) validation.problems().stream().filter(p -> p.step() == number && !p.isError())
                    .count();
            String kind = runner.kinds().kindOf(step).map(StepKind::name).orElse(step.eClass().getName());
            String study = step instanceof StudyStep studyStep && studyStep.getStudy() != null ? studyStep.getStudy()
                    : "";
            String output = step instanceof SolverStep solverStep && solverStep.getOutput() != null
                    ? solverStep.getOutput() : "";
            blocks.add(new WorkflowDiagram.Block(kind, step.getName() == null ? "" : step.getName(), study, output,
                    errors, warnings, BANDS.getOrDefault(step.eClass().getName(), new RGB(90, 90, 90))));
        }
        diagram.show(blocks, links());
        diagram.setSize(diagram.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        long errors = validation.problems().stream().filter(WorkflowProblem::isError).count();
        long warnings = validation.problems().size() - errors;
        status.setText(workflow.getSteps().size() + " steps; " + (errors + warnings == 0 ? "no problems"
                : errors + " errors, " + warnings + " warnings") + (isDirty() ? " (unsaved)" : ""));
        showProperties();
        updateMarkers();
    }

    /**
     * Shows the selected step's settings: rebuilt for another step or other problems, otherwise only the values
     * (so that Tab from one field to the next keeps the focus while the last one is applied).
     */
    private void showProperties() {
        Step step = selectedStep();
        int number = diagram.selected() + 1;
        List<WorkflowProblem> problems = validation.problems().stream().filter(p -> p.step() == number).toList();
        if (step != null && step == properties.step() && problems.equals(shownProblems)) {
            properties.refresh();
            return;
        }
        shownProblems = problems;
        properties.show(step, step == null ? null : runner.kinds().kindOf(step).orElse(null), problems);
    }

    /** Links from a step to each later step that reads a file it writes, or the study it trains. */
    List<WorkflowDiagram.Link> links() {
        List<WorkflowDiagram.Link> links = new ArrayList<>();
        List<WorkflowRunner.StepFiles> files = validation.files();
        for (int j = 0; j < files.size(); j++) {
            for (Path input : files.get(j).inputs()) {
                for (int i = j - 1; i >= 0; i--) {
                    Step writer = workflow.getSteps().get(i);
                    boolean trains = writer instanceof TrainStep train && train.getStudy() != null
                            && resolve(train.getStudy()).map(input::equals).orElse(false);
                    if (files.get(i).outputs().contains(input) || trains) {
                        links.add(new WorkflowDiagram.Link(i, j, trains ? WorkflowDiagram.label(input) + " (trained)"
                                : WorkflowDiagram.label(input)));
                        break; // the latest writer is the one read
                    }
                }
            }
        }
        return links;
    }

    private Optional<Path> resolve(String path) {
        try {
            return Optional.of(file.getParent().resolve(path.trim()).toAbsolutePath().normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The coordinates and fields of a step's study, for its quantities (none when it cannot be read). */
    StepTexts.Names namesOf(Step step) {
        if (!(step instanceof StudyStep studyStep) || studyStep.getStudy() == null || studyStep.getStudy().isBlank()) {
            return StepTexts.Names.NONE;
        }
        Optional<Path> path = resolve(studyStep.getStudy());
        if (path.isEmpty()) {
            return StepTexts.Names.NONE;
        }
        return namesCache.computeIfAbsent(path.get(), p -> {
            try {
                Study study = StudyFiles.load(p);
                FamilyNames names = FamilyNames.of(study.getFamily());
                return names == null ? StepTexts.Names.NONE
                        : new StepTexts.Names(names.coordinates(), names.fields());
            } catch (Exception e) {
                return StepTexts.Names.NONE;
            }
        });
    }

    private void updateMarkers() {
        IFile workspaceFile = getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
        if (workspaceFile == null) {
            return;
        }
        List<Object[]> markers = new ArrayList<>();
        for (WorkflowProblem problem : validation.problems()) {
            markers.add(new Object[] {problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
                    problem.message(), problem.step() == 0 ? "workflow" : "step " + problem.step()
                            + (problem.stepName() == null ? "" : " '" + problem.stepName() + "'"), problem.step()});
        }
        ProblemMarkers.replace(workspaceFile, MARKER, new String[] {IMarker.SEVERITY, IMarker.MESSAGE,
            IMarker.LOCATION, STEP}, markers);
    }

    /** The validation after the last change. */
    public WorkflowRunner.Validation validation() {
        return validation;
    }

    public Workflow workflow() {
        return workflow;
    }

    public Path file() {
        return file;
    }

    WorkflowDiagram diagram() {
        return diagram;
    }

    StepPropertiesPanel properties() {
        return properties;
    }

    Table palette() {
        return palette;
    }

    // ---- the editor part ----

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) marker -> {
                int step = marker.getAttribute(STEP, 0);
                if (step > 0) {
                    select(step - 1);
                }
            });
        }
        return super.getAdapter(adapter);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            WorkflowFiles.save(workflow, file);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            if (getEditorInput() instanceof IFileEditorInput input) {
                input.getFile().refreshLocal(IResource.DEPTH_ZERO, null);
            }
            refresh();
        } catch (WorkflowFileException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // paths in a workflow are relative to its file: a copy elsewhere would name other files
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        diagram.setFocus();
    }

    @Override
    public void dispose() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
