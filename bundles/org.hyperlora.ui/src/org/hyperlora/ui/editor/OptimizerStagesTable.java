package org.hyperlora.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.hyperlora.model.HyperloraFactory;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.OptimizerKind;
import org.hyperlora.model.OptimizerStage;

/**
 * The optimizer stages of a training plan (e.g. Adam then L-BFGS) as a table: optimizer, iterations and learning rate
 * edited in place, stages added, removed and moved with buttons; each change one command. Bad numbers are refused with
 * a form message.
 */
final class OptimizerStagesTable {

    private final StudyEditor editor;
    private final IManagedForm form;
    private final Supplier<? extends EObject> owner;
    private final EReference stages;
    private final TableViewer viewer;
    private final Composite body;

    OptimizerStagesTable(StudyEditor editor, IManagedForm form, FormToolkit toolkit, Composite parent,
            Supplier<? extends EObject> owner, EReference stages) {
        this.editor = editor;
        this.form = form;
        this.owner = owner;
        this.stages = stages;
        body = toolkit.createComposite(parent);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        Table table = toolkit.createTable(body, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        tableLayout.heightHint = 70;
        table.setLayoutData(tableLayout);
        table.setData("hyperlora.stages", stages.getName());
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Optimizer", 90, Literals.OPTIMIZER_STAGE__OPTIMIZER);
        column("Iterations", 80, Literals.OPTIMIZER_STAGE__ITERATIONS);
        column("Learning rate", 100, Literals.OPTIMIZER_STAGE__LEARNING_RATE);

        Composite buttons = toolkit.createComposite(body);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(toolkit, buttons, "Add", this::add);
        button(toolkit, buttons, "Remove", () -> {
            if (!selected().isEmpty()) { // the selected stages go as one command: one undo brings them back
                editor.getEditingDomain().getCommandStack().execute(RemoveCommand.create(editor.getEditingDomain(),
                        owner.get(), stages, selected()));
            }
        });
        button(toolkit, buttons, "Up", () -> move(-1));
        button(toolkit, buttons, "Down", () -> move(+1));
    }

    private static void button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    @SuppressWarnings("unchecked")
    private EList<OptimizerStage> list() {
        return (EList<OptimizerStage>) owner.get().eGet(stages);
    }

    private List<OptimizerStage> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(OptimizerStage.class::cast).toList();
    }

    /** Appends a stage like the last one (or 1000 Adam steps at 1e-3 for an empty plan). */
    void add() {
        OptimizerStage stage = HyperloraFactory.eINSTANCE.createOptimizerStage();
        List<OptimizerStage> current = list();
        if (current.isEmpty()) {
            stage.setOptimizer(OptimizerKind.ADAM);
            stage.setIterations(1000);
            stage.setLearningRate(1e-3);
        } else {
            OptimizerStage last = current.get(current.size() - 1);
            stage.setOptimizer(last.getOptimizer());
            stage.setIterations(last.getIterations());
            stage.setLearningRate(last.getLearningRate());
        }
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(), owner.get(),
                stages, stage));
    }

    private void move(int by) {
        List<OptimizerStage> chosen = selected();
        if (chosen.size() != 1) {
            return;
        }
        int to = list().indexOf(chosen.get(0)) + by;
        if (to >= 0 && to < list().size()) {
            editor.getEditingDomain().getCommandStack().execute(MoveCommand.create(editor.getEditingDomain(),
                    owner.get(), stages, chosen.get(0), to));
        }
    }

    private void column(String title, int width, EAttribute attribute) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ((EObject) element).eGet(attribute);
                return value instanceof OptimizerKind kind ? kind.getLiteral() : AttributeForm.show(value);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                var problems = editor.problemsOf((EObject) element, attribute);
                return problems.isEmpty() ? null : FieldDecorations.image(problems);
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            private final CellEditor cellEditor = attribute == Literals.OPTIMIZER_STAGE__OPTIMIZER
                    ? new ComboBoxCellEditor(viewer.getTable(), OptimizerKind.VALUES.stream()
                            .map(OptimizerKind::getLiteral).toArray(String[]::new), SWT.READ_ONLY)
                    : new TextCellEditor(viewer.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return cellEditor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Object value = ((EObject) element).eGet(attribute);
                return value instanceof OptimizerKind kind ? kind.getValue() : AttributeForm.show(value);
            }

            @Override
            protected void setValue(Object element, Object value) {
                if (value instanceof Integer index && attribute == Literals.OPTIMIZER_STAGE__OPTIMIZER) {
                    if (index >= 0 && index < OptimizerKind.VALUES.size()) {
                        editor.set((EObject) element, attribute, OptimizerKind.VALUES.get(index));
                    }
                    return;
                }
                setText((EObject) element, attribute, String.valueOf(value));
            }
        });
    }

    /** Sets a number typed into a cell; refuses one that does not parse with a message on the form. */
    void setText(EObject stage, EAttribute attribute, String text) {
        AttributeForm.setTyped(editor, form, this, stage, attribute, text);
    }

    void refresh() {
        if (!viewer.getTable().isDisposed()) {
            viewer.setInput(list().toArray());
        }
    }

    /** Greys the table and its buttons out when the study's method does not use these stages (and back). */
    void setApplies(boolean applies) {
        if (!body.isDisposed()) {
            setEnabled(body, applies);
        }
    }

    private static void setEnabled(org.eclipse.swt.widgets.Control control, boolean enabled) {
        control.setEnabled(enabled);
        if (control instanceof Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                setEnabled(child, enabled);
            }
        }
    }

    TableViewer viewer() {
        return viewer;
    }
}
