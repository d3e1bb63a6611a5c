package org.hyperlora.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Label + widget rows for an object's attributes: text for strings and numbers (lists of integers as "32, 32, 32"),
 * a combo for enums, a check box for booleans. An edit becomes one command when the field is left or Enter pressed;
 * a value that does not parse is refused with a message on the form and changes nothing. {@link #refresh} shows the
 * model again (after undo, redo, other pages' edits).
 */
final class AttributeForm {

    private final StudyEditor editor;
    private final IManagedForm form;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Runnable> decorators = new ArrayList<>();

    AttributeForm(StudyEditor editor, IManagedForm form) {
        this.editor = editor;
        this.form = form;
    }

    /** Adds rows (two columns) for the attributes of the object the supplier gives (the object may be replaced). */
    void rows(Composite parent, FormToolkit toolkit, Supplier<? extends EObject> owner, EAttribute... attributes) {
        rows(parent, toolkit, owner, () -> true, attributes);
    }

    /**
     * Rows that are greyed out while {@code applies} is false (a setting the study's method does not use), so that a
     * value that changes nothing does not look as if it mattered.
     */
    void rows(Composite parent, FormToolkit toolkit, Supplier<? extends EObject> owner,
            java.util.function.BooleanSupplier applies, EAttribute... attributes) {
        for (EAttribute attribute : attributes) {
            org.eclipse.swt.widgets.Label label = toolkit.createLabel(parent, label(attribute) + ":");
            Control control = widget(parent, toolkit, owner, attribute);
            control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            control.setData("hyperlora.attribute", attribute.getName());
            ControlDecoration decoration = FieldDecorations.create(control);
            control.setData("hyperlora.decoration", decoration);
            decorators.add(() -> {
                // the object may be gone (a reference removed on the Model page): its rows are shown disabled
                EObject current = owner.get();
                boolean enabled = current != null && applies.getAsBoolean();
                control.setEnabled(enabled);
                label.setEnabled(enabled); // greyed with its field, so the row reads as not in use
                FieldDecorations.show(decoration, current == null ? List.of() : editor.problemsOf(current, attribute));
            });
        }
    }

    private Control widget(Composite parent, FormToolkit toolkit, Supplier<? extends EObject> owner,
            EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum enumType) {
            Combo combo = new Combo(parent, SWT.READ_ONLY);
            for (EEnumLiteral literal : enumType.getELiterals()) {
                combo.add(literal.getLiteral());
            }
            combo.addListener(SWT.Selection, e -> editor.set(owner.get(), attribute,
                    enumType.getEEnumLiteralByLiteral(combo.getText()).getInstance()));
            refreshers.add(() -> {
                if (owner.get() != null) {
                    combo.setText(((Enumerator) owner.get().eGet(attribute)).getLiteral());
                }
            });
            return combo;
        }
        if (type == boolean.class) {
            Button check = toolkit.createButton(parent, "", SWT.CHECK);
            check.addListener(SWT.Selection, e -> editor.set(owner.get(), attribute, check.getSelection()));
            refreshers.add(() -> check.setSelection(owner.get() != null && (Boolean) owner.get().eGet(attribute)));
            return check;
        }
        Text text = toolkit.createText(parent, "", SWT.BORDER);
        Runnable commit = () -> commit(owner.get(), attribute, text.getText());
        text.addListener(SWT.FocusOut, e -> commit.run());
        text.addListener(SWT.DefaultSelection, e -> commit.run());
        refreshers.add(() -> {
            String shown = owner.get() == null ? "" : show(owner.get().eGet(attribute));
            if (!text.getText().equals(shown)) {
                text.setText(shown);
            }
        });
        return text;
    }

    /** Parses the text for the attribute and sets it through a command, or shows why it cannot. */
    void commit(EObject owner, EAttribute attribute, String text) {
        setTyped(editor, form, attribute, owner, attribute, text);
    }

    /**
     * Sets what was typed into a field or a table cell through one command. A text left as it is shown (numbers are
     * shown rounded) keeps the exact value; a text that does not parse is refused with a message on the form, under
     * {@code key}, and changes nothing.
     */
    static void setTyped(StudyEditor editor, IManagedForm form, Object key, EObject owner, EAttribute attribute,
            String text) {
        if (!attribute.isMany() && text.trim().equals(show(owner.eGet(attribute)))) {
            form.getMessageManager().removeMessage(key);
            return;
        }
        Object value;
        try {
            value = parse(attribute, text.trim());
        } catch (IllegalArgumentException e) {
            form.getMessageManager().addMessage(key, label(attribute) + ": " + e.getMessage(), null,
                    IMessageProvider.ERROR);
            return;
        }
        form.getMessageManager().removeMessage(key);
        editor.set(owner, attribute, value);
    }

    static Object parse(EAttribute attribute, String text) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.isMany()) {
            List<Integer> values = new ArrayList<>();
            if (!text.isEmpty()) {
                for (String part : text.split("[,\\s]+")) {
                    values.add(integer(part));
                }
            }
            return values;
        }
        if (type == int.class) {
            return integer(text);
        }
        if (type == long.class) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number");
            }
        }
        if (type == double.class) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number");
            }
        }
        return text;
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d).replaceFirst("\\.?0+(e|$)", "$1");
        }
        return value.toString();
    }

    /** "regressionIterations" -> "Regression iterations". */
    static String label(EAttribute attribute) {
        String name = attribute.getName().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Shows the model again, and its problems next to the fields they are about. */
    void refresh() {
        refreshers.forEach(Runnable::run);
        decorators.forEach(Runnable::run);
    }
}
