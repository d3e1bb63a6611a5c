package org.hyperlora.ui.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hyperlora.solver.SolverContribution;
import org.hyperlora.solver.SurrogateSolvers;
import org.hyperlora.workflow.ContributedStep;
import org.hyperlora.workflow.Step;
import org.hyperlora.workflow.WorkflowPackage;
import org.hyperlora.workflow.io.StepTexts;
import org.hyperlora.workflow.run.StepKind;
import org.hyperlora.workflow.run.WorkflowProblem;

/**
 * The settings of the selected step as typed fields, made from its model class (so a new step kind's settings appear
 * without code here): text for strings, numbers checked as typed (a red field and the reason below it until the text
 * is a number; an unsettable number left empty is unset), check boxes, lists of choices for enumerations and solvers,
 * and one line of text for contained settings ({@link StepTexts}: values, grids, quantities, bounds, distributions).
 * A field's value goes through the editor's command stack when Enter is pressed or the field is left. The step's
 * validation problems are listed at the top.
 */
final class StepPropertiesPanel {

    /** What the panel edits through. */
    interface Editing {
        void set(EObject owner, EStructuralFeature feature, Object value);

        void setContents(EObject owner, EReference reference, Collection<EObject> contents);

        StepTexts.Names namesOf(Step step);
    }

    private final ScrolledComposite scroller;
    private final Composite body;
    private final Editing editing;
    private Step step;
    private final List<Runnable> refreshers = new ArrayList<>();
    /** Field texts by feature name, for the tests and the problems' "where". */
    private final java.util.Map<String, Control> fields = new java.util.LinkedHashMap<>();

    StepPropertiesPanel(Composite parent, Editing editing) {
        this.editing = editing;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        scroller.setContent(body);
        show(null, null, List.of());
    }

    Control control() {
        return scroller;
    }

    Step step() {
        return step;
    }

    /** The field of a feature (a Text, Combo or Button), or null. */
    Control field(String feature) {
        return fields.get(feature);
    }

    /** Whether a control is one of the panel's fields. */
    boolean owns(Control control) {
        for (Control at = control; at != null; at = at.getParent()) {
            if (at == body) {
                return true;
            }
        }
        return false;
    }

    /** Rebuilds the panel for a step (null: none selected). */
    void show(Step newStep, StepKind kind, List<WorkflowProblem> problems) {
        this.step = newStep;
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        refreshers.clear();
        fields.clear();
        if (newStep == null) {
            label("Select a step to edit its settings.", 2);
        } else {
            Label title = label((kind == null ? newStep.eClass().getName() : kind.name()) + " step", 2);
            title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
            if (kind != null && !kind.description().isBlank()) {
                wrapping(kind.description());
            }
            for (WorkflowProblem problem : problems) {
                Label line = wrapping((problem.isError() ? "Error: " : "Warning: ") + problem.message());
                line.setForeground(body.getDisplay().getSystemColor(problem.isError() ? SWT.COLOR_RED
                        : SWT.COLOR_DARK_YELLOW));
            }
            for (EStructuralFeature feature : newStep.eClass().getEAllStructuralFeatures()) {
                if (feature.isDerived() || feature.isTransient()) {
                    continue;
                }
                if (feature instanceof EAttribute attribute) {
                    attributeField(attribute);
                } else if (feature instanceof EReference reference && StepTexts.isText(reference)) {
                    referenceField(reference);
                }
            }
            if (newStep instanceof ContributedStep && kind != null && !kind.properties().isEmpty()) {
                StringBuilder declared = new StringBuilder("Properties of " + kind.name() + ":");
                for (StepKind.PropertySpec property : kind.properties()) {
                    declared.append("\n  ").append(property.name()).append(property.required() ? " (required)" : "")
                            .append(property.description().isEmpty() ? "" : ": " + property.description());
                }
                wrapping(declared.toString());
            }
        }
        body.layout(true, true);
        scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Shows the model's values again in every field that is not being typed in. */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    private Label label(String text, int span) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, span, 1));
        return label;
    }

    private Label wrapping(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 300;
        label.setLayoutData(data);
        return label;
    }

    private static String title(EStructuralFeature feature) {
        // "vtkOutput" -> "VTK output", "dataFile" -> "Data file"
        String spaced = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        spaced = spaced.replace("vtk", "VTK");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1) + ":";
    }

    private void attributeField(EAttribute attribute) {
        // each field edits the step it was made for, also when an event reaches it while the panel is rebuilt
        final Step step = this.step;
        Label name = label(title(attribute), 1);
        String documentation = EcoreUtil.getDocumentation(attribute);
        name.setToolTipText(documentation);
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            Combo combo = new Combo(body, SWT.READ_ONLY);
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                combo.add(literal.getLiteral());
            }
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.setToolTipText(documentation);
            Runnable show = () -> combo.setText(String.valueOf(step.eGet(attribute)));
            show.run();
            refreshers.add(show);
            combo.addListener(SWT.Selection, e -> editing.set(step, attribute,
                    eEnum.getEEnumLiteral(combo.getText()).getInstance()));
            fields.put(attribute.getName(), combo);
            return;
        }
        if (type == boolean.class || type == Boolean.class) {
            Button check = new Button(body, SWT.CHECK);
            check.setToolTipText(documentation);
            Runnable show = () -> check.setSelection(Boolean.TRUE.equals(step.eGet(attribute)));
            show.run();
            refreshers.add(show);
            check.addListener(SWT.Selection, e -> editing.set(step, attribute, check.getSelection()));
            fields.put(attribute.getName(), check);
            return;
        }
        if (attribute == WorkflowPackage.Literals.SOLVER_STEP__SOLVER) {
            Combo combo = new Combo(body, SWT.DROP_DOWN);
            combo.add("");
            for (SolverContribution solver : SurrogateSolvers.registry().contributions()) {
                combo.add(solver.id());
            }
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.setToolTipText(documentation);
            Runnable show = () -> {
                if (!combo.isFocusControl()) {
                    combo.setText(step.eGet(attribute) == null ? "" : (String) step.eGet(attribute));
                }
            };
            show.run();
            refreshers.add(show);
            combo.addListener(SWT.Selection, e -> editing.set(step, attribute, combo.getText().trim()));
            combo.addListener(SWT.DefaultSelection, e -> editing.set(step, attribute, combo.getText().trim()));
            combo.addListener(SWT.FocusOut, e -> editing.set(step, attribute, combo.getText().trim()));
            fields.put(attribute.getName(), combo);
            return;
        }
        Function<String, Object> parse;
        Function<Object, String> format;
        if (attribute.isMany()) {
            parse = text -> list(text, type);
            format = value -> String.join(", ", ((List<?>) value).stream().map(StepPropertiesPanel::number).toList());
        } else if (type == int.class || type == double.class) {
            parse = text -> {
                if (text.isBlank() && attribute.isUnsettable()) {
                    return null;
                }
                return type == int.class ? (Object) whole(text) : (Object) real(text);
            };
            format = StepPropertiesPanel::number;
        } else {
            parse = text -> text;
            format = value -> value == null ? "" : value.toString();
        }
        textField(attribute, documentation, parse, value -> attribute.isUnsettable() && !step.eIsSet(attribute) ? ""
                : format.apply(value), null);
    }

    private void referenceField(EReference reference) {
        final Step step = this.step;
        Label name = label(title(reference), 1);
        name.setToolTipText(EcoreUtil.getDocumentation(reference));
        textField(reference, "e.g. " + StepTexts.example(reference),
                text -> StepTexts.parse(reference, text, editing.namesOf(step)),
                value -> StepTexts.format(step, reference, editing.namesOf(step)), StepTexts.example(reference));
    }

    /** A text field with its check-as-typed message row below. */
    private void textField(EStructuralFeature feature, String tooltip, Function<String, Object> parse,
            Function<Object, String> format, String hint) {
        final Step step = this.step;
        Text text = new Text(body, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setToolTipText(tooltip);
        if (hint != null) {
            text.setMessage(hint);
        }
        Label problem = new Label(body, SWT.WRAP);
        problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData problemData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        problemData.widthHint = 280;
        problemData.exclude = true;
        problem.setLayoutData(problemData);
        problem.setVisible(false);
        Runnable show = () -> {
            if (!text.isDisposed() && !text.isFocusControl()) {
                text.setText(format.apply(step.eGet(feature)));
                mark(text, problem, null);
            }
        };
        show.run();
        refreshers.add(show);
        text.addListener(SWT.Modify, e -> {
            try {
                parse.apply(text.getText());
                mark(text, problem, null);
            } catch (IllegalArgumentException bad) {
                mark(text, problem, bad.getMessage());
            }
        });
        Runnable commit = () -> {
            if (text.isDisposed() || step == null || step.eContainer() == null) {
                return; // the panel is being rebuilt, or the step was removed
            }
            Object value;
            try {
                value = parse.apply(text.getText());
            } catch (IllegalArgumentException bad) {
                return; // stays red with its reason; the model keeps its value
            }
            if (feature instanceof EReference reference) {
                @SuppressWarnings("unchecked")
                Collection<EObject> contents = (Collection<EObject>) value;
                if (!text.getText().trim().equals(format.apply(step.eGet(reference)).trim())) {
                    editing.setContents(step, reference, contents);
                }
            } else {
                editing.set(step, feature, value);
            }
        };
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        text.addListener(SWT.FocusOut, e -> commit.run());
        fields.put(feature.getName(), text);
    }

    private void mark(Text text, Label problem, String message) {
        boolean bad = message != null;
        text.setBackground(bad ? new org.eclipse.swt.graphics.Color(text.getDisplay(), 255, 225, 225) : null);
        problem.setText(bad ? message : "");
        ((GridData) problem.getLayoutData()).exclude = !bad;
        problem.setVisible(bad);
        body.layout(true, true);
    }

    private static String number(Object value) {
        if (value instanceof Double d) {
            return org.hyperlora.workflow.io.CsvTable.format(d);
        }
        return String.valueOf(value);
    }

    private static int whole(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a whole number");
        }
    }

    private static double real(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("'" + text.trim() + "' is not a finite number");
    }

    private static List<Object> list(String text, Class<?> type) {
        List<Object> values = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                values.add(type == int.class || type == Integer.class ? (Object) whole(part) : (Object) real(part));
            }
        }
        return values;
    }
}
