package org.hyperlora.ui.editor;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.hyperlora.engine.pde.ExpressionException;
import org.hyperlora.engine.pde.SymbolTable;
import org.hyperlora.model.Equation;
import org.hyperlora.model.HyperloraPackage.Literals;
import org.hyperlora.model.mapping.FamilyNames;

/**
 * The PDE: coordinates (with their ranges) and fields, the parameter table (names, units, ranges, scale) and the
 * equations, each checked against the family's names as it is typed, with a readable preview.
 */
public class PdePage extends FormPage {

    public static final String ID = "org.hyperlora.ui.pde";

    private final StudyEditor editor;
    TableViewer coordinates;
    TableViewer fields;
    TableViewer parameters;
    TableViewer equations;
    Label equationCheck;

    public PdePage(StudyEditor editor) {
        super(editor, ID, "PDE");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText("PDE family " + editor.study().getFamily().getName());
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout(1, false));

        Composite namesRow = toolkit.createComposite(body);
        GridLayout namesLayout = new GridLayout(2, true);
        namesLayout.marginWidth = 0;
        namesRow.setLayout(namesLayout);
        namesRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        coordinates = table(toolkit, namesRow, "Coordinates", "The domain: a range per coordinate; one may be time.");
        column(coordinates, "Name", 70, Literals.SYMBOL__NAME);
        column(coordinates, "Lower", 90, Literals.COORDINATE__LOWER);
        column(coordinates, "Upper", 90, Literals.COORDINATE__UPPER);
        column(coordinates, "Time", 50, Literals.COORDINATE__TIME);
        fields = table(toolkit, namesRow, "Fields", "The unknowns the network predicts.");
        column(fields, "Name", 70, Literals.SYMBOL__NAME);
        column(fields, "Description", 260, Literals.SYMBOL__DESCRIPTION);

        Section parameterSection = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        parameterSection.setText("Parameters");
        parameterSection.setDescription("The values the surrogate is trained across; double-click a cell to edit.");
        parameterSection.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Table table = toolkit.createTable(parameterSection, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        parameterSection.setClient(table);
        parameters = new TableViewer(table);
        parameters.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(parameters);
        column(parameters, "Name", 90, Literals.SYMBOL__NAME);
        column(parameters, "Unit", 70, Literals.PARAMETER__UNIT);
        column(parameters, "Lower", 100, Literals.PARAMETER__LOWER);
        column(parameters, "Upper", 100, Literals.PARAMETER__UPPER);
        column(parameters, "Scale", 70, Literals.PARAMETER__SCALE);
        parameters.setInput(editor.study().getFamily().getParameters().toArray());

        Section equationSection = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        equationSection.setText("Equations");
        equationSection.setDescription("Residuals, zero where the PDE holds; checked against the family's names.");
        equationSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite equationBody = toolkit.createComposite(equationSection);
        equationBody.setLayout(new GridLayout(1, false));
        equationSection.setClient(equationBody);
        Table equationTable = toolkit.createTable(equationBody, SWT.FULL_SELECTION | SWT.BORDER);
        equationTable.setHeaderVisible(true);
        equationTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        equations = new TableViewer(equationTable);
        equations.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(equations);
        column(equations, "Name", 120, Literals.EQUATION__NAME);
        column(equations, "Residual", 420, Literals.EQUATION__RESIDUAL);
        column(equations, "Weight", 70, Literals.EQUATION__WEIGHT);
        equations.setInput(editor.study().getFamily().getEquations().toArray());
        equationCheck = toolkit.createLabel(equationBody, "", SWT.WRAP);
        equationCheck.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        editor.onModelChange(this::refresh);
        refresh();
    }

    private static TableViewer table(FormToolkit toolkit, Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
        Table table = toolkit.createTable(section, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        section.setClient(table);
        TableViewer viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        return viewer;
    }

    private void column(TableViewer viewer, String title, int width, EAttribute attribute) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ((org.eclipse.emf.ecore.EObject) element).eGet(attribute);
                return AttributeForm.show(value);
            }

            // the validator's problems about this cell's value: a sign in the cell, the messages on hover
            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                var problems = editor.problemsOf((org.eclipse.emf.ecore.EObject) element, attribute);
                return problems.isEmpty() ? null : FieldDecorations.image(problems);
            }

            @Override
            public String getToolTipText(Object element) {
                var problems = editor.problemsOf((org.eclipse.emf.ecore.EObject) element, attribute);
                return problems.isEmpty() ? null : String.join("\n", problems.stream()
                        .map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList());
            }
        });
        if (attribute.getEAttributeType().getInstanceClass() == String.class
                || attribute.getEAttributeType().getInstanceClass() == double.class) {
            column.setEditingSupport(new AttributeEditing(viewer, attribute));
        }
    }

    /** Edits a text or number attribute through the command stack; a bad number is refused with the reason. */
    private final class AttributeEditing extends EditingSupport {
        private final EAttribute attribute;
        private final TextCellEditor cellEditor;

        AttributeEditing(TableViewer viewer, EAttribute attribute) {
            super(viewer);
            this.attribute = attribute;
            this.cellEditor = new TextCellEditor(viewer.getTable());
            if (attribute == Literals.EQUATION__RESIDUAL) {
                // checked as it is typed: the preview or the parse error (with its column) under the table
                cellEditor.getControl().addListener(SWT.Modify, e -> equationCheck.setText("typing: "
                        + check(((org.eclipse.swt.widgets.Text) cellEditor.getControl()).getText())));
            }
        }

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
            return AttributeForm.show(((org.eclipse.emf.ecore.EObject) element).eGet(attribute));
        }

        @Override
        protected void setValue(Object element, Object value) {
            AttributeForm.setTyped(editor, getManagedForm(), attribute, (org.eclipse.emf.ecore.EObject) element,
                    attribute, String.valueOf(value));
        }
    }

    /** Redraws from the model and checks every residual against the family's names. */
    void refresh() {
        if (parameters == null || parameters.getTable().isDisposed()) {
            return;
        }
        coordinates.setInput(editor.study().getFamily().getCoordinates().toArray());
        fields.setInput(editor.study().getFamily().getFields().toArray());
        parameters.setInput(editor.study().getFamily().getParameters().toArray());
        equations.setInput(editor.study().getFamily().getEquations().toArray());
        StringBuilder check = new StringBuilder();
        SymbolTable symbols = symbols();
        for (Equation equation : editor.study().getFamily().getEquations()) {
            if (symbols == null) {
                check.append("names of coordinates, fields or parameters are invalid: see the Overview\n");
                break;
            }
            try {
                check.append(equation.getName()).append(": ").append(symbols.parse(equation.getResidual()).format())
                        .append('\n');
            } catch (ExpressionException e) {
                check.append(equation.getName()).append(": ").append(e.getMessage()).append('\n');
            } catch (IllegalArgumentException e) {
                check.append(equation.getName()).append(": ").append(e.getMessage()).append('\n');
            }
        }
        equationCheck.setText(check.toString().strip());
        equationCheck.getParent().layout();
    }

    /** The residual as the engine reads it, or why it cannot be read. */
    String check(String residual) {
        SymbolTable symbols = symbols();
        if (symbols == null) {
            return "names of coordinates, fields or parameters are invalid: see the Overview";
        }
        try {
            return symbols.parse(residual).format();
        } catch (IllegalArgumentException e) { // ExpressionException is one
            return e.getMessage();
        }
    }

    private SymbolTable symbols() {
        try {
            return FamilyNames.of(editor.study().getFamily()).symbols();
        } catch (RuntimeException e) { // no family, an unnamed or invalid symbol
            return null;
        }
    }
}
