package org.hyperlora.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.hyperlora.model.Study;
import org.hyperlora.model.io.StudyFileException;
import org.hyperlora.model.io.StudyFiles;
import org.hyperlora.model.provider.HyperloraItemProviderAdapterFactory;
import org.hyperlora.runner.OpenStudies;

/**
 * The multi-page editor of a {@code .hyperlora} study. Every change goes through the EMF command stack of one
 * editing domain: undo and redo, the dirty marker and saving follow it. Pages refresh when the stack changes.
 */
public class StudyEditor extends FormEditor implements IEditingDomainProvider {

    public static final String ID = "org.hyperlora.ui.studyEditor";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Study study;
    private Path file;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private Diagnostic diagnostic;
    private List<Diagnostic> problems = List.of();
    private Runnable unregisterOpenStudy = () -> {
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        file = fileOf(input);
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new HyperloraItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        try {
            study = StudyFiles.load(file, domain.getResourceSet());
        } catch (StudyFileException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        stack.addCommandStackListener(stackListener);
        setPartName(file.getFileName().toString());
        Display display = site.getShell().getDisplay();
        unregisterOpenStudy = OpenStudies.register(file, study, domain, display::syncExec);
        validate();
    }

    /** Validates the model as it is now and shows the problems as markers (for a file in the workspace). */
    private void validate() {
        diagnostic = StudyFiles.validate(study);
        problems = StudyFiles.problems(diagnostic);
        IFile workspaceFile = workspaceFile();
        if (workspaceFile != null) {
            ProblemMarkers.update(workspaceFile, problems);
        }
    }

    private IFile workspaceFile() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    /** The validation of the model as it is now (after the last change). */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The problems (errors, warnings) of the model as it is now. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** The problems about this feature of this object (for decorations next to its field). */
    public List<Diagnostic> problemsOf(EObject object, EStructuralFeature feature) {
        return problems.stream().filter(p -> StudyFiles.objectOf(p) == object && (feature == null
                || p.getData().size() > 1 && p.getData().get(1) == feature)).toList();
    }

    /** Opens the marker's object: the Model page with it selected. */
    public void gotoMarker(IMarker marker) {
        String fragment = marker.getAttribute(ProblemMarkers.OBJECT, "");
        EObject object = fragment.isEmpty() || study.eResource() == null ? null
                : study.eResource().getEObject(fragment);
        ModelTreePage tree = (ModelTreePage) setActivePage(ModelTreePage.ID);
        if (tree != null && object != null) {
            tree.select(object);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast((IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(adapter);
    }

    /** The file behind a workspace file, a file opened from outside the workspace, or a URI. */
    static Path fileOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput) {
            IFile resource = fileInput.getFile();
            if (resource.getLocation() != null) {
                return resource.getLocation().toFile().toPath();
            }
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException("The study editor opens files on disk; '" + input.getName() + "' is not one");
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
            addPage(new PdePage(this));
            addPage(new DomainPage(this));
            addPage(new MethodPage(this));
            addPage(new ResultsPage(this));
            addPage(new ModelTreePage(this));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (getContainer() == null || getContainer().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            validate();
            refreshers.forEach(Runnable::run);
        });
    }

    /** Pages register what to redraw after a change (an edit, an undo, a redo). */
    void onModelChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    /** Sets a feature through the command stack (undoable); false if the value is already there or refused. */
    public boolean set(EObject owner, EStructuralFeature feature, Object value) {
        Object current = owner.eGet(feature);
        if (current == null ? value == null : current.equals(value)) {
            return false;
        }
        Command command = SetCommand.create(domain, owner, feature, value);
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    public Study study() {
        return study;
    }

    public Path file() {
        return file;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
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
            StudyFiles.save(study, file);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
        } catch (StudyFileException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // one study, one file: Save As would have to move the artifacts too
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        unregisterOpenStudy.run();
        IFile workspaceFile = domain == null ? null : workspaceFile();
        if (workspaceFile != null && isDirty()) {
            // the edits are dropped: the markers go back to what the file on disk has
            try {
                ProblemMarkers.update(workspaceFile, StudyFiles.problems(StudyFiles.validate(StudyFiles.load(file))));
            } catch (StudyFileException e) {
                ProblemMarkers.update(workspaceFile, List.of(new org.eclipse.emf.common.util.BasicDiagnostic(
                        Diagnostic.ERROR, "org.hyperlora.model", 0, e.getMessage(), new Object[0])));
            }
        }
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }
}
