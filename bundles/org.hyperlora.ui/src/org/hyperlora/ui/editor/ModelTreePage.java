package org.hyperlora.ui.editor;

import java.util.Collection;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

/**
 * The raw model as a tree, labelled by the generated item providers. EMF's edit.ui (which has these providers) is
 * not on Maven Central: these two small adapters over the item providers do the same for a tree.
 */
public class ModelTreePage extends FormPage {

    public static final String ID = "org.hyperlora.ui.model";

    private final StudyEditor editor;
    TreeViewer tree;

    public ModelTreePage(StudyEditor editor) {
        super(editor, ID, "Model");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Model");
        managedForm.getForm().getBody().setLayout(new FillLayout());
        tree = new TreeViewer(managedForm.getForm().getBody(), SWT.BORDER);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] {editor.study()};
            }

            @Override
            public Object[] getChildren(Object parent) {
                ITreeItemContentProvider provider = (ITreeItemContentProvider) editor.adapterFactory().adapt(parent,
                        ITreeItemContentProvider.class);
                Collection<?> children = provider == null ? java.util.List.of() : provider.getChildren(parent);
                return children.toArray();
            }

            @Override
            public Object getParent(Object element) {
                ITreeItemContentProvider provider = (ITreeItemContentProvider) editor.adapterFactory().adapt(element,
                        ITreeItemContentProvider.class);
                return provider == null ? null : provider.getParent(element);
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                IItemLabelProvider provider = (IItemLabelProvider) editor.adapterFactory().adapt(element,
                        IItemLabelProvider.class);
                return provider == null ? String.valueOf(element) : provider.getText(element);
            }
        });
        // the input is the editor, not the study: JFace maps the input to the tree itself, so a study that is both
        // input and root element could not be revealed (nor anything under it)
        tree.setInput(editor);
        tree.expandToLevel(2);
        editor.onModelChange(() -> {
            if (!tree.getTree().isDisposed()) {
                tree.refresh();
            }
        });
    }

    /** Shows and selects an object of the study (e.g. the one a problem marker is about). */
    public void select(Object object) {
        if (tree != null && !tree.getTree().isDisposed()) {
            tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(object), true);
        }
    }
}
